import IRVEFindings

/// The calendar date a cell means, as `irve check` suggests it and `irve fix` writes it: `dd/mm/yyyy`
/// (French order), `yyyy/mm/dd`, `yyyymmdd` and date-times → `yyyy-mm-dd`. Only real calendar dates
/// of 1900–2100: `2023-02-30` or `29/02/2023` mean nothing, a year 1023 is a typo.
public enum DateValue {
    /// The ISO form of the date `s` holds (spaces around ignored), or nil. A cell already in that form
    /// gives itself back.
    public static func iso(_ s: String) -> String? {
        let t = s.trimmingSpaces()
        let digits = t.split(whereSeparator: { !$0.isNumber }).map(String.init)
        if digits.count == 1, digits[0].count == 8, let v = Int(digits[0]) {  // yyyymmdd
            return iso(year: v / 10000, month: (v / 100) % 100, day: v % 100)
        }
        guard digits.count >= 3, let a = Int(digits[0]), let b = Int(digits[1]), let c = Int(digits[2]) else {
            return nil
        }
        if digits[0].count == 4 { return iso(year: a, month: b, day: c) }  // yyyy-mm-dd[Thh…], yyyy/mm/dd
        if digits[2].count == 4 { return iso(year: c, month: b, day: a) }  // dd/mm/yyyy (French order)
        return nil
    }

    /// `yyyy-mm-dd` when the three numbers make a real date of 1900–2100.
    public static func iso(year y: Int, month m: Int, day d: Int) -> String? {
        guard (1900...2100).contains(y), (1...12).contains(m), d >= 1, d <= daysIn(month: m, year: y) else {
            return nil
        }
        return "\(y)-" + (m < 10 ? "0" : "") + "\(m)-" + (d < 10 ? "0" : "") + "\(d)"  // y has four digits
    }

    /// The number of days of month `m` (1–12) in year `y` of the Gregorian calendar. Also the schema
    /// checker's (IRVESchema), on every date cell: inlinable.
    @inlinable
    public static func daysIn(month m: Int, year y: Int) -> Int {
        switch m {
        case 2: isLeap(y) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    @inlinable
    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }
}
