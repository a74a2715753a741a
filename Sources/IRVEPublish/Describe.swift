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

    /// The Markdown page for people: the record, the file's state, and the predicted score. The
    /// page's words are in `lang`; the record's values are French (they go to data.gouv.fr).
    public static func markdown(_ m: DatasetMetadata, summary s: FileSummary, lang: Language = .fr) -> String {
        func say(_ p: DescribePhrase) -> String { Wording.message(p, lang) }
        func line(_ f: DescribePhrase.Field, _ value: String) -> String { "- " + say(.field(f, value: value)) + "\n" }
        let q = QualityPrediction.predict(m)
        var out = say(.pageTitle(file: s.fileName)) + "\n\n"
        if let name = s.schemaName, let version = s.schemaVersion {
            out += say(.checked(schema: name, version: version, errors: s.errors, warnings: s.warnings)) + "\n"
            if version != MetadataBuilder.schemaVersion {
                out += say(.oldVersion(version: version, kept: MetadataBuilder.schemaVersion)) + "\n"
            }
        }
        if s.errors > 0 { out += say(.refusedWhileErrors) + "\n" }
        out += "\n" + say(.datasetHeading) + "\n\n"
        out += line(.title, m.title)
        out += line(.organisation, m.organizationName ?? say(.organisationOfYourAccount))
        out += line(.shortDescription, m.descriptionShort)
        out += line(.tags, m.tags.joined(separator: ", "))
        out += line(
            .spatial,
            (m.zones.isEmpty ? say(.noZone) : m.zones.joined(separator: ", ")) + " — "
                + say(.granularity(m.granularity)))
        out += line(.temporal, say(.period(start: m.temporalStart, end: m.temporalEnd)))
        out += line(.frequency, "\(m.frequency) (\(say(.frequencyMeaning(m.frequency))))")
        out += line(.licence, "\(m.license)\(m.license == "lov2" ? " (Licence Ouverte 2.0)" : "")")
        out += line(.contact, m.contact.map { "\($0.name) <\($0.email)>" } ?? say(.noContact))
        out +=
            "\n" + say(.descriptionHeading) + "\n\n"
            + m.description.split(separator: "\n", omittingEmptySubsequences: false).map {
                $0.isEmpty ? ">" : "> " + $0
            }.joined(separator: "\n") + "\n"
        out += "\n" + say(.resourceHeading) + "\n\n"
        out += line(.title, m.resource.title)
        out += line(.description, m.resource.description)
        out += line(.type, m.resource.type)
        out += line(.schema, "\(m.resource.schemaName) \(m.resource.schemaVersion)")
        out += "\n" + say(.qualityHeading) + "\n\n" + q.report(lang)
        return out
    }

    /// `--format json`: the udata payloads, as `irve publish` would send them.
    public static func json(_ m: DatasetMetadata, summary s: FileSummary, lang: Language = .fr) -> JSONValue {
        .object([
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
            ("quality", quality(QualityPrediction.predict(m), lang: lang)),
        ])
    }

    /// The predicted quality score, in the documents of `describe` and of `publish`'s dry run.
    public static func quality(_ q: QualityPrediction, lang: Language) -> JSONValue {
        .object([
            ("score", .number(Double(q.score))), ("max", .number(Double(q.maximum))),
            ("criteria", .object(q.criteria.map { ($0.key, JSONValue.bool($0.met)) })),
            ("advice", .array(q.criteria.filter { !$0.met }.map { .string($0.advice(lang)) })),
        ])
    }
}
