import Hummingbird
import IRVEFindings
import IRVEMap
import IRVEValidate
import IRVEWording

/// The map of the upload's stations (`/map`): the same renderer as `irve map`, its script and its
/// style served as assets (the CSP allows no inline script or style).
extension WebSite {
    func registerMap(on router: Router<WebContext>) {
        router.get("/map") { request, _ in map(request) }
        router.get("/assets/map.js") { _, _ in asset(MapPage.script, type: "text/javascript; charset=utf-8") }
        router.get("/assets/map.css") { _, _ in asset(MapPage.mapStyle, type: "text/css; charset=utf-8") }
    }

    func map(_ request: Request) -> Response {
        withUpload(request) { session, upload, lang in
            guard case .result(let r, _) = check(upload, lang) else {
                return redirect("/verdict?lang=\(lang.rawValue)")
            }
            if let done = upload.maps[lang] { return html(MapWebPage.render(lang, map: done)) }
            do throws(ReadError) {
                var built = try MapBuilder.build(path: upload.path, result: r, lang: lang)
                // The visitor's own file name, not the place the server keeps it.
                built.file = upload.name
                upload.maps[lang] = built
                return html(MapWebPage.render(lang, map: built))
            } catch {
                let text = error.message(lang).replacingOccurrences(of: upload.path, with: upload.name)
                let page = UploadPage.message(lang, heading: Wording.message(.failureHeading, lang), text: text)
                return html(page, .unprocessableContent)
            }
        }
    }

    /// The station filter's rows for this upload, read once (the caller holds the session's lock).
    func stationScope(_ upload: Upload, _ r: ValidationResult) -> StationScope {
        if let done = upload.stations { return done }
        let scope = StationScope(path: upload.path, result: r)
        upload.stations = scope
        return scope
    }
}

/// The map page: `MapPage`'s body in the assistant's frame, its data as inert text (read by the
/// script, never run), the script and the style as same-origin assets.
enum MapWebPage {
    static func render(_ lang: Language, map: StationMap) -> String {
        let w = { (p: WebMapPhrase) in HTML.escape(Wording.message(p, lang)) }
        let main = """
            <link rel="stylesheet" href="/assets/map.css">
            <p><a id="back-to-verdict" href="/verdict?lang=\(lang.rawValue)">\(w(.backToVerdict))</a></p>
            \(MapPage.body(map, lang: lang))<noscript><p>\(w(.scriptNeeded))</p></noscript>
            <div id="irve-map-data" hidden>\(HTML.escape(MapPage.data(map, lang)))</div>
            <script src="/assets/map.js" defer></script>
            """
        return Layout.page(lang, title: Wording.map(.title(file: map.file), lang), switchPath: "/map", main)
    }
}
