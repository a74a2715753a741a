import Foundation
import IRVEFiles
import IRVEFindings
import IRVEHTTP

/// `irve publish`: the checks before publishing, the dry run, and the real publication.
public struct Publisher {
    public struct Options: Sendable {
        public var api: String = UdataClient.production
        public var force = false
        /// Update this dataset, whatever the state and the search say.
        public var datasetID: String?
        /// Create a new dataset even if one is known.
        public var newDataset = false
        public var statePath: String = PublicationState.defaultPath()
        public init() {}
    }

    /// What a publication did, for the command's summary and the tests.
    public struct Outcome: Sendable {
        public var datasetID: String
        public var resourceID: String
        public var created: Bool
        public var datasetURI: String?
        /// udata's own score after publication (0…9), when it says.
        public var qualityScore: Int?
        public var warnings: [String]
    }

    public let summary: FileSummary
    public let metadata: DatasetMetadata
    public let options: Options
    /// One line per step, in French; never the key.
    public let log: (String) -> Void
    /// Language of the log lines and warnings (the record itself and the dry-run files stay French).
    public let lang: Language

    public init(
        summary: FileSummary, metadata: DatasetMetadata, options: Options, lang: Language = .fr,
        log: @escaping (String) -> Void
    ) {
        self.summary = summary
        self.metadata = metadata
        self.options = options
        self.lang = lang
        self.log = log
    }

    var environment: String { options.api.hasSuffix("/") ? String(options.api.dropLast()) : options.api }
    var uploadName: String {
        summary.fileName.lowercased().hasSuffix(".csv") ? summary.fileName : summary.fileName + ".csv"
    }

    /// Refuses files that must not be published; returns the warnings to print (loud ones with --force).
    public func preflight() throws(PublishError) -> [String] {
        var warnings: [String] = []
        guard summary.schemaName == MetadataBuilder.schemaName else {
            throw .notStatique(path: summary.path, detected: summary.schemaName)
        }
        if summary.errors > 0 {
            guard options.force else { throw .fileHasErrors(path: summary.path, errors: summary.errors) }
            warnings.append(
                lang.pick(
                    "⚠⚠ --force : publication d'un fichier qui contient \(summary.errors) erreur(s). Il sera écarté "
                        + "de la consolidation nationale et les utilisateurs verront des données fausses. "
                        + "Corrigez-le au plus vite.",
                    "⚠⚠ --force: publishing a file with \(summary.errors) error(s). It will be left out of the "
                        + "national consolidation and users will see wrong data. Fix it as soon as possible."
                ))
        }
        if !summary.fileName.lowercased().hasSuffix(".csv") { throw .notCSV(path: summary.path) }
        if metadata.resource.schemaVersion != MetadataBuilder.schemaVersion {
            warnings.append(
                lang.pick(
                    "⚠ Schéma déclaré en version \(metadata.resource.schemaVersion) : la consolidation nationale ne "
                        + "garde que la \(MetadataBuilder.schemaVersion). Passez le fichier en "
                        + "\(MetadataBuilder.schemaVersion) avec « irve fix ».",
                    "⚠ Declared schema version \(metadata.resource.schemaVersion): the national consolidation keeps "
                        + "\(MetadataBuilder.schemaVersion) only. Upgrade the file with \"irve fix\"."
                ))
        }
        return warnings
    }

    // MARK: Dry run

    /// The requests a publication would make, from what is known locally (no network, no key).
    public func dryRunPlan() throws(PublishError) -> [PlannedRequest] {
        let state = try PublicationState(path: options.statePath)
        var known = try state.records(environment: environment)
        if let name = metadata.organizationName { known = known.filter { Self.sameName($0.ownerName, name) } }
        if let id = metadata.organizationID { known = known.filter { $0.owner == id } }
        let orgPlaceholder = metadata.organizationID ?? known.first.map(\.owner) ?? "{organisation}"
        var plan = [PublicationPlan.me()]
        if !options.newDataset,
            let record = options.datasetID.map({
                PublicationState.Record(
                    environment: environment, owner: orgPlaceholder, ownerName: "", datasetID: $0, resourceID: nil,
                    file: "")
            }) ?? (known.count == 1 ? known[0] : nil)
        {
            let rid = record.resourceID ?? "{ressource}"
            plan.append(PublicationPlan.getDataset(record.datasetID))
            plan.append(
                record.resourceID == nil
                    ? PublicationPlan.upload(dataset: record.datasetID, file: summary.path, name: uploadName)
                    : PublicationPlan.replaceFile(
                        dataset: record.datasetID, resource: rid, file: summary.path, name: uploadName))
            plan.append(PublicationPlan.putResource(dataset: record.datasetID, resource: rid, metadata.resource))
            if let c = metadata.contact {
                plan.append(PublicationPlan.createContact(c, organizationID: orgPlaceholder))
            }
            plan.append(PublicationPlan.getDataset(record.datasetID))
            plan.append(
                PublicationPlan.putDataset(
                    record.datasetID,
                    body: PublicationPlan.merged(
                        current: nil, metadata, contactPointIDs: metadata.contact.map { _ in ["{contact}"] })))
        } else {
            if !options.newDataset { plan.append(PublicationPlan.searchDatasets(organization: orgPlaceholder)) }
            plan.append(PublicationPlan.createDataset(metadata, organizationID: orgPlaceholder))
            plan.append(PublicationPlan.upload(dataset: "{dataset}", file: summary.path, name: uploadName))
            plan.append(PublicationPlan.putResource(dataset: "{dataset}", resource: "{ressource}", metadata.resource))
            if let c = metadata.contact {
                plan.append(PublicationPlan.createContact(c, organizationID: orgPlaceholder))
            }
            plan.append(PublicationPlan.getDataset("{dataset}"))
            plan.append(
                PublicationPlan.putDataset(
                    "{dataset}",
                    body: PublicationPlan.merged(
                        current: nil, metadata, contactPointIDs: metadata.contact.map { _ in ["{contact}"] })))
        }
        return plan
    }

    /// Writes one JSON file per request and a README listing the steps; returns the files written.
    public func writeDryRun(_ plan: [PlannedRequest], to folder: String) throws(PublishError) -> [String] {
        do { try OutputFolder.create(folder) } catch { throw .file(error) }
        var written: [String] = []
        var readme = """
            Publication prévue de \(summary.path) sur \(environment)
            (simulation : rien n'a été envoyé ; relancez avec --send pour publier)

            """
        for (i, r) in plan.enumerated() {
            let name = String(format: "%02d-%@-%@.json", i + 1, r.method, Self.fileStem(r.path))
            let path = (folder as NSString).appendingPathComponent(name)
            try writeAtomically(r.document(base: environment).rendered() + "\n", to: path)
            written.append(path)
            readme +=
                String(format: "%2d. ", i + 1)
                + "\(r.step) — \(r.method) \(r.path)\(r.idempotent ? "" : " (jamais répété automatiquement)") → "
                + "\(name)\n"
        }
        readme += """

            {dataset}, {ressource}, {organisation} et {contact} sont remplacés par les identifiants réels à l'envoi.
            Si le jeu de données existe déjà, irve le met à jour au lieu d'en créer un autre.

            """
        let readmePath = (folder as NSString).appendingPathComponent("LISEZMOI.txt")
        try writeAtomically(readme, to: readmePath)
        return [readmePath] + written
    }

    static func fileStem(_ path: String) -> String {
        let clean = path.split(separator: "?").first.map(String.init) ?? path
        let parts = clean.split(separator: "/").map { $0.hasPrefix("{") ? "id" : String($0) }.filter { !$0.isEmpty }
        return parts.count > 3 ? parts.filter { $0 != "id" }.joined(separator: "-") : parts.joined(separator: "-")
    }

    /// Temporary file then rename: a reader never sees half a file. The plan folder is irve's own,
    /// so its files are replaced; the input never is.
    public func writeAtomically(_ text: String, to path: String) throws(PublishError) {
        let inputs = [InputFile.identity(of: summary.path)].compactMap { $0 }
        do { try OutputFile.write(Array(text.utf8), to: path, force: true, inputs: inputs) } catch {
            throw .file(error)
        }
    }

    static func sameName(_ a: String, _ b: String) -> Bool { Slug.make(a) == Slug.make(b) }

    // MARK: Sending

    public func send(client: UdataClient) throws(PublishError) -> Outcome {
        let state = try PublicationState(path: options.statePath)
        var warnings: [String] = []
        func step(_ n: Int, _ text: String) { log("[\(n)] \(text)") }

        // 1. Who is calling, and for which organisation.
        step(
            1,
            lang.pick(
                "Vérification de la clé d'API et de l'organisation…", "Checking the API key and the organisation…"))
        let me = try client.perform(PublicationPlan.me())
        let orgs: [(id: String, name: String, slug: String)] = (me["organizations"]?.array ?? []).compactMap {
            guard let id = $0["id"]?.string else { return nil }
            return (id, $0["name"]?.string ?? id, $0["slug"]?.string ?? "")
        }
        var org: (id: String, name: String)?
        if let wanted = metadata.organizationID {
            guard let o = orgs.first(where: { $0.id == wanted }) else {
                throw .notMember(organization: wanted, memberOf: orgs.map(\.name))
            }
            org = (o.id, o.name)
        } else if let wanted = metadata.organizationName {
            guard let o = orgs.first(where: { Self.sameName($0.name, wanted) || $0.slug == Slug.make(wanted) }) else {
                throw .notMember(organization: wanted, memberOf: orgs.map(\.name))
            }
            org = (o.id, o.name)
        } else if orgs.count == 1 {
            org = (orgs[0].id, orgs[0].name)
        } else if orgs.count > 1 {
            let producer = summary.facts.amenageurs.first?.name ?? ""
            guard let o = orgs.first(where: { Self.sameName($0.name, producer) }) else {
                throw .organizationAmbiguous(orgs.map(\.name))
            }
            org = (o.id, o.name)
        }
        let owner: String
        let ownerName: String
        if let org {
            owner = org.id
            ownerName = org.name
            log(lang.pick("    organisation : \(org.name)", "    organisation: \(org.name)"))
        } else {
            owner = "user:" + (me["id"]?.string ?? "?")
            ownerName = [me["first_name"]?.string, me["last_name"]?.string].compactMap { $0 }.joined(separator: " ")
            let w = lang.pick(
                "⚠ Aucune organisation : le jeu de données sera publié sous votre nom personnel, et les comptes "
                    + "individuels sont exclus de la consolidation nationale IRVE. Demandez à rejoindre "
                    + "l'organisation de la commune sur data.gouv.fr, puis relancez avec --org.",
                "⚠ No organisation: the dataset will be published under your personal name, and individual accounts "
                    + "are excluded from the national IRVE consolidation. Ask to join the commune's organisation on "
                    + "data.gouv.fr, then run again with --org."
            )
            warnings.append(w)
            log(w)
        }

        // 2. The dataset already published for this owner, if any.
        step(2, lang.pick("Recherche du jeu de données déjà publié…", "Looking for the dataset already published…"))
        var datasetID: String?
        var resourceID: String?
        var current: JSONValue?
        let remembered = options.newDataset ? nil : try state.record(environment: environment, owner: owner)
        if !options.newDataset, let id = options.datasetID ?? remembered?.datasetID {
            do {
                current = try client.perform(PublicationPlan.getDataset(id))
            } catch let e {
                if case .datasetDeleted = e { throw .datasetDeleted(id: id) }
                throw e
            }
            datasetID = id
            resourceID = options.datasetID == nil ? remembered?.resourceID : nil
            log(
                lang.pick(
                    "    jeu de données \(options.datasetID != nil ? "indiqué" : "mémorisé") : \(id)",
                    "    \(options.datasetID != nil ? "given" : "remembered") dataset: \(id)"))
        } else if !options.newDataset, let org {
            var found = try client.perform(PublicationPlan.searchDatasets(organization: org.id))["data"]?.array ?? []
            if found.isEmpty {
                found =
                    try client.perform(PublicationPlan.searchDatasetsByTag(organization: org.id))["data"]?.array ?? []
            }
            let ids = found.compactMap { $0["id"]?.string }
            if ids.count > 1 { throw .ambiguousDatasets(ids) }
            if let id = ids.first {
                datasetID = id
                current = found.first
                log(
                    lang.pick(
                        "    jeu de données trouvé dans l'organisation : \(id)",
                        "    dataset found in the organisation: \(id)"))
            }
        }
        if let current,
            resourceID == nil
                || !(current["resources"]?.array ?? []).contains(where: { $0["id"]?.string == resourceID })
        {
            resourceID = Self.irveResource(in: current)
        }

        // 3. Create it (private) if there is none. Never repeated blindly: after a failure whose
        // outcome is unknown, look for it before saying anything.
        var created = false
        if datasetID == nil {
            step(3, lang.pick("Création du jeu de données (brouillon privé)…", "Creating the dataset (private draft)…"))
            let request = PublicationPlan.createDataset(metadata, organizationID: org?.id)
            do {
                datasetID = try client.perform(request)["id"]?.string
            } catch let e {
                if case .http = e, let org,
                    let found = try? client.perform(PublicationPlan.searchDatasetsByTag(organization: org.id))["data"]?
                        .array?.first(where: { $0["title"]?.string == metadata.title })
                {
                    datasetID = found["id"]?.string
                } else {
                    throw e
                }
            }
            guard let id = datasetID else {
                throw .unexpected(step: request.step, status: 201, detail: "réponse sans identifiant")
            }
            created = true
            log(lang.pick("    créé : \(id)", "    created: \(id)"))
            try state.save(
                .init(
                    environment: environment, owner: owner, ownerName: ownerName, datasetID: id, resourceID: nil,
                    file: summary.path))
        } else {
            step(3, lang.pick("Jeu de données existant : pas de création.", "Existing dataset: nothing created."))
        }
        guard let datasetID else { throw .unexpected(step: "création", status: 0, detail: "") }

        // 4. The file: replace it on the same resource, or upload a first one.
        let upload: PlannedRequest
        if let rid = resourceID {
            step(
                4,
                lang.pick("Remplacement du fichier de la ressource \(rid)…", "Replacing the file of resource \(rid)…"))
            upload = PublicationPlan.replaceFile(
                dataset: datasetID, resource: rid, file: summary.path, name: uploadName)
        } else {
            step(4, lang.pick("Dépôt du fichier \(uploadName)…", "Uploading \(uploadName)…"))
            upload = PublicationPlan.upload(dataset: datasetID, file: summary.path, name: uploadName)
        }
        let uploaded = try client.perform(upload)
        guard let rid = uploaded["id"]?.string else {
            throw .unexpected(step: upload.step, status: 200, detail: "réponse sans identifiant de ressource")
        }
        resourceID = rid
        try state.save(
            .init(
                environment: environment, owner: owner, ownerName: ownerName, datasetID: datasetID, resourceID: rid,
                file: summary.path))

        // 5. The upload resets the resource title to the file name: describe it again.
        step(
            5,
            lang.pick(
                "Description de la ressource (titre, description, type main, schéma \(metadata.resource.schemaName) "
                    + "\(metadata.resource.schemaVersion))…",
                "Describing the resource (title, description, type main, schema \(metadata.resource.schemaName) "
                    + "\(metadata.resource.schemaVersion))…"
            ))
        _ = try client.perform(PublicationPlan.putResource(dataset: datasetID, resource: rid, metadata.resource))

        // 6. Contact point: reuse the dataset's when it has the same address; a failure is not fatal.
        var contactIDs: [String]?
        if let c = metadata.contact, let org {
            let existing = (current?["contact_points"]?.array ?? []).first {
                $0["email"]?.string?.lowercased() == c.email.lowercased()
            }
            if let id = existing?["id"]?.string {
                contactIDs = [id]
            } else {
                step(6, lang.pick("Création du point de contact \(c.email)…", "Creating the contact point \(c.email)…"))
                do {
                    if let id = try client.perform(PublicationPlan.createContact(c, organizationID: org.id))["id"]?
                        .string
                    {
                        contactIDs = [id]
                    }
                } catch {
                    let w = lang.pick(
                        "⚠ Point de contact non créé (\(error.message(lang))) : la publication continue sans.",
                        "⚠ Contact point not created (\(error.message(lang))): publishing goes on without it.")
                    warnings.append(w)
                    log(w)
                }
            }
        }

        // 7. Read, merge, write the full record, public.
        step(7, lang.pick("Écriture de la fiche complète et publication…", "Writing the full record and publishing…"))
        let latest = try client.perform(PublicationPlan.getDataset(datasetID))
        let final = try client.perform(
            PublicationPlan.putDataset(
                datasetID, body: PublicationPlan.merged(current: latest, metadata, contactPointIDs: contactIDs)))
        if let license = final["license"]?.string, license != metadata.license {
            let w = lang.pick(
                "⚠ data.gouv.fr a enregistré la licence « \(license) » au lieu de « \(metadata.license) » (licence "
                    + "inconnue de l'instance) : corrigez-la sur le site.",
                "⚠ data.gouv.fr recorded the licence \"\(license)\" instead of \"\(metadata.license)\" (unknown to "
                    + "the instance): fix it on the website."
            )
            warnings.append(w)
            log(w)
        }
        let uri = final["page"]?.string ?? final["uri"]?.string
        let score = final["quality"]?["score"].flatMap { v -> Int? in
            if case .number(let n) = v { Int(exactly: (n * 9).rounded()) } else { nil }
        }
        try state.save(
            .init(
                environment: environment, owner: owner, ownerName: ownerName, datasetID: datasetID, resourceID: rid,
                file: summary.path, publishedAt: ISO8601DateFormatter().string(from: Date()), datasetURI: uri))
        return Outcome(
            datasetID: datasetID, resourceID: rid, created: created, datasetURI: uri, qualityScore: score,
            warnings: warnings)
    }

    /// The dataset's IRVE statique resource: declared schema first, else its only main CSV.
    static func irveResource(in dataset: JSONValue) -> String? {
        let resources = dataset["resources"]?.array ?? []
        if let r = resources.first(where: { $0["schema"]?["name"]?.string == MetadataBuilder.schemaName }) {
            return r["id"]?.string
        }
        let csv = resources.filter {
            $0["format"]?.string?.lowercased() == "csv" && ($0["type"]?.string ?? "main") == "main"
                && $0["filetype"]?.string != "remote"
        }
        return csv.count == 1 ? csv[0]["id"]?.string : nil
    }
}
