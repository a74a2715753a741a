import Foundation
import IRVEFindings
import IRVEPublish
import IRVEWording

/// The fiche as a form: each field prefilled from the record `irve describe` writes, and the
/// visitor's answers turned back into `MetadataOverrides` (what `fiche.txt` holds). A field left as
/// shown keeps its status (generated stays generated), so only the changes are written.
enum FicheForm {
    /// The override each text field sets (tags and zones are lists, handled apart).
    static func keyPath(_ f: FicheField) -> WritableKeyPath<MetadataOverrides, String?>? {
        switch f {
        case .title: \.title
        case .organisation: \.organization
        case .descriptionShort: \.descriptionShort
        case .description: \.descriptionFull
        case .granularity: \.granularity
        case .temporalStart: \.temporalStart
        case .temporalEnd: \.temporalEnd
        case .frequency: \.frequency
        case .licence: \.license
        case .contactName: \.contactName
        case .contactEmail: \.contactEmail
        case .resourceTitle: \.resourceTitle
        case .resourceDescription: \.resourceDescription
        case .tags, .zones: nil
        }
    }

    /// The field as the form shows it for record `m` (made with overrides `o`).
    static func value(_ f: FicheField, _ m: DatasetMetadata, _ o: MetadataOverrides) -> String {
        switch f {
        case .title: m.title
        case .organisation: m.organizationName ?? ""
        case .descriptionShort: m.descriptionShort
        case .description: m.description
        case .tags: o.tags.joined(separator: ", ")
        case .zones: m.zones.joined(separator: ", ")
        case .granularity: m.granularity
        case .temporalStart: m.temporalStart
        case .temporalEnd: m.temporalEnd ?? ""
        case .frequency: m.frequency
        case .licence: m.license
        case .contactName: m.contact?.name ?? ""
        case .contactEmail: m.contact?.email ?? ""
        case .resourceTitle: m.resource.title
        case .resourceDescription: m.resource.description
        }
    }

    /// Empty means "as the file says" for these: an empty organisation or address is no value.
    static let emptyIsNone: Set<FicheField> = [.organisation, .contactName, .contactEmail, .temporalEnd]

    static func normalized(_ s: String) -> String {
        s.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func list(_ s: String) -> [String] {
        s.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// The overrides after the form: `shown` is the record the form was filled from (built with `previous`).
    static func overrides(_ form: FormFields, shown: DatasetMetadata, previous: MetadataOverrides) -> MetadataOverrides
    {
        var o = previous
        for f in FicheField.allCases {
            guard let raw = form.first(f.rawValue) else { continue }
            let typed = normalized(raw)
            switch f {
            case .tags: o.tags = list(typed)
            case .zones:
                if list(typed) != shown.zones { o.zones = list(typed) }
            default:
                guard let kp = keyPath(f), typed != normalized(value(f, shown, previous)) else { continue }
                o[keyPath: kp] = typed.isEmpty && emptyIsNone.contains(f) ? nil : typed
            }
        }
        return o
    }

    /// The quality criterion a field serves (udata's key), shown beside it.
    static func criterion(_ f: FicheField) -> String? {
        switch f {
        case .licence: "license"
        case .temporalStart, .temporalEnd: "temporal_coverage"
        case .zones, .granularity: "spatial"
        case .frequency: "update_frequency"
        case .description: "dataset_description_quality"
        case .resourceDescription: "resources_documentation"
        default: nil
        }
    }
}
