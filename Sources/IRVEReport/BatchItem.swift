import IRVEFindings
import IRVEValidate

/// One input of a check over several files: the name the reports give it (a path as typed, a URL)
/// and how to get a local file to read. A survey of published resources builds the same items.
public struct BatchItem: Sendable {
    /// What `fetch` gives: a local file (and what to do once it has been checked), or why not.
    public enum Fetched: Sendable {
        case local(path: String, cleanup: (@Sendable () -> Void)?)
        /// The file cannot be had; the message is worded already (it goes to the report as is).
        case failed(message: String)
    }

    public let name: String
    public let fetch: @Sendable () -> Fetched

    public init(name: String, fetch: @escaping @Sendable () -> Fetched) {
        self.name = name
        self.fetch = fetch
    }

    /// A file on this machine, checked where it is.
    public static func file(_ path: String) -> BatchItem {
        BatchItem(name: path) { .local(path: path, cleanup: nil) }
    }
}

/// One file's outcome, handed to the reporters in the order of the inputs.
public enum BatchEntry {
    case checked(name: String, result: ValidationResult)
    /// Not checked at all (unreadable, not downloaded…): counted, and the others go on.
    case unreadable(name: String, message: String)

    public var name: String {
        switch self {
        case .checked(let name, _), .unreadable(let name, _): name
        }
    }
}

extension BatchTotals {
    /// Counts one entry; `failOnWarnings` (`--fail-on warning`) makes a file with warnings invalid.
    public mutating func count(_ entry: BatchEntry, failOnWarnings: Bool) {
        files += 1
        switch entry {
        case .checked(_, let r):
            let failing = r.errorCount + (failOnWarnings ? r.warningCount : 0)
            if failing > 0 { invalid += 1 } else { valid += 1 }
            errors += r.errorCount
            warnings += r.warningCount
            stations += r.stations ?? 0
        case .unreadable:
            unreadable += 1
        }
    }

    /// The exit code over all files, the worst one: 2 when a file could not be checked, else 1 when
    /// one is invalid, else 0.
    public var exitCode: Int32 { unreadable > 0 ? 2 : invalid > 0 ? 1 : 0 }
}
