import IRVEFindings
import IRVEGeo
import IRVEValues

/// The territory `irve extract` takes out of a national file, resolved against the embedded COG
/// 2026 reference once, before the first row: communes (current, old, arrondissements),
/// départements and aménageurs' SIREN.
struct Territory {
    let reference: GeoReference
    /// Selected entities (reference indexes): current communes, or arrondissements taken alone.
    private(set) var entities: Set<Int> = []
    private(set) var departements: Set<String> = []
    private(set) var sirens: Set<String> = []
    private(set) var places: [ExtractPlace] = []
    /// Whether each current commune met so far is in the territory (a national file names a few
    /// thousand communes: one answer each).
    private var memo: [Int: Bool] = [:]

    init(communes: [String], departements: [String], sirens: [String], reference: GeoReference) throws(ExtractError) {
        self.reference = reference
        guard !communes.isEmpty || !departements.isEmpty || !sirens.isEmpty else { throw .noTerritory }
        for code in communes { try addCommune(code) }
        if !departements.isEmpty { try addDepartements(departements) }
        for s in sirens {
            let digits = s.filter { $0 != " " && $0 != "\u{A0}" && $0 != "\u{202F}" }
            guard digits.utf8.count == 9, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
                throw .invalidSIREN(s)
            }
            if self.sirens.insert(digits).inserted { places.append(.siren(digits)) }
        }
    }

    private mutating func addCommune(_ text: String) throws(ExtractError) {
        let code = Self.normalisedCode(text)
        var found: [Int] = []
        if let i = reference.lookup(code: Array(code.utf8)) {
            // An arrondissement is taken alone; any other entity stands for its current commune.
            found = [reference.kind(i) == .arrondissement ? i : reference.current(i)]
        } else if let old = reference.history(code: Array(code.utf8)) {
            found = old.targets.map { reference.current($0) }
        }
        guard !found.isEmpty else { throw .unknownCommune(text) }
        for i in found where entities.insert(i).inserted {
            let c = reference.commune(i)
            places.append(.commune(name: c.name, code: c.code))
        }
    }

    private mutating func addDepartements(_ list: [String]) throws(ExtractError) {
        var known: Set<String> = []
        for i in 0..<reference.communeCount where reference.kind(i) == .commune {
            known.insert(reference.commune(i).departement)
        }
        for text in list {
            var d = text.trimmingSpacesAndNewlines().uppercased()
            if d.utf8.count == 1 { d = "0" + d }
            guard known.contains(d) else { throw .unknownDepartement(text) }
            if self.departements.insert(d).inserted { places.append(.departement(d)) }
        }
    }

    /// A code as producers write it: spaces around, a lost leading zero (`1053` for `01053`).
    static func normalisedCode(_ text: String) -> String {
        let t = text.trimmingSpacesAndNewlines()
        return t.utf8.count == 4 && t.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) ? "0" + t : t
    }

    // MARK: - Matching

    /// The entity an INSEE code names (an old code: its first current commune); nil when unknown.
    func entity(code text: String) -> Int? {
        let code = Array(Self.normalisedCode(text).utf8)
        if let i = reference.lookup(code: code) { return i }
        return reference.history(code: code)?.targets.first.map { reference.current($0) }
    }

    /// Whether the entity (from a code or a point) is in the territory.
    mutating func contains(entity i: Int) -> Bool {
        if entities.contains(i) { return true }
        let current = reference.current(i)
        if let known = memo[current] { return known }
        var inside = entities.contains(current)
        if !inside, !departements.isEmpty {
            inside = departements.contains(reference.commune(current).departement)
        }
        memo[current] = inside
        return inside
    }

    /// The entity a point falls in: its arrondissement when one is selected, else its current commune
    /// (a point a little off a simplified coast or border: the nearest commune within 300 m).
    func entity(at p: GeoPoint) -> Int? {
        if let a = reference.arrondissementAt(p), entities.contains(a) { return a }
        return reference.communeAt(p) ?? reference.nearestCommune(p, within: 300)?.commune
    }

    func isSelected(siren text: String) -> Bool {
        guard !sirens.isEmpty else { return false }
        return sirens.contains(text.filter { $0 != " " && $0 != "\u{A0}" && $0 != "\u{202F}" })
    }

    func label(_ i: Int) -> String {
        let c = reference.commune(i)
        return "\(c.name) (\(c.code))"
    }
}
