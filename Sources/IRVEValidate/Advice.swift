import Foundation
import IRVEFindings
import IRVEValues

/// Explains geopoints: IRVE wants `[longitude, latitude]`, JSON style, decimal points.
enum GeopointAdvice {
    /// The default example: a point in France, longitude first.
    static let defaultExample = "[7.487105,48.345345]"

    static func problem(cell: String, format: String, example: String?) -> TypeProblem {
        let isArray = format == "array"
        // "7,48, 48,34": decimal commas as irve fix reads them (four groups of digits).
        let problems = GeopointProblems(
            bracketsMissing: isArray && !cell.contains("["), semicolon: cell.contains(";"),
            decimalCommas: CoordinateValue.read(cell)?.decimalCommas ?? false)
        return isArray
            ? .geopointArray(example: example ?? defaultExample, problems: problems) : .geopoint(problems: problems)
    }
}
