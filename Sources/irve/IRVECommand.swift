import ArgumentParser
import Foundation
import IRVEFindings
import IRVEWording

/// `irve`: the thin command line on top of the pipeline's modules.
@main
struct IRVECommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "irve",
        abstract: Help.text(.irve(.abstract)),
        discussion: Help.text(.irve(.discussion)),
        subcommands: [
            CheckCommand.self, FixCommand.self, GeoCommand.self, DescribeCommand.self, PublishCommand.self,
            TemplateCommand.self,
            ExtractCommand.self, MapCommand.self,
            ExportCommand.self, ServeCommand.self, SurveyCommand.self,
        ],
        defaultSubcommand: CheckCommand.self
    )

    /// Command-line mistakes get a French message and exit code 2 (the documented "could not be
    /// processed"), instead of ArgumentParser's English text and code 64.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let lang = CommandLineErrorText.language(arguments)
        if let name = CommandLineErrorText.dashFileName(arguments) {
            fail(CommandLineErrorText.dashFileMessage(name, lang), lang)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            if exitCode(for: error) == .success {
                print(Wording.helpScreen(fullMessage(for: error), lang))
                Foundation.exit(0)
            }
            fail(
                CommandLineErrorText.translate(message(for: error), arguments: arguments, lang), lang,
                arguments: arguments)
        }
    }

    static func fail(_ detail: String, _ lang: Language, arguments: [String] = []) -> Never {
        let text = Wording.message(.invalidCommand(detail: detail, command: helpCommand(arguments)), lang)
        FileHandle.standardError.write(Data(text.utf8))
        Foundation.exit(2)
    }

    /// The subcommand a mistaken line was for (`geo import-ban` with its parent), whose help is suggested;
    /// `check`, the default command, otherwise.
    static func helpCommand(_ arguments: [String]) -> String {
        var path: [String] = []
        var commands = configuration.subcommands
        for argument in arguments where !argument.hasPrefix("-") {
            guard let sub = commands.first(where: { $0.configuration.commandName == argument }) else { break }
            path.append(argument)
            commands = sub.configuration.subcommands
        }
        return path.isEmpty ? "check" : path.joined(separator: " ")
    }
}
