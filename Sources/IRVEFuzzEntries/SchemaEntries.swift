import Foundation
import IRVEGeo
import IRVERepair
import IRVESchema
import IRVEValidate

/// Targets of the Table Schema engine: every cell checker, the geopoint readers, the schema loader.
enum SchemaEntries {
    /// The cell against every field of the IRVE static schema and of `CheckerZoo` (each type,
    /// format and constraint), present and absent.
    /// Cells are valid UTF-8, as the readers guarantee (the `csv` target checks that promise).
    static func cells(_ data: UnsafeRawBufferPointer) {
        var text = String(decoding: data.bindMemory(to: UInt8.self), as: UTF8.self)
        text.withUTF8 { cell in
            for checker in CheckerZoo.checkers {
                _ = checker.check(cell)
                _ = checker.check(nil)
            }
        }
    }

    /// The cell as a Table Schema geopoint in each format, as IRVE coordinates, and through the
    /// coordinate repair.
    static func geopoint(_ data: UnsafeRawBufferPointer) {
        var text = String(decoding: data.bindMemory(to: UInt8.self), as: UTF8.self)
        text.withUTF8 { cell in
            for checker in CheckerZoo.geopoints { _ = checker.check(cell) }
            _ = CoordinatePair.parse(cell)
            _ = CoordinatePair.single(cell)
        }
        if let fix = CoordinateRepairs.repair(text) {
            var repaired = fix.value
            repaired.withUTF8 { _ = CoordinatePair.parse($0) }
        }
    }

    /// Any JSON as a schema; when it loads, each field is compiled and given a few cells.
    static func schema(_ data: UnsafeRawBufferPointer) {
        guard let schema = try? TableSchema(json: Data(data), origin: "fuzz") else { return }
        for field in schema.fields.prefix(64) {
            let missing = schema.missingValues
            guard let checker = try? FieldChecker(field: field, schemaMissingValues: missing) else { continue }
            for sample in CheckerZoo.samples + [field.example ?? ""] {
                var s = sample
                s.withUTF8 { _ = checker.check($0) }
            }
        }
    }
}
