import Foundation
import IRVEFindings
import IRVESchema
import IRVEValues

/// How the header's labels were matched to the schema's fields.
public struct HeaderMatch: Sendable {
    public enum Mode: Sendable { case byName, positional }
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
    public static func match(labels: [String], schema: TableSchema, mode: HeaderMatch.Mode, lang: Language)
        -> HeaderMatch
    {
        switch mode {
        case .byName: byName(labels, schema, lang)
        case .positional: positional(labels, schema, lang)
        }
    }

    private static func byName(_ labels: [String], _ schema: TableSchema, _ lang: Language) -> HeaderMatch {
        var findings: [Finding] = []
        var firstColumn: [String: Int] = [:]
        for (i, label) in labels.enumerated() {
            if let previous = firstColumn[label] {
                findings.append(
                    Finding(
                        type: "duplicate-label", severity: .error, rowNumber: 1, fieldName: label, fieldNumber: i + 1,
                        cell: label,
                        message: lang.pick(
                            "La colonne « \(label) » apparaît deux fois (colonnes \(previous + 1) et \(i + 1)). "
                                + "Supprimez ou renommez le doublon : chaque colonne doit avoir un nom unique.",
                            "Column \"\(label)\" appears twice (columns \(previous + 1) and \(i + 1)). Remove or "
                                + "rename the duplicate."
                        )))
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
            let hint =
                near.map {
                    lang.pick(
                        " Une colonne « \($0) » existe : est-ce elle, mal orthographiée ?",
                        " A column \"\($0)\" exists: is it this one, misspelt?")
                } ?? ""
            if field.constraints.required {
                findings.append(
                    Finding(
                        type: "missing-label", severity: .error, rowNumber: 1, fieldName: field.name,
                        fieldNumber: index + 1,
                        message: lang.pick(
                            "La colonne obligatoire « \(field.name) » est absente de l'en-tête. Ajoutez-la (même nom "
                                + "exact, en minuscules) et remplissez-la pour chaque ligne.\(hint)",
                            "Required column \"\(field.name)\" is missing from the header. Add it (same exact name) "
                                + "and fill it on every row.\(hint)"
                        )))
            } else {
                findings.append(
                    Finding(
                        type: "missing-column", severity: .warning, rowNumber: 1, fieldName: field.name,
                        fieldNumber: index + 1,
                        message: lang.pick(
                            "La colonne facultative « \(field.name) » est absente. Ce n'est pas bloquant, mais "
                                + "ajoutez-la (vide si besoin) pour suivre le schéma.\(hint)",
                            "Optional column \"\(field.name)\" is missing. Not blocking, but add it (empty if need "
                                + "be) to follow the schema.\(hint)"
                        )))
            }
        }
        for (i, label) in labels.enumerated() where !fieldNames.contains(label) && firstColumn[label] == i {
            let near = nearLabel(
                for: label, in: schema.fields.map(\.name), folded: foldedFields, excluding: labelSet,
                target: foldedLabels[i])
            let hint = near.map { lang.pick(" Vouliez-vous dire « \($0) » ?", " Did you mean \"\($0)\"?") } ?? ""
            findings.append(
                Finding(
                    type: "extra-label", severity: .warning, rowNumber: 1, fieldName: label, fieldNumber: i + 1,
                    cell: label,
                    message: lang.pick(
                        "La colonne « \(label) » n'existe pas dans le schéma : elle sera ignorée par les outils "
                            + "nationaux. Retirez-la ou renommez-la.\(hint)",
                        "Column \"\(label)\" is not in the schema: national tools will ignore it. Remove or rename "
                            + "it.\(hint)"
                    )))
        }
        let presentInOrder = columnOfField.compactMap { $0 }
        if presentInOrder != presentInOrder.sorted() {
            findings.append(
                Finding(
                    type: "column-order", severity: .warning, rowNumber: 1,
                    message: lang.pick(
                        "Les colonnes ne sont pas dans l'ordre du schéma. Ce n'est pas bloquant sur data.gouv.fr, "
                            + "mais remettez-les dans l'ordre pour les outils stricts.",
                        "Columns are not in the schema's order. Not blocking on data.gouv.fr, but reorder them for "
                            + "strict tools."
                    )))
        }
        return HeaderMatch(mode: .byName, labels: labels, columnOfField: columnOfField, findings: findings)
    }

    private static func positional(_ labels: [String], _ schema: TableSchema, _ lang: Language) -> HeaderMatch {
        var findings: [Finding] = []
        let fields = schema.fields
        for i in fields.count..<max(fields.count, labels.count) {
            findings.append(
                Finding(
                    type: "extra-label", severity: .error, rowNumber: 1, fieldName: "", fieldNumber: i + 1,
                    cell: labels[i],
                    message: lang.pick(
                        "Colonne \(i + 1) « \(labels[i]) » en trop : le schéma n'a que \(fields.count) colonnes.",
                        "Column \(i + 1) \"\(labels[i])\" is extra: the schema has only \(fields.count) columns.")))
        }
        for i in labels.count..<max(labels.count, fields.count) {
            findings.append(
                Finding(
                    type: "missing-label", severity: .error, rowNumber: 1, fieldName: fields[i].name,
                    fieldNumber: i + 1, cell: "",
                    message: lang.pick(
                        "La colonne \(i + 1) « \(fields[i].name) » manque à la fin de l'en-tête (contrôle strict par "
                            + "position).",
                        "Column \(i + 1) \"\(fields[i].name)\" is missing at the end of the header (strict "
                            + "positional check)."
                    )))
        }
        for (i, (field, label)) in zip(fields, labels).enumerated() {
            if label.isEmpty {
                findings.append(
                    Finding(
                        type: "blank-label", severity: .error, rowNumber: 1, fieldName: field.name, fieldNumber: i + 1,
                        cell: "",
                        message: lang.pick(
                            "La colonne \(i + 1) n'a pas de nom ; elle devrait s'appeler « \(field.name) ».",
                            "Column \(i + 1) has no name; it should be \"\(field.name)\".")))
                continue
            }
            if let previous = labels[..<i].firstIndex(of: label) {
                findings.append(
                    Finding(
                        type: "duplicate-label", severity: .error, rowNumber: 1, fieldName: field.name,
                        fieldNumber: i + 1, cell: label,
                        message: lang.pick(
                            "La colonne « \(label) » apparaît deux fois (colonnes \(previous + 1) et \(i + 1)).",
                            "Column \"\(label)\" appears twice (columns \(previous + 1) and \(i + 1)).")))
                continue
            }
            if label != field.name {
                findings.append(
                    Finding(
                        type: "incorrect-label", severity: .error, rowNumber: 1, fieldName: field.name,
                        fieldNumber: i + 1, cell: label,
                        message: lang.pick(
                            "La colonne \(i + 1) s'appelle « \(label) » alors que le schéma attend « \(field.name) » "
                                + "à cette position.",
                            "Column \(i + 1) is named \"\(label)\" but the schema expects \"\(field.name)\" at this "
                                + "position."
                        )))
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
