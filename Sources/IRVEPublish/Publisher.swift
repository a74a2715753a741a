import Foundation
import IRVEFiles
import IRVEFindings
import IRVEHTTP
import IRVEWording

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
    /// One line per step, in `lang`; never the key.
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
            warnings.append(PublishNotice.forcedWithErrors(errors: summary.errors).message(lang))
        }
        if !summary.fileName.lowercased().hasSuffix(".csv") { throw .notCSV(path: summary.path) }
        if metadata.resource.schemaVersion != MetadataBuilder.schemaVersion {
            warnings.append(
                PublishNotice.oldSchemaVersion(
                    declared: metadata.resource.schemaVersion, kept: MetadataBuilder.schemaVersion
                ).message(lang))
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
    /// French in both languages, like the requests they show (see `PlannedRequest.document`).
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
                + "\(Wording.label(r.step, .fr)) — \(r.method) \(r.path)"
                + "\(r.idempotent ? "" : " (jamais répété automatiquement)") → "
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

    /// The organisation the dataset goes to (nil: the key's own account), and where its records are kept.
    struct Owner {
        var organisation: (id: String, name: String)?
        var id: String
        var name: String
    }

    /// The dataset found for the owner, if any, with its resource and its current record.
    struct Found {
        var datasetID: String?
        var resourceID: String?
        var current: JSONValue?
    }

    /// The steps of a publication: each logs its line, and adds its warnings to `warnings`.
    public func send(client: UdataClient) throws(PublishError) -> Outcome {
        let state = try PublicationState(path: options.statePath)
        var warnings: [String] = []
        let owner = try whoIsCalling(client, warnings: &warnings)
        let found = try existingDataset(client, state: state, owner: owner)
        let (datasetID, created) = try createIfMissing(client, state: state, owner: owner, found: found)
        let resourceID = try sendFile(client, state: state, owner: owner, found: found, datasetID: datasetID)
        // 5. The upload resets the resource title to the file name: describe it again.
        step(
            5,
            .describingResource(schema: metadata.resource.schemaName, version: metadata.resource.schemaVersion))
        _ = try client.perform(
            PublicationPlan.putResource(dataset: datasetID, resource: resourceID, metadata.resource))
        let contactIDs = contactPoint(client, owner: owner, current: found.current, warnings: &warnings)
        return try writeRecord(
            client, state: state, owner: owner, ids: (datasetID, resourceID), contactIDs: contactIDs,
            created: created, warnings: warnings)
    }

    func step(_ n: Int, _ notice: PublishNotice) { log("[\(n)] " + notice.message(lang)) }

    /// A detail under a step's line.
    func detail(_ notice: PublishNotice) { log("    " + notice.message(lang)) }

    func warn(_ notice: PublishNotice, _ warnings: inout [String]) {
        let w = notice.message(lang)
        warnings.append(w)
        log(w)
    }

    /// 1. Who is calling, and for which organisation.
    func whoIsCalling(_ client: UdataClient, warnings: inout [String]) throws(PublishError) -> Owner {
        step(1, .checkingKey)
        let me = try client.perform(PublicationPlan.me())
        let orgs: [(id: String, name: String, slug: String)] = (me["organizations"]?.array ?? []).compactMap {
            guard let id = $0["id"]?.string else { return nil }
            return (id, $0["name"]?.string ?? id, $0["slug"]?.string ?? "")
        }
        if let org = try organisation(among: orgs) {
            detail(.organisation(name: org.name))
            return Owner(organisation: org, id: org.id, name: org.name)
        }
        warn(.noOrganisation, &warnings)
        return Owner(
            organisation: nil, id: "user:" + (me["id"]?.string ?? "?"),
            name: [me["first_name"]?.string, me["last_name"]?.string].compactMap { $0 }.joined(separator: " "))
    }

    /// The organisation asked for (by id or name), else the only one, else the one named like the producer.
    func organisation(among orgs: [(id: String, name: String, slug: String)]) throws(PublishError) -> (
        id: String, name: String
    )? {
        if let wanted = metadata.organizationID {
            guard let o = orgs.first(where: { $0.id == wanted }) else {
                throw .notMember(organization: wanted, memberOf: orgs.map(\.name))
            }
            return (o.id, o.name)
        }
        if let wanted = metadata.organizationName {
            guard let o = orgs.first(where: { Self.sameName($0.name, wanted) || $0.slug == Slug.make(wanted) }) else {
                throw .notMember(organization: wanted, memberOf: orgs.map(\.name))
            }
            return (o.id, o.name)
        }
        if orgs.count == 1 { return (orgs[0].id, orgs[0].name) }
        guard orgs.count > 1 else { return nil }
        let producer = summary.facts.amenageurs.first?.name ?? ""
        guard let o = orgs.first(where: { Self.sameName($0.name, producer) }) else {
            throw .organizationAmbiguous(orgs.map(\.name))
        }
        return (o.id, o.name)
    }

    /// 2. The dataset already published for this owner, if any.
    func existingDataset(_ client: UdataClient, state: PublicationState, owner: Owner) throws(PublishError) -> Found {
        step(2, .lookingForDataset)
        var found = Found()
        let remembered = options.newDataset ? nil : try state.record(environment: environment, owner: owner.id)
        if !options.newDataset, let id = options.datasetID ?? remembered?.datasetID {
            do {
                found.current = try client.perform(PublicationPlan.getDataset(id))
            } catch let e {
                if case .datasetDeleted = e { throw .datasetDeleted(id: id) }
                throw e
            }
            found.datasetID = id
            found.resourceID = options.datasetID == nil ? remembered?.resourceID : nil
            detail(options.datasetID != nil ? .datasetGiven(id: id) : .datasetRemembered(id: id))
        } else if !options.newDataset, let org = owner.organisation {
            var datasets =
                try client.perform(PublicationPlan.searchDatasets(organization: org.id))["data"]?.array ?? []
            if datasets.isEmpty {
                datasets =
                    try client.perform(PublicationPlan.searchDatasetsByTag(organization: org.id))["data"]?.array ?? []
            }
            let ids = datasets.compactMap { $0["id"]?.string }
            if ids.count > 1 { throw .ambiguousDatasets(ids) }
            if let id = ids.first {
                found.datasetID = id
                found.current = datasets.first
                detail(.datasetFound(id: id))
            }
        }
        if let current = found.current,
            found.resourceID == nil
                || !(current["resources"]?.array ?? []).contains(where: { $0["id"]?.string == found.resourceID })
        {
            found.resourceID = Self.irveResource(in: current)
        }
        return found
    }

    /// 3. Create it (private) if there is none. Never repeated blindly: after a failure whose
    /// outcome is unknown, look for it before saying anything. Returns its id and whether it is new.
    func createIfMissing(
        _ client: UdataClient, state: PublicationState, owner: Owner, found: Found
    ) throws(PublishError) -> (String, Bool) {
        if let id = found.datasetID {
            step(3, .existingDataset)
            return (id, false)
        }
        step(3, .creatingDataset)
        let request = PublicationPlan.createDataset(metadata, organizationID: owner.organisation?.id)
        var datasetID: String?
        do {
            datasetID = try client.perform(request)["id"]?.string
        } catch let e {
            if case .http = e, let org = owner.organisation,
                let found = try? client.perform(PublicationPlan.searchDatasetsByTag(organization: org.id))["data"]?
                    .array?.first(where: { $0["title"]?.string == metadata.title })
            {
                datasetID = found["id"]?.string
            } else {
                throw e
            }
        }
        guard let id = datasetID else {
            throw .unexpected(step: request.step, status: 201, missing: .datasetID)
        }
        detail(.created(id: id))
        try state.save(
            .init(
                environment: environment, owner: owner.id, ownerName: owner.name, datasetID: id, resourceID: nil,
                file: summary.path))
        return (id, true)
    }

    /// 4. The file: replace it on the same resource, or upload a first one. Returns the resource id.
    func sendFile(
        _ client: UdataClient, state: PublicationState, owner: Owner, found: Found, datasetID: String
    ) throws(PublishError) -> String {
        let upload: PlannedRequest
        if let rid = found.resourceID {
            step(4, .replacingFile(resource: rid))
            upload = PublicationPlan.replaceFile(
                dataset: datasetID, resource: rid, file: summary.path, name: uploadName)
        } else {
            step(4, .uploading(name: uploadName))
            upload = PublicationPlan.upload(dataset: datasetID, file: summary.path, name: uploadName)
        }
        let uploaded = try client.perform(upload)
        guard let rid = uploaded["id"]?.string else {
            throw .unexpected(step: upload.step, status: 200, missing: .resourceID)
        }
        try state.save(
            .init(
                environment: environment, owner: owner.id, ownerName: owner.name, datasetID: datasetID,
                resourceID: rid, file: summary.path))
        return rid
    }

    /// 6. Contact point: reuse the dataset's when it has the same address; a failure is not fatal.
    func contactPoint(
        _ client: UdataClient, owner: Owner, current: JSONValue?, warnings: inout [String]
    ) -> [String]? {
        guard let c = metadata.contact, let org = owner.organisation else { return nil }
        let existing = (current?["contact_points"]?.array ?? []).first {
            $0["email"]?.string?.lowercased() == c.email.lowercased()
        }
        if let id = existing?["id"]?.string { return [id] }
        step(6, .creatingContact(email: c.email))
        do {
            return try client.perform(PublicationPlan.createContact(c, organizationID: org.id))["id"]?.string.map {
                [$0]
            }
        } catch {
            warn(.contactNotCreated(error), &warnings)
            return nil
        }
    }

    /// 7. Read, merge, write the full record, public.
    func writeRecord(
        _ client: UdataClient, state: PublicationState, owner: Owner, ids: (dataset: String, resource: String),
        contactIDs: [String]?, created: Bool, warnings: [String]
    ) throws(PublishError) -> Outcome {
        var warnings = warnings
        step(7, .writingRecord)
        let latest = try client.perform(PublicationPlan.getDataset(ids.dataset))
        let final = try client.perform(
            PublicationPlan.putDataset(
                ids.dataset, body: PublicationPlan.merged(current: latest, metadata, contactPointIDs: contactIDs)))
        if let license = final["license"]?.string, license != metadata.license {
            warn(.licenceReplaced(recorded: license, sent: metadata.license), &warnings)
        }
        let uri = final["page"]?.string ?? final["uri"]?.string
        let score = final["quality"]?["score"].flatMap { v -> Int? in
            if case .number(let n) = v { Int(exactly: (n * 9).rounded()) } else { nil }
        }
        try state.save(
            .init(
                environment: environment, owner: owner.id, ownerName: owner.name, datasetID: ids.dataset,
                resourceID: ids.resource, file: summary.path, publishedAt: ISO8601DateFormatter().string(from: Date()),
                datasetURI: uri))
        return Outcome(
            datasetID: ids.dataset, resourceID: ids.resource, created: created, datasetURI: uri, qualityScore: score,
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
