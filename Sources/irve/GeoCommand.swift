import ArgumentParser
import Foundation
import IRVEFindings
import IRVEGeocode

/// `irve geo …`: the geographic reference data irve can use besides its embedded commune tables.
struct GeoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geo",
        abstract: "Données géographiques : index local des adresses (BAN).",
        subcommands: [ImportBANCommand.self]
    )
}

/// `irve geo import-ban adresses-76.csv.gz …`: builds the offline address index.
struct ImportBANCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-ban",
        abstract: "Importe des fichiers BAN adresses-XX.csv(.gz) dans l'index d'adresses local (SQLite).",
        discussion: """
            Fichiers : https://adresse.data.gouv.fr/data/ban/adresses/latest/csv/ (un par département, \
            Licence Ouverte 2.0 : vérifiez la licence au téléchargement). Réimporter un département remplace \
            ses communes. Ensuite : irve check --ban-index INDEX FICHIER.csv
            """
    )

    @Argument(help: ArgumentHelp("Fichiers BAN (adresses-XX.csv ou .csv.gz).", valueName: "FILE"))
    var files: [String]

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Index à créer ou compléter (défaut ~/.cache/irve/ban.sqlite, ou $XDG_CACHE_HOME/irve).", valueName: "PATH")
    )
    var index: String?

    @Option(name: .long, help: "Langue des messages : fr ou en.")
    var lang: String = "fr"

    mutating func validate() throws {
        guard Language(rawValue: lang) != nil else {
            throw ValidationError("--lang attend « fr » ou « en » (reçu « \(lang) »).")
        }
        guard !files.isEmpty else { throw ValidationError("indiquez au moins un fichier BAN adresses-XX.csv.gz.") }
    }

    func run() throws {
        let language = Language(rawValue: lang) ?? .fr
        let path = index.map(GeocoderOptions.expand) ?? IRVEPaths.defaultBANIndex
        let importer = BANImporter(indexPath: path)
        do {
            let stats = try importer.importFiles(files) { file, s in
                let line = language.pick(
                    "\(file) : \(Self.count(s.lines)) lignes lues (total), \(Self.seconds(s.seconds, language)) s\n",
                    "\(file): \(Self.count(s.lines)) lines read (total), \(Self.seconds(s.seconds, language)) s\n")
                FileHandle.standardError.write(Data(line.utf8))
            }
            print(
                language.pick(
                    "Index \(path) : \(Self.count(stats.lines)) lignes, \(Self.count(stats.addresses)) adresses "
                        + "numérotées, \(Self.count(stats.streets)) voies, \(Self.count(stats.communes)) communes en "
                        + "\(Self.seconds(stats.seconds, language)) s (\(Self.count(Int(stats.linesPerSecond))) "
                        + "lignes/s).",
                    "Index \(path): \(stats.lines) lines, \(stats.addresses) numbered addresses, \(stats.streets) "
                        + "streets, \(stats.communes) communes in \(Self.seconds(stats.seconds, language)) s "
                        + "(\(Int(stats.linesPerSecond)) lines/s)."
                ))
            print(
                language.pick(
                    "Utilisation : irve check --ban-index \(path) FICHIER.csv",
                    "Use: irve check --ban-index \(path) FILE.csv"))
        } catch {
            throw GeocoderOptions.fail(error, lang: language)
        }
    }

    /// 1234567 → "1 234 567" (the French thousands separator, a narrow no-break space).
    static func count(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append("\u{202F}") }
            out.append(d)
        }
        return out
    }

    static func seconds(_ s: Double, _ lang: Language) -> String {
        let text = String(format: "%.1f", s)
        return lang == .fr ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
