import IRVEFindings

extension English: WebWords {
    static func web(_ p: WebPhrase) -> String {
        switch p {
        case .appTitle: "IRVE assistant"
        case .tagline: "Check and fix your commune's charging stations file."
        case .privacyNote: "The file stays on this computer: nothing is sent to the Internet."
        case .uploadHeading: "Drop a file"
        case .dropHint: "Drag your CSV or Excel file here, or choose it."
        case .fileLabel: "CSV or Excel (.xlsx) file"
        case .checkButton: "Check the file"
        case .sampleButton: "Try the sample file"
        case .sampleHint: "A small commune file with typical mistakes."
        case .verdictHeading(let file): "Result for “\(file)”"
        case .anotherFile: "Check another file"
        case .filtersHeading: "Filter the problems"
        case .severityLabel: "Severity"
        case .columnLabel: "Column"
        case .familyLabel: "Family of checks"
        case .anyValue: "All"
        case .filterButton: "Filter"
        case .severityName(let s):
            switch s {
            case .error: "Errors"
            case .warning: "Warnings"
            case .info: "Notes"
            }
        case .familyName(let f):
            switch f {
            case "schema": "Schema"
            case "rules": "IRVE rules"
            case "geography": "Geography"
            default: f
            }
        case .cellsSummary(let n): n == 1 ? "Show the cell" : "Show the \(count(n)) cells"
        case .rowHeader: "Row"
        case .columnHeader: "Column"
        case .valueHeader: "Value"
        case .explanationHeader: "Explanation"
        case .page(let page, let pages): "Page \(count(page)) of \(count(pages))"
        case .previousPage: "Previous page"
        case .nextPage: "Next page"
        case .noGroupMatches: "No problem matches these filters."
        case .downloadsHeading: "Download"
        case .downloadRepaired: "The repaired file (CSV)"
        case .downloadLog: "The change log (CSV)"
        case .originalKept: "The uploaded file is never modified: the repair is a new file."
        case .switchLanguage: "Français"
        case .failureHeading: "The file could not be checked"
        case .noFile: "No file received: choose a file before clicking “Check the file”."
        case .tooLarge(let mb): "The file is larger than the maximum accepted size (\(count(mb)) MB)."
        case .brokenUpload: "The upload is incomplete or unreadable: please try again."
        case .sessionUnknown: "Your session has expired or does not exist: please upload your file again."
        case .csrfRejected: "This form is no longer valid: reload the page and try again."
        case .notFound: "This page does not exist."
        case .internalError: "An unexpected error occurred; the assistant keeps running."
        case .started(let url): "IRVE assistant: open \(url) in your browser (Ctrl-C to stop it)."
        case .stopped: "IRVE assistant stopped; the uploaded files have been deleted."
        }
    }
}
