import Foundation
import IRVEFindings
import IRVESchema
import IRVEValues

/// What is wrong with a cell and how to fix it, worked out from the cell and its schema field, as
/// facts: `IRVEWording` writes the sentence, with a valid example taken from the schema.
enum CellFacts {
    static func typeProblem(_ f: Field, _ cell: String) -> TypeProblem {
        let spaces = cell.trimmingCharacters(in: .whitespaces) != cell
        switch f.type {
        case .number:
            if cell.contains(",") {
                // What irve fix writes, when it reads a number; else the commas as points.
                let dotted =
                    NumberValue.parse(cell).map(NumberValue.plainText) ?? cell.replacingOccurrences(of: ",", with: ".")
                return .numberDecimalComma(dotted: dotted)
            }
            if cell.lowercased().contains("w") || cell.lowercased().contains("kva") { return .numberWithUnit }
            return .number(spaces: spaces)
        case .integer:
            return .integer
        case .boolean:
            return .boolean(write: BooleanValue.written(cell, trueValues: f.trueValues, falseValues: f.falseValues))
        case .date:
            let format = f.format == "default" ? "%Y-%m-%d" : f.format
            return .date(format: format, suggestion: DateValue.iso(cell), spaces: spaces)
        case .datetime:
            return .datetime
        case .time:
            return .time
        case .year:
            return .year
        case .geopoint:
            return GeopointAdvice.problem(cell: cell, format: f.format, example: f.example)
        case .string:
            switch f.format {
            case "email": return .email(problem: emailProblem(cell))
            case "uri": return .uri
            case "uuid": return .uuid
            default: return .stringFormat
            }
        case .array:
            return .array
        case .object, .geojson:
            return .object
        default:
            return .other
        }
    }

    private static func emailProblem(_ cell: String) -> EmailProblem? {
        if cell.contains(" ") { return .space }
        if cell.lowercased().hasPrefix("mailto:") { return .mailto }
        if !cell.contains("@") { return .noAt }
        if cell.filter({ $0 == "@" }).count > 1 { return .severalAt }
        return nil
    }

    /// `name`: the constraint's Table Schema name (`ConstraintSet.ordered`).
    static func constraintProblem(_ name: String, _ f: Field, _ cell: String) -> ConstraintProblem {
        switch name {
        case "required": .required
        case "pattern": .pattern(hint: PatternAdvice.hint(field: f.name, cell: cell))
        case "enum":
            .enumeration(
                exact: (f.constraints.enumValues ?? []).map(\.text).first {
                    TextFolding.fold($0, .label) == TextFolding.fold(cell, .label)
                })
        case "minimum": .minimum
        case "maximum": .maximum
        case "exclusiveMinimum": .exclusiveMinimum
        case "exclusiveMaximum": .exclusiveMaximum
        case "minLength": .minLength
        case "maxLength": .maxLength
        case "unique": .unique
        default: .other(name: name)
        }
    }
}

extension FieldFacts {
    /// What the sentences quote of `f`, bounds as the schema writes them.
    init(_ f: Field) {
        self.init(name: f.name, type: f.type.rawValue, format: f.format, example: f.example)
        let k = f.constraints
        trueValues = f.trueValues
        falseValues = f.falseValues
        pattern = k.pattern
        enumValues = (k.enumValues ?? []).map(\.text)
        minimum = k.minimum?.text
        maximum = k.maximum?.text
        exclusiveMinimum = k.exclusiveMinimum?.text
        exclusiveMaximum = k.exclusiveMaximum?.text
        minLength = k.minLength
        maxLength = k.maxLength
    }
}

/// Field-specific advice for the IRVE patterns people most often get wrong.
enum PatternAdvice {
    static func hint(field: String, cell: String) -> PatternHint? {
        switch field {
        case "id_station_itinerance", "id_pdc_itinerance":
            if cell.contains("*") || cell.contains(" ") {
                let fixed = cell.replacingOccurrences(of: "*", with: "").replacingOccurrences(of: " ", with: "")
                return .idSeparators(fixed: fixed.uppercased())
            }
            if cell != cell.uppercased() { return .idLowerCase }
            if cell.lowercased() == "non concerné" || cell.lowercased() == "non concerne" { return .idNonConcerne }
            return .idExpected(letter: field == "id_station_itinerance" ? "P" : "E")
        case "horaires":
            if cell.lowercased().contains("24h") || cell.lowercased().contains("7j") { return .horairesAllDay }
            if cell.split(separator: ":").count >= 3 { return .horairesSeconds }
            if cell.hasSuffix(" ") { return .horairesTrailingSpace }
            return .horairesExpected
        case "code_insee_commune":
            if cell.count == 4, cell.allSatisfy(\.isNumber) { return .inseeLostZero(fixed: "0" + cell) }
            return .inseeExpected
        case "siren_amenageur":
            let digits = cell.filter(\.isNumber)
            if digits.count == 14 { return .sirenIsSiret(siren: String(digits.prefix(9))) }
            return .sirenExpected
        default:
            return nil
        }
    }
}
