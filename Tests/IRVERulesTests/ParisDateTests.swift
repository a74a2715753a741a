import Foundation
import XCTest

@testable import IRVEFindings

/// Today's date for the date rules is computed without ICU: it must be Foundation's Europe/Paris
/// date at every instant, summer-time changes and year ends included.
final class ParisDateTests: XCTestCase {
    private func foundation(_ t: Int) -> (Int, Int, Int) {
        var calendar = Calendar(identifier: .gregorian)
        guard let paris = TimeZone(identifier: "Europe/Paris") else { return (0, 0, 0) }
        calendar.timeZone = paris
        let c = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(t)))
        return (c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }

    func testMatchesFoundationAroundSummerTimeChangesAndYearEnds() throws {
        try XCTSkipIf(TimeZone(identifier: "Europe/Paris") == nil, "no Europe/Paris time zone on this system")
        var instants: [Int] = []
        for year in [1999, 2020, 2024, 2025, 2026, 2027, 2038] {
            for (month, day) in [(3, 24), (3, 31), (10, 24), (10, 31), (12, 31), (1, 1)] {
                let midnight = ParisDate.days(year: year, month: month, day: day) * 86_400
                // Every half hour over two days: the 00:00/01:00/02:00 UTC edges of each change.
                for k in -4..<96 { instants.append(midnight + k * 1_800 - 1) }
                for k in -4..<96 { instants.append(midnight + k * 1_800) }
            }
        }
        for t in instants {
            let mine = ParisDate.date(unixTime: t)
            let (y, m, d) = foundation(t)
            XCTAssertTrue(mine == (y, m, d), "at \(t): \(mine) vs \(y)-\(m)-\(d)")
        }
    }

    func testCivilDaysRoundTrip() {
        for z in stride(from: -800_000, through: 800_000, by: 997) {
            let c = ParisDate.civil(days: z)
            XCTAssertEqual(ParisDate.days(year: c.year, month: c.month, day: c.day), z)
        }
        XCTAssertTrue(ParisDate.civil(days: 0) == (1970, 1, 1))
        XCTAssertTrue(ParisDate.civil(days: ParisDate.days(year: 2024, month: 2, day: 29)) == (2024, 2, 29))
    }
}
