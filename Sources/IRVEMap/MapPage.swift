import IRVEFindings
import IRVEWording

/// The map as one self-contained HTML page (`irve map … -o carte.html`): the SVG, the stations'
/// rows and findings as JSON data, and a little script for zoom, pan and details. Nothing is
/// fetched: it opens offline or as an e-mail attachment. `style` and `script` are separate
/// constants so that the web assistant can serve them as its own assets under its CSP.
public enum MapPage {
    public static func render(_ map: StationMap, lang: Language) -> String {
        String(decoding: renderBytes(map, lang: lang), as: UTF8.self)
    }

    /// The page as UTF-8 bytes, written in one buffer. A map of 20 000 stations and 100 000
    /// findings carries tens of MB of data: each copy of it as a `String` (interpolation,
    /// `replacingOccurrences`, `Array(page.utf8)`) added to the peak memory (issue 10: 269 MB).
    public static func renderBytes(_ map: StationMap, lang: Language) -> [UInt8] {
        let title = SVGMap.xml(Wording.map(.title(file: map.file), lang))
        let head = """
            <!DOCTYPE html>
            <html lang="\(lang.rawValue)">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <style>\(style)</style></head>
            <body>
            <main>
            \(body(map, lang: lang))</main>
            <script type="application/json" id="irve-map-data">
            """
        let tail = "</script>\n<script>\(script)</script>\n</body></html>\n"
        let data = dataBytes(map, lang)
        var page: [UInt8] = []
        page.reserveCapacity(head.utf8.count + data.count + tail.utf8.count)
        page.append(contentsOf: head.utf8)
        page.append(contentsOf: data)
        page.append(contentsOf: tail.utf8)
        return page
    }

    /// The page's content without its frame: title, summary, the SVG in `#irve-map-wrap` and the
    /// empty `#irve-map-panel` (the web assistant puts it in its own page, data and script apart).
    public static func body(_ map: StationMap, lang: Language) -> String {
        let counts = Dictionary(grouping: map.stations, by: \.status).mapValues(\.count)
        let summary = Wording.map(
            .summary(
                stations: map.stations.count, valid: counts[.valid] ?? 0, warnings: counts[.warning] ?? 0,
                errors: counts[.error] ?? 0), lang)
        let title = SVGMap.xml(Wording.map(.title(file: map.file), lang))
        var leftOut = ""
        if map.stationsLeftOut + map.communesLeftOut + map.rowsLeftOut + map.rowsWithoutPoint > 0 {
            let text = Wording.map(
                .leftOut(
                    stations: map.stationsLeftOut, communes: map.communesLeftOut, rows: map.rowsLeftOut,
                    rowsWithoutPoint: map.rowsWithoutPoint), lang)
            leftOut = "<p class=\"note\">\(SVGMap.xml(text))</p>\n"
        }
        return """
            <h1>\(title)</h1>
            <p>\(SVGMap.xml(summary))</p>
            <p class="help">\(SVGMap.xml(Wording.map(.help, lang)))</p>
            \(leftOut)<div class="layout">
            <div id="irve-map-wrap" tabindex="0" aria-label="\(title)">
            \(SVGMap.render(map, lang: lang))</div>
            <aside id="irve-map-panel" aria-live="polite"></aside>
            </div>

            """
    }

    /// The details the script shows on a click, by station id (`</` escaped: it sits in a script element).
    public static func data(_ map: StationMap, _ lang: Language) -> String {
        String(decoding: dataBytes(map, lang), as: UTF8.self)
    }

    static func dataBytes(_ map: StationMap, _ lang: Language) -> [UInt8] {
        var j = JSONBytes()
        j.raw("{\"labels\":{\"rows\":")
        j.string(Wording.map(.rows, lang))
        j.raw(",\"findings\":")
        j.string(Wording.map(.findings, lang))
        j.raw(",\"none\":")
        j.string(Wording.map(.noFinding, lang))
        j.raw("},\"stations\":{")
        for (k, st) in map.stations.enumerated() {
            if k > 0 { j.raw(",") }
            j.string(st.id)
            j.raw(":{\"label\":")
            j.string(
                Wording.map(
                    .stationLabel(name: st.name, id: st.id, status: st.status, findings: st.findingCount), lang))
            j.raw(",\"rows\":[")
            for (i, p) in st.points.enumerated() {
                if i > 0 { j.raw(",") }
                j.int(p.row)
            }
            j.raw("],\"findings\":[")
            for (i, f) in st.findings.enumerated() {
                if i > 0 { j.raw(",") }
                j.raw("{\"where\":")
                j.string(f.row.map { Wording.map(.rowNumber($0), lang) })
                j.raw(",\"severity\":")
                j.string(f.severity.rawValue)
                j.raw(",\"message\":")
                j.string(f.message)
                j.raw("}")
            }
            j.raw("]}")
        }
        j.raw("}}")
        escapeScriptEnd(&j.bytes)
        return j.bytes
    }

    /// Writes each `</` as `<\/`, in place (the data sits in a script element).
    static func escapeScriptEnd(_ bytes: inout [UInt8]) {
        guard bytes.count > 1 else { return }
        var found = 0
        for i in 1..<bytes.count where bytes[i] == 0x2F && bytes[i - 1] == 0x3C { found += 1 }
        guard found > 0 else { return }
        var read = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: found))
        var write = bytes.count
        // From the end: `write - read` is the number of escapes still to insert, so the byte before
        // `read` is never overwritten before it is read.
        while read > 0 {
            read -= 1
            write -= 1
            bytes[write] = bytes[read]
            if bytes[read] == 0x2F, read > 0, bytes[read - 1] == 0x3C {
                write -= 1
                bytes[write] = 0x5C
            }
        }
    }

    public static let style = pageStyle + "\n" + mapStyle

    /// The standalone page's frame (the web assistant has its own).
    static let pageStyle = """
        body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#161616;background:#fff}
        main{max-width:1200px;margin:0 auto;padding:1rem 1.5rem}
        h1{font-size:1.5rem;color:#000091;margin:.5rem 0}
        """

    /// The map, its panel and its markers.
    public static let mapStyle = """
        .help,.note{color:#3a3a3a;font-size:.9rem}
        .layout{display:flex;gap:1rem;align-items:flex-start;flex-wrap:wrap}
        #irve-map-wrap{flex:3 1 600px;border:1px solid #ddd;cursor:grab;touch-action:none}
        #irve-map-wrap svg{width:100%;height:auto;display:block}
        #irve-map-wrap:focus{outline:3px solid #0a76f6;outline-offset:2px}
        .station:focus{outline:none}
        .station:focus circle{stroke:#0a76f6;stroke-width:4px;vector-effect:non-scaling-stroke}
        .station{cursor:pointer}
        #irve-map-panel{flex:1 1 260px;font-size:.9rem}
        #irve-map-panel h2{font-size:1.1rem;color:#000091}
        #irve-map-panel .error{color:#ce0500}#irve-map-panel .warning{color:#b34000}
        """

    public static let script = """
        (function () {
          var svg = document.querySelector("svg.irve-map");
          var wrap = document.getElementById("irve-map-wrap");
          var panel = document.getElementById("irve-map-panel");
          var node = document.getElementById("irve-map-data");
          if (!svg || !wrap || !panel || !node) return;
          var data = JSON.parse(node.textContent);
          var vb = svg.viewBox.baseVal;
          var first = svg.getAttribute("viewBox");
          var base = { x: vb.x, y: vb.y, w: vb.width, h: vb.height };
          // Markers and arrows keep their size on screen: zooming in separates stations a street apart.
          var sized = Array.from(svg.querySelectorAll(".station circle, .swapped circle, .swapped line"))
            .map(function (e) {
              return [e, e.getAttribute("r"), e.getAttribute("stroke-width"), e.getAttribute("stroke-dasharray")];
            });
          function resize() {
            var k = vb.width / base.w;
            sized.forEach(function (s) {
              if (s[1]) s[0].setAttribute("r", String(s[1] * k));
              if (s[2]) s[0].setAttribute("stroke-width", String(s[2] * k));
              if (s[3]) s[0].setAttribute("stroke-dasharray", s[3].split(" ").map(function (d) {
                return String(d * k); }).join(" "));
            });
          }
          function set(x, y, w, h) { vb.x = x; vb.y = y; vb.width = w; vb.height = h; resize(); }
          // The first view exactly as drawn (its attribute, not its numbers read back as floats).
          function reset() { svg.setAttribute("viewBox", first); vb = svg.viewBox.baseVal; resize(); }
          function zoom(f, cx, cy) {
            var w = vb.width * f, h = vb.height * f;
            if (w < base.w / 64 || w > base.w * 2) return;
            set(cx - (cx - vb.x) * f, cy - (cy - vb.y) * f, w, h);
          }
          function centre() { return { x: vb.x + vb.width / 2, y: vb.y + vb.height / 2 }; }
          function pan(dx, dy) { set(vb.x + dx * vb.width, vb.y + dy * vb.height, vb.width, vb.height); }
          function at(e) {
            var r = svg.getBoundingClientRect();
            return { x: vb.x + (e.clientX - r.left) / r.width * vb.width,
                     y: vb.y + (e.clientY - r.top) / r.height * vb.height };
          }
          svg.addEventListener("wheel", function (e) {
            e.preventDefault(); var p = at(e); zoom(e.deltaY < 0 ? 0.8 : 1.25, p.x, p.y);
          }, { passive: false });
          var drag = null;
          svg.addEventListener("pointerdown", function (e) {
            if (e.target.closest && e.target.closest(".station")) return;
            drag = { x: e.clientX, y: e.clientY, vx: vb.x, vy: vb.y };
          });
          window.addEventListener("pointermove", function (e) {
            if (!drag) return;
            var r = svg.getBoundingClientRect();
            set(drag.vx - (e.clientX - drag.x) / r.width * vb.width,
                drag.vy - (e.clientY - drag.y) / r.height * vb.height, vb.width, vb.height);
          });
          window.addEventListener("pointerup", function () { drag = null; });
          wrap.addEventListener("keydown", function (e) {
            var c = centre(), k = e.key;
            if (k === "+" || k === "=") zoom(0.8, c.x, c.y);
            else if (k === "-" || k === "_") zoom(1.25, c.x, c.y);
            else if (k === "ArrowLeft") pan(-0.1, 0);
            else if (k === "ArrowRight") pan(0.1, 0);
            else if (k === "ArrowUp") pan(0, -0.1);
            else if (k === "ArrowDown") pan(0, 0.1);
            else if (k === "0") reset();
            else if ((k === "Enter" || k === " ") && e.target.dataset && e.target.dataset.station)
              show(e.target.dataset.station);
            else return;
            e.preventDefault();
          });
          svg.addEventListener("click", function (e) {
            var g = e.target.closest && e.target.closest("[data-station]");
            if (g) show(g.dataset.station);
          });
          function el(tag, text, cls) {
            var x = document.createElement(tag);
            if (text !== undefined) x.textContent = text;
            if (cls) x.className = cls;
            return x;
          }
          function show(id) {
            var st = data.stations[id];
            if (!st) return;
            panel.textContent = "";
            panel.appendChild(el("h2", st.label));
            panel.appendChild(el("h3", data.labels.rows));
            panel.appendChild(el("p", st.rows.join(", ")));
            panel.appendChild(el("h3", data.labels.findings));
            if (st.findings.length === 0) panel.appendChild(el("p", data.labels.none));
            var ul = el("ul");
            st.findings.forEach(function (f) {
              ul.appendChild(el("li", (f.where ? f.where + " — " : "") + f.message, f.severity));
            });
            panel.appendChild(ul);
          }
        })();
        """
}
