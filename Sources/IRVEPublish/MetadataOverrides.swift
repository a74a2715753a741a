import Foundation
import IRVEFiles
import IRVEFindings
import IRVEWording

/// What the user says instead of what the file suggests: command-line options, or the small
/// metadata file kept next to the CSV (`FICHIER.fiche.txt`, else `fiche.txt` in the same folder).
public struct MetadataOverrides: Sendable, Equatable {
    public var title: String?
    public var organization: String?
    public var organizationID: String?
    public var frequency: String?
    public var license: String?
    public var contactName: String?
    public var contactEmail: String?
    public var resourceTitle: String?
    public var resourceDescription: String?
    public var descriptionShort: String?
    /// A paragraph of the commune's own, added to the generated description.
    public var descriptionExtra: String?
    /// The whole description, written by the user (Markdown): replaces the generated one.
    public var descriptionFull: String?
    public var temporalStart: String?
    public var temporalEnd: String?
    public var granularity: String?
    /// Declared schema version (default: the version the file conforms to).
    public var schemaVersion: String?
    /// Added after the generated tags.
    public var tags: [String] = []
    /// Replaces the zones derived from the INSEE codes.
    public var zones: [String]?

    public init() {}

    /// `self` (the command line) wins over `base` (the file); tags add up.
    public func over(_ base: MetadataOverrides) -> MetadataOverrides {
        var m = base
        m.title = title ?? base.title
        m.organization = organization ?? base.organization
        m.organizationID = organizationID ?? base.organizationID
        m.frequency = frequency ?? base.frequency
        m.license = license ?? base.license
        m.contactName = contactName ?? base.contactName
        m.contactEmail = contactEmail ?? base.contactEmail
        m.resourceTitle = resourceTitle ?? base.resourceTitle
        m.resourceDescription = resourceDescription ?? base.resourceDescription
        m.descriptionShort = descriptionShort ?? base.descriptionShort
        m.descriptionExtra = descriptionExtra ?? base.descriptionExtra
        m.descriptionFull = descriptionFull ?? base.descriptionFull
        m.temporalStart = temporalStart ?? base.temporalStart
        m.temporalEnd = temporalEnd ?? base.temporalEnd
        m.granularity = granularity ?? base.granularity
        m.schemaVersion = schemaVersion ?? base.schemaVersion
        m.tags = base.tags + tags
        m.zones = zones ?? base.zones
        return m
    }

    /// Keys of the metadata file (French, with the English option names as aliases).
    static var keys: [String: WritableKeyPath<MetadataOverrides, String?>] {
        [
            "titre": \.title, "title": \.title,
            "organisation": \.organization, "org": \.organization, "organization": \.organization,
            "organisation-id": \.organizationID, "org-id": \.organizationID,
            "frequence": \.frequency, "frequency": \.frequency,
            "licence": \.license, "license": \.license,
            "contact-nom": \.contactName, "contact-name": \.contactName,
            "contact-email": \.contactEmail, "contact-courriel": \.contactEmail,
            "titre-ressource": \.resourceTitle, "resource-title": \.resourceTitle,
            "description-ressource": \.resourceDescription, "resource-description": \.resourceDescription,
            "description-courte": \.descriptionShort, "description-short": \.descriptionShort,
            "complement": \.descriptionExtra, "description": \.descriptionExtra,
            "description-longue": \.descriptionFull, "description-full": \.descriptionFull,
            "debut": \.temporalStart, "temporal-start": \.temporalStart,
            "fin": \.temporalEnd, "temporal-end": \.temporalEnd,
            "granularite": \.granularity, "granularity": \.granularity,
            "version-schema": \.schemaVersion, "schema-version": \.schemaVersion,
        ]
    }

    /// The keys a metadata file may use, as its error lists them (French: the file is written in French).
    static let frenchKeys = [
        "titre", "organisation", "organisation-id", "frequence", "licence", "contact-nom", "contact-email",
        "titre-ressource", "description-ressource", "description-courte", "complement", "description-longue", "debut",
        "fin",
        "granularite", "version-schema", "mots-cles", "zones",
    ]

    /// `clé : valeur` lines; `#` starts a comment; a line starting with spaces continues the previous
    /// value, even blank or starting with `#` (a Markdown description keeps its paragraphs and headings).
    public static func parse(_ text: String, path: String) throws(PublishError) -> MetadataOverrides {
        var m = MetadataOverrides()
        var last: String?
        var continued: Set<WritableKeyPath<MetadataOverrides, String?>> = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            if line.first == " " || line.first == "\t", let key = last, let kp = keys[key] {
                m[keyPath: kp] = (m[keyPath: kp] ?? "") + "\n" + line.trimmingCharacters(in: .whitespaces)
                continued.insert(kp)
                continue
            }
            if line.trimmingCharacters(in: .whitespaces).isEmpty
                || line.trimmingCharacters(in: .whitespaces).hasPrefix("#")
            {
                continue
            }
            guard let colon = line.firstIndex(of: ":") else {
                throw .metadataFile(path: path, line: n + 1, problem: .notKeyValue)
            }
            let key = Slug.make(String(line[..<colon]))
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "mots-cles", "tags":
                m.tags += value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                    !$0.isEmpty
                }
            case "zones":
                m.zones = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                    !$0.isEmpty
                }
            default:
                guard let kp = keys[key] else {
                    throw .metadataFile(
                        path: path, line: n + 1,
                        problem: .unknownKey(line[..<colon].trimmingCharacters(in: .whitespaces), known: frenchKeys))
                }
                m[keyPath: kp] = value
            }
            last = key
        }
        // Blank lines around a continued value are layout, not content.
        for kp in continued { m[keyPath: kp] = m[keyPath: kp]?.trimmingCharacters(in: .whitespacesAndNewlines) }
        return m
    }

    /// The metadata file for `csv`: `explicit` if given, else `NAME.fiche.txt`, else `fiche.txt` beside it.
    public static func file(for csv: String, explicit: String?) -> String? {
        if let explicit { return explicit }
        let url = URL(fileURLWithPath: csv)
        let candidates = [
            url.deletingPathExtension().path + ".fiche.txt",
            url.deletingLastPathComponent().appendingPathComponent("fiche.txt").path,
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }

    public static func load(path: String) throws(PublishError) -> MetadataOverrides {
        let bytes: [UInt8]
        do { bytes = try InputFile.readAll(path, limit: 1 << 20) } catch {
            let problem: MetadataFileProblem
            switch error {
            case .notFound: problem = .notFound
            case .inputIsDirectory: problem = .isFolder
            case .tooLarge, .streamTooLarge: problem = .tooLarge
            case .system(_, _, let code): problem = .system(cause: SystemErrorText.cause(code, .fr))
            default: problem = .unreadable
            }
            throw .metadataFile(path: path, line: 0, problem: problem)
        }
        guard let text = String(bytes: bytes, encoding: .utf8) else {
            throw .metadataFile(path: path, line: 0, problem: .notUTF8)
        }
        return try parse(text, path: path)
    }
}
