import ArgumentParser
import Foundation
import IRVEExtract
import IRVEFindings
import IRVEReport
import IRVEWording

/// `irve extract NATIONAL.csv --commune 76540 -o brouillon.csv`: a head start from the national file.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: Help.text(.extract(.abstract)),
        discussion: Help.text(.extract(.discussion))
    )

    @Argument(help: Help.option(.extract(.input))) var input: String
    @Option(name: .long, parsing: .singleValue, help: Help.option(.extract(.commune), valueName: "INSEE"))
    var commune: [String] = []
    @Option(name: .long, parsing: .singleValue, help: Help.option(.extract(.departement), valueName: "DEP"))
    var departement: [String] = []
    @Option(name: .long, parsing: .singleValue, help: Help.option(.extract(.siren), valueName: "SIREN"))
    var siren: [String] = []
    @Option(name: [.short, .long], help: Help.option(.extract(.output))) var output: String?
    @Flag(name: .long, help: Help.option(.extract(.force))) var force = false
    @Flag(name: .long, help: Help.option(.extract(.keepDisagreements))) var keepDisagreements = false
    @Option(name: .long, help: Help.option(.language))
    var lang: String = CommandLineErrorText.environmentLanguage.rawValue

    mutating func validate() throws {
        guard Language(rawValue: lang) != nil else {
            throw ValidationError(.languageExpected(received: lang), CommandLineErrorText.current)
        }
    }

    func run() throws {
        let language = Language(rawValue: lang) ?? .fr
        var request = Extract.Request(input: input, output: output)
        request.communes = commune
        request.departements = departement
        request.sirens = siren
        request.force = force
        request.keepDisagreements = keepDisagreements
        let out = OutputSink(fd: 1)
        do {
            let summary = try Extract.run(request)
            for line in Wording.summary(summary, input: input, output: output, language) { out.write(line + "\n") }
            out.flush()
        } catch {
            let err = OutputSink(fd: 2)
            err.write("irve : " + error.message(language) + "\n")
            err.flush()
            throw ExitCode(2)
        }
    }
}
