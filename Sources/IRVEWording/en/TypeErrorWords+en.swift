import Foundation
import IRVEFindings

extension English {
    static func typeError(_ cell: String, _ f: FieldFacts, _ problem: TypeProblem) -> String {
        switch problem {
        case .numberDecimalComma(let dotted):
            "\"\(cell)\" is not a valid number: use a dot as decimal separator (\(dotted)), without spaces or "
                + "units.\(example(f))"
        case .numberWithUnit:
            "\"\(cell)\" is not a number: write the value alone, without unit (column \"\(f.name)\" is in "
                + "kW).\(example(f))"
        case .number(let spaces):
            "\"\(cell)\" is not a number: write digits with a decimal point, without spaces or "
                + "units.\(example(f))\(spacesNote(spaces))"
        case .integer:
            "\"\(cell)\" is not an integer: write a whole number without decimals, spaces or text "
                + "(e.g. 3).\(example(f))"
        case .boolean(let write):
            "\"\(cell)\" is not an accepted boolean. Accepted: \(f.trueValues.joined(separator: ", ")) (true) or "
                + "\(f.falseValues.joined(separator: ", ")) (false)."
                + (write.map { " Write \"\($0)\" instead of \"\(cell)\"." } ?? "")
        case .date(let format, let suggestion, let spaces):
            "\"\(cell)\" is not a date in the \(datePattern(format)) format."
                + "\(suggestion.map { " The expected form is \"\($0)\"." } ?? "")\(spacesNote(spaces))"
        case .datetime:
            "\"\(cell)\" is not an ISO 8601 date-time: write e.g. \"2023-01-30T10:27:50+01:00\"."
        case .time:
            "\"\(cell)\" is not a time in hh:mm:ss format."
        case .year:
            "\"\(cell)\" is not a 4-digit year."
        case .geopointArray(let ex, let problems):
            "\"\(cell)\" is not a valid point: write [longitude, latitude] in brackets, decimal points, a comma "
                + "between the two numbers, e.g. \"\(ex)\" (longitude first).\(geopoint(problems))"
        case .geopoint(let problems):
            "\"\(cell)\" is not a valid \"lon, lat\" point.\(geopoint(problems))"
        case .email(let problem):
            "\"\(cell)\" is not a valid e-mail address.\(problem.map(email) ?? "") Write one address like "
                + "name@domain.fr.\(example(f))"
        case .uri:
            "\"\(cell)\" is not a URI: it must start with a scheme such as https://."
        case .uuid:
            "\"\(cell)\" is not a UUID."
        case .stringFormat:
            "\"\(cell)\" does not have the expected format (\(f.format))."
        case .array:
            "\"\(cell)\" is not a JSON array."
        case .object:
            "\"\(cell)\" is not a JSON object."
        case .other:
            "\"\(cell)\" is not of the expected type (\(f.type)).\(example(f))"
        }
    }

    private static func spacesNote(_ spaces: Bool) -> String {
        spaces ? " Mind the spaces at the start or end." : ""
    }

    private static func geopoint(_ p: GeopointProblems) -> String {
        (p.bracketsMissing ? " The brackets are missing." : "")
            + (p.semicolon ? " Separate the numbers with a comma, not a semicolon." : "")
            + (p.decimalCommas ? " Use dots for decimals (the comma separates longitude and latitude)." : "")
    }

    private static func email(_ problem: EmailProblem) -> String {
        switch problem {
        case .space: " It contains a space."
        case .mailto: " Remove \"mailto:\"."
        case .noAt: " The \"@\" is missing."
        case .severalAt: " One address per cell."
        }
    }
}
