/// What the metadata says about the data, computed from the file itself in one streaming pass.
public struct FileFacts: Sendable, Equatable {
    /// Data rows (one per point de recharge in a statique file).
    public var rows = 0
    public var stations = 0
    public var points = 0
    /// Points per power class, in `PowerClass.allCases` order; classes with no point are omitted.
    public var powerClasses: [(PowerClass, Int)] = []
    /// Points offering each connector type, most frequent first.
    public var connectors: [(Connector, Int)] = []
    /// INSEE code, commune name when the addresses give it, points; sorted by code.
    public var communes: [Commune] = []
    /// Operator names with their points, most frequent first.
    public var operators: [(name: String, points: Int)] = []
    /// Aménageur names with their SIREN when given, most frequent first.
    public var amenageurs: [(name: String, siren: String?, points: Int)] = []
    /// The most frequent `contact_amenageur` (an e-mail address), if any.
    public var contactEmail: String?
    /// `date_mise_en_service` range and latest `date_maj`, ISO `YYYY-MM-DD`.
    public var firstCommissioning: String?
    public var lastCommissioning: String?
    public var lastUpdate: String?

    public struct Commune: Sendable, Equatable {
        public var insee: String
        public var name: String?
        public var points: Int
        public var zone: String { "fr:commune:\(insee)" }
    }

    public init() {}

    public static func == (a: FileFacts, b: FileFacts) -> Bool {
        a.rows == b.rows && a.stations == b.stations && a.points == b.points && a.communes == b.communes
            && a.powerClasses.map(\.0) == b.powerClasses.map(\.0) && a.powerClasses.map(\.1) == b.powerClasses.map(\.1)
            && a.connectors.map(\.0) == b.connectors.map(\.0) && a.connectors.map(\.1) == b.connectors.map(\.1)
            && a.operators.map(\.name) == b.operators.map(\.name)
            && a.amenageurs.map(\.name) == b.amenageurs.map(\.name)
            && a.contactEmail == b.contactEmail && a.firstCommissioning == b.firstCommissioning
            && a.lastCommissioning == b.lastCommissioning && a.lastUpdate == b.lastUpdate
    }
}

/// Power classes used in the description (kW, `puissance_nominale`).
public enum PowerClass: Int, Sendable, CaseIterable, Comparable {
    case upTo7kW4, upTo22, upTo50, upTo150, over150

    public static func < (a: PowerClass, b: PowerClass) -> Bool { a.rawValue < b.rawValue }

    public init(kilowatts p: Double) {
        switch p {
        case ..<7.4: self = .upTo7kW4
        case ..<22.000001: self = .upTo22
        case ..<50: self = .upTo50
        case ..<150: self = .upTo150
        default: self = .over150
        }
    }

    /// French in both languages: it names the band in the fiche descriptive, the dataset's record
    /// on data.gouv.fr (a French site), not in a message to the person running irve.
    public var label: String {
        switch self {
        case .upTo7kW4: "moins de 7,4 kW (recharge normale)"
        case .upTo22: "de 7,4 à 22 kW (recharge accélérée)"
        case .upTo50: "de 22 à 50 kW (recharge rapide)"
        case .upTo150: "de 50 à 150 kW (recharge rapide)"
        case .over150: "150 kW et plus (recharge très rapide)"
        }
    }
}

/// Connector columns of the statique schema.
public enum Connector: String, Sendable, CaseIterable {
    case ef = "prise_type_ef"
    case type2 = "prise_type_2"
    case combo = "prise_type_combo_ccs"
    case chademo = "prise_type_chademo"
    case other = "prise_type_autre"

    public var label: String {
        switch self {
        case .ef: "E/F (prise domestique)"
        case .type2: "Type 2"
        case .combo: "Combo CCS"
        case .chademo: "CHAdeMO"
        case .other: "autre"
        }
    }
}
