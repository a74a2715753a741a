import IRVEFindings

extension English: MapWords {
    static func map(_ p: MapPhrase) -> String {
        switch p {
        case .title(let file): "Map of the stations of “\(file)”"
        case .summary(let n, let v, let w, let e):
            "\(count(n)) stations: \(count(v)) without problems, \(count(w)) with warnings, \(count(e)) with errors."
        case .status(let s): status(s)
        case .stationLabel(let name, let id, let s, let n):
            "\(name.isEmpty ? id : name) (\(id)): \(status(s).lowercased()), \(count(n)) finding(s)"
        case .writtenHere(let point): "Point written \(point) (latitude and longitude swapped)"
        case .fallsIn(let commune): "the point falls in \(commune)"
        case .legendSwapped: "swapped point → corrected position"
        case .legendCommune: "commune contour (COG 2026)"
        case .help:
            "Mouse wheel or the + and − keys to zoom, drag or arrow keys to move, 0 to reset; "
                + "click a station (or Tab then Enter) to see its rows and findings."
        case .rows: "Rows"
        case .findings: "Findings"
        case .noFinding: "No finding for this station."
        case .rowNumber(let r): "row \(r)"
        case .leftOut(let s, let c, let rows, let r):
            "Not drawn: \(count(s)) stations, \(count(c)) communes and \(count(rows)) rows beyond the bounds "
                + "of one map; "
                + "\(count(r)) rows without a readable point."
        case .written(let path, let n): "File written: “\(path)” (\(count(n)) stations)."
        case .unknownOutput(let path):
            "“\(path)”: the map is written as .svg or .html (a self-contained page); the export as .geojson."
        case .exportKindExpected(let r):
            "“\(r)”: only the geojson export exists (irve export geojson FILE -o x.geojson)."
        }
    }

    private static func status(_ s: MapStatus) -> String {
        switch s {
        case .valid: "No problem"
        case .warning: "Warnings"
        case .error: "Errors"
        }
    }

    static func mapHelp(_ t: HelpTopic.Map) -> String {
        switch t {
        case .abstract: "Draws the map of an IRVE file's stations (SVG or a self-contained HTML page, offline)."
        case .discussion:
            """
            Stations are drawn over the contours of their communes (embedded COG 2026, no tile server), \
            coloured by their worst finding; a swapped point is shown where it is written and where it should \
            be, with an arrow. Exit codes: 0 map written, 2 file or command could not be processed.
            """
        case .input: "The IRVE file to map (CSV or XLSX)."
        case .output: "File to write: .svg, .html (map), .geojson (export)."
        case .force: "Replace the file if it already exists."
        case .exportAbstract: "Exports the stations of an IRVE file (geojson: for uMap or QGIS)."
        case .exportDiscussion:
            """
            One feature per station (its points, status, rows and findings as properties). \
            Exit codes: 0 export written, 2 file or command could not be processed.
            """
        case .exportKind: "Export format: geojson."
        }
    }
}
