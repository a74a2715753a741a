import Foundation
import IRVEFindings

/// Longitude/latitude → SVG user units: an equirectangular projection around the map's middle
/// latitude (exact enough at a commune's or a département's scale), y downwards.
struct MapProjection {
    let west: Double
    let north: Double
    let scale: Double
    let kx: Double
    let width: Double
    let height: Double

    /// Fits the communes and the stations' shown points, with a margin.
    init(_ map: StationMap, width: Double = 1000) {
        var w = Double.infinity
        var e = -Double.infinity
        var s = Double.infinity
        var n = -Double.infinity
        func add(_ lon: Double, _ lat: Double) {
            w = min(w, lon)
            e = max(e, lon)
            s = min(s, lat)
            n = max(n, lat)
        }
        for c in map.communes { for ring in c.rings { for p in ring where p.count == 2 { add(p[0], p[1]) } } }
        for st in map.stations { for p in st.points { add(p.shown.lon, p.shown.lat) } }
        if !w.isFinite {
            (w, e, s, n) = (-5, 9, 41, 51)  // nothing to place: metropolitan France
        }
        // A single point, or a row of points: at least ~1 km of map.
        let minSpan = 0.01
        if e - w < minSpan { (w, e) = ((w + e) / 2 - minSpan / 2, (w + e) / 2 + minSpan / 2) }
        if n - s < minSpan { (s, n) = ((s + n) / 2 - minSpan / 2, (s + n) / 2 + minSpan / 2) }
        let margin = max(e - w, n - s) * 0.05
        kx = cos((s + n) / 2 * .pi / 180)
        west = w - margin
        north = n + margin
        self.width = width
        scale = width / ((e - w + 2 * margin) * kx)
        height = max(200, ((n - s) + 2 * margin) * scale)
    }

    func x(_ lon: Double) -> Double { (lon - west) * kx * scale }
    func y(_ lat: Double) -> Double { (north - lat) * scale }

    /// Whether a projected point is far out of the map (a swapped point written in the ocean).
    func isOff(_ px: Double, _ py: Double) -> Bool {
        px < -width * 0.5 || px > width * 1.5 || py < -height * 0.5 || py > height * 1.5
    }

    /// A point `length` units from (ax, ay) towards (bx, by): where a short arrow starts.
    func stub(from ax: Double, _ ay: Double, towards bx: Double, _ by: Double, length: Double = 36) -> (Double, Double)
    {
        let dx = bx - ax
        let dy = by - ay
        let d = (dx * dx + dy * dy).squareRoot()
        guard d > 0, d.isFinite else { return (ax, ay) }
        return (ax + dx / d * length, ay + dy / d * length)
    }

    static func number(_ v: Double) -> String { String(format: "%.1f", v.isFinite ? v : 0) }
}
