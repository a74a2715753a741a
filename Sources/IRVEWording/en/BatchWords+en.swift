import IRVEFindings

extension English: BatchWords {
    static func batch(_ p: BatchPhrase) -> String {
        switch p {
        case .fileLine(let file, let valid, let errors, let warnings, let stations):
            (valid ? "✔ VALID       " : "✘ INVALID     ") + file + " — "
                + report(.totals(errors: errors, warnings: warnings))
                + (stations.map { ", \($0) station(s)" } ?? "")
        case .unreadableLine(let file, let reason): "✘ UNREADABLE  \(file) — \(reason)"
        case .summary(let t):
            "Summary: \(t.files) file(s) checked — \(t.valid) valid, \(t.invalid) invalid, "
                + "\(t.unreadable) unreadable; \(t.errors) error(s), \(t.warnings) warning(s), "
                + "\(t.stations) station(s)"
        case .positiveNumberExpected(let option, let value):
            "\(option) expects a number above zero (received: \"\(value)\")."
        case .emptyFolder(let folder): "the folder \"\(folder)\" holds no .csv or .xlsx file."
        case .annotationTitle(let code): "irve: \(code)"
        case .unreadableTitle: "irve: unreadable file"
        case .annotationsCut(let shown, let total):
            "\(shown) annotation(s) shown out of \(total) (--max-findings limit; the totals are exact)"
        case .family(let f):
            switch f {
            case .schema: "schema (file, header, cells)"
            case .rules: "IRVE business rules"
            case .geography: "geographic checks"
            }
        case .caseCounts(let errors, let warnings): report(.totals(errors: errors, warnings: warnings))
        case .caseMore(let n): "… and \(n) more finding(s) (all with --format json)"
        case .place(let row, let column):
            [row.map { "row \($0)" }, column.flatMap { $0.isEmpty ? nil : "column \($0)" }]
                .compactMap { $0 }.joined(separator: ", ")
        }
    }

    static func remote(_ e: RemoteError) -> String {
        switch e {
        case .plainHTTPRefused(let url):
            "insecure address \"\(url)\": irve only downloads over https:// (the file could be altered on the "
                + "way); add --allow-http to accept it anyway."
        case .status(let url, let code):
            "downloading \(url) failed: the server answered \(code) (\(statusReason(code)))."
        case .transfer(let error): "the download failed: " + httpError(error)
        case .temporaryFile(let url, let reason):
            "the file downloaded from \(url) could not be saved in the temporary folder (\(reason))."
        }
    }

    private static func statusReason(_ code: Int) -> String {
        switch code {
        case 401, 403: "access denied: the file is not public"
        case 404, 410: "file not found: the address is wrong or the file was removed"
        case 429: "too many requests: try again later"
        case 500...599: "server error: try again later"
        default: "unexpected answer"
        }
    }
}
