import ArgumentParser
import Foundation
import IRVEFiles
import IRVEFindings
import IRVEMap
import IRVEReport
import IRVEValidate
import IRVEWording

/// The options `irve map` and `irve export` share: the file, the output, `--force`, `--lang`.
struct MapFileOptions: ParsableArguments {
    @Argument(help: Help.option(.map(.input))) var input: String
    @Option(name: [.short, .long], help: Help.option(.map(.output))) var output: String
    @Flag(name: .long, help: Help.option(.map(.force))) var force = false
    @Option(name: .long, help: Help.option(.language))
    var lang: String = CommandLineErrorText.environmentLanguage.rawValue

    var language: Language { Language(rawValue: lang) ?? .fr }

    func validate() throws {
        guard Language(rawValue: lang) != nil else {
            throw ValidationError(.languageExpected(received: lang), CommandLineErrorText.current)
        }
    }

    /// Checks the file, draws what `encode` makes of its map into the output, and says so.
    func write(_ encode: (StationMap, Language) -> [UInt8]) throws {
        let map = try MapOutput.build(input, language)
        try MapOutput.write(encode(map, language), to: output, input: input, force: force, language)
        print(Wording.map(.written(path: output, stations: map.stations.count), language))
    }
}

/// `irve map FILE -o carte.svg|carte.html`: the stations over their communes' contours.
struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: Help.text(.map(.abstract)),
        discussion: Help.text(.map(.discussion))
    )

    @OptionGroup var file: MapFileOptions

    func validate() throws {
        let lower = file.output.lowercased()
        guard lower.hasSuffix(".svg") || lower.hasSuffix(".html") || lower.hasSuffix(".htm") else {
            throw ValidationError(Wording.map(.unknownOutput(path: file.output), file.language))
        }
    }

    func run() throws {
        let svg = file.output.lowercased().hasSuffix(".svg")
        try file.write { map, lang in
            svg ? Array(SVGMap.render(map, lang: lang).utf8) : MapPage.renderBytes(map, lang: lang)
        }
    }
}

/// `irve export geojson FILE -o stations.geojson`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: Help.text(.map(.exportAbstract)),
        discussion: Help.text(.map(.exportDiscussion))
    )

    @Argument(help: Help.option(.map(.exportKind))) var kind: String
    @OptionGroup var file: MapFileOptions

    func validate() throws {
        guard kind == "geojson" else {
            throw ValidationError(Wording.map(.exportKindExpected(received: kind), file.language))
        }
    }

    func run() throws {
        try file.write { map, lang in StationGeoJSON.encode(map, lang: lang) }
    }
}

/// What both commands share: the same check as `irve check` (every finding kept), then the map.
enum MapOutput {
    static func build(_ input: String, _ language: Language) throws -> StationMap {
        let options = ValidationOptions(schema: nil, headerMode: .byName, lang: language, maxFindings: nil)
        do {
            let result = try Validation.check(path: input, options: options)
            do { return try MapBuilder.build(path: input, result: result, lang: language) } catch {
                fail(error.message(language))
            }
        } catch {
            fail(error.message(language))
        }
    }

    static func write(_ bytes: [UInt8], to path: String, input: String, force: Bool, _ language: Language) throws {
        let protected = [InputFile.identity(of: input)].compactMap { $0 }
        do { try OutputFile.write(bytes, to: path, force: force, inputs: protected) } catch {
            fail(error.message(language))
        }
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data(("irve : " + message + "\n").utf8))
        Foundation.exit(2)
    }
}
