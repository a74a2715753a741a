import Foundation
import IRVEFindings

/// Suggests the ISO form of a date written the French way or as a date-time. Hand-written
/// (no regular expressions): it runs once per bad date and reports can hold many.
enum DateSuggestion {
    static func isoDate(from s: String) -> String? {
        let t = Array(s.trimmingCharacters(in: .whitespaces).utf8)
        // Split into digit runs and the separators between them.
        var runs: [[UInt8]] = []
        var seps: [UInt8] = []
        var current: [UInt8] = []
        for b in t {
            if b >= 0x30 && b <= 0x39 {
                current.append(b)
                continue
            }
            if !current.isEmpty {
                runs.append(current)
                current = []
            }
            seps.append(b)
        }
        if !current.isEmpty { runs.append(current) }
        // A run of more than 4 digits is no year, month or day (and would overflow): -1 fails `iso`.
        func n(_ r: [UInt8]) -> Int { r.count > 4 ? -1 : r.reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        func iso(_ y: Int, _ m: Int, _ d: Int) -> String? {
            guard (1...12).contains(m), (1...31).contains(d), (1000...9999).contains(y) else { return nil }
            return String(format: "%04d-%02d-%02d", y, m, d)
        }
        if runs.count == 1, runs[0].count == 8 {  // yyyymmdd
            let r = runs[0]
            return iso(n(Array(r[0..<4])), n(Array(r[4..<6])), n(Array(r[6..<8])))
        }
        guard runs.count >= 3 else { return nil }
        let dateSeps = Set<UInt8>([0x2F, 0x2E, 0x2D])  // / . -
        guard seps.prefix(2).allSatisfy({ dateSeps.contains($0) }) else { return nil }
        if runs[0].count == 4 { return iso(n(runs[0]), n(runs[1]), n(runs[2])) }  // yyyy/mm/dd, yyyy-mm-ddT…
        if runs[2].count == 4, runs.count == 3 || seps.count >= 3 {  // dd/mm/yyyy
            return iso(n(runs[2]), n(runs[1]), n(runs[0]))
        }
        return nil
    }
}

/// Explains geopoints: IRVE wants `[longitude, latitude]`, JSON style, decimal points.
enum GeopointAdvice {
    /// The default example: a point in France, longitude first.
    static let defaultExample = "[7.487105,48.345345]"

    static func problem(cell: String, format: String, example: String?) -> TypeProblem {
        let isArray = format == "array"
        // "7,48, 48,34": commas between digits on both sides of the separator are decimal commas.
        let bytes = Array(cell.utf8)
        let digitCommaDigit = (1..<max(1, bytes.count - 1)).filter { k in
            bytes[k] == 0x2C && (0x30...0x39).contains(bytes[k - 1]) && (0x30...0x39).contains(bytes[k + 1])
        }.count
        let commas = bytes.filter { $0 == 0x2C }.count
        let problems = GeopointProblems(
            bracketsMissing: isArray && !cell.contains("["), semicolon: cell.contains(";"),
            decimalCommas: digitCommaDigit >= 2 || (digitCommaDigit == 1 && !cell.contains(".") && commas >= 2))
        return isArray
            ? .geopointArray(example: example ?? defaultExample, problems: problems) : .geopoint(problems: problems)
    }
}
