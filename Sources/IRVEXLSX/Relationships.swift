import Foundation

/// One `<Relationship>` of a `.rels` part, its target resolved to a path inside the archive.
struct Relationship: Sendable {
    let id: String
    let type: String
    let partPath: String

    /// Relationship types are URIs that differ between transitional and strict OOXML; the last segment does not.
    func hasType(_ name: String) -> Bool { type.hasSuffix("/" + name) }
}

/// Reads `_rels/*.rels` parts.
final class RelationshipsHandler: PartHandler {
    private let sourcePart: String
    private(set) var relationships: [Relationship] = []

    /// `sourcePart` is the part the relationships belong to ("" for the package itself).
    init(sourcePart: String) {
        self.sourcePart = sourcePart
    }

    override func didStartElement(_ name: String, attributes: XMLAttributes) {
        guard name == "Relationship", attributes["TargetMode"] != "External",
            let id = attributes["Id"], let target = attributes["Target"]
        else { return }
        relationships.append(
            Relationship(
                id: id, type: attributes["Type"] ?? "",
                partPath: PartPath.resolve(target, from: sourcePart)))
    }
}

enum PartPath {
    /// "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" (the package) → "_rels/.rels".
    static func relationships(of part: String) -> String {
        let (folder, file) = split(part)
        return folder + "_rels/" + file + ".rels"
    }

    /// Resolves a relationship target against the folder of its source part: targets are relative
    /// ("worksheets/sheet1.xml", "../xl/styles.xml") or absolute ("/xl/worksheets/sheet1.xml"), possibly %-encoded.
    static func resolve(_ target: String, from sourcePart: String) -> String {
        let decoded = target.removingPercentEncoding ?? target
        let joined = decoded.hasPrefix("/") ? decoded : split(sourcePart).folder + decoded
        var segments: [Substring] = []
        for segment in joined.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }

    private static func split(_ part: String) -> (folder: String, file: String) {
        guard let slash = part.lastIndex(of: "/") else { return ("", part) }
        return (String(part[...slash]), String(part[part.index(after: slash)...]))
    }
}
