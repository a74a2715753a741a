import ArgumentParser
import Foundation
import IRVEFindings
import IRVEReport
import IRVESchemaCatalog
import IRVEWording
import IRVEXLSXWrite

/// `irve template`: an empty 2.3.1 file, ready to fill in Excel (or a CSV header).
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: Help.text(.workbook(.templateAbstract)),
        discussion: Help.text(.workbook(.templateDiscussion))
    )

    @Option(name: [.short, .long], help: Help.option(.workbook(.templateOutput))) var output = "modele.xlsx"
    @Flag(name: .long, help: Help.option(.workbook(.templateExample))) var example = false
    @Flag(name: .long, help: Help.option(.workbook(.templateForce))) var force = false
    @Option(name: .long, help: Help.option(.language)) var lang: String = CommandLineErrorText.environmentLanguage
        .rawValue

    mutating func validate() throws {
        guard Language(rawValue: lang) != nil else {
            throw ValidationError(.languageExpected(received: lang), CommandLineErrorText.current)
        }
    }

    func run() throws {
        let language = Language(rawValue: lang) ?? .fr
        let err = OutputSink(fd: 2)
        guard let entry = SchemaCatalog.latest("statique") else { throw ExitCode(2) }
        do {
            try TemplateWorkbook.write(
                schema: entry.schema, to: output, force: force, example: example, lang: language)
        } catch {
            err.write("irve : " + error.message(language) + "\n")
            err.flush()
            throw ExitCode(2)
        }
        let out = OutputSink(fd: 1)
        out.write(Wording.workbook(.templateWritten(path: output), language) + "\n")
        out.flush()
    }
}
