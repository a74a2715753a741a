import ArgumentParser
import IRVEReport

/// The formats a command offers, in the order its help lists them.
protocol FormatOffer {
    static var formats: [OutputFormat] { get }
}

/// `--format`: the one option type every command shares. It takes the values of `OutputFormat` that
/// the command offers, so a value it cannot write is refused with the list of those it can, in the
/// same words for every command (and its help lists exactly them).
struct FormatChoice<Offer: FormatOffer>: ExpressibleByArgument, Equatable {
    let format: OutputFormat

    init(_ format: OutputFormat) { self.format = format }

    init?(argument: String) {
        guard let format = OutputFormat(name: argument), Offer.formats.contains(format) else { return nil }
        self.format = format
    }

    static var allValueStrings: [String] { Offer.formats.map(\.name) }

    var defaultValueDescription: String { format.name }

    static func == (a: Self, b: OutputFormat) -> Bool { a.format == b }
}

/// `check`: every report, and Markdown for `--rules`.
enum CheckFormats: FormatOffer {
    static var formats: [OutputFormat] { ReportFormat.allCases.map(OutputFormat.report) + [.markdown] }
}

/// `fix`, `geo import-ban` and `publish`: their lines for people, or their one JSON document.
enum DocumentFormats: FormatOffer {
    static let formats: [OutputFormat] = [.text, .json]
}

/// `describe`: the Markdown record (its default), or the JSON of the udata requests.
enum DescribeFormats: FormatOffer {
    static let formats: [OutputFormat] = [.markdown, .json]
}
