import IRVEValues

/// A calendar date and time of day, comparable, as produced by the date/time readers.
public struct CivilTime: Sendable, Comparable, Hashable {
    public var year = 1900, month = 1, day = 1
    public var hour = 0, minute = 0, second = 0, microsecond = 0
    /// Offset from UTC in seconds, when the text carried one.
    public var utcOffset: Int? = nil

    public static func < (a: CivilTime, b: CivilTime) -> Bool { a.sortKey.lexicographicallyPrecedes(b.sortKey) }

    var sortKey: [Int] {
        [year, month, day, hour, minute, second, microsecond]
    }

    /// Python's `datetime(...)` constructor checks.
    var isValid: Bool {
        (1...9999).contains(year) && (1...12).contains(month) && day >= 1
            && day <= DateValue.daysIn(month: month, year: year)
            && (0...23).contains(hour) && (0...59).contains(minute) && (0...59).contains(second)
            && (0...999_999).contains(microsecond)
    }

    /// Day after this one (ISO `24:00:00` means midnight of the next day).
    func nextDay() -> CivilTime {
        var t = self
        t.day += 1
        if t.day > DateValue.daysIn(month: t.month, year: t.year) {
            t.day = 1
            t.month += 1
            if t.month > 12 {
                t.month = 1
                t.year += 1
            }
        }
        return t
    }
}
