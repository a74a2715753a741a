/// What the values of a column look like, as the content detectors of `IRVEColumns` read them
/// (the way data.gouv.fr's csv-detective names column formats).
public enum ContentKind: String, Sendable, Equatable, Codable, CaseIterable {
    /// Two numbers that fit a longitude and a latitude (`[lon, lat]` or `lat, lon`).
    case coordinates
    /// AFIREV station ids (`FR*ABC*P…`) and charge point ids (`FR*ABC*E…`).
    case stationId, pointId
    /// Five-character commune codes with a Corsican `2A`/`2B` code, or five digits that may be an
    /// INSEE code as well as a postcode.
    case inseeCode, communeCode
    /// Nine digits passing the Luhn check; fourteen-digit delivery points (PDL).
    case siren, pdl
    case boolean, date
    /// Numbers that fit a charging power in kW.
    case power
    case openingHours, phone, email
}

/// How sure a proposed column mapping is: certain ones are applied by `irve fix`, doubtful ones only
/// with `--aggressive` (or `--map`).
public enum MappingConfidence: String, Sendable, Equatable, Codable {
    case certain, doubtful
}

/// Why a column is proposed for a field.
public enum MappingEvidence: Sendable, Equatable, Codable {
    /// Its label is one portal exports use for the field (« Puissance max KW »).
    case synonym
    /// `matching` of its `sampled` non-empty values look like `kind`.
    case content(kind: ContentKind, matching: Int, sampled: Int)
    /// Asked for with `--map "LABEL=champ"`.
    case manual
}

/// A column of the input proposed as a schema field. `column` is 1-based.
public struct ColumnProposal: Sendable, Equatable, Codable {
    public var column: Int
    public var label: String
    public var field: String
    public var confidence: MappingConfidence
    public var evidence: MappingEvidence

    public init(column: Int, label: String, field: String, confidence: MappingConfidence, evidence: MappingEvidence) {
        self.column = column
        self.label = label
        self.field = field
        self.confidence = confidence
        self.evidence = evidence
    }
}

/// A `--map "LABEL=champ"` that cannot be used. Data only: the words are in IRVEWording.
public enum ColumnMapError: Error, Sendable, Equatable {
    /// Not of the form `LABEL=champ`.
    case syntax(String)
    case unknownField(field: String, known: [String])
    case unknownColumn(label: String, labels: [String])
    /// Two `--map` for the same column or the same field.
    case twice(String)
}
