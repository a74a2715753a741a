import Foundation

/// A Table Schema (frictionless v1 spec) as loaded from JSON: any schema of schema.data.gouv.fr works.
public struct TableSchema: Sendable {
    public var name: String?
    public var version: String?
    public var title: String?
    public var fields: [Field]
    public var missingValues: [String]
    public var primaryKey: [String]

    public init(
        name: String? = nil, version: String? = nil, title: String? = nil, fields: [Field],
        missingValues: [String] = [""], primaryKey: [String] = []
    ) {
        self.name = name
        self.version = version
        self.title = title
        self.fields = fields
        self.missingValues = missingValues
        self.primaryKey = primaryKey
    }

    public func field(named name: String) -> Field? { fields.first { $0.name == name } }
}

/// One column of a schema.
public struct Field: Sendable {
    public enum FieldType: String, Sendable, CaseIterable {
        case string, number, integer, boolean, date, time, datetime, year, yearmonth
        case geopoint, geojson, array, object, list, duration, any
    }

    public var name: String
    public var type: FieldType
    public var format: String
    public var title: String?
    public var description: String?
    public var example: String?
    public var constraints: Constraints
    public var trueValues: [String]
    public var falseValues: [String]
    /// Field-level `missingValues`, when it overrides the schema's.
    public var missingValues: [String]?
    public var bareNumber: Bool
    public var decimalChar: String?
    public var groupChar: String?
    public var delimiter: String

    public init(name: String, type: FieldType = .string, format: String = "default", constraints: Constraints = .init())
    {
        self.name = name
        self.type = type
        self.format = format
        self.constraints = constraints
        trueValues = ["true", "True", "TRUE", "1"]
        falseValues = ["false", "False", "FALSE", "0"]
        bareNumber = true
        delimiter = ","
    }
}

/// Field constraints; bounds and enum members are kept as the JSON gave them and read by the field's type.
public struct Constraints: Sendable {
    public var required = false
    public var unique = false
    public var pattern: String?
    public var enumValues: [JSONScalar]?
    public var minimum: JSONScalar?
    public var maximum: JSONScalar?
    public var exclusiveMinimum: JSONScalar?
    public var exclusiveMaximum: JSONScalar?
    public var minLength: Int?
    public var maxLength: Int?

    public init() {}
}

/// A constraint value from the schema JSON: its text as Python's `str()` would show it, and its kind.
public struct JSONScalar: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable { case string, number, bool, null, other }
    public var kind: Kind
    public var text: String
    public var description: String { text }
}
