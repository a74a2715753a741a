import ArgumentParser
import Foundation
import IRVEFiles
import IRVEFindings
import IRVEWording

/// Our own sentences for ArgumentParser's complaints: its texts are English ("Did you mean…",
/// "Please provide one of 'a' and 'b'"), and "-1" after an option reads to it as a missing value.
enum CommandLineErrorText {
    /// The language asked for on the command line (the parser failed, so no command has it), else
    /// the default one.
    static func language(_ arguments: [String], default fallback: Language = environmentLanguage) -> Language {
        for (i, a) in arguments.enumerated() {
            if a == "--lang", i + 1 < arguments.count { return Language(rawValue: arguments[i + 1]) ?? fallback }
            if a.hasPrefix("--lang=") { return Language(rawValue: String(a.dropFirst(7))) ?? fallback }
        }
        return fallback
    }

    /// The default of `--lang`: `IRVE_LANG` when it names a language (fr or en), else French. For a
    /// CI or a wrapper that wants every command in one language without repeating the option.
    static let environmentLanguage: Language =
        ProcessInfo.processInfo.environment["IRVE_LANG"].flatMap(Language.init(rawValue:)) ?? .fr

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
        Wording.message(.dashFileName(name), lang)
    }

    /// Translates ArgumentParser's message; `arguments` helps tell a negative number from a missing value.
    static func translate(_ english: String, arguments: [String], _ lang: Language) -> String {
        let text = english.replacingOccurrences(of: "Error: ", with: "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard let usage = usageMessage(text, arguments: arguments) else {
            // ValidationError messages are ours already (worded in `lang`); anything else is shown as is.
            return text
        }
        return Wording.message(usage, lang)
    }

    /// What ArgumentParser's English sentence says, as data; nil for a sentence we do not know.
    static func usageMessage(_ text: String, arguments: [String]) -> UsageMessage? {
        let quoted = quotedValues(text)
        if text.hasPrefix("Unknown option"), let option = quoted.first {
            return .unknownOption(clip(option), suggestion: quoted.count < 2 ? nil : quoted[1])
        }
        if text.hasPrefix("Missing value for"), let option = quoted.first.map(optionName) {
            if let i = arguments.firstIndex(of: option), i + 1 < arguments.count, Double(arguments[i + 1]) != nil {
                return .notANonNegativeNumber(option: option, value: arguments[i + 1])
            }
            return .missingValue(option: option)
        }
        if text.hasPrefix("The value"), quoted.count >= 2 {
            // Six choices or more come as a bulleted list ("  - text"), fewer between quotes.
            let bullets = text.split(separator: "\n").filter { $0.hasPrefix("  - ") }.map { String($0.dropFirst(4)) }
            return .invalidValue(
                clip(quoted[0]), option: optionName(quoted[1]), choices: Array(quoted.dropFirst(2)) + bullets)
        }
        if text.hasPrefix("Missing expected argument"), let name = quoted.first { return .missingArgument(name) }
        if text.hasPrefix("Unexpected argument"), let value = quoted.first { return .unexpectedArgument(clip(value)) }
        return nil
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

    static func clip(_ s: String) -> String {
        SystemErrorText.clip(s, max: 80, language(Array(CommandLine.arguments.dropFirst())))
    }
}

extension CommandLineErrorText {
    /// The language of the command line as typed (help texts and option checks need it before or
    /// without a parsed `--lang`).
    static let current: Language = language(Array(CommandLine.arguments.dropFirst()))
}

extension ValidationError {
    /// A mistake in the options, worded in `lang`.
    init(_ message: UsageMessage, _ lang: Language) { self.init(Wording.message(message, lang)) }
}

/// The help texts, in the language of the command line (ArgumentParser reads them before it parses).
enum Help {
    static func text(_ topic: HelpTopic) -> String { Wording.help(topic, CommandLineErrorText.current) }

    static func option(_ topic: HelpTopic, valueName: String? = nil) -> ArgumentHelp {
        ArgumentHelp(text(topic), valueName: valueName)
    }
}
