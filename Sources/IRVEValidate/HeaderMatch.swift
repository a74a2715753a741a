import Foundation
import IRVEFindings
import IRVESchema
import IRVEValues

/// How the header's labels were matched to the schema's fields.
public struct HeaderMatch: Sendable {
    /// How the header is matched (`HeaderMode`, which also sets the severity of an extra column).
    public typealias Mode = HeaderMode
    public let mode: Mode
    public let labels: [String]
    /// For each schema field, the column holding it (nil: the column is missing).
    public let columnOfField: [Int?]
    /// Header findings (row 1).
    public let findings: [Finding]

    /// Schema fields in checking order, with their column: the order of the file's columns,
    /// since frictionless reports a row's errors column by column.
    public var checkedFields: [(field: Int, column: Int)] {
        columnOfField.enumerated().compactMap { f, c in c.map { (f, $0) } }.sorted { $0.column < $1.column }
    }
}

/// Matches labels to fields. By name (Validata, data.gouv.fr): order and extra columns are only
/// warnings, a missing required column is an error. Positionally (`--strict-header`, frictionless).
public enum HeaderMatcher {
    public static func match(labels: [String], schema: TableSchema, mode: HeaderMatch.Mode) -> HeaderMatch {
        switch mode {
        case .byName: byName(labels, schema)
        case .positional: positional(labels, schema)
        }
    }

    private static func byName(_ labels: [String], _ schema: TableSchema) -> HeaderMatch {
        var findings: [Finding] = []
        var firstColumn: [String: Int] = [:]
        for (i, label) in labels.enumerated() {
            if let previous = firstColumn[label] {
                findings.append(
                    Finding(
                        .duplicateLabel, .byName, rowNumber: 1, fieldName: label, fieldNumber: i + 1,
                        cell: label,
                        facts: .header(.duplicateLabel(label: label, first: previous + 1, second: i + 1))))
            } else {
                firstColumn[label] = i
            }
        }
        let fieldNames = Set(schema.fields.map(\.name))
        // Folded once each: the near-name searches below then stay linear in the number of columns.
        let foldedLabels = labels.map { TextFolding.fold($0, .label) }
        let foldedFields = schema.fields.map { TextFolding.fold($0.name, .label) }
        let labelSet = Set(labels)
        var columnOfField: [Int?] = []
        for (index, field) in schema.fields.enumerated() {
            let column = firstColumn[field.name]
            columnOfField.append(column)
            guard column == nil else { continue }
            let near = nearLabel(for: field.name, in: labels, folded: foldedLabels, excluding: fieldNames)
            if field.constraints.required {
                findings.append(
                    Finding(
                        .missingLabel, .byName, rowNumber: 1, fieldName: field.name,
                        fieldNumber: index + 1,
                        facts: .header(.missingRequired(field: field.name, near: near))))
            } else {
                findings.append(
                    Finding(
                        .missingColumn, .byName, rowNumber: 1, fieldName: field.name,
                        fieldNumber: index + 1,
                        facts: .header(.missingOptional(field: field.name, near: near))))
            }
        }
        for (i, label) in labels.enumerated() where !fieldNames.contains(label) && firstColumn[label] == i {
            let near = nearLabel(
                for: label, in: schema.fields.map(\.name), folded: foldedFields, excluding: labelSet,
                target: foldedLabels[i])
            findings.append(
                Finding(
                    .extraLabel, .byName, rowNumber: 1, fieldName: label, fieldNumber: i + 1,
                    cell: label,
                    facts: .header(.extraLabel(label: label, near: near))))
        }
        let presentInOrder = columnOfField.compactMap { $0 }
        if presentInOrder != presentInOrder.sorted() {
            findings.append(
                Finding(
                    .columnOrder, .byName, rowNumber: 1,
                    facts: .header(.columnOrder)))
        }
        return HeaderMatch(mode: .byName, labels: labels, columnOfField: columnOfField, findings: findings)
    }

    private static func positional(_ labels: [String], _ schema: TableSchema) -> HeaderMatch {
        var findings: [Finding] = []
        let fields = schema.fields
        for i in fields.count..<max(fields.count, labels.count) {
            findings.append(
                Finding(
                    .extraLabel, .positional, rowNumber: 1, fieldName: "", fieldNumber: i + 1,
                    cell: labels[i],
                    facts: .header(.extraColumn(column: i + 1, label: labels[i], fieldCount: fields.count))))
        }
        for i in labels.count..<max(labels.count, fields.count) {
            findings.append(
                Finding(
                    .missingLabel, .positional, rowNumber: 1, fieldName: fields[i].name,
                    fieldNumber: i + 1, cell: "",
                    facts: .header(.missingAtEnd(column: i + 1, field: fields[i].name))))
        }
        for (i, (field, label)) in zip(fields, labels).enumerated() {
            if label.isEmpty {
                findings.append(
                    Finding(
                        .blankLabel, .positional, rowNumber: 1, fieldName: field.name, fieldNumber: i + 1,
                        cell: "",
                        facts: .header(.blankLabel(column: i + 1, field: field.name))))
                continue
            }
            if let previous = labels[..<i].firstIndex(of: label) {
                findings.append(
                    Finding(
                        .duplicateLabel, .positional, rowNumber: 1, fieldName: field.name,
                        fieldNumber: i + 1, cell: label,
                        facts: .header(.duplicateAt(label: label, first: previous + 1, second: i + 1))))
                continue
            }
            if label != field.name {
                findings.append(
                    Finding(
                        .incorrectLabel, .positional, rowNumber: 1, fieldName: field.name,
                        fieldNumber: i + 1, cell: label,
                        facts: .header(.incorrectLabel(column: i + 1, label: label, expected: field.name))))
            }
        }
        let columnOfField: [Int?] = fields.indices.map { $0 < labels.count ? $0 : nil }
        return HeaderMatch(mode: .positional, labels: labels, columnOfField: columnOfField, findings: findings)
    }

    /// A label that differs only by case, accents, spaces or a small typo. `folded[k]` is
    /// `candidates[k]` folded (computed once by the caller).
    static func nearLabel(
        for name: String, in candidates: [String], folded foldedCandidates: [String],
        excluding: Set<String>, target: String? = nil
    ) -> String? {
        let target = target ?? TextFolding.fold(name, .label)
        var best: (String, Int)? = nil
        for (c, folded) in zip(candidates, foldedCandidates) where !excluding.contains(c) {
            if folded == target { return c }
            let d = TextFolding.distance(folded, target, limit: 2)
            if d <= 2, best == nil || d < best!.1 { best = (c, d) }
        }
        return best?.0
    }
}
