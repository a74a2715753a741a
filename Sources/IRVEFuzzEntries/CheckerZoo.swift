import Foundation
import IRVESchema
import IRVESchemaCatalog
import IRVEValidate

/// Field checkers for every type, format and constraint the Table Schema engine knows, built once.
enum CheckerZoo {
    static let checkers: [FieldChecker] = irve + zoo

    /// The fields of the IRVE static schema (latest version).
    static let irve: [FieldChecker] = {
        guard let schema = SchemaCatalog.latest("statique")?.schema else { return [] }
        return schema.fields.compactMap { try? FieldChecker(field: $0, schemaMissingValues: schema.missingValues) }
    }()

    static let zoo: [FieldChecker] = {
        guard let schema = try? TableSchema(json: Data(zooJSON.utf8), origin: "zoo") else { return [] }
        return schema.fields.compactMap { try? FieldChecker(field: $0, schemaMissingValues: schema.missingValues) }
    }()

    static let geopoints: [FieldChecker] = ["default", "array", "object"].compactMap {
        try? FieldChecker(field: Field(name: "p", type: .geopoint, format: $0), schemaMissingValues: [""])
    }

    /// Cells given to every field of a fuzzed schema.
    static let samples = [
        "", "0", "-1.5e3", "true", "2024-02-29", "2024-02-29T12:00:00Z", "12:30:00", "P1Y2M3DT4H",
        "[2.35,48.85]", "{\"a\":1}", "2024-13", "NaN", "abc@example.com", "a,b,c",
    ]

    // Each type with its formats and every constraint; bounds and members of the field's own type.
    static let zooJSON = #"""
        {"missingValues": ["", "NA", "-"], "fields": [
         {"name": "s", "type": "string", "constraints": {"required": true, "minLength": 2, "maxLength": 12,
          "pattern": "[A-Z]{2}(\\d{1,4}|\\*)+", "enum": ["AB12", "CD*", 3]}},
         {"name": "se", "type": "string", "format": "email"},
         {"name": "su", "type": "string", "format": "uri"},
         {"name": "sid", "type": "string", "format": "uuid"},
         {"name": "spu", "type": "string", "constraints": {"pattern": "(?:[\\p{L} '-]+|\\d{5})"}},
         {"name": "n", "type": "number", "constraints": {"minimum": -1e3, "maximum": 1e3, "exclusiveMinimum": -1001,
          "exclusiveMaximum": "1001", "enum": [1, 2.5, "3", 1e400]}},
         {"name": "ng", "type": "number", "bareNumber": false, "decimalChar": ",", "groupChar": " "},
         {"name": "i", "type": "integer",
          "constraints": {"minimum": 0, "maximum": 99999999999999999999999, "enum": [1, 7, 22]}},
         {"name": "ib", "type": "integer", "bareNumber": false},
         {"name": "b", "type": "boolean", "trueValues": ["oui", "1"], "falseValues": ["non", "0"],
          "constraints": {"enum": [true]}},
         {"name": "d", "type": "date",
          "constraints": {"minimum": "2000-01-01", "maximum": "2100-12-31", "enum": ["2024-01-01"]}},
         {"name": "df", "type": "date", "format": "%d/%m/%Y", "constraints": {"exclusiveMinimum": "01/01/1900"}},
         {"name": "dy", "type": "date", "format": "%y%m%d %z"},
         {"name": "da", "type": "date", "format": "any"},
         {"name": "t", "type": "time", "constraints": {"minimum": "06:00:00", "exclusiveMaximum": "22:00:00"}},
         {"name": "tf", "type": "time", "format": "%H:%M:%S.%f"},
         {"name": "dt", "type": "datetime", "constraints": {"maximum": "2100-01-01T00:00:00Z"}},
         {"name": "dtf", "type": "datetime", "format": "%Y-%m-%dT%H:%M:%S%z"},
         {"name": "dta", "type": "datetime", "format": "any"},
         {"name": "y", "type": "year", "constraints": {"minimum": 1900, "maximum": "2100", "enum": [2024, "2025"]}},
         {"name": "ym", "type": "yearmonth"},
         {"name": "du", "type": "duration"},
         {"name": "g", "type": "geopoint", "constraints": {"enum": ["2.35,48.85"]}},
         {"name": "ga", "type": "geopoint", "format": "array"},
         {"name": "go", "type": "geopoint", "format": "object"},
         {"name": "gj", "type": "geojson"},
         {"name": "a", "type": "array", "constraints": {"minLength": 1, "maxLength": 3}},
         {"name": "o", "type": "object", "constraints": {"minLength": 1}},
         {"name": "l", "type": "list", "delimiter": ";", "constraints": {"minLength": 2, "maxLength": 4}},
         {"name": "any", "type": "any", "constraints": {"enum": ["x", 1]}}
        ]}
        """#
}
