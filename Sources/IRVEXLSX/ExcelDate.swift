/// Date-time serials (days since the workbook's epoch, time as the fraction of a day) to ISO 8601 text.
enum ExcelDate {
    /// Largest serial Excel displays as a date (9999-12-31); beyond, and below 0, it shows ####.
    private static let maxSerial = 2_958_466.0

    /// The ISO text of what `format` shows of `serial`, or nil when the serial is no valid date.
    static func iso(serial: Double, format: TemporalFormat, date1904: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial < maxSerial else { return nil }
        // Round to the second, as Excel's display does: 45351.60416666666 is 14:30:00.
        let totalSeconds = Int64((serial * 86_400).rounded())
        let days = totalSeconds / 86_400
        let secondOfDay = Int(totalSeconds % 86_400)
        let time = clock(secondOfDay)
        switch format {
        case .time:
            return time
        case .duration:
            let remainder = Int(totalSeconds % 3_600)
            return pad(Int(totalSeconds / 3_600), 2) + ":" + pad(remainder / 60, 2) + ":" + pad(remainder % 60, 2)
        case .date:
            return date(days: days, date1904: date1904)
        case .dateTime:
            return date(days: days, date1904: date1904) + "T" + time
        }
    }

    /// The calendar date of day number `days`. In the 1900 system, day 1 is 1900-01-01 and day 60 is
    /// 1900-02-29, a day that never existed: Lotus 1-2-3 took 1900 for a leap year and Excel kept the bug,
    /// so from day 61 (1900-03-01) on, serials are one more than the true count.
    static func date(days: Int64, date1904: Bool) -> String {
        let daysSince1970: Int64
        if date1904 {
            daysSince1970 = days - 24_107  // day 0 is 1904-01-01
        } else if days == 60 {
            return "1900-02-29"
        } else if days < 60 {
            daysSince1970 = days - 25_568  // day 0 is 1899-12-31
        } else {
            daysSince1970 = days - 25_569  // day 0 is 1899-12-30 once the phantom day is skipped
        }
        let (year, month, day) = civil(daysSince1970)
        return pad(Int(year), 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    /// Proleptic Gregorian date of a day count from 1970-01-01 (H. Hinnant's civil_from_days).
    private static func civil(_ daysSince1970: Int64) -> (year: Int64, month: Int, day: Int) {
        let z = daysSince1970 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), Int(month), Int(day))
    }

    private static func clock(_ secondOfDay: Int) -> String {
        pad(secondOfDay / 3_600, 2) + ":" + pad(secondOfDay / 60 % 60, 2) + ":" + pad(secondOfDay % 60, 2)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
