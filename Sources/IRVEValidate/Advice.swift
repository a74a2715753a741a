import Foundation
import IRVEFindings

/// Suggests the ISO form of a date written the French way or as a date-time.
enum DateSuggestion {
    static func isoDate(from s: String) -> String? {
        let t = s.trimmingCharacters(in: .whitespaces)
        if let m = t.wholeMatch(of: /(\d{1,2})[\/.\-](\d{1,2})[\/.\-](\d{4})/) {
            guard let d = Int(m.1), let mo = Int(m.2), (1...12).contains(mo), (1...31).contains(d) else { return nil }
            return String(format: "%@-%02d-%02d", String(m.3), mo, d)
        }
        if let m = t.wholeMatch(of: /(\d{4})[\/.](\d{1,2})[\/.](\d{1,2})/) {
            guard let mo = Int(m.2), let d = Int(m.3) else { return nil }
            return String(format: "%@-%02d-%02d", String(m.1), mo, d)
        }
        if let m = t.wholeMatch(of: /(\d{4})(\d{2})(\d{2})/) { return "\(m.1)-\(m.2)-\(m.3)" }
        if let m = t.prefixMatch(of: /(\d{4})-(\d{2})-(\d{2})[T ]/) { return "\(m.1)-\(m.2)-\(m.3)" }
        return nil
    }
}

/// Explains geopoints: IRVE wants `[longitude, latitude]`, JSON style, decimal points.
enum GeopointAdvice {
    static func message(cell: String, format: String, example: String?, _ lang: Language) -> String {
        let ex = example ?? "[7.487105,48.345345]"
        let base = format == "array"
            ? lang.pick("« \(cell) » n'est pas un point valide : écrivez [longitude, latitude] entre crochets, avec des points décimaux et une virgule entre les deux nombres, par exemple « \(ex) » (longitude d'abord : en France métropolitaine entre -5 et 10, latitude entre 41 et 51).",
                        "\"\(cell)\" is not a valid point: write [longitude, latitude] in brackets, decimal points, a comma between the two numbers, e.g. \"\(ex)\" (longitude first).")
            : lang.pick("« \(cell) » n'est pas un point valide au format « longitude, latitude ».", "\"\(cell)\" is not a valid \"lon, lat\" point.")
        var why = ""
        let numbers = cell.matches(of: /-?\d+(?:[.,]\d+)?/).map { String($0.output) }
        if format == "array", !cell.contains("[") { why = lang.pick(" Les crochets manquent.", " The brackets are missing.") }
        if cell.contains(";") { why += lang.pick(" Le séparateur entre les deux nombres doit être une virgule, pas un point-virgule.", " Separate the numbers with a comma, not a semicolon.") }
        if numbers.count == 2, numbers.allSatisfy({ $0.contains(",") }) {
            why += lang.pick(" Les décimales doivent être séparées par un point.", " Use a dot as decimal separator.")
        }
        if cell.range(of: #"\d,\d+\s*,\s*\d+,\d"#, options: .regularExpression) != nil {
            why += lang.pick(" Les décimales doivent être séparées par un point (la virgule sépare la longitude de la latitude).", " Use dots for decimals (the comma separates longitude and latitude).")
        }
        return base + why
    }
}
