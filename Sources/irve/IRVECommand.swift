import ArgumentParser

/// `irve`: the thin command line on top of the pipeline's modules.
@main
struct IRVECommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "irve",
        abstract: "Contrôle, répare et publie les données IRVE (bornes de recharge) des communes.",
        discussion: "Messages en français par défaut ; --lang en pour l'anglais.",
        subcommands: [CheckCommand.self, FixCommand.self, GeoCommand.self, DescribeCommand.self, PublishCommand.self],
        defaultSubcommand: CheckCommand.self
    )

    /// Command-line mistakes get a French message and exit code 2 (the documented "could not be
    /// processed"), instead of ArgumentParser's English text and code 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            if exitCode(for: error) == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            let detail = CommandLineErrorText.french(message(for: error))
            FileHandle.standardError.write(Data("irve : commande invalide — \(detail)\nAide : irve check --help\n".utf8))
            Foundation.exit(2)
        }
    }
}

/// French wording for ArgumentParser's usual complaints.
enum CommandLineErrorText {
    static func french(_ english: String) -> String {
        var s = english
        let pairs: [(String, String)] = [
            ("Missing expected argument", "argument attendu manquant"),
            ("Unknown option", "option inconnue"),
            ("Unexpected argument", "argument inattendu"),
            ("Missing value for", "valeur manquante pour"),
            ("is invalid for", "n'est pas valable pour"),
            ("The value", "La valeur"),
            ("Please provide one of", "Valeurs possibles :"),
            ("Error: ", ""),
        ]
        for (en, fr) in pairs { s = s.replacingOccurrences(of: en, with: fr) }
        return s.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

import Foundation
