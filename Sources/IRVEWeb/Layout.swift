import IRVEFindings
import IRVEWording

/// The frame of every page: header with the language switch, main content, the team's CSS and JS
/// (served from the binary, same origin: the CSP allows nothing else).
enum Layout {
    static func page(_ lang: Language, title: String, switchPath: String, _ main: String) -> String {
        let w = { (p: WebPhrase) in HTML.escape(Wording.message(p, lang)) }
        let other: Language = lang == .fr ? .en : .fr
        let join = switchPath.contains("?") ? "&" : "?"
        return """
            <!doctype html>
            <html lang="\(lang.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(title)) — \(w(.appTitle))</title>
            <link rel="stylesheet" href="/assets/app.css">
            <link rel="icon" href="data:,">
            <script src="/assets/app.js" defer></script>
            </head>
            <body>
            <header class="top">
            <div class="wrap">
            <a class="brand" href="/?lang=\(lang.rawValue)">\(Icons.plug)<span>\(w(.appTitle))</span></a>
            <a class="lang" lang="\(other.rawValue)" hreflang="\(other.rawValue)" \
            href="\(HTML.escape(switchPath + join + "lang=" + other.rawValue))">\(w(.switchLanguage))</a>
            </div>
            </header>
            <main id="main" class="wrap">
            \(main)
            </main>
            <footer class="wrap foot"><p>\(HTML.escape(HostedNote.text(lang)))</p></footer>
            </body>
            </html>

            """
    }
}

/// Small inline SVG icons (no file, no font).
enum Icons {
    static let plug = """
        <svg aria-hidden="true" width="28" height="28" viewBox="0 0 24 24"><path fill="currentColor" \
        d="M7 2h2v5h6V2h2v5h1a1 1 0 0 1 1 1v3a6 6 0 0 1-5 5.9V22h-4v-5.1A6 6 0 0 1 5 11V8a1 1 0 0 1 1-1h1z"/></svg>
        """
    static let ok = """
        <svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24"><path fill="currentColor" \
        d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z"/></svg>
        """
    static let ko = """
        <svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24"><path fill="currentColor" \
        d="M19 6.4 17.6 5 12 10.6 6.4 5 5 6.4 10.6 12 5 17.6 6.4 19 12 13.4 17.6 19 19 17.6 13.4 12z"/></svg>
        """
    static let upload = """
        <svg aria-hidden="true" width="40" height="40" viewBox="0 0 24 24"><path fill="currentColor" \
        d="M11 16V7.8l-3.6 3.6L6 10l6-6 6 6-1.4 1.4L13 7.8V16zm-7 4v-6h2v4h12v-4h2v6z"/></svg>
        """
}
