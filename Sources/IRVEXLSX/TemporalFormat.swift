import Foundation

/// What a number format shows of a date-time serial, which decides its ISO rendering.
enum TemporalFormat: Sendable, Equatable {
    case date  // yyyy-mm-dd
    case time  // hh:mm:ss, time of day
    case dateTime  // yyyy-mm-ddThh:mm:ss
    case duration  // [h]:mm:ss elapsed time, hours may exceed 24

    /// Built-in formats (ECMA-376 §18.8.30) that display dates or times; ids 27–36 and 50–58 are
    /// East-Asian locale formats and are left as numbers.
    init?(builtInFormatID id: Int) {
        switch id {
        case 14...17: self = .date
        case 18...21, 45, 47: self = .time
        case 22: self = .dateTime
        case 46: self = .duration
        default: return nil
        }
    }

    /// Classifies a custom format code by its date/time tokens (d, m, y, h, s), ignoring quoted
    /// literals, `\`-escaped and `_`/`*` padding characters, and `[…]` colours, conditions and locales.
    /// Only the first section applies to non-negative numbers, the only ones that can be dates.
    init?(formatCode: String) {
        var hasDate = false
        var hasTime = false
        var hasMonthOrMinute = false
        var isElapsed = false
        // "General" holds an "e", "r", "a"… but no date token; dropping it keeps "General;[Red]-General" simple.
        var characters = formatCode.lowercased().replacingOccurrences(of: "general", with: "")[...]
        scan: while let character = characters.popFirst() {
            switch character {
            case ";":
                break scan
            case "\"":
                guard let close = characters.firstIndex(of: "\"") else { break scan }
                characters = characters[characters.index(after: close)...]
            case "\\", "_", "*":
                _ = characters.popFirst()
            case "[":
                guard let close = characters.firstIndex(of: "]") else { break scan }
                let content = characters[..<close]
                // [h], [mm], [ss]: elapsed time; anything else is colour, condition or locale.
                if let first = content.first, "hms".contains(first), content.allSatisfy({ $0 == first }) {
                    isElapsed = true
                }
                characters = characters[characters.index(after: close)...]
            case "a" where characters.hasPrefix("m/pm"):
                characters = characters.dropFirst(4)  // AM/PM: its "m" is not a month
            case "a" where characters.hasPrefix("/p"):
                characters = characters.dropFirst(2)
            case "y", "d":
                hasDate = true
            case "h", "s":
                hasTime = true
            case "m":
                hasMonthOrMinute = true
            default:
                continue
            }
        }
        if isElapsed {
            self = .duration
            return
        }
        // "m" is minutes next to hours or seconds (h:mm, mm:ss), months otherwise (mmm yyyy).
        let date = hasDate || (hasMonthOrMinute && !hasTime)
        switch (date, hasTime) {
        case (true, true): self = .dateTime
        case (true, false): self = .date
        case (false, true): self = .time
        case (false, false): return nil
        }
    }
}
