import Foundation
import IRVEFindings
import IRVERead
import IRVEValidate
import IRVEWording

/// `irve describe`: check the file, gather its facts, write the record.
public enum Describe {
    /// Reads the file twice, streaming both times: once through the validator (schema, errors),
    /// once for the facts (stations, communes, powers…).
    public static func summarize(path: String, today: String = Describe.today(), lang: Language = .fr)
        throws(PublishError) -> FileSummary
    {
        var options = ValidationOptions(lang: lang, maxFindings: 0)
        options.maxFindings = 0
        let result: ValidationResult
        do { result = try Validation.check(path: path, options: options) } catch {
            throw .unreadable(message: error.message(lang))
        }
        let collector = FactsCollector()
        var reader = TableReader(path: path)
        reader.delimiter = result.info?.delimiter
        do { try reader.read(into: collector) } catch { throw .unreadable(message: error.message(lang)) }
        var summary = FileSummary(
            path: path, facts: collector.facts, schemaName: result.schema?.name, schemaVersion: result.schema?.version,
            errors: result.errorCount, warnings: result.warningCount, today: today)
        summary.delimiter = result.info?.format == .xlsx ? nil : result.info?.delimiter
        return summary
    }

    /// Today in France, `YYYY-MM-DD`.
    public static func today() -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Paris") ?? .current
        let c = calendar.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", c.year ?? 1970, c.month ?? 1, c.day ?? 1)
    }

    /// The Markdown page for people: the record, the file's state, and the predicted score.
    public static func markdown(_ m: DatasetMetadata, summary s: FileSummary) -> String {
        let q = QualityPrediction.predict(m)
        var out = "# Fiche descriptive — \(s.fileName)\n\n"
        if let name = s.schemaName, let version = s.schemaVersion {
            out +=
                "Fichier contrôlé : schéma \(name) \(version), \(s.errors) erreur(s), \(s.warnings) avertissement(s).\n"
            if version != MetadataBuilder.schemaVersion {
                out +=
                    "⚠ Le fichier est en version \(version) : data.gouv.fr ne consolide que la "
                    + "\(MetadataBuilder.schemaVersion). Passez-le en \(MetadataBuilder.schemaVersion) avec « "
                    + "irve fix ».\n"
            }
        }
        if s.errors > 0 {
            out += "⚠ Tant que le fichier contient des erreurs, « irve publish » refusera de le publier.\n"
        }
        out += "\n## Jeu de données\n\n"
        out += "- **Titre** : \(m.title)\n"
        out += "- **Organisation** : \(m.organizationName ?? "(celle de votre compte data.gouv.fr)")\n"
        out += "- **Description courte** : \(m.descriptionShort)\n"
        out += "- **Mots-clés** : \(m.tags.joined(separator: ", "))\n"
        out +=
            "- **Couverture spatiale** : "
            + "\(m.zones.isEmpty ? "(aucune : code_insee_commune vide)" : m.zones.joined(separator: ", ")) — "
            + "granularité « \(m.granularity) »\n"
        out += "- **Couverture temporelle** : du \(m.temporalStart)\(m.temporalEnd.map { " au \($0)" } ?? "")\n"
        out += "- **Fréquence de mise à jour** : \(m.frequency) (\(Vocabulary.frequencyLabel(m.frequency)))\n"
        out += "- **Licence** : \(m.license)\(m.license == "lov2" ? " (Licence Ouverte 2.0)" : "")\n"
        out +=
            "- **Point de contact** : "
            + "\(m.contact.map { "\($0.name) <\($0.email)>" } ?? "(aucun : renseignez contact_amenageur ou « contact-email » dans la fiche)")\n"
        out +=
            "\n### Description\n\n"
            + m.description.split(separator: "\n", omittingEmptySubsequences: false).map {
                $0.isEmpty ? ">" : "> " + $0
            }.joined(separator: "\n") + "\n"
        out += "\n## Ressource\n\n"
        out += "- **Titre** : \(m.resource.title)\n"
        out += "- **Description** : \(m.resource.description)\n"
        out += "- **Type** : \(m.resource.type)\n"
        out += "- **Schéma** : \(m.resource.schemaName) \(m.resource.schemaVersion)\n"
        out += "\n## Qualité\n\n" + q.report()
        return out
    }

    /// `--format json`: the udata payloads, as `irve publish` would send them.
    public static func json(_ m: DatasetMetadata, summary s: FileSummary) -> JSONValue {
        let q = QualityPrediction.predict(m)
        return .object([
            ("file", .string(s.path)),
            (
                "check",
                .object([
                    ("schema", s.schemaName.map(JSONValue.string) ?? .null),
                    ("version", s.schemaVersion.map(JSONValue.string) ?? .null),
                    ("errors", .number(Double(s.errors))), ("warnings", .number(Double(s.warnings))),
                ])
            ),
            ("dataset", m.datasetPayload(organizationID: m.organizationID, contactPointIDs: nil, isPrivate: false)),
            ("resource", m.resource.payload),
            ("contact_point", m.contact.map { $0.payload(organizationID: m.organizationID) } ?? .null),
            (
                "quality",
                .object([
                    ("score", .number(Double(q.score))), ("max", .number(Double(q.maximum))),
                    ("criteria", .object(q.criteria.map { ($0.key, JSONValue.bool($0.met)) })),
                    ("advice", .array(q.criteria.filter { !$0.met }.map { .string($0.advice) })),
                ])
            ),
        ])
    }
}
