import Foundation
import IRVEFindings
import IRVEValues

/// What the check of the file says, as far as the metadata is concerned.
public struct FileSummary: Sendable, Equatable {
    public var path: String
    public var facts: FileFacts
    /// Schema detected by `irve check` (name, version), nil when it is not an IRVE file.
    public var schemaName: String?
    public var schemaVersion: String?
    public var errors: Int
    public var warnings: Int
    /// The day the description is written, `YYYY-MM-DD`.
    public var today: String
    /// The CSV delimiter found by the reader (nil for a workbook).
    public var delimiter: UInt8? = 0x2C

    public init(
        path: String, facts: FileFacts, schemaName: String?, schemaVersion: String?, errors: Int, warnings: Int,
        today: String
    ) {
        self.path = path
        self.facts = facts
        self.schemaName = schemaName
        self.schemaVersion = schemaVersion
        self.errors = errors
        self.warnings = warnings
        self.today = today
    }

    public var fileName: String { URL(fileURLWithPath: path).lastPathComponent }
}

/// Writes the "fiche descriptive" from the data (pure: same summary and overrides, same record).
///
/// Its texts (titles, descriptions, tags) are French whatever `--lang` says, so they are not in
/// IRVEWording: they are the dataset's record on data.gouv.fr, a French site, read by the public
/// and by the national consolidation, not messages to the person running irve.
public enum MetadataBuilder {
    public static let schemaName = "etalab/schema-irve-statique"
    /// The version data.gouv.fr's consolidation keeps (older ones are dropped).
    public static let schemaVersion = "2.3.1"
    public static let longName = "infrastructures de recharge pour véhicules électriques"

    public static func build(_ s: FileSummary, _ o: MetadataOverrides) throws(PublishError) -> DatasetMetadata {
        let f = s.facts
        let holder = o.organization ?? producerName(f)
        let frequency: String
        if let given = o.frequency {
            guard let id = Vocabulary.frequency(given) else {
                throw .invalidMetadata(field: "frequence", problem: .unknownFrequency(given))
            }
            frequency = id
        } else {
            frequency = "irregular"  // never "late": the duty is to update on each change, not on a calendar
        }
        let license = o.license ?? "lov2"
        guard Vocabulary.licenses.contains(license) else {
            throw .invalidMetadata(field: "licence", problem: .unknownLicense(license))
        }
        let granularity = o.granularity ?? "poi"
        guard Vocabulary.granularities.contains(granularity) else {
            throw .invalidMetadata(field: "granularite", problem: .unknownGranularity(granularity))
        }
        for (name, value) in [("debut", o.temporalStart), ("fin", o.temporalEnd)] {
            if let v = value, DateValue.iso(v) != v {
                throw .invalidMetadata(field: name, problem: .notADate(v))
            }
        }
        let dataDate = f.lastUpdate ?? s.today
        let title = o.title ?? "IRVE – Infrastructures de recharge pour véhicules électriques – \(holder)"
        guard title.count <= 350, !title.isEmpty else {
            throw .invalidMetadata(field: "titre", problem: .length(count: title.count, minimum: 1, maximum: 350))
        }

        var tags = ["irve", "recharge", "vehicules-electriques", "borne-de-recharge", "mobilite", "electromobilite"]
        if f.communes.count == 1, let name = f.communes[0].name { tags.append(Slug.make(name)) }
        for t in o.tags {
            let slug = Slug.make(t)
            guard (3...96).contains(slug.count) else {
                throw .invalidMetadata(field: "mots-cles", problem: .tagLength(tag: t, slug: slug))
            }
            tags.append(slug)
        }
        tags = tags.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }

        let zones = o.zones ?? f.communes.filter { isINSEE($0.insee) }.map(\.zone)
        let start = o.temporalStart ?? f.firstCommissioning ?? dataDate
        var end: String? = o.temporalEnd ?? dataDate
        if let e = end, e < start { end = nil }  // a commissioning date after the last update: keep only the start

        let email = o.contactEmail ?? f.contactEmail
        let contact = email.map { ContactPoint(name: o.contactName ?? f.amenageurs.first?.name ?? holder, email: $0) }
        let description =
            o.descriptionFull
            ?? describe(s, holder: holder, frequency: frequency, contact: contact, extra: o.descriptionExtra)
        let short =
            o.descriptionShort
            ?? String(
                "Bornes de recharge pour véhicules électriques de \(holder) : \(f.stations) station(s), \(f.points) point(s) de recharge, schéma IRVE statique \(schemaVersion)."
                    .prefix(200))
        guard short.count <= 200 else {
            throw .invalidMetadata(
                field: "description-courte", problem: .length(count: short.count, minimum: nil, maximum: 200))
        }

        let resource = ResourceMetadata(
            title: o.resourceTitle ?? "IRVE statique – \(holder) – données au \(dataDate)",
            description: o.resourceDescription ?? resourceDescription(s, holder: holder, dataDate: dataDate),
            schemaName: schemaName,
            schemaVersion: o.schemaVersion ?? (s.schemaName == schemaName ? s.schemaVersion : nil) ?? schemaVersion)
        guard resource.title.count <= 350 else {
            throw .invalidMetadata(
                field: "titre-ressource", problem: .length(count: resource.title.count, minimum: nil, maximum: 350))
        }
        return DatasetMetadata(
            title: title, description: description, descriptionShort: short, tags: tags, zones: zones,
            granularity: granularity, temporalStart: start, temporalEnd: end, frequency: frequency, license: license,
            organizationName: o.organization, organizationID: o.organizationID, contact: contact, resource: resource)
    }

    /// The aménageur when there is one, else the commune, else a neutral wording.
    static func producerName(_ f: FileFacts) -> String {
        if f.amenageurs.count == 1 { return f.amenageurs[0].name }
        if f.communes.count == 1 { return "Commune de " + (f.communes[0].name ?? f.communes[0].insee) }
        // One aménageur holding nearly every point names the file; a mix (a consolidation) does not.
        if let first = f.amenageurs.first, first.points * 10 >= f.rows * 9 { return first.name }
        if f.amenageurs.count > 1 { return "\(f.amenageurs.count) aménageurs" }
        return "\(f.communes.count) communes"
    }

    /// `47157`, `2A004`: what data.gouv.fr can resolve as `fr:commune:<code>`.
    static func isINSEE(_ code: String) -> Bool {
        let b = Array(code.utf8)
        guard b.count == 5 else { return false }
        let digit: (UInt8) -> Bool = { $0 >= 0x30 && $0 <= 0x39 }
        return
            (digit(b[0]) && digit(b[1])
            || b[0] == UInt8(ascii: "2") && (b[1] == UInt8(ascii: "A") || b[1] == UInt8(ascii: "B")))
            && b[2...].allSatisfy(digit)
    }

    static func plural(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n > 1 ? many : one)" }

    static func describe(_ s: FileSummary, holder: String, frequency: String, contact: ContactPoint?, extra: String?)
        -> String
    {
        let f = s.facts
        var md = """
            Ce jeu de données décrit les \(longName) (IRVE) ouvertes au public de **\(holder)**, \
            au format statique du schéma national.

            ## Contenu du fichier

            - Une ligne par **point de recharge** ; les points d'une même station partagent l'identifiant `id_station_itinerance`.
            - Schéma : [`\(schemaName)`](https://schema.data.gouv.fr/\(schemaName).html), version **\(schemaVersion)** \
            (fichier \(delimiterText(s.delimiter))).
            - Données à jour au **\(f.lastUpdate ?? s.today)** (fiche établie le \(s.today)).
            - **\(plural(f.stations, "station", "stations"))** et **\(plural(f.points, "point de recharge", "points de recharge"))**.

            """
        if !f.powerClasses.isEmpty {
            md +=
                "\n## Puissances\n\n"
                + f.powerClasses.map { "- \($0.0.label) : \(plural($0.1, "point", "points"))" }.joined(separator: "\n")
                + "\n"
        }
        if !f.connectors.isEmpty {
            md +=
                "\n## Types de prise\n\n"
                + f.connectors.map { "- \($0.0.label) : \(plural($0.1, "point", "points"))" }.joined(separator: "\n")
                + "\n"
        }
        if !f.communes.isEmpty {
            let shown = f.communes.prefix(50)
            md +=
                "\n## Communes couvertes\n\n"
                + shown.map { c in
                    "- \(c.name.map { "\($0) (INSEE \(c.insee))" } ?? "INSEE \(c.insee)") : \(plural(c.points, "point", "points"))"
                }.joined(separator: "\n") + "\n"
            if f.communes.count > shown.count { md += "- … et \(f.communes.count - shown.count) autres communes\n" }
        }
        if !f.amenageurs.isEmpty || !f.operators.isEmpty {
            md += "\n## Aménageur et opérateurs\n\n"
            for a in f.amenageurs.prefix(10) {
                md += "- Aménageur : \(a.name)\(a.siren.map { " (SIREN \($0))" } ?? "")\n"
            }
            for o in f.operators.prefix(10) {
                md += "- Opérateur : \(o.name) (\(plural(o.points, "point", "points")))\n"
            }
        }
        if let first = f.firstCommissioning, let last = f.lastCommissioning {
            md += "\n## Mises en service\n\nDe \(first) à \(last).\n"
        }
        md += """

            ## Mises à jour

            Le fichier est mis à jour \(Vocabulary.frequencyLabel(frequency)) (obligation de publication du décret \
            n° 2021-546 et de l'arrêté du 4 mai 2021). Il est contrôlé avant chaque publication avec l'outil `irve` \
            (schéma et règles métier IRVE).

            ## Signaler une erreur

            Ouvrez une discussion dans l'onglet « Discussions » de cette page\(contact.map { " ou écrivez à \($0.email)" } ?? ""), \
            en indiquant l'identifiant du point de recharge (`id_pdc_itinerance`) concerné.

            """
        if let extra, !extra.isEmpty { md += "\n## Informations complémentaires\n\n\(extra)\n" }
        return md
    }

    static func delimiterText(_ d: UInt8?) -> String {
        switch d {
        case nil: "Excel"
        case 0x2C: "CSV, séparateur virgule"
        case 0x3B: "CSV, séparateur point-virgule"
        case 0x09: "CSV, séparateur tabulation"
        default: "CSV"
        }
    }

    static func resourceDescription(_ s: FileSummary, holder: String, dataDate: String) -> String {
        let f = s.facts
        return
            "Fichier IRVE statique de \(holder) : une ligne par point de recharge, conforme au schéma \(schemaName) version \(schemaVersion). "
            + "\(plural(f.stations, "station", "stations")), \(plural(f.points, "point de recharge", "points de recharge")), "
            + "\(plural(f.communes.count, "commune", "communes")). Données à jour au \(dataDate). "
            + "Pour signaler une erreur : onglet « Discussions » du jeu de données."
    }
}
