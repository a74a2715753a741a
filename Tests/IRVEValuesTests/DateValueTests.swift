import IRVEValues
import XCTest

/// The dates `irve check` suggests and `irve fix` writes (one reading for both).
final class DateValueTests: XCTestCase {
    func testFrenchOrderAndISOOrderBecomeISO() {
        XCTAssertEqual(DateValue.iso("30/12/2021"), "2021-12-30")
        XCTAssertEqual(DateValue.iso("1/2/2023"), "2023-02-01")
        XCTAssertEqual(DateValue.iso("30.12.2021"), "2021-12-30")
        XCTAssertEqual(DateValue.iso("30-12-2021"), "2021-12-30")
        XCTAssertEqual(DateValue.iso("2021/12/30"), "2021-12-30")
        XCTAssertEqual(DateValue.iso("20181130"), "2018-11-30")
        XCTAssertEqual(DateValue.iso(" 2021-12-30 "), "2021-12-30", "spaces around")
        XCTAssertEqual(DateValue.iso("2021-12-30"), "2021-12-30", "already ISO: itself")
    }

    func testDateTimesKeepTheirDate() {
        XCTAssertEqual(DateValue.iso("2023-03-12 10:30:00"), "2023-03-12")
        XCTAssertEqual(DateValue.iso("2021-12-30T10:00:00Z"), "2021-12-30")
        XCTAssertEqual(DateValue.iso("12/03/2023 10:30"), "2023-03-12")
    }

    func testOnlyRealCalendarDates() {
        XCTAssertNil(DateValue.iso("2023-02-30"))
        XCTAssertNil(DateValue.iso("31/02/2021"))
        XCTAssertNil(DateValue.iso("29/02/2023"), "2023 is no leap year")
        XCTAssertEqual(DateValue.iso("29/02/2024"), "2024-02-29")
        XCTAssertEqual(DateValue.iso("29/02/2000"), "2000-02-29", "divisible by 400")
        XCTAssertNil(DateValue.iso("29/02/1900"), "divisible by 100 only")
        XCTAssertNil(DateValue.iso("31/04/2023"))
        XCTAssertEqual(DateValue.iso("31/05/2023"), "2023-05-31")
        XCTAssertNil(DateValue.iso("2023-13-01"))
        XCTAssertNil(DateValue.iso("2023-00-10"))
        XCTAssertNil(DateValue.iso("00/01/2023"))
    }

    func testYearsOutsideTheRangeAreTypos() {
        XCTAssertNil(DateValue.iso("01/01/1023"))
        XCTAssertNil(DateValue.iso("01/01/2101"))
        XCTAssertEqual(DateValue.iso("01/01/1900"), "1900-01-01")
        XCTAssertEqual(DateValue.iso("31/12/2100"), "2100-12-31")
    }

    func testWhatIsNoDate() {
        XCTAssertNil(DateValue.iso("45000"), "Excel serial days are not read (nothing tells them from a number)")
        XCTAssertNil(DateValue.iso("12/2023"))
        XCTAssertNil(DateValue.iso("12/03/23"), "two-digit years are not guessed")
        XCTAssertNil(DateValue.iso(""))
        XCTAssertNil(DateValue.iso("demain"))
        XCTAssertNil(DateValue.iso("99999999999999999999/01/01"), "a run too long for an Int")
        XCTAssertNil(DateValue.iso("2023-٠٣-12"), "digits of another script are no number")
    }

    func testDaysInMonth() {
        XCTAssertEqual(
            (1...12).map { DateValue.daysIn(month: $0, year: 2023) },
            [
                31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
            ])
        XCTAssertEqual(DateValue.daysIn(month: 2, year: 2024), 29)
    }
}
