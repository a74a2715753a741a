import Foundation
import IRVEFindings
import IRVEWording

/// Writes the metadata file (`fiche.txt`) that `MetadataOverrides.parse` reads back: one `clé : valeur`
/// line per field set, French keys, a value of several lines continued on indented lines.
extension MetadataOverrides {
    /// The keys in the order the file lists them, with the value each holds.
    var writtenFields: [(key: String, value: String?)] {
        [
            ("titre", title), ("organisation", organization), ("organisation-id", organizationID),
            ("description-courte", descriptionShort), ("description-longue", descriptionFull),
            ("complement", descriptionExtra), ("frequence", frequency), ("licence", license),
            ("contact-nom", contactName), ("contact-email", contactEmail), ("debut", temporalStart),
            ("fin", temporalEnd), ("granularite", granularity), ("titre-ressource", resourceTitle),
            ("description-ressource", resourceDescription), ("version-schema", schemaVersion),
        ]
    }

    /// The file's text; its comment header in `lang` (the keys and values are the record's, French).
    public func ficheText(lang: Language = .fr) -> String {
        var out = Wording.message(WebPublishPhrase.ficheFileHeader, lang) + "\n\n"
        for (key, value) in writtenFields {
            guard let value else { continue }
            out += Self.line(key, value)
        }
        // Tags and zones are lists: a comma separates them, so none holds one (a tag is a slug).
        if !tags.isEmpty { out += Self.line("mots-cles", tags.joined(separator: ", ")) }
        if let zones { out += Self.line("zones", zones.joined(separator: ", ")) }
        return out
    }

    /// `key : first line`, then every other line indented by two spaces (a blank one too).
    static func line(_ key: String, _ value: String) -> String {
        let lines = value.trimmingCharacters(in: .whitespacesAndNewlines).split(
            separator: "\n", omittingEmptySubsequences: false)
        var out = key + " : " + (lines.first.map(String.init) ?? "") + "\n"
        for l in lines.dropFirst() { out += "  " + l.trimmingCharacters(in: .whitespaces) + "\n" }
        return out
    }
}
