import ArgumentParser
import Foundation
import IRVEFiles
import IRVEFindings
import IRVEPublish
import IRVEReport

struct DescribeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "describe",
        abstract: "Rédige la fiche descriptive data.gouv.fr d'un fichier IRVE statique, à partir des données.",
        discussion: """
            Titre, description, mots-clés, couverture spatiale et temporelle, fréquence, licence, ressource et schéma,
            point de contact ; prévoit la note de qualité data.gouv.fr (sur 9) et dit comment atteindre 9/9.
            Les options (ou la fiche FICHIER.fiche.txt) remplacent les valeurs déduites du fichier.
            Codes de sortie : 0 fiche écrite, 2 impossible (fichier illisible, option invalide).
            """
    )

    @Argument(help: "Le fichier IRVE statique (.csv ou .xlsx).") var input: String
    @Option(name: .long, help: "markdown (par défaut) ou json (les requêtes udata).") var format: String = "markdown"
    @Option(name: [.short, .long], help: "Écrit la fiche dans ce fichier au lieu de l'afficher.") var output: String?
    @Flag(name: .long, help: "Remplace le fichier de sortie s'il existe déjà.") var force = false
    @OptionGroup var fields: MetadataOptions
    @Option(name: .long, help: "Langue des messages : fr ou en.") var lang: String = "fr"

    mutating func validate() throws {
        guard Language(rawValue: lang) != nil else { throw ValidationError("--lang attend « fr » ou « en ».") }
        guard ["markdown", "md", "json"].contains(format) else {
            throw ValidationError("--format attend « markdown » ou « json ».")
        }
    }

    func run() throws {
        let language = Language(rawValue: lang) ?? .fr
        let err = OutputSink(fd: 2)
        // The output is checked before the work: never the input, never an existing file without --force.
        var file: OutputFile?
        if let output {
            do {
                let inputs = [InputFile.identity(of: input)].compactMap { $0 }
                file = try OutputFile(path: output, force: force, inputs: inputs)
            } catch {
                err.write("irve : " + error.message(language) + "\n")
                err.flush()
                throw ExitCode(2)
            }
        }
        do throws(PublishError) {
            let summary = try Describe.summarize(path: input, lang: language)
            let metadata = try MetadataBuilder.build(summary, try fields.resolve(for: input))
            let text =
                format == "json"
                ? Describe.json(metadata, summary: summary, lang: language).rendered() + "\n"
                : Describe.markdown(metadata, summary: summary, lang: language)
            if let output, let file {
                file.write(text)
                do { try OutputFile.commit([file]) } catch { throw PublishError.file(error) }
                err.write(language.pick("Fiche écrite : \(output)\n", "Record written: \(output)\n"))
            } else {
                let out = OutputSink(fd: 1)
                out.write(text)
                out.flush()
            }
            err.flush()
        } catch {
            file?.abandon()
            err.write("irve : " + Self.naming(input, error.message(language)) + "\n")
            err.flush()
            throw ExitCode(2)
        }
    }
}

extension DescribeCommand {
    /// The message, after the file's name unless it already names it.
    static func naming(_ input: String, _ message: String) -> String {
        message.contains("« \(input) »") || message.contains("\"\(input)\"") ? message : "« \(input) » : " + message
    }
}
