import Foundation
import IRVEFiles
import IRVEFindings
import IRVERead
import IRVEValidate

/// Why `irve fix` refused or failed (exit code 2), with a message for people.
public enum RepairError: Error, Sendable {
    case sameFile(String)
    case exists(String)
    case read(ReadError)
    case write(path: String, reason: String)
    /// An output could not be created or written (missing folder, full disk…).
    case file(FileError)

    public init(_ error: FileError) {
        switch error {
        case let .sameAsInput(p): self = .sameFile(p)
        case let .exists(p): self = .exists(p)
        default: self = .file(error)
        }
    }

    public func message(_ lang: Language) -> String {
        switch self {
        case let .sameFile(p):
            lang.pick("Le fichier de sortie est le fichier d'entrée (« \(p) ») : irve ne modifie jamais l'original. Choisissez un autre nom avec -o.",
                      "The output is the input (\"\(p)\"): irve never modifies the original. Choose another name with -o.")
        case let .exists(p):
            lang.pick("« \(p) » existe déjà : ajoutez --force pour le remplacer.", "\"\(p)\" already exists: add --force to replace it.")
        case let .read(e): e.message(lang)
        case let .write(p, reason):
            lang.pick("Impossible d'écrire « \(p) » : \(reason).", "Cannot write \"\(p)\": \(reason).")
        case let .file(e): e.message(lang)
        }
    }
}

/// The result of a repair run.
public struct RepairSummary: Sendable {
    public var rows: Int
    public var changes: [Change]
    public var stillMissing: [String: Int]
    public var info: TableInfo?
}

/// Entry point of the `repair` stage.
public enum Repair {
    /// Repairs `input` into `output` (nil: dry run) and writes the change log to `log`: both files
    /// appear together or neither does, atomically, and neither may be the input.
    public static func run(input: String, output: String?, log: String? = nil, force: Bool,
                           options: RepairOptions) throws(RepairError) -> RepairSummary {
        guard let entry = SchemaCatalog.latest("statique") else { throw .write(path: input, reason: "schéma introuvable") }
        let protected = [InputFile.identity(of: input)].compactMap { $0 }
        var outputs: [OutputFile] = []
        if let output {
            do { outputs.append(try OutputFile(path: output, force: force, inputs: protected)) } catch {
                throw RepairError(error)
            }
        }
        if let log, output != nil {
            // The log's own wording: RepairError(.sameAsInput) would speak of -o.
            do throws(FileError) {
                let file = try OutputFile(path: log, force: force, inputs: protected)
                outputs.append(file)
                if outputs[0].sameDestination(as: file) { throw FileError.sameOutputTwice(path: log) }
            } catch {
                outputs.forEach { $0.abandon() }
                throw .file(error)
            }
        }
        let writer = output == nil ? nil : outputs.first.map(CSVWriter.init)
        let repairer = Repairer(schema: entry.schema, options: options, writer: writer)
        do { try TableReader(path: input).read(into: repairer) } catch {
            outputs.forEach { $0.abandon() }
            throw .read(error)
        }
        writer?.flush()
        if let log, outputs.count == 2 {
            outputs[1].write(log.lowercased().hasSuffix(".json") ? logJSON(repairer.changes) : logCSV(repairer.changes))
        }
        do { try OutputFile.commit(outputs) } catch { throw RepairError(error) }
        return RepairSummary(rows: repairer.rows, changes: repairer.changes, stillMissing: repairer.stillMissing, info: repairer.info)
    }

    /// The change log as CSV (`row,column,before,after,rule,confidence`).
    public static func logCSV(_ changes: [Change]) -> String {
        func q(_ s: String) -> String {
            s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        var out = "row,column,before,after,rule,confidence,evidence\n"
        for c in changes { out += [String(c.row), c.column, c.before, c.after, c.rule, c.confidence.rawValue, c.evidence].map(q).joined(separator: ",") + "\n" }
        return out
    }

    /// The change log as JSON (an array of objects with the same keys).
    public static func logJSON(_ changes: [Change]) -> String {
        let items = changes.map { c -> String in
            let pairs: [(String, String)] = [("column", c.column), ("before", c.before), ("after", c.after), ("rule", c.rule),
                                             ("confidence", c.confidence.rawValue), ("evidence", c.evidence)]
            return "{\"row\":\(c.row)," + pairs.map { "\(jsonString($0.0)):\(jsonString($0.1))" }.joined(separator: ",") + "}"
        }
        return "[\n" + items.joined(separator: ",\n") + "\n]\n"
    }

    static func jsonString(_ s: String) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: [s], options: [.withoutEscapingSlashes])) ?? Data("[\"\"]".utf8)
        let text = String(decoding: data, as: UTF8.self)
        return String(text.dropFirst().dropLast())
    }
}
