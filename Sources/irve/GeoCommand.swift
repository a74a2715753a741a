import ArgumentParser
import Foundation
import IRVEFindings
import IRVEGeocode
import IRVEReport
import IRVEWording

/// `irve geo …`: the geographic reference data irve can use besides its embedded commune tables.
struct GeoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geo",
        abstract: Help.text(.geo(.abstract)),
        subcommands: [ImportBANCommand.self]
    )
}

/// `irve geo import-ban adresses-76.csv.gz …`: builds the offline address index.
struct ImportBANCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-ban",
        abstract: Help.text(.geo(.importAbstract)),
        discussion: Help.text(.geo(.importDiscussion))
    )

    @Argument(help: Help.option(.geo(.files), valueName: "FILE"))
    var files: [String]

    @Option(
        name: .long,
        help: Help.option(.geo(.index), valueName: "PATH")
    )
    var index: String?

    @Option(name: .long, help: Help.option(.geo(.format)))
    var format = FormatChoice<DocumentFormats>(.text)

    @Option(name: .long, help: Help.option(.language))
    var lang: String = CommandLineErrorText.environmentLanguage.rawValue

    mutating func validate() throws {
        guard let language = Language(rawValue: lang) else {
            throw ValidationError(.languageExpected(received: lang), CommandLineErrorText.current)
        }
        guard !files.isEmpty else { throw ValidationError(.banFilesNeeded, language) }
    }

    func run() throws {
        let language = Language(rawValue: lang) ?? .fr
        let path = index.map(GeocoderOptions.expand) ?? IRVEPaths.defaultBANIndex
        let importer = BANImporter(indexPath: path)
        do {
            let stats = try importer.importFiles(files) { file, s in
                let line = Wording.message(.banFileRead(file: file, lines: s.lines, seconds: s.seconds), language)
                FileHandle.standardError.write(Data((line + "\n").utf8))
            }
            let figures = BANImportFigures(
                path: path, lines: stats.lines, addresses: stats.addresses, streets: stats.streets,
                communes: stats.communes, seconds: stats.seconds, linesPerSecond: Int(stats.linesPerSecond))
            if let writer = format.format.documentWriter {
                let out = OutputSink(fd: 1)
                out.write(writer.text(BANImportDocument.document(figures, files: files)))
                out.flush()
                return
            }
            print(Wording.message(.banIndexBuilt(figures), language))
            print(Wording.message(.banIndexUse(path: path), language))
        } catch {
            throw GeocoderOptions.fail(error, lang: language)
        }
    }
}
