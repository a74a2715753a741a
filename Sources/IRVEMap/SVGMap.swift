import IRVEFindings
import IRVEWording

/// Draws a `StationMap` as one SVG, with presentation attributes only (no `<style>`, no script),
/// so that it can be embedded under a strict Content-Security-Policy. Stations are focusable
/// groups carrying `data-station`, for the page's script.
public enum SVGMap {
    public static let colours: [MapStatus: String] = [.valid: "#18753c", .warning: "#b34000", .error: "#ce0500"]
    static let blueFrance = "#000091"

    public static func render(_ map: StationMap, lang: Language) -> String {
        let p = MapProjection(map)
        let w = MapProjection.number(p.width)
        let h = MapProjection.number(p.height)
        let counts = Dictionary(grouping: map.stations, by: \.status).mapValues(\.count)
        let summary = Wording.map(
            .summary(
                stations: map.stations.count, valid: counts[.valid] ?? 0, warnings: counts[.warning] ?? 0,
                errors: counts[.error] ?? 0), lang)
        var s = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(w) \(h)" width="\(w)" height="\(h)" \
            role="img" aria-labelledby="irve-map-title irve-map-desc" class="irve-map" \
            font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif">
            <title id="irve-map-title">\(xml(Wording.map(.title(file: map.file), lang)))</title>
            <desc id="irve-map-desc">\(xml(summary))</desc>
            <defs><marker id="irve-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" \
            orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="\(blueFrance)"/></marker></defs>
            <rect width="100%" height="100%" fill="#f6f6f6"/>

            """
        s += communes(map, p)
        // The arrows under every marker: an arrow ending near another station never hides it from a click.
        s += "<g class=\"swaps\">\n"
        for station in map.stations { s += swaps(station, p, lang) }
        s += "</g>\n<g class=\"stations\">\n"
        for station in map.stations { s += self.station(station, p, lang) }
        s += "</g>\n"
        s += legend(p, lang)
        s += "</svg>\n"
        return s
    }

    static func communes(_ map: StationMap, _ p: MapProjection) -> String {
        var s = "<g class=\"communes\">\n"
        for c in map.communes {
            var d = ""
            for ring in c.rings where ring.count > 2 {
                for (k, v) in ring.enumerated() where v.count == 2 {
                    d += (k == 0 ? "M" : "L") + MapProjection.number(p.x(v[0])) + " " + MapProjection.number(p.y(v[1]))
                }
                d += "Z"
            }
            s += "<path d=\"\(d)\" fill=\"#ffffff\" stroke=\"#929292\" stroke-width=\"1\" fill-rule=\"evenodd\" "
            // A contour stays a thin line however far one zooms in.
            s += "vector-effect=\"non-scaling-stroke\" "
            s += "data-commune=\"\(xml(c.code))\"><title>\(xml(c.name)) (\(xml(c.code)))</title></path>\n"
        }
        return s + "</g>\n"
    }

    static func swaps(_ st: MapStation, _ p: MapProjection, _ lang: Language) -> String {
        var s = ""
        // Swapped points: where they are written, an arrow to where they should be.
        // One arrow per distinct written point; one written far off the map (in the ocean) gets a short
        // arrow from its direction, its coordinates in the tooltip, so that a file of swapped points
        // stays readable.
        var drawn: [(Double, Double)] = []
        for point in st.points {
            guard let c = point.corrected, !drawn.contains(where: { $0 == (point.lon, point.lat) }) else { continue }
            drawn.append((point.lon, point.lat))
            let cx = p.x(c.lon)
            let cy = p.y(c.lat)
            var wx = p.x(point.lon)
            var wy = p.y(point.lat)
            if p.isOff(wx, wy) { (wx, wy) = p.stub(from: cx, cy, towards: wx, wy) }
            let label = Wording.map(.writtenHere(point: "[\(point.lon), \(point.lat)]"), lang)
            s += "<g class=\"swapped\" data-station=\"\(xml(st.id))\">"
            s += "<line x1=\"\(n(wx))\" y1=\"\(n(wy))\" x2=\"\(n(cx))\" y2=\"\(n(cy))\" stroke=\"\(blueFrance)\" "
            s += "stroke-width=\"2\" stroke-dasharray=\"6 4\" marker-end=\"url(#irve-arrow)\"/>"
            s += "<circle cx=\"\(n(wx))\" cy=\"\(n(wy))\" r=\"6\" fill=\"none\" stroke=\"\(blueFrance)\" "
            s += "stroke-width=\"2\"><title>\(xml(label))</title></circle></g>\n"
        }
        return s
    }

    static func station(_ st: MapStation, _ p: MapProjection, _ lang: Language) -> String {
        guard let first = st.points.first else { return "" }
        var s = ""
        let shown = first.shown
        let x = p.x(shown.lon)
        let y = p.y(shown.lat)
        var label = Wording.map(
            .stationLabel(name: st.name, id: st.id, status: st.status, findings: st.findingCount), lang)
        if let elsewhere = st.points.compactMap(\.fallsIn).first {
            label += " ; " + Wording.map(.fallsIn(commune: elsewhere), lang)
        }
        let colour = colours[st.status] ?? blueFrance
        s += "<g class=\"station\" data-station=\"\(xml(st.id))\" data-status=\"\(st.status.rawValue)\" "
        s += "tabindex=\"0\" role=\"button\" aria-label=\"\(xml(label))\">"
        s += "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"8\" fill=\"\(colour)\" stroke=\"#ffffff\" stroke-width=\"2\"/>"
        s += "<title>\(xml(label))</title></g>\n"
        return s
    }

    static func legend(_ p: MapProjection, _ lang: Language) -> String {
        var s = "<g class=\"legend\" font-size=\"13\">"
        var y = 20.0
        for status in MapStatus.allCases {
            s += "<circle cx=\"18\" cy=\"\(n(y))\" r=\"6\" fill=\"\(colours[status] ?? blueFrance)\"/>"
            s += "<text x=\"30\" y=\"\(n(y + 4))\">\(xml(Wording.map(.status(status), lang)))</text>"
            y += 20
        }
        s += "<line x1=\"10\" y1=\"\(n(y))\" x2=\"26\" y2=\"\(n(y))\" stroke=\"\(blueFrance)\" stroke-width=\"2\" "
        s += "stroke-dasharray=\"4 3\" marker-end=\"url(#irve-arrow)\"/>"
        s += "<text x=\"30\" y=\"\(n(y + 4))\">\(xml(Wording.map(.legendSwapped, lang)))</text>"
        y += 20
        s += "<rect x=\"11\" y=\"\(n(y - 6))\" width=\"14\" height=\"12\" fill=\"#ffffff\" stroke=\"#929292\"/>"
        s += "<text x=\"30\" y=\"\(n(y + 4))\">\(xml(Wording.map(.legendCommune, lang)))</text>"
        return s + "</g>\n"
    }

    static func n(_ v: Double) -> String { MapProjection.number(v) }

    /// Text and attribute values escaped for XML (`XMLText.escape`, the one XML escaper).
    public static func xml(_ s: String) -> String { XMLText.escape(s) }
}
