import IRVEFindings

extension English {
    static func publishError(_ e: PublishError, fileError: (FileError) -> String) -> String {
        switch e {
        case .metadataFile(let path, let line, let problem):
            "metadata file \"\(path)\"\(line > 0 ? ", line \(line)" : ""): \(metadataFileProblem(problem)). Fix the "
                + "line (format \"key: value\")."
        case .invalidMetadata(let field, let problem):
            "metadata \"\(field)\": \(metadataProblem(problem))"
        case .unreadable(let message):
            message
        case .notStatique(let path, let detected):
            "\"\(path)\" is not a static IRVE file\(detected.map { " (detected schema: \($0))" } ?? ""): only "
                + "the static file is published this way. Check it with \"irve check\"."
        case .fileHasErrors(let path, let errors):
            "publication refused: \"\(path)\" has \(errors) error(s). Fix them (\"irve check \(path)\", \"irve "
                + "fix\"): a non-conforming file is left out of the national consolidation. --force publishes "
                + "anyway."
        case .notCSV(let path):
            "only a .csv file can be published (the national consolidation reads the CSV): convert \"\(path)\" "
                + "with \"irve fix \(path) -o FILE.csv\"."
        case .noAPIKey:
            "no data.gouv.fr API key: create one in your data.gouv.fr profile (\"API keys\"), then set "
                + "DATAGOUV_API_KEY or write it to ~/.config/irve/datagouv-api-key (chmod 600)."
        case .keyFileTooOpen(let path):
            "the key file \"\(path)\" is readable by other users: protect it with \"chmod 600 \(path)\", then "
                + "run again."
        case .keyFileUnreadable(let path):
            "the key file \"\(path)\" is unreadable or empty."
        case .state(let path, let cause):
            "local publication state unusable (\(path): \(stateCause(cause))): give another file with --state."
        case .write(let path, let reason):
            "cannot write \"\(path)\": \(reason)."
        case .file(let e):
            fileError(e)
        case .http(let e):
            httpError(e)
        case .invalidKey(let reason):
            "API key refused by data.gouv.fr (\(publishKeyReason(reason))): create a new key in your "
                + "data.gouv.fr profile (\"API keys\") and put it in DATAGOUV_API_KEY. Keys of demo.data.gouv.fr "
                + "and www.data.gouv.fr differ."
        case .notMember(let org, let memberOf):
            "your account is not a member of the organisation \"\(org)\" (yours: "
                + "\(memberOf.isEmpty ? "none" : memberOf.map { "\"\($0)\"" }.joined(separator: ", "))): ask an "
                + "administrator of the organisation to add you, or fix --org."
        case .organizationAmbiguous(let orgs):
            "your account belongs to several organisations "
                + "(\(orgs.map { "\"\($0)\"" }.joined(separator: ", "))): choose one with --org."
        case .permissionDenied(let s):
            "\(publishStep(s)): data.gouv.fr refuses (403) — this dataset belongs to another producer. Check that "
                + "the key belongs to a member of the commune's organisation."
        case .notFound(let s, let message):
            "\(publishStep(s)): not found on data.gouv.fr (404\(message.isEmpty ? "" : ", \"\(message)\"")) — the "
                + "dataset was deleted, belongs to another producer, or the remembered id is wrong. Run again with "
                + "--dataset ID or --new."
        case .datasetDeleted(let id):
            "dataset \(id) was deleted on data.gouv.fr (410): restore it from your space, or run again with "
                + "--new to create another one."
        case .validation(let s, let errors):
            "\(publishStep(s)): data.gouv.fr rejects the metadata (400):\n"
                + errors.map { "  • " + publishFieldError($0) }.joined(separator: "\n")
        case .refused(let s, let status, let message):
            "\(publishStep(s)): data.gouv.fr rejects the request (\(status)): \(publishServerMessage(message))"
        case .uploadFailed(let message):
            "file upload rejected by data.gouv.fr (\"\(message)\"): check the file is a non-empty CSV, then try "
                + "again."
        case .tooLarge:
            "file too large for a single upload (413): try later or contact data.gouv.fr."
        case .readOnly(let message):
            "data.gouv.fr is temporarily read-only (423\(message.isEmpty ? "" : ", \"\(message)\"")): try again "
                + "later."
        case .rateLimited:
            "data.gouv.fr is rate limiting (429): wait a few minutes then run the same command again (it resumes "
                + "where it stopped)."
        case .serverError(let s, let status):
            "\(publishStep(s)): data.gouv.fr is unavailable (\(status)) despite several attempts: run the same "
                + "command later (it resumes where it stopped)."
        case .ambiguousDatasets(let ids):
            "several IRVE datasets already exist in the organisation (\(ids.joined(separator: ", "))): choose "
                + "the one to update with --dataset ID."
        case .unexpected(let s, let status, let missing):
            "\(publishStep(s)): unexpected answer from data.gouv.fr (\(status), \"\(missingInAnswer(missing))\")."
        }
    }

    static func publishStep(_ s: PublishStep) -> String {
        switch s {
        case .checkKey: "Check the key and the organisation"
        case .searchDataset: "Search the organisation's IRVE dataset"
        case .searchDatasetByTag: "Search an IRVE dataset of the organisation (tag irve)"
        case .readDataset: "Read the dataset"
        case .createDataset: "Create the dataset (private draft)"
        case .uploadFile: "Upload the CSV file"
        case .replaceFile: "Replace the file of the resource"
        case .describeResource: "Describe the resource (title, description, type, schema)"
        case .createContact: "Create the contact point"
        case .writeRecord: "Write the full record and make it public"
        }
    }

    static func publishNotice(_ n: PublishNotice, fileError: (FileError) -> String) -> String {
        switch n {
        case .forcedWithErrors(let errors):
            "⚠⚠ --force: publishing a file with \(errors) error(s). It will be left out of the "
                + "national consolidation and users will see wrong data. Fix it as soon as possible."
        case .oldSchemaVersion(let declared, let kept):
            "⚠ Declared schema version \(declared): the national consolidation keeps \(kept) only. Upgrade the "
                + "file with \"irve fix\"."
        case .noOrganisation:
            "⚠ No organisation: the dataset will be published under your personal name, and individual accounts "
                + "are excluded from the national IRVE consolidation. Ask to join the commune's organisation on "
                + "data.gouv.fr, then run again with --org."
        case .contactNotCreated(let e):
            "⚠ Contact point not created (\(publishError(e, fileError: fileError))): publishing goes on without it."
        case .licenceReplaced(let recorded, let sent):
            "⚠ data.gouv.fr recorded the licence \"\(recorded)\" instead of \"\(sent)\" (unknown to "
                + "the instance): fix it on the website."
        case .checkingKey: "Checking the API key and the organisation…"
        case .organisation(let name): "organisation: \(name)"
        case .lookingForDataset: "Looking for the dataset already published…"
        case .datasetGiven(let id): "given dataset: \(id)"
        case .datasetRemembered(let id): "remembered dataset: \(id)"
        case .datasetFound(let id): "dataset found in the organisation: \(id)"
        case .creatingDataset: "Creating the dataset (private draft)…"
        case .created(let id): "created: \(id)"
        case .existingDataset: "Existing dataset: nothing created."
        case .replacingFile(let resource): "Replacing the file of resource \(resource)…"
        case .uploading(let name): "Uploading \(name)…"
        case .describingResource(let schema, let version):
            "Describing the resource (title, description, type main, schema \(schema) \(version))…"
        case .creatingContact(let email): "Creating the contact point \(email)…"
        case .writingRecord: "Writing the full record and publishing…"
        }
    }

    private static func metadataFileProblem(_ p: MetadataFileProblem) -> String {
        switch p {
        case .notKeyValue: "\"key: value\" expected"
        case .unknownKey(let key, let known): "unknown key \"\(key)\" (possible keys: \(known.joined(separator: ", ")))"
        case .notFound: "file not found"
        case .isFolder: "it is a folder"
        case .tooLarge: "more than 1 MiB, not a metadata file"
        case .notUTF8: "the file must be UTF-8"
        case .unreadable: "unreadable file"
        case .system(let cause): cause
        }
    }

    private static func metadataProblem(_ p: MetadataProblem) -> String {
        switch p {
        case .unknownFrequency(let given):
            "\"\(given)\" is not a data.gouv.fr update frequency (examples: irregular, monthly, annual; or in "
                + "French: irrégulière, mensuelle, annuelle)."
        case .unknownLicense(let license):
            "\"\(license)\" is not a data.gouv.fr licence; a local authority must use \"lov2\" "
                + "(Licence Ouverte 2.0) or \"odc-odbl\"."
        case .unknownGranularity(let granularity):
            "\"\(granularity)\" unknown; use \"poi\" (one point per charging point)."
        case .notADate(let value):
            "\"\(value)\": date expected as YYYY-MM-DD."
        case .length(let count, let minimum?, let maximum):
            "\(count) characters: \(minimum) to \(maximum) at most."
        case .length(let count, nil, let maximum):
            "\(count) characters: \(maximum) at most."
        case .tagLength(let tag, let slug):
            "\"\(tag)\" becomes \"\(slug)\" on data.gouv.fr: a tag must be 3 to 96 characters long."
        }
    }

    private static func stateCause(_ c: StateCause) -> String {
        switch c {
        case .notAState: "not irve's publication state, or a damaged one"
        case .diskFull: "disk full"
        case .cannotOpen: "cannot open or write it (permissions, folder)"
        case .busy: "used by another irve right now"
        case .sqlite(let code): "SQLite error \(code)"
        case .system(let cause): cause
        case .unexpected(let type): "unexpected error (\(type))"
        }
    }

    private static func missingInAnswer(_ m: MissingInAnswer) -> String {
        switch m {
        case .datasetID: "answer without an id"
        case .resourceID: "answer without a resource id"
        }
    }

    /// udata's reasons for refusing a key (`message` of a 401), said plainly.
    private static func publishKeyReason(_ reason: String) -> String {
        switch reason {
        case "Invalid API token": "unknown key"
        case "Revoked API token": "revoked key"
        case "Expired API token": "expired key"
        case "Inactive user": "inactive account"
        case "": "no key received"
        default: "\"\(reason)\""  // udata's own text: any string
        }
    }

    /// A field error of a 400, said plainly with what to do.
    private static func publishFieldError(_ e: PublishError.FieldError) -> String {
        let m = e.message
        return switch e.field {
        case "schema.version":
            "schema version rejected (\(m)): produce the file in version 2.3.1 (\"irve fix\") and declare 2.3.1."
        case "schema.name", "schema": "schema rejected (\(m)): the name to declare is \"etalab/schema-irve-statique\"."
        case "organization":
            "organisation rejected (\(m)): your account must be a member (admin or editor) of the organisation."
        case "tags": "tags rejected (\(m)): each tag must be 3 to 96 characters long."
        case "spatial.zones", "spatial":
            "geographic zone unknown to data.gouv.fr (\(m)): the INSEE code may have changed (merged commune); "
                + "fix code_insee_commune or set \"zones:\" in the metadata file."
        case "spatial.granularity": "granularity rejected (\(m)): use \"poi\"."
        case "temporal_coverage": "temporal coverage rejected (\(m)): dates as YYYY-MM-DD."
        case "title": "title rejected (\(m)): 350 characters at most."
        case "Content-Type", "request": "malformed request (\(m)): this is an irve bug, please report it."
        default: "\(e.field): \(m)"  // a field irve does not know: udata's words as they are
        }
    }

    /// udata's `message` of a refusal: the known ones said plainly, the others quoted.
    private static func publishServerMessage(_ m: String) -> String {
        if m.contains("is not a valid UpdateFrequency") {
            return "unknown update frequency (\(m)): use e.g. \"irregular\", \"monthly\" or \"annual\"."
        }
        if m.contains("file type is not allowed") { return "file type not allowed: send a .csv file." }
        if m.contains("Incorrect file content type") {
            return "the file looks like an HTML page (\(m)): send the CSV itself."
        }
        if m.contains("Cannot modify filetype") {
            return "the existing resource is not an uploaded file (\(m)): run again with --new-resource."
        }
        return m.isEmpty ? "no detail" : "\"\(m)\""
    }
}
