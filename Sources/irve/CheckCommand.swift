import ArgumentParser
import Foundation
import IRVEFindings
import IRVEGeocode
import IRVEReport
import IRVERules
import IRVEValidate
import IRVEWording

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Contrôle un fichier IRVE (CSV ou XLSX) selon le schéma national.",
        discussion: """
            Codes de sortie : 0 fichier valide, 1 fichier non valide, 2 fichier ou commande impossible à traiter.
            Le schéma est choisi d'après l'en-tête, ou imposé par --schema (statique, dynamique, statique@2.2.1, ou un fichier JSON).
            """
    )

    enum FailLevel: String, ExpressibleByArgument, CaseIterable { case error, warning }

    @Argument(help: "Le fichier à contrôler (.csv ou .xlsx).")
    var file: String?

    @Flag(name: .long, help: "Liste les règles métier IRVE (code, gravité, explication) et s'arrête.")
    var rules = false

    @Option(
        name: .long, parsing: .singleValue, help: "Désactive une règle métier (code, ex. phone-format) ; répétable.")
    var disable: [String] = []

    @Option(name: .long, help: "Gravité qui fait échouer la commande (code 1) : error (défaut) ou warning.")
    var failOn: FailLevel = .error

    @Flag(name: .long, help: "Contrôle le schéma seul, sans les règles métier IRVE.")
    var schemaOnly = false

    @Flag(
        name: .customLong("no-geo"),
        help: "Ne pas faire les contrôles géographiques (coordonnées, code INSEE, code postal, adresse).")
    var noGeo = false

    @OptionGroup var geocoding: GeocoderOptions

    @Option(name: .long, help: "Schéma : statique, dynamique, NOM@VERSION ou chemin d'un schéma Table Schema JSON.")
    var schema: String?

    @Flag(
        name: .long, help: "Colonnes comparées par position, comme frictionless (par défaut : par nom, comme Validata)."
    )
    var strictHeader = false

    @Option(name: .long, help: "Format du rapport : text ou json (markdown : avec --rules, les tableaux du README).")
    var format: CheckFormat = .text

    @Option(name: .long, help: "Nombre maximal de constats conservés dans le rapport (les totaux restent exacts).")
    var maxFindings: Int?

    @Option(name: .long, help: "Langue des messages : fr ou en.")
    var lang: String = "fr"

    mutating func validate() throws {
        guard let language = Language(rawValue: lang) else {
            throw ValidationError(.languageExpected(received: lang), CommandLineErrorText.current)
        }
        if let m = maxFindings, m < 0 { throw ValidationError(.maxFindingsNegative, language) }
        if !rules, file == nil { throw ValidationError(.checkNeedsFile, language) }
        if !rules, format == .markdown { throw ValidationError(.markdownNeedsRules, language) }
        let known = Set(RuleCatalog.all.map(\.code))
        for code in disable where !known.contains(code) { throw ValidationError(.unknownRule(code), language) }
    }

    func run() throws {
        let language = Language(rawValue: lang) ?? .fr
        if rules {
            let out = OutputSink(fd: 1)
            let form: RulesListing.Form = format == .json ? .json : format == .markdown ? .markdown : .text
            RulesListing.write(lang: language, form: form, to: out)
            return
        }
        guard let file else { throw ExitCode(2) }
        var options = ValidationOptions(
            schema: schema, headerMode: strictHeader ? .positional : .byName,
            lang: language, maxFindings: maxFindings)
        options.businessRules = !schemaOnly
        options.geo = !noGeo
        options.collectAddresses = !noGeo && !schemaOnly && geocoding.isEnabled
        options.disabledRules = Set(disable)
        let out = OutputSink(fd: 1)
        let err = OutputSink(fd: 2)
        // no-color.org: a NO_COLOR that is present and not empty turns colours off.
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        let reporter = (ReportFormat(rawValue: format.rawValue) ?? .text)
            .reporter(lang: language, color: out.isTerminal && !noColor)
        // A report that shows the first findings of each column or type: keep only those.
        options.samplesPerGroup = reporter.samplesPerGroup
        let progress = Progress(sink: err, enabled: err.isTerminal && reporter.isForPeople, lang: language)
        let result: ValidationResult
        do {
            var report: (@Sendable (Int, Int) -> Void)? = nil
            if progress.enabled { report = { @Sendable done, size in progress.update(done, size) } }
            result = try Validation.check(path: file, options: options, progress: report)
        } catch {
            progress.clear()
            reporter.writeFailure(file: file, message: error.message(language), to: out)
            err.write("irve : " + error.message(language) + "\n")
            err.flush()
            throw ExitCode(2)
        }
        progress.clear()
        if options.collectAddresses {
            // Address geocoding runs after the offline checks, one query per distinct address.
            do {
                if let geocoder = try geocoding.makeGeocoder() {
                    result.append(
                        try AddressCheck.run(
                            candidates: result.addressCandidates, geocoder: geocoder,
                            thresholdMetres: geocoding.addressThreshold))
                }
            } catch {
                throw GeocoderOptions.fail(error, lang: language)
            }
        }
        reporter.write(result, to: out)
        let failing = failOn == .warning ? result.errorCount + result.warningCount : result.errorCount
        if failing > 0 { throw ExitCode(1) }
    }
}

/// A progress line on stderr for long files (only on a terminal, only in text mode).
final class Progress: @unchecked Sendable {
    let sink: OutputSink
    let enabled: Bool
    let label: String
    private var lastPercent = -1
    init(sink: OutputSink, enabled: Bool, lang: Language) {
        self.sink = sink
        self.enabled = enabled
        label = Wording.message(.checking, lang)
    }
    /// Called by the reader's thread after each chunk.
    func update(_ done: Int, _ size: Int) {
        guard size > 4 << 20 else { return }  // small files: no flicker
        let percent = min(100, done * 100 / max(size, 1))
        guard percent != lastPercent else { return }
        lastPercent = percent
        sink.write("\u{1B}[2K\r\(label)… \(percent) %")
        sink.flush()
    }
    func clear() {
        if enabled {
            sink.write("\u{1B}[2K\r")
            sink.flush()
        }
    }
}

/// `--format` of `check`: every report format, and `markdown` for the rule tables (`--rules`).
enum CheckFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown
}
