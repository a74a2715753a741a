import Foundation
import IRVERead
import IRVEValidate
import IRVEValues

/// Streams the rows of a statique file into `FileFacts`. Memory is per station and per distinct
/// value (ids, communes, operators), never per row.
final class FactsCollector: RowConsumer {
    private var columns: [String: Int] = [:]
    private var headerSeen = false
    private var rows = 0
    private var stationIDs = Set<String>()
    private var pointIDs = Set<String>()
    private var unnamedPoints = 0
    private var power: [PowerClass: Int] = [:]
    private var connectors: [Connector: Int] = [:]
    private var communePoints: [String: Int] = [:]
    private var communeNames: [String: [String: Int]] = [:]
    private var operators: [String: Int] = [:]
    private var amenageurs: [String: Int] = [:]
    private var sirens: [String: String] = [:]
    private var contacts: [String: Int] = [:]
    private var firstCommissioning: String?
    private var lastCommissioning: String?
    private var lastUpdate: String?

    func begin(_ info: TableInfo) {
        // The reader may start over (encoding fallback): forget everything.
        self.columns = [:]
        headerSeen = false
        rows = 0
        stationIDs = []
        pointIDs = []
        unnamedPoints = 0
        power = [:]
        connectors = [:]
        communePoints = [:]
        communeNames = [:]
        operators = [:]
        amenageurs = [:]
        sirens = [:]
        contacts = [:]
        firstCommissioning = nil
        lastCommissioning = nil
        lastUpdate = nil
    }

    func row(_ row: RowView) throws {
        if !headerSeen {
            headerSeen = true
            for i in 0..<row.count {
                let name = TextFolding.fold(row.string(i), .label)
                if columns[name] == nil { columns[name] = i }
            }
            // v1 names, so that an old file still gets a sensible description.
            for (old, new) in [
                ("n_amenageur", "nom_amenageur"), ("n_operateur", "nom_operateur"),
                ("id_station", "id_station_itinerance"),
                ("code_insee", "code_insee_commune"), ("id_pdc", "id_pdc_itinerance"),
                ("puiss_max", "puissance_nominale"),
                ("ad_station", "adresse_station"),
            ] where columns[new] == nil {
                if let c = columns[old] { columns[new] = c }
            }
            return
        }
        if (0..<row.count).allSatisfy({ row[$0].isEmpty }) { return }
        rows += 1
        func cell(_ name: String) -> String? {
            guard let c = columns[name], c < row.count else { return nil }
            let s = row.string(c).trimmingCharacters(in: .whitespaces)
            return s.isEmpty ? nil : s
        }
        if let id = cell("id_station_itinerance"), id.lowercased() != "non concerné" {
            stationIDs.insert(id)
        } else if let local = cell("id_station_local")
            ?? cell("nom_station").map({ $0 + "|" + (cell("adresse_station") ?? "") })
        {
            stationIDs.insert("local:" + local)
        }
        if let id = cell("id_pdc_itinerance"), id.lowercased() != "non concerné" {
            pointIDs.insert(id)
        } else if let local = cell("id_pdc_local") {
            pointIDs.insert("local:" + local)
        } else {
            unnamedPoints += 1
        }
        if let p = cell("puissance_nominale").flatMap({ Double($0.replacingOccurrences(of: ",", with: ".")) }), p > 0,
            p.isFinite
        {
            // A value above 500 is a power typed in watts (the rules flag it): count it in kW.
            power[PowerClass(kilowatts: p > 500 ? p / 1000 : p), default: 0] += 1
        }
        for c in Connector.allCases where cell(c.rawValue).flatMap(BooleanValue.parse) == true {
            connectors[c, default: 0] += 1
        }
        if let insee = cell("code_insee_commune") {
            communePoints[insee, default: 0] += 1
            if let name = cell("adresse_station").flatMap({ Self.communeName(fromAddress: $0) }) {
                communeNames[insee, default: [:]][name, default: 0] += 1
            }
        }
        if let o = cell("nom_operateur") { operators[o, default: 0] += 1 }
        if let a = cell("nom_amenageur") {
            amenageurs[a, default: 0] += 1
            if sirens[a] == nil, let s = cell("siren_amenageur") { sirens[a] = s }
        }
        if let e = cell("contact_amenageur") { contacts[e, default: 0] += 1 }
        if let d = cell("date_mise_en_service").flatMap(DateValue.iso) {
            if firstCommissioning.map({ d < $0 }) ?? true { firstCommissioning = d }
            if lastCommissioning.map({ d > $0 }) ?? true { lastCommissioning = d }
        }
        if let d = cell("date_maj").flatMap(DateValue.iso), lastUpdate.map({ d > $0 }) ?? true { lastUpdate = d }
    }

    func ended(_ info: TableInfo) {}

    var facts: FileFacts {
        var f = FileFacts()
        f.rows = rows
        f.stations = stationIDs.count
        f.points = pointIDs.count + unnamedPoints
        f.powerClasses = PowerClass.allCases.compactMap { c in power[c].map { (c, $0) } }
        f.connectors = Connector.allCases.compactMap { c in connectors[c].map { (c, $0) } }.sorted { $0.1 > $1.1 }
        f.communes = communePoints.keys.sorted().map { code in
            let name = communeNames[code]?.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
            return FileFacts.Commune(insee: code, name: name, points: communePoints[code] ?? 0)
        }
        f.operators = Self.ranked(operators).map { ($0.0, $0.1) }
        f.amenageurs = Self.ranked(amenageurs).map { ($0.0, sirens[$0.0], $0.1) }
        f.contactEmail = Self.ranked(contacts).first?.0
        f.firstCommissioning = firstCommissioning
        f.lastCommissioning = lastCommissioning
        f.lastUpdate = lastUpdate
        return f
    }

    /// Most frequent first, then alphabetical: the same order on every run.
    static func ranked(_ counts: [String: Int]) -> [(String, Int)] {
        counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// "Place Clemenceau 47200 Marmande" → "Marmande": the words after the last postcode.
    static func communeName(fromAddress address: String) -> String? {
        let scalars = Array(address.unicodeScalars)
        var i = scalars.count - 5
        while i >= 0 {
            let isPostcode =
                (i..<i + 5).allSatisfy { ("0"..."9").contains(scalars[$0]) }
                && (i == 0 || !("0"..."9").contains(scalars[i - 1]))
                && (i + 5 == scalars.count || scalars[i + 5] == " " || scalars[i + 5] == ",")
            if isPostcode {
                var name = String(String.UnicodeScalarView(scalars[(i + 5)...])).trimmingCharacters(
                    in: .whitespacesAndNewlines.union(.punctuationCharacters))
                // "… 47200 Marmande, France" → "Marmande"
                if let comma = name.firstIndex(of: ",") {
                    name = String(name[..<comma]).trimmingCharacters(in: .whitespaces)
                }
                guard !name.isEmpty, name.unicodeScalars.contains(where: { CharacterSet.letters.contains($0) }),
                    name.count <= 60
                else { return nil }
                // "MARMANDE" → "Marmande"; mixed case is kept as written.
                return name == name.uppercased() ? name.capitalized : name
            }
            i -= 1
        }
        return nil
    }
}
