import IRVERepair
import IRVESchema
import IRVESchemaCatalog
import IRVEValues
import XCTest

@testable import IRVEValidate

/// `irve check`'s advice and `irve fix`'s repair read a cell the same way (`IRVEValues`): what the
/// check tells people to write is what the fix writes, on every edge case.
final class AdviceRepairAgreementTests: XCTestCase {
    let fields: [String: Field] = Dictionary(
        (SchemaCatalog.latest("statique")?.schema.fields ?? []).map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })

    func field(_ name: String) throws -> Field { try XCTUnwrap(fields[name], name) }

    func testDates() throws {
        let f = try field("date_mise_en_service")
        let samples = [
            "2023-02-30", "30/02/2023", "29/02/2023", "29/02/2024", "28/02/2023", "30/12/2021", "1/2/2023",
            "2021/12/30", "30.12.2021", "20181130", "2023-03-12 10:30:00", "2021-12-30T10:00:00Z", "12/03/2023 10:30",
            " 30/12/2021 ", "01/01/1023", "01/01/2101", "45000", "12/03/23", "demain", "2023-13-01", "00/01/2023",
            "12 03 2023",
        ]
        for cell in samples {
            guard case .date(_, let suggestion, _) = CellFacts.typeProblem(f, cell) else {
                return XCTFail("\(cell): not a date problem")
            }
            XCTAssertEqual(suggestion, CellRepairs.date(cell)?.value, cell)
            XCTAssertEqual(suggestion, DateValue.iso(cell), cell)
        }
    }

    func testBooleans() throws {
        let f = try field("gratuit")
        let samples = [
            "VRAI", "Vrai", "FAUX", "Faux", "oui", "Oui", "NON", "non", "yes", "No", "1", "0", " 1 ", "x", "o", "n",
            "t", "f", "true ", " False", "peut-être", "2", "",
        ]
        for cell in samples {
            guard case .boolean(let write) = CellFacts.typeProblem(f, cell) else {
                return XCTFail("\(cell): not a boolean problem")
            }
            XCTAssertEqual(write, CellRepairs.boolean(cell, field: f)?.value, cell)
        }
        XCTAssertEqual(CellRepairs.boolean("VRAI", field: f)?.value, "true")
        XCTAssertEqual(CellRepairs.boolean("NON", field: f)?.value, "false")
    }

    func testNumbers() throws {
        let f = try field("puissance_nominale")
        for cell in ["22,0", "3,7", "7 400,5", "7\u{A0}400,5", "0,5", "-0,0", "1,5e3", "0,7247487", "-1,234567891"] {
            guard case .numberDecimalComma(let dotted) = CellFacts.typeProblem(f, cell) else {
                return XCTFail("\(cell): not a decimal comma problem")
            }
            let fixed = try XCTUnwrap(CellRepairs.number(cell, integer: false), cell)
            XCTAssertEqual(dotted, fixed.value, cell)
        }
        for cell in ["22 kW", "3,7kW", "7400 W", "11 kVA"] {
            XCTAssertNotNil(CellRepairs.power(cell), cell)
        }
        for cell in ["22 kW", "7400 W", "11 kVA"] {
            XCTAssertEqual(CellFacts.typeProblem(f, cell), .numberWithUnit, cell)
        }
        for cell in ["1e300", "-0", "7 400", "22"] {
            if case .numberDecimalComma = CellFacts.typeProblem(f, cell) { XCTFail("\(cell): no comma") }
        }
    }

    func testCoordinates() throws {
        let f = try field("coordonneesXY")
        let samples = [
            "[2.35, 48.85]", "[48.85, 2.35]", "2.35, 48.85", "48.85,2.35", "[2.35;48.85]", "2.35;48.85",
            "7,48, 48,34", "[7,48;48,34]", "48,85, 2,35", "2.35\t48.85", "(2.35 48.85)", "7.48,48,34", "Paris",
        ]
        for cell in samples {
            guard case .geopointArray(_, let problems) = CellFacts.typeProblem(f, cell) else {
                return XCTFail("\(cell): not a geopoint problem")
            }
            let read = CoordinateValue.read(cell)
            XCTAssertEqual(problems.decimalCommas, read?.decimalCommas ?? false, cell)
            let fixed = CoordinateRepairs.repair(cell)?.value
            if problems.decimalCommas || problems.semicolon || problems.bracketsMissing, let read {
                // What the advice points at is what the repair removes: brackets, one comma, points.
                let numbers = try XCTUnwrap(fixed, cell).dropFirst().dropLast().split(separator: ",").map(String.init)
                XCTAssertEqual(Set(numbers), [read.first, read.second], cell)
            }
        }
    }
}
