import IRVEFindings
import IRVERead
import IRVESchema

/// The streaming schema engine: receives rows from the reader, checks every cell of the fields
/// matched in the header, and records findings with per-column statistics. Memory does not grow
/// with the number of rows (only with the number of findings and of `unique` values).
public final class TableValidator: RowConsumer {
    public let options: ValidationOptions
    public let result: ValidationResult
    private var forced: SchemaCatalog.Entry?
    private var checkers: [FieldChecker] = []
    private var plan: [(field: Int, column: Int)] = []
    private var labelCount = 0
    private var uniqueSeen: [Int: [String: Int]] = [:]
    private var stopped = false  // not IRVE / pre-v1: rows are not checked

    public init(options: ValidationOptions, schema: SchemaCatalog.Entry? = nil) {
        self.options = options
        self.forced = schema
        self.result = ValidationResult()
        result.findings.limit = options.maxFindings
    }

    public func begin(_ info: TableInfo) {
        result.reset(info: info)
        checkers = []
        plan = []
        uniqueSeen = [:]
        stopped = false
        if info.encoding == .windows1252 {
            result.findings.add(Finding(
                type: "non-utf8-encoding", severity: .warning,
                message: options.lang.pick(
                    "Le fichier n'est pas en UTF-8 : il a été lu comme Windows-1252/Latin-1 (accents corrects ci-dessous). Enregistrez-le en « CSV UTF-8 » avant de le publier, sinon les accents seront abîmés sur data.gouv.fr.",
                    "The file is not UTF-8: it was read as Windows-1252/Latin-1. Save it as \"CSV UTF-8\" before publishing.")))
        }
    }

    public func row(_ row: RowView) throws {
        if row.number == 1 { try header(row); return }
        result.rows += 1
        guard !stopped, !checkers.isEmpty || !plan.isEmpty else { return }
        checkRow(row)
    }

    public func ended(_ info: TableInfo) {
        result.info = info
        let lang = options.lang
        if result.headerSeen == false {
            result.findings.add(Finding(
                type: "empty-file", severity: .error,
                message: lang.pick("Le fichier est vide : il ne contient ni en-tête ni données. Exportez à nouveau le tableau depuis le tableur.",
                                   "The file is empty: no header, no data. Export the table again.")))
        } else if result.rows == 0 && !stopped {
            result.findings.add(Finding(
                type: "header-only", severity: .warning, rowNumber: 1,
                message: lang.pick("Le fichier ne contient que la ligne d'en-tête, aucun point de recharge. Ajoutez une ligne par point de recharge avant de publier.",
                                   "The file holds only the header row, no charge point. Add one row per charge point before publishing.")))
        }
        if info.unterminatedQuote {
            result.findings.add(Finding(
                type: "unterminated-quote", severity: .warning,
                message: lang.pick("Un guillemet ouvert n'est jamais refermé : la dernière cellule s'étend jusqu'à la fin du fichier. Vérifiez les guillemets « \" » dans le tableur.",
                                   "A quote is never closed: the last cell runs to the end of the file.")))
        }
        for (i, c) in checkers.enumerated() where c.field.constraints.unique {
            _ = i
        }
    }

    // MARK: - Header

    private func header(_ row: RowView) throws {
        result.headerSeen = true
        let labels = row.strings
        let lang = options.lang
        for (i, label) in labels.enumerated() where Mojibake.contains(label) {
            result.findings.add(Finding(
                type: "mojibake", severity: .warning, rowNumber: 1, fieldName: label, fieldNumber: i + 1, cell: label,
                message: Mojibake.message(label, lang)))
        }
        let entry: SchemaCatalog.Entry
        let (layout, _) = LayoutDetector.detect(labels: labels)
        result.layout = layout
        if let forced {
            entry = forced
            if forced.kind == "statique", forced.name.contains("irve"), layout == .dynamique {
                result.findings.add(Finding(
                    type: "dynamique-instead-of-statique", severity: .error, rowNumber: 1,
                    message: lang.pick("Ce fichier est un fichier IRVE dynamique (état et occupation des points en temps réel), alors qu'un fichier statique était attendu. Publiez le fichier statique (description des stations) ou validez avec --schema dynamique.",
                                       "This is an IRVE dynamique file (real-time status), but a statique file was expected. Use --schema dynamique.")))
            }
        } else {
            switch layout {
            case .notIRVE:
                stopped = true
                result.findings.add(Finding(
                    type: "not-irve", severity: .error, rowNumber: 1,
                    message: lang.pick("Ce fichier n'est pas un fichier IRVE : son en-tête ne contient presque aucune colonne du schéma (par exemple id_pdc_itinerance, coordonneesXY, puissance_nominale). Vérifiez que vous avez choisi le bon fichier.",
                                       "This is not an IRVE file: its header has almost none of the schema's columns. Check you picked the right file.")))
                return
            case .preV1:
                stopped = true
                result.findings.add(Finding(
                    type: "pre-v1-layout", severity: .error, rowNumber: 1,
                    message: lang.pick("Ce fichier suit l'ancien modèle Etalab de 2014-2016 (ID_station, nom_porteur, type_charge…), antérieur au schéma IRVE. Il faut le reconstruire au format statique 2.3.1 : une ligne par point de recharge avec les 40 colonnes du schéma.",
                                       "This file follows the 2014-2016 Etalab template, older than the IRVE schema. Rebuild it in the statique 2.3.1 format.")))
                return
            case .v1:
                entry = SchemaCatalog.entries.first { $0.version.hasPrefix("1.") } ?? SchemaCatalog.latest("statique")!
                result.findings.add(Finding(
                    type: "obsolete-schema-v1", severity: .error, rowNumber: 1,
                    message: lang.pick("Ce fichier suit le schéma IRVE v1 (n_operateur, puiss_max, Xlongitude…), abandonné depuis 2021 : data.gouv.fr ne le consolide plus. Il est contrôlé ci-dessous selon la v1, mais doit être converti au schéma statique 2.3.1 (irve fix sait le faire).",
                                       "This file follows the IRVE v1 schema, abandoned in 2021. It is checked against v1 below, but must be converted to statique 2.3.1.")))
            case .dynamique:
                entry = SchemaCatalog.latest("dynamique")!
            case .statique:
                entry = SchemaCatalog.latest("statique")!
            }
            result.findings.add(Finding(
                type: "schema-detected", severity: .info, rowNumber: 1,
                message: lang.pick("Schéma choisi d'après l'en-tête : \(entry.name) \(entry.version).",
                                   "Schema chosen from the header: \(entry.name) \(entry.version).")))
        }
        result.schema = entry
        let match = HeaderMatcher.match(labels: labels, schema: entry.schema, mode: options.headerMode, lang: lang)
        result.header = match
        for f in match.findings { result.findings.add(f) }
        do {
            checkers = try entry.schema.fields.map { f throws(SchemaError) in try FieldChecker(field: f, schemaMissingValues: entry.schema.missingValues) }
        } catch { throw error }
        plan = match.checkedFields
        labelCount = match.mode == .positional ? entry.schema.fields.count : labels.count
        result.prepareStats(fieldCount: entry.schema.fields.count)
    }

    // MARK: - Rows

    @inline(__always)
    private func checkRow(_ row: RowView) {
        let store = result.findings
        let n = row.count
        var blank = 0
        let before = store.issueCount
        for (f, column) in plan {
            let checker = checkers[f]
            let cell: UnsafeBufferPointer<UInt8>? = column < n ? row[column] : nil
            let verdict = checker.check(cell)
            if verdict.isBlank { blank += 1 }
            if verdict.typeError {
                store.addCell(row: row.number, field: f, column: column, kind: .typeError, cell: cell)
                result.noteError(field: f, cell: cell)
            } else if !verdict.failed.isEmpty {
                for (k, (flag, _)) in ConstraintSet.ordered.enumerated() where verdict.failed.contains(flag) {
                    store.addCell(row: row.number, field: f, column: column, kind: .constraint, constraint: k, cell: cell)
                }
                result.noteError(field: f, cell: cell)
            }
            if let cell, cell.count > 1, Mojibake.contains(cell) {
                store.addCell(row: row.number, field: f, column: column, kind: .mojibake, cell: cell)
            }
        }
        if n > labelCount {
            for column in labelCount..<n {
                store.addCell(row: row.number, field: -1, column: column, kind: .extraCell, cell: row[column])
            }
        }
        if n < labelCount {
            for (f, column) in plan where column >= n {
                store.addCell(row: row.number, field: f, column: column, kind: .missingCell, cell: nil)
            }
        }
        if blank == plan.count, !plan.isEmpty {
            store.dropIssues(ofRow: row.number)
            _ = before
            store.addCell(row: row.number, field: -1, column: 0, kind: .blankRow, cell: nil)
        }
    }
}
