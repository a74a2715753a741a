import Foundation
import IRVEFiles
import IRVEFindings
import IRVEWording

/// Our own sentences for ArgumentParser's complaints: its texts are English ("Did you mean…",
/// "Please provide one of 'a' and 'b'"), and "-1" after an option reads to it as a missing value.
enum CommandLineErrorText {
    /// The language asked for on the command line (the parser failed, so no command has it).
    static func language(_ arguments: [String]) -> Language {
        for (i, a) in arguments.enumerated() {
            if a == "--lang", i + 1 < arguments.count { return Language(rawValue: arguments[i + 1]) ?? .fr }
            if a.hasPrefix("--lang=") { return Language(rawValue: String(a.dropFirst(7))) ?? .fr }
        }
        return .fr
    }

    /// A file name that starts with "-" would be read as options (`-h.csv` even as a request for
    /// help, exit 0, so a CI would take the file as valid): refused before parsing.
    static func dashFileName(_ arguments: [String]) -> String? {
        for a in arguments {
            if a == "--" { return nil }
            guard a.hasPrefix("-"), !a.hasPrefix("--"), a.count > 2, Double(a) == nil else { continue }
            if a.contains(".") || a.contains("/") || FileManager.default.fileExists(atPath: a) { return a }
        }
        return nil
    }

    static func dashFileMessage(_ name: String, _ lang: Language) -> String {
        lang.pick(
            "« \(name) » commence par « - » et serait lu comme une option : écrivez ./\(name), "
                + "ou placez -- avant le nom (irve check -- \(name)).",
            "\"\(name)\" starts with \"-\" and would be read as an option: write ./\(name), or put -- before "
                + "the name (irve check -- \(name)).")
    }

    /// Translates ArgumentParser's message; `arguments` helps tell a negative number from a missing value.
    static func translate(_ english: String, arguments: [String], _ lang: Language) -> String {
        let text = english.replacingOccurrences(of: "Error: ", with: "").trimmingCharacters(in: .whitespacesAndNewlines)
        let quoted = quotedValues(text)
        if text.hasPrefix("Unknown option"), let option = quoted.first {
            let hint =
                quoted.count < 2
                ? ""
                : lang.pick(" ; vouliez-vous dire « \(quoted[1]) » ?", "; did you mean \"\(quoted[1])\"?")
            return lang.pick("option inconnue « \(clip(option)) »", "unknown option \"\(clip(option))\"") + hint
        }
        if text.hasPrefix("Missing value for"), let option = quoted.first.map(optionName) {
            if let i = arguments.firstIndex(of: option), i + 1 < arguments.count, Double(arguments[i + 1]) != nil {
                let value = arguments[i + 1]
                return lang.pick(
                    "\(option) n'accepte pas « \(value) » : un nombre positif ou nul est attendu",
                    "\(option) does not accept \"\(arguments[i + 1])\": a number zero or more is expected")
            }
            return lang.pick("valeur manquante pour \(option)", "missing value for \(option)")
        }
        if text.hasPrefix("The value"), quoted.count >= 2 {
            let option = optionName(quoted[1])
            let choices = quoted.dropFirst(2).map { "« \($0) »" }.joined(separator: ", ")
            let enChoices = quoted.dropFirst(2).map { "\"\($0)\"" }.joined(separator: ", ")
            return lang.pick(
                "valeur « \(clip(quoted[0])) » non valable pour \(option)"
                    + (choices.isEmpty ? "" : " : valeurs possibles \(choices)"),
                "value \"\(clip(quoted[0]))\" is not valid for \(option)"
                    + (enChoices.isEmpty ? "" : ": possible values \(enChoices)"))
        }
        if text.hasPrefix("Missing expected argument"), let name = quoted.first {
            return lang.pick(
                "argument manquant : \(name) (le fichier à traiter)",
                "missing argument: \(name) (the file to process)")
        }
        if text.hasPrefix("Unexpected argument"), let value = quoted.first {
            return lang.pick("argument en trop « \(clip(value)) »", "unexpected argument \"\(clip(value))\"")
        }
        // ValidationError messages are ours already (French); anything else is shown as is.
        return text
    }

    /// The values ArgumentParser puts between single quotes, in order.
    static func quotedValues(_ text: String) -> [String] {
        let parts = text.split(separator: "'", omittingEmptySubsequences: false)
        return stride(from: 1, to: parts.count - 1, by: 2).map { String(parts[$0]) }
    }

    /// "--format <format>" → "--format".
    static func optionName(_ usage: String) -> String {
        String(usage.split(separator: " ").first ?? Substring(usage))
    }

    /// ArgumentParser's help headings and stock phrases, in French (the help texts are ours).
    static func frenchHelp(_ help: String) -> String {
        let pairs = [
            ("OVERVIEW:", "DESCRIPTION :"), ("USAGE:", "UTILISATION :"), ("ARGUMENTS:", "ARGUMENTS :"),
            ("OPTIONS:", "OPTIONS :"), ("SUBCOMMANDS:", "SOUS-COMMANDES :"),
            ("Show help information.", "Affiche cette aide."),
            ("See 'irve help <subcommand>' for detailed help.", "Aide détaillée : irve help <sous-commande>."),
            ("(default)", "(par défaut)"), ("(values: ", "(valeurs : "), ("default: ", "défaut : "),
            ("<subcommand>", "<sous-commande>"), ("Show the version.", "Affiche la version."),
        ]
        var s = help
        for (en, fr) in pairs { s = s.replacingOccurrences(of: en, with: fr) }
        return s
    }

    static func clip(_ s: String) -> String {
        SystemErrorText.clip(s, max: 80, language(Array(CommandLine.arguments.dropFirst())))
    }
}
