/// The facts of the Table Schema engine's cell findings (`IRVEValidate`), one case per kind of finding.
public enum EngineFacts: Sendable, Equatable, Codable {
    // type-error: the cell cannot be read as the field's type
    case typeError(cell: String, field: FieldFacts, problem: TypeProblem)
    // constraint-error: the cell breaks one of the field's constraints
    case constraint(cell: String, field: FieldFacts, problem: ConstraintProblem)
    // missing-cell (`column` counts from 1)
    case missingCell(row: Int, field: String, column: Int)
    // extra-cell
    case extraCell(row: Int, column: Int, cell: String)
    // blank-row
    case blankRow(row: Int)
    // mojibake: a cell, or a header label, damaged by a wrong encoding
    case mojibake(cell: String)
}

/// What a sentence quotes of a schema field, as the schema writes it (`IRVESchema.Field`).
public struct FieldFacts: Sendable, Equatable, Codable {
    public var name: String
    /// The Table Schema type (`number`, `date`…).
    public var type: String
    public var format: String
    public var example: String?
    public var trueValues: [String]
    public var falseValues: [String]
    public var pattern: String?
    public var enumValues: [String]
    public var minimum: String?
    public var maximum: String?
    public var exclusiveMinimum: String?
    public var exclusiveMaximum: String?
    public var minLength: Int?
    public var maxLength: Int?

    public init(name: String, type: String, format: String = "default", example: String? = nil) {
        self.name = name
        self.type = type
        self.format = format
        self.example = example
        trueValues = []
        falseValues = []
        enumValues = []
    }
}

/// Why a cell is not of its field's type, with the advice worked out from it (`spaces`: the cell has
/// spaces at its start or end).
public enum TypeProblem: Sendable, Equatable, Codable {
    // number: a decimal comma (`dotted`: the cell with dots), a unit, or anything else
    case numberDecimalComma(dotted: String)
    case numberWithUnit
    case number(spaces: Bool)
    case integer
    // boolean: `write`, the accepted value the cell most likely means
    case boolean(write: String?)
    // date: `format` as strftime (the default resolved), `suggestion` the ISO form of the cell
    case date(format: String, suggestion: String?, spaces: Bool)
    case datetime
    case time
    case year
    // geopoint in the `array` format (`example`: the field's, or a default), or another format
    case geopointArray(example: String, problems: GeopointProblems)
    case geopoint(problems: GeopointProblems)
    case email(problem: EmailProblem?)
    case uri
    case uuid
    // a string in another format (the field's `format`)
    case stringFormat
    case array
    case object
    // any other type (the field's `type`)
    case other
}

/// What is wrong with a geopoint, beyond its not being one.
public struct GeopointProblems: Sendable, Equatable, Codable {
    public var bracketsMissing: Bool
    public var semicolon: Bool
    public var decimalCommas: Bool

    public init(bracketsMissing: Bool, semicolon: Bool, decimalCommas: Bool) {
        self.bracketsMissing = bracketsMissing
        self.semicolon = semicolon
        self.decimalCommas = decimalCommas
    }
}

/// The first thing wrong with an e-mail address, in the order it is looked for.
public enum EmailProblem: String, Sendable, Equatable, Codable {
    case space, mailto, noAt, severalAt
}

/// The constraint a cell breaks, with the advice worked out from it.
public enum ConstraintProblem: Sendable, Equatable, Codable {
    case required
    case pattern(hint: PatternHint?)
    // enum: `exact`, the allowed value the cell matches but for case, accents and spaces
    case enumeration(exact: String?)
    case minimum
    case maximum
    case exclusiveMinimum
    case exclusiveMaximum
    case minLength
    case maxLength
    case unique
    // a constraint with no sentence of its own (its Table Schema name)
    case other(name: String)
}

/// Advice for the IRVE patterns people most often get wrong.
public enum PatternHint: Sendable, Equatable, Codable {
    // id_station_itinerance, id_pdc_itinerance (`letter`: P or E)
    case idSeparators(fixed: String)
    case idLowerCase
    case idNonConcerne
    case idExpected(letter: String)
    // horaires
    case horairesAllDay
    case horairesSeconds
    case horairesTrailingSpace
    case horairesExpected
    // code_insee_commune (`fixed`: the code with its zero back)
    case inseeLostZero(fixed: String)
    case inseeExpected
    // siren_amenageur (`siren`: the first 9 digits of the SIRET)
    case sirenIsSiret(siren: String)
    case sirenExpected
}
