import ArgumentParser
import Foundation
import IRVEFindings
import IRVEHTTP
import IRVEPublish
import IRVEReport

struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Publie un fichier IRVE statique sur data.gouv.fr (simulation par défaut, --send pour envoyer).",
        discussion: """
            Sans --send, écrit les requêtes prévues (méthode, chemin, corps JSON, fichier envoyé) dans un dossier, pour relecture.
            Avec --send : vérifie la clé, retrouve le jeu de données déjà publié (mémoire locale, sinon recherche dans
            l'organisation), le crée en brouillon s'il n'existe pas, dépose ou remplace le fichier, décrit la ressource,
            écrit la fiche complète et la rend publique.
            Clé d'API : variable DATAGOUV_API_KEY, sinon ~/.config/irve/datagouv-api-key (lisible par vous seul).
            Codes de sortie : 0 publié (ou simulation écrite), 1 refusé (fichier en erreur, clé ou droits refusés,
            métadonnées refusées), 2 impossible (fichier illisible, réseau, service indisponible).
            """
    )

    @Argument(help: "Le fichier IRVE statique (.csv).") var input: String
    @Flag(name: .long, help: "Envoie vraiment les requêtes (sinon simulation).") var send = false
    @Option(name: .long, help: "Adresse de l'API (par défaut https://www.data.gouv.fr/api/1).") var api: String?
    @Flag(name: .long, help: "Utilise demo.data.gouv.fr (bac à sable, clés différentes).") var demo = false
    @Flag(name: .long, help: "Publie même un fichier qui contient des erreurs (déconseillé).") var force = false
    @Option(name: .long, help: "Met à jour ce jeu de données (identifiant).") var dataset: String?
    @Flag(name: .long, help: "Crée un nouveau jeu de données même si un autre est connu.") var new = false
    @Option(name: .long, help: "Dossier de la simulation (par défaut FICHIER.publication à côté du fichier).")
    var planDir: String?
    @Option(name: .long, help: "Mémoire locale des publications (SQLite).") var state: String?
    @Option(name: .long, help: "Fichier contenant la clé d'API (lisible par vous seul).") var keyFile: String?
    @OptionGroup var fields: MetadataOptions
    @Option(name: .long, help: "Langue des messages : fr ou en.") var lang: String = "fr"

    mutating func validate() throws {
        guard Language(rawValue: lang) != nil else { throw ValidationError("--lang attend « fr » ou « en ».") }
        if demo, api != nil { throw ValidationError("--demo et --api s'excluent.") }
        if new, dataset != nil { throw ValidationError("--new et --dataset s'excluent.") }
    }

    func run() throws {
        let language = Language(rawValue: lang) ?? .fr
        let out = OutputSink(fd: 1)
        let err = OutputSink(fd: 2)
        var key: APIKey?
        // Belt and braces: whatever the message, the key is masked before anything is printed.
        func say(_ sink: OutputSink, _ s: String) {
            var text = s
            // Real keys are long (udata_ + 64 characters); masking a 1-letter test key would mangle the text.
            if let k = key?.value, k.count >= 8 { text = text.replacingOccurrences(of: k, with: "<clé d'API masquée>") }
            sink.write(text)
            sink.flush()
        }
        do {
            let summary = try Describe.summarize(path: input, lang: language)
            let metadata = try MetadataBuilder.build(summary, try fields.resolve(for: input))
            var options = Publisher.Options()
            options.api = api ?? (demo ? UdataClient.demo : UdataClient.production)
            options.force = force
            options.datasetID = dataset
            options.newDataset = new
            options.statePath =
                state ?? ProcessInfo.processInfo.environment["IRVE_PUBLISH_STATE"] ?? PublicationState.defaultPath()
            let publisher = Publisher(summary: summary, metadata: metadata, options: options, lang: language) {
                say(out, $0 + "\n")
            }
            for w in try publisher.preflight() { say(err, w + "\n") }
            if metadata.organizationName == nil, metadata.organizationID == nil, !send {
                say(
                    err,
                    language.pick(
                        "⚠ Aucune organisation indiquée (--org) : à l'envoi, irve prendra celle de votre compte ; un "
                            + "jeu de données publié sous un compte personnel est exclu de la consolidation "
                            + "nationale.\n",
                        "⚠ No organisation given (--org): when sending, irve uses your account's; a dataset "
                            + "published under a personal account is excluded from the national consolidation.\n"
                    ))
            }
            if !send {
                let folder = planDir ?? URL(fileURLWithPath: input).deletingPathExtension().path + ".publication"
                let plan = try publisher.dryRunPlan()
                let files = try publisher.writeDryRun(plan, to: folder)
                say(
                    out,
                    language.pick(
                        "Simulation (rien n'a été envoyé) — publication sur \(options.api) :\n",
                        "Dry run (nothing sent) — publication to \(options.api):\n"))
                for (i, r) in plan.enumerated() {
                    say(out, String(format: "%2d. ", i + 1) + "\(r.label(language)) — \(r.method) \(r.path)\n")
                }
                say(
                    out,
                    language.pick(
                        "Requêtes écrites dans \(folder) (\(files.count) fichiers). Pour publier : la même commande "
                            + "avec --send.\n",
                        "Requests written to \(folder) (\(files.count) files). To publish: the same command with "
                            + "--send.\n"
                    ))
                say(out, QualityPrediction.predict(metadata).report(language))
                return
            }
            key = try APIKey.resolve(keyFile: keyFile)
            let http = HTTPClient(onRetry: { notice in
                // The notice holds a status or a network error, never a header: safe to print as is.
                let status = notice.status.map(String.init) ?? language.pick("réseau", "network")
                let seconds = Int(notice.delay.rounded(.up))
                FileHandle.standardError.write(
                    Data(
                        language.pick(
                            "    data.gouv.fr ne répond pas (\(status)) : nouvel essai dans \(seconds) s…\n",
                            "    data.gouv.fr is not answering (\(status)): retrying in \(seconds) s…\n"
                        ).utf8))
            })
            let outcome = try publisher.send(client: UdataClient(base: options.api, key: key, http: http))
            say(
                out,
                language.pick(
                    outcome.created
                        ? "Publié : nouveau jeu de données \(outcome.datasetID), ressource \(outcome.resourceID).\n"
                        : "Mis à jour : jeu de données \(outcome.datasetID), ressource \(outcome.resourceID).\n",
                    outcome.created
                        ? "Published: new dataset \(outcome.datasetID), resource \(outcome.resourceID).\n"
                        : "Updated: dataset \(outcome.datasetID), resource \(outcome.resourceID).\n"))
            if let uri = outcome.datasetURI { say(out, "    \(uri)\n") }
            if let score = outcome.qualityScore {
                say(
                    out,
                    language.pick(
                        "Note de qualité data.gouv.fr : \(score)/9\n", "data.gouv.fr quality score: \(score)/9\n"))
            }
        } catch {
            say(err, "irve : " + DescribeCommand.naming(input, error.message(language)) + "\n")
            throw ExitCode(Self.exitCode(error))
        }
    }

    /// 1 = refused (the file, the key, the rights or the metadata); 2 = could not be done.
    static func exitCode(_ e: PublishError) -> Int32 {
        switch e {
        case .fileHasErrors, .notStatique, .notCSV, .invalidKey, .notMember, .organizationAmbiguous, .permissionDenied,
            .notFound,
            .datasetDeleted, .validation, .refused, .uploadFailed, .ambiguousDatasets:
            1
        case .metadataFile, .invalidMetadata, .unreadable, .noAPIKey, .keyFileTooOpen, .keyFileUnreadable, .state,
            .write,
            .file, .http,
            .tooLarge, .readOnly, .rateLimited, .serverError, .unexpected:
            2
        }
    }
}
