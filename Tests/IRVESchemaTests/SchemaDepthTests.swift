import Foundation
import IRVEFindings
import IRVEWording
import XCTest

@testable import IRVESchema

/// A schema nested past `Limits.schemaDepth` is refused with its own reason, not read.
final class SchemaDepthTests: XCTestCase {
    func testDeeplyNestedSchemaIsRefusedWithTheBound() {
        let deep =
            "{\"fields\":[{\"name\":\"a\",\"x\":" + String(repeating: "[", count: 200)
            + String(repeating: "]", count: 200) + "}]}"
        XCTAssertThrowsError(try TableSchema(json: Data(deep.utf8), origin: "profond.json")) { error in
            let message = (error as? SchemaError)?.message(.fr) ?? "\(error)"
            XCTAssertTrue(
                message.contains("profond.json")
                    && message.contains(
                        "\(Limits.schemaDepth) "
                            + "niveaux"),
                message)
            XCTAssertTrue(((error as? SchemaError)?.message(.en) ?? "").contains("nesting levels"))
        }
        let shallow = "{\"fields\":[{\"name\":\"a\",\"x\":[[[]]]}]}"
        XCTAssertNoThrow(try TableSchema(json: Data(shallow.utf8), origin: "plat.json"))
    }
}
