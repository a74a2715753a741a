import Foundation
import IRVEFindings
import IRVERead
import IRVEValidate

/// Why `irve fix` refused or failed (exit code 2), with a message for people.
public enum RepairError: Error, Sendable {
    case sameFile(String)
    case exists(String)
    case read(ReadError)
    case write(path: String, reason: String)

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
    /// Repairs `input` into `output` (nil: dry run), atomically, never touching the input.
    public static func run(input: String, output: String?, force: Bool, options: RepairOptions) throws(RepairError) -> RepairSummary {
        guard let entry = SchemaCatalog.latest("statique") else { throw .write(path: input, reason: "schéma introuvable") }
        var writer: CSVWriter? = nil
        if let output {
            let a = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath()
            let b = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath()
            if a.path == b.path || sameInode(a.path, b.path) { throw .sameFile(output) }
            if FileManager.default.fileExists(atPath: b.path), !force { throw .exists(output) }
            do { writer = try CSVWriter(destination: b) } catch { throw .write(path: output, reason: error.localizedDescription) }
        }
        let repairer = Repairer(schema: entry.schema, options: options, writer: writer)
        do { try TableReader(path: input).read(into: repairer) } catch {
            writer?.abandon()
            throw .read(error)
        }
        if let writer, let output {
            do { try writer.commit() } catch {
                writer.abandon()
                throw .write(path: output, reason: error.localizedDescription)
            }
        }
        return RepairSummary(rows: repairer.rows, changes: repairer.changes, stillMissing: repairer.stillMissing, info: repairer.info)
    }

    static func sameInode(_ a: String, _ b: String) -> Bool {
        var sa = stat(), sb = stat()
        guard stat(a, &sa) == 0, stat(b, &sb) == 0 else { return false }
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
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

    /// Writes a small text file atomically.
    public static func writeAtomically(_ text: String, to path: String, force: Bool) throws(RepairError) {
        if FileManager.default.fileExists(atPath: path), !force { throw .exists(path) }
        do { try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
            throw .write(path: path, reason: error.localizedDescription)
        }
    }
}
