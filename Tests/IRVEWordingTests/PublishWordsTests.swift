import IRVEFindings
import IRVEWording
import XCTest

/// `describe` and `publish`: every error, step and notice worded in both languages, English without
/// French typography, and representative sentences exactly as the commands print them.
final class PublishWordsTests: XCTestCase {
    static func file(_ e: FileError) -> String { "«FILE \(e.path)»" }

    static let errors: [PublishError] = [
        .metadataFile(path: "f.txt", line: 3, problem: .notKeyValue),
        .metadataFile(path: "f.txt", line: 1, problem: .unknownKey("couleur", known: ["titre", "licence"])),
        .metadataFile(path: "f.txt", line: 0, problem: .notFound),
        .metadataFile(path: "f.txt", line: 0, problem: .isFolder),
        .metadataFile(path: "f.txt", line: 0, problem: .tooLarge),
        .metadataFile(path: "f.txt", line: 0, problem: .notUTF8),
        .metadataFile(path: "f.txt", line: 0, problem: .unreadable),
        .metadataFile(path: "f.txt", line: 0, problem: .system(cause: "disk full")),
        .invalidMetadata(field: "frequence", problem: .unknownFrequency("sometimes")),
        .invalidMetadata(field: "licence", problem: .unknownLicense("cc0")),
        .invalidMetadata(field: "granularite", problem: .unknownGranularity("x")),
        .invalidMetadata(field: "debut", problem: .notADate("2024-13-45")),
        .invalidMetadata(field: "titre", problem: .length(count: 400, minimum: 1, maximum: 350)),
        .invalidMetadata(field: "description-courte", problem: .length(count: 201, minimum: nil, maximum: 200)),
        .invalidMetadata(field: "mots-cles", problem: .tagLength(tag: "é", slug: "e")),
        .unreadable(message: "the file cannot be read"),
        .notStatique(path: "a.csv", detected: "etalab/schema-irve-dynamique"),
        .notStatique(path: "a.csv", detected: nil),
        .fileHasErrors(path: "a.csv", errors: 4), .notCSV(path: "a.xlsx"), .noAPIKey,
        .keyFileTooOpen(path: "k"), .keyFileUnreadable(path: "k"),
        .state(path: "s.sqlite", cause: .notAState), .state(path: "s.sqlite", cause: .diskFull),
        .state(path: "s.sqlite", cause: .cannotOpen), .state(path: "s.sqlite", cause: .busy),
        .state(path: "s.sqlite", cause: .sqlite(code: 14)),
        .state(path: "s.sqlite", cause: .system(cause: "disk full")),
        .state(path: "s.sqlite", cause: .unexpected(type: "DecodingError")),
        .write(path: "out", reason: "disk full"), .file(.exists(path: "out")),
        .http(.timeout(url: "https://www.data.gouv.fr/api/1/me/", seconds: 30)),
        .invalidKey(reason: "Invalid API token"), .invalidKey(reason: "Revoked API token"),
        .invalidKey(reason: "Expired API token"), .invalidKey(reason: "Inactive user"), .invalidKey(reason: ""),
        .invalidKey(reason: "Strange"),
        .notMember(organization: "Vernon", memberOf: ["Rouen", "Evreux"]), .notMember(organization: "X", memberOf: []),
        .organizationAmbiguous(["Rouen", "Evreux"]), .permissionDenied(step: .writeRecord),
        .notFound(step: .readDataset, message: ""), .notFound(step: .readDataset, message: "Resource does not exist"),
        .datasetDeleted(id: "abc"),
        .validation(
            step: .createDataset,
            errors: [
                "schema.version", "schema", "organization", "tags", "spatial.zones", "spatial.granularity",
                "temporal_coverage", "title", "request", "email",
            ].map { PublishError.FieldError(field: $0, message: "Invalid") }),
        .refused(step: .uploadFile, status: 400, message: "'x' is not a valid UpdateFrequency"),
        .refused(step: .uploadFile, status: 400, message: "This file type is not allowed."),
        .refused(step: .uploadFile, status: 415, message: "Incorrect file content type: HTML"),
        .refused(step: .replaceFile, status: 400, message: "Cannot modify filetype after creation"),
        .refused(step: .uploadFile, status: 409, message: "DOI conflict"),
        .refused(step: .uploadFile, status: 400, message: ""),
        .uploadFailed(message: "Missing file parameter"), .tooLarge, .readOnly(message: ""),
        .readOnly(message: "maintenance"), .rateLimited, .serverError(step: .checkKey, status: 502),
        .ambiguousDatasets(["a", "b"]), .unexpected(step: .createDataset, status: 201, missing: .datasetID),
        .unexpected(step: .uploadFile, status: 200, missing: .resourceID),
    ]

    static let notices: [PublishNotice] = [
        .forcedWithErrors(errors: 3), .oldSchemaVersion(declared: "2.2.0", kept: "2.3.1"), .noOrganisation,
        .contactNotCreated(.rateLimited), .licenceReplaced(recorded: "notspecified", sent: "lov2"), .checkingKey,
        .organisation(name: "Rouen"), .lookingForDataset, .datasetGiven(id: "a"), .datasetRemembered(id: "a"),
        .datasetFound(id: "a"), .creatingDataset, .created(id: "a"), .existingDataset,
        .replacingFile(resource: "r"), .uploading(name: "a.csv"),
        .describingResource(schema: "etalab/schema-irve-statique", version: "2.3.1"),
        .creatingContact(email: "a@b.fr"), .writingRecord,
    ]

    /// French typography and words that must not appear in an English sentence (udata's texts and
    /// the metadata file's French keys aside).
    static let frenchMarks = [" : ", "« ", " »", " ;", "erreur", "fichier", "jeu de données", "relancez"]

    func testEveryErrorIsWordedInBothLanguages() {
        for e in Self.errors {
            let fr = Wording.message(e, .fr, fileError: Self.file)
            let en = Wording.message(e, .en, fileError: Self.file)
            XCTAssertFalse(fr.isEmpty, "\(e)")
            switch e {
            case .unreadable, .file: XCTAssertEqual(fr, en, "already worded by the stage that failed")
            default:
                XCTAssertNotEqual(fr, en, "\(e)")
                for mark in Self.frenchMarks { XCTAssertFalse(en.contains(mark), "\(e)\n→ \(en)") }
            }
        }
    }

    func testEveryStepAndNoticeIsWordedInBothLanguages() {
        for s in PublishStep.allCases {
            XCTAssertNotEqual(Wording.label(s, .fr), Wording.label(s, .en), "\(s)")
        }
        XCTAssertEqual(Set(PublishStep.allCases.map { Wording.label($0, .fr) }).count, PublishStep.allCases.count)
        for n in Self.notices {
            let en = Wording.message(n, .en, fileError: Self.file)
            XCTAssertNotEqual(Wording.message(n, .fr, fileError: Self.file), en, "\(n)")
            for mark in Self.frenchMarks { XCTAssertFalse(en.contains(mark), "\(n)\n→ \(en)") }
        }
    }

    func testErrorSentences() {
        let cases: [(PublishError, String, String)] = [
            (
                .metadataFile(path: "f.txt", line: 1, problem: .unknownKey("couleur", known: ["titre", "licence"])),
                "fiche de métadonnées « f.txt », ligne 1 : clé « couleur » inconnue (clés possibles : titre, "
                    + "licence). Corrigez la ligne (format « clé : valeur »).",
                "metadata file \"f.txt\", line 1: unknown key \"couleur\" (possible keys: titre, licence). Fix the "
                    + "line (format \"key: value\")."
            ),
            (
                .invalidMetadata(field: "titre", problem: .length(count: 400, minimum: 1, maximum: 350)),
                "métadonnée « titre » : 400 caractères : 1 à 350 au plus.",
                "metadata \"titre\": 400 characters: 1 to 350 at most."
            ),
            (
                .state(path: "s.sqlite", cause: .busy),
                "mémoire locale des publications inutilisable (s.sqlite : utilisée par un autre irve en ce moment) "
                    + ": indiquez un autre fichier avec --state.",
                "local publication state unusable (s.sqlite: used by another irve right now): give another file "
                    + "with --state."
            ),
            (
                .notFound(step: .readDataset, message: "Resource does not exist"),
                "Lire le jeu de données : introuvable sur data.gouv.fr (404, « Resource does not exist ») — le jeu "
                    + "de données a été supprimé, appartient à un autre producteur, ou l'identifiant mémorisé est "
                    + "faux. Relancez avec --dataset ID ou --new.",
                "Read the dataset: not found on data.gouv.fr (404, \"Resource does not exist\") — the dataset was "
                    + "deleted, belongs to another producer, or the remembered id is wrong. Run again with "
                    + "--dataset ID or --new."
            ),
            (
                .validation(
                    step: .createDataset,
                    errors: [.init(field: "tags", message: "Tag too short"), .init(field: "x", message: "bad")]),
                "Créer le jeu de données (brouillon privé) : data.gouv.fr refuse les métadonnées (400) :\n"
                    + "  • mots-clés refusés (Tag too short) : chaque mot-clé doit faire de 3 à 96 caractères.\n"
                    + "  • x : bad",
                "Create the dataset (private draft): data.gouv.fr rejects the metadata (400):\n"
                    + "  • tags rejected (Tag too short): each tag must be 3 to 96 characters long.\n  • x: bad"
            ),
            (
                .unexpected(step: .uploadFile, status: 200, missing: .resourceID),
                "Déposer le fichier CSV : réponse inattendue de data.gouv.fr (200, « réponse sans identifiant de "
                    + "ressource »).",
                "Upload the CSV file: unexpected answer from data.gouv.fr (200, \"answer without a resource id\")."
            ),
            (
                .invalidKey(reason: "Revoked API token"),
                "clé d'API refusée par data.gouv.fr (clé révoquée) : créez une nouvelle clé dans votre profil "
                    + "data.gouv.fr (« Clés d'API ») et mettez-la dans DATAGOUV_API_KEY. Attention : les clés de "
                    + "demo.data.gouv.fr et de www.data.gouv.fr sont différentes.",
                "API key refused by data.gouv.fr (revoked key): create a new key in your data.gouv.fr profile "
                    + "(\"API keys\") and put it in DATAGOUV_API_KEY. Keys of demo.data.gouv.fr and "
                    + "www.data.gouv.fr differ."
            ),
            (
                .http(.unreachable(url: "http://127.0.0.1:9/me/", detail: "Failed to connect to 127.0.0.1 port 9")),
                "impossible de joindre http://127.0.0.1:9/me/ (connexion refusée : aucun service n'écoute à cette "
                    + "adresse) : vérifiez la connexion internet et l'adresse du service, puis réessayez.",
                "cannot reach http://127.0.0.1:9/me/ (connection refused: nothing listens at that address): check "
                    + "the internet connection and the service address, then try again."
            ),
            (.file(.exists(path: "out")), "«FILE out»", "«FILE out»"),
        ]
        for (e, fr, en) in cases {
            XCTAssertEqual(Wording.message(e, .fr, fileError: Self.file), fr)
            XCTAssertEqual(Wording.message(e, .en, fileError: Self.file), en)
        }
    }

    func testNoticeSentencesAndStepLabels() {
        XCTAssertEqual(
            Wording.message(.contactNotCreated(.rateLimited), .fr, fileError: Self.file),
            "⚠ Point de contact non créé (data.gouv.fr limite le nombre de requêtes (429) : patientez quelques "
                + "minutes puis relancez la même commande (elle reprend là où elle s'est arrêtée).) : la "
                + "publication continue sans.")
        XCTAssertEqual(
            Wording.message(.oldSchemaVersion(declared: "2.2.0", kept: "2.3.1"), .en, fileError: Self.file),
            "⚠ Declared schema version 2.2.0: the national consolidation keeps 2.3.1 only. Upgrade the file with "
                + "\"irve fix\".")
        XCTAssertEqual(
            Wording.message(.datasetRemembered(id: "abc"), .fr, fileError: Self.file),
            "jeu de données mémorisé : abc")
        XCTAssertEqual(Wording.label(.writeRecord, .fr), "Écrire la fiche complète et rendre public")
        XCTAssertEqual(Wording.label(.writeRecord, .en), "Write the full record and make it public")
    }
}
