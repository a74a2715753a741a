import IRVERepair
import IRVESchema
import IRVETestSupport
import XCTest

final class CellRepairTests: XCTestCase {
    /// Issue 10: the watts → kW repair divided again on every pass (`1e308` → `1e305` → …). A value
    /// above 500 kW even as watts is left for the rule to report; every proposal is a fixed point.
    func testPowerRepairIsIdempotent() {
        for absurd in ["1e308", "1e300", "1234567890123456789012345", "500001", "1e308 W", "600 000 W"] {
            XCTAssertNil(CellRepairs.power(absurd), absurd)
        }
        XCTAssertEqual(CellRepairs.power("500000")?.value, "500")
        XCTAssertEqual(CellRepairs.power("1e5")?.value, "100")
        for value in ["22000", "7400 W", "3,7kW", "500000", "1e5", "0.5", "600", "22 kW", "1e-300"] {
            let once = CellRepairs.power(value)?.value ?? value
            XCTAssertNil(CellRepairs.power(once), "\(value) → \(once) must not be repaired again")
        }
    }

    func testBooleansDatesNumbers() {
        let field = Field(name: "gratuit", type: .boolean)
        XCTAssertEqual(CellRepairs.boolean("VRAI", field: field)?.value, "true")
        XCTAssertEqual(CellRepairs.boolean("Non", field: field)?.value, "false")
        XCTAssertNil(CellRepairs.boolean("peut-être", field: field))
        XCTAssertEqual(CellRepairs.date("30/12/2021")?.value, "2021-12-30")
        XCTAssertEqual(CellRepairs.date("2021/12/30")?.value, "2021-12-30")
        XCTAssertEqual(CellRepairs.date("20181130")?.value, "2018-11-30")
        XCTAssertEqual(CellRepairs.date("2021-12-30T10:00:00Z")?.value, "2021-12-30")
        XCTAssertNil(CellRepairs.date("31/02/2021"), "not a calendar date: nothing invented")
        XCTAssertEqual(CellRepairs.power("22 kW")?.value, "22")
        XCTAssertEqual(CellRepairs.power("3,7kW")?.value, "3.7")
        XCTAssertEqual(CellRepairs.power("7400")?.value, "7.4")
        XCTAssertEqual(CellRepairs.power("7400")?.confidence, .likely)
        XCTAssertEqual(CellRepairs.power("7400 W")?.confidence, .certain)
        XCTAssertNil(CellRepairs.power("22"))
        XCTAssertEqual(CellRepairs.number("1 000", integer: true)?.value, "1000")
    }

    func testIdsCodesPhonesHours() {
        XCTAssertEqual(CellRepairs.itineranceId("FR*A68*E680210015")?.value, "FRA68E680210015")
        XCTAssertEqual(CellRepairs.itineranceId("fra68e680210015")?.value, "FRA68E680210015")
        XCTAssertEqual(CellRepairs.itineranceId("non concerné")?.value, "Non concerné")
        XCTAssertEqual(CellRepairs.inseeCode("6084")?.value, "06084")
        XCTAssertNil(CellRepairs.inseeCode("75056"))
        XCTAssertEqual(CellRepairs.phone("111111111")?.value, "0111111111")
        XCTAssertNil(CellRepairs.phone("0111111111"))
        XCTAssertEqual(CellRepairs.horaires("24h/24 7j/7")?.value, "24/7")
        XCTAssertEqual(CellRepairs.horaires("Mo-Fr 07:00:00-20:59:00")?.value, "Mo-Fr 07:00-20:59")
        XCTAssertEqual(CellRepairs.clean(" \u{2066}0102030405\u{2069} ")?.value, "0102030405")
    }

    func testCoordinates() {
        XCTAssertEqual(CoordinateRepairs.repair("[45.676244,-0.925464]")?.value, "[-0.925464,45.676244]")
        XCTAssertEqual(CoordinateRepairs.repair("[45.676244,-0.925464]")?.rule, "coordinates-swapped")
        XCTAssertEqual(CoordinateRepairs.repair("48.8287, 2.2989")?.value, "[2.2989,48.8287]")
        XCTAssertEqual(CoordinateRepairs.repair("[7,48, 48,34]")?.value, "[7.48,48.34]")
        XCTAssertEqual(CoordinateRepairs.repair("7.48;48.34")?.value, "[7.48,48.34]")
        XCTAssertNil(CoordinateRepairs.repair("[7.48,48.34]"), "a valid point in France is left alone")
        XCTAssertNil(CoordinateRepairs.repair("[-20.88,55.45]").flatMap { $0.value == "[-20.88,55.45]" ? $0 : nil })
        XCTAssertEqual(CoordinateRepairs.repair("[-20.88,55.45]")?.value, "[55.45,-20.88]", "La Réunion swapped")
        XCTAssertNil(CoordinateRepairs.repair("[0,0]"))
    }
}
