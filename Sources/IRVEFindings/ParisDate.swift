/// The civil date in France (Europe/Paris) from a Unix time, by the EU summer-time rule (UTC+2 from
/// the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC, UTC+1 otherwise).
///
/// Computed here rather than with `Calendar` and `TimeZone`: those load ICU's time-zone data, about
/// 2 MB of resident memory and a few milliseconds at the start of every run, for one date.
enum ParisDate {
    static func date(unixTime t: Int) -> (year: Int, month: Int, day: Int) {
        let utc = civil(days: floorDivide(t, 86_400))
        let summerStart = lastSunday(year: utc.year, month: 3) * 86_400 + 3_600
        let summerEnd = lastSunday(year: utc.year, month: 10) * 86_400 + 3_600
        let offset = t >= summerStart && t < summerEnd ? 7_200 : 3_600
        return civil(days: floorDivide(t + offset, 86_400))
    }

    static func floorDivide(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }

    /// Days since 1970-01-01 of a date (H. Hinnant's `days_from_civil`).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = floorDivide(y, 400)
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date of a day count since 1970-01-01 (`civil_from_days`).
    static func civil(days z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719_468
        let era = floorDivide(z, 146_097)
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Days since 1970-01-01 of the month's last Sunday (1970-01-01 was a Thursday).
    static func lastSunday(year: Int, month: Int) -> Int {
        let last =
            month == 12 ? days(year: year + 1, month: 1, day: 1) - 1 : days(year: year, month: month + 1, day: 1) - 1
        let weekday = ((last + 4) % 7 + 7) % 7  // 0 = Sunday
        return last - weekday
    }
}
