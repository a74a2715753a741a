import IRVEFindings

/// Every `--format` value, shared by every command: the check reports (`ReportFormat`, one
/// `Reporter` each) and Markdown (`describe`'s record, `check --rules`' tables). Each command offers
/// the ones it can write; a new report format is a `ReportFormat` case and appears here by itself.
public enum OutputFormat: Hashable, Sendable, CaseIterable {
    case report(ReportFormat)
    case markdown

    public static var allCases: [OutputFormat] { ReportFormat.allCases.map(OutputFormat.report) + [.markdown] }

    public static let text = OutputFormat.report(.text)
    public static let json = OutputFormat.report(.json)

    /// The value as `--format` spells it.
    public var name: String {
        switch self {
        case .report(let r): r.rawValue
        case .markdown: "markdown"
        }
    }

    /// `md` is another name for `markdown` (`describe` has always taken it).
    public init?(name: String) {
        if name == "markdown" || name == "md" {
            self = .markdown
        } else if let r = ReportFormat(rawValue: name) {
            self = .report(r)
        } else {
            return nil
        }
    }

    /// How this format writes a command's one document (the wire model), for the commands whose
    /// output is one document; nil for the formats each command words itself (text, Markdown) and for
    /// those only `check`'s stream of findings has.
    public var documentWriter: (any DocumentWriter)? { self == .json ? JSONDocumentWriter() : nil }
}

/// A structured format of the commands whose output is one document: it writes the command's wire
/// model (`JSONValue`), whatever the command. A new such format is one file conforming to this and
/// its case in `documentWriter`.
public protocol DocumentWriter {
    /// The document as one text.
    func text(_ document: JSONValue) -> String
    /// The document (an object), then `list` as its last member, written one element at a time: a
    /// million changes of `irve fix` are never held at once.
    func write(_ document: JSONValue, list: DocumentList, to out: OutputSink)
}

/// A member of a document too long to hold: its key, and its elements as they are read.
public struct DocumentList {
    public let key: String
    public let elements: AnySequence<JSONValue>

    public init<S: Sequence<JSONValue>>(key: String, _ elements: S) {
        self.key = key
        self.elements = AnySequence(elements)
    }
}

/// `--format json` of `fix`, `geo`, `describe` and `publish`: the document indented by two spaces,
/// then a line break (as `describe` has always written it).
public struct JSONDocumentWriter: DocumentWriter {
    public init() {}

    public func text(_ document: JSONValue) -> String { document.rendered() + "\n" }

    public func write(_ document: JSONValue, list: DocumentList, to out: OutputSink) {
        out.write("{\n")
        for (key, value) in document.pairs ?? [] {
            out.write("  " + JSONValue.quoted(key) + ": " + value.rendered(indent: 1) + ",\n")
        }
        out.write("  " + JSONValue.quoted(list.key) + ": [")
        var first = true
        for element in list.elements {
            out.write((first ? "\n    " : ",\n    ") + element.rendered(indent: 2))
            first = false
        }
        out.write(first ? "]\n}\n" : "\n  ]\n}\n")
        out.flush()
    }
}
