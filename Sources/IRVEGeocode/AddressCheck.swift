import Foundation
import IRVEFindings
import IRVEGeo

/// `address-far-from-point`: each station's address, geocoded, compared with its coordinates.
///
/// A new position is proposed (as a guess, applied only by `irve fix --aggressive`) only when all
/// three say the coordinates are the wrong half: the geocoder is sure (score ≥ 0.8), it found the
/// number or the street (not just the commune), and the current point is outside the announced
/// commune. Otherwise the finding only reports: a station may rightly sit at the back of a car park,
/// or its address may be the imprecise one.
public enum AddressCheck {
    public static let farRule = "address-far-from-point"
    public static let notFoundRule = "address-not-found"
    /// Below this the geocoder's answer is not the address asked for.
    public static let notFoundScore = 0.4
    /// From this score on, a number or street answer is trusted enough to propose its position.
    public static let proposalScore = 0.8

    public static func run(candidates: [AddressCandidate], geocoder: any Geocoder, thresholdMetres: Double = 500,
                           lang: Language) throws(GeocodeError) -> [Finding] {
        // One query per distinct (address, commune): stations sharing an address cost one request.
        // Addresses are compared folded (case, accents, punctuation), as the geocoders compare them.
        var queries: [GeocodeQuery] = []
        var index: [GeocodeQuery: Int] = [:]
        var queryOf: [Int] = []
        for c in candidates {
            guard let q = query(for: c) else { queryOf.append(-1); continue }
            var key = q
            key.address = AddressText.fold(q.address)
            if let i = index[key] { queryOf.append(i) } else {
                index[key] = queries.count
                queryOf.append(queries.count)
                queries.append(q)
            }
        }
        let hits = queries.isEmpty ? [] : try geocoder.geocode(queries)

        var findings: [Finding] = []
        for (c, qi) in zip(candidates, queryOf) where qi >= 0 {
            let hit = qi < hits.count ? hits[qi] : nil
            let rows = c.rows.sorted()
            guard let hit, hit.score >= notFoundScore else {
                findings.append(Finding(
                    type: notFoundRule, severity: .info, rowNumber: rows.first, fieldName: "adresse_station", cell: c.address,
                    message: notFoundMessage(c, hit, rows, geocoder.name, lang)))
                continue
            }
            // A commune-level answer only says the commune exists: the offline checks cover that.
            guard hit.type != .municipality, let point = c.point else { continue }
            let distance = point.distance(to: hit.point)
            guard distance > thresholdMetres else { continue }
            let propose = hit.score >= proposalScore && (hit.type == .housenumber || hit.type == .street) && !c.pointInCommune
            findings.append(Finding(
                type: farRule, severity: .warning, rowNumber: rows.first, fieldName: "coordonneesXY", cell: point.schemaText,
                message: farMessage(c, hit, distance, rows, propose, lang),
                proposedChange: propose ? ProposedChange(newValue: hit.point.schemaText, rule: farRule, confidence: .guess) : nil))
        }
        return findings
    }

    /// The query for a station: the address, kept in its commune by the INSEE code (the postcode
    /// filter only when no code is known: a wrong postcode in the text must not hide the answer).
    static func query(for c: AddressCandidate) -> GeocodeQuery? {
        let address = c.address.trimmingCharacters(in: .whitespacesAndNewlines)
        guard AddressText.fold(address).count >= 3 else { return nil }
        let code = c.citycode?.trimmingCharacters(in: .whitespaces)
        let hasCode = !(code ?? "").isEmpty
        return GeocodeQuery(address: address, citycode: hasCode ? code : nil, postcode: hasCode ? nil : c.postcode)
    }

    // MARK: - Messages

    static func farMessage(_ c: AddressCandidate, _ hit: GeocodeHit, _ distance: Double, _ rows: [Int], _ propose: Bool, _ lang: Language) -> String {
        let d = formatDistance(distance, lang), s = formatScore(hit.score, lang), r = formatRows(rows, lang)
        let what = hit.type == .street
            ? lang.pick("la voie « \(hit.label) » (son milieu, numéro non trouvé)", "the street \"\(hit.label)\" (its middle, number not found)")
            : lang.pick("l'adresse « \(hit.label) »", "the address \"\(hit.label)\"")
        let head = lang.pick(
            "Station « \(c.station) » (\(r)) : les coordonnées sont à \(d) de \(what), trouvée par le géocodeur pour « \(c.address) » (score \(s)).",
            "Station \"\(c.station)\" (\(r)): the coordinates are \(d) away from \(what), found by the geocoder for \"\(c.address)\" (score \(s)).")
        if propose {
            return head + lang.pick(
                " Le point actuel est hors de la commune annoncée : position proposée \(hit.point.schemaText) (supposition, appliquée par irve fix --aggressive).",
                " The current point is outside the announced commune: proposed position \(hit.point.schemaText) (a guess, applied by irve fix --aggressive).")
        }
        return head + lang.pick(
            " Vérifiez lequel est juste : l'adresse ou les coordonnées (une borne au fond d'un parking peut être loin de l'entrée).",
            " Check which is right: the address or the coordinates (a charger at the back of a car park may be far from its entrance).")
    }

    static func notFoundMessage(_ c: AddressCandidate, _ hit: GeocodeHit?, _ rows: [Int], _ source: String, _ lang: Language) -> String {
        let r = formatRows(rows, lang)
        let best = hit.map { h in
            lang.pick(" (meilleure réponse : « \(h.label) », score \(formatScore(h.score, lang)))",
                      " (best answer: \"\(h.label)\", score \(formatScore(h.score, lang)))")
        } ?? ""
        return lang.pick(
            "Station « \(c.station) » (\(r)) : l'adresse « \(c.address) » n'a pas été trouvée par le \(source)\(best). Écrivez-la comme la Base Adresse Nationale : numéro, voie, code postal, commune (ex. « 12 Rue de la Mairie 27200 Vernon »).",
            "Station \"\(c.station)\" (\(r)): the address \"\(c.address)\" was not found by the \(source)\(best). Write it as the national address base does: number, street, postcode, commune.")
    }

    static func formatDistance(_ metres: Double, _ lang: Language) -> String {
        // `%.0f` of the rounded value: the same text as `Int(…)`, no trap on a geocoder's absurd point.
        if metres < 1000 { return String(format: "%.0f m", metres.rounded()) }
        let km = metres / 1000
        let text = km < 100 ? String(format: "%.1f", km) : String(format: "%.0f", km.rounded())
        return (lang == .fr ? text.replacingOccurrences(of: ".", with: ",") : text) + " km"
    }

    static func formatScore(_ score: Double, _ lang: Language) -> String {
        let text = String(format: "%.2f", score)
        return lang == .fr ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    static func formatRows(_ rows: [Int], _ lang: Language) -> String {
        let shown = rows.prefix(5).map(String.init).joined(separator: ", ") + (rows.count > 5 ? "…" : "")
        return rows.count == 1 ? lang.pick("ligne \(shown)", "row \(shown)") : lang.pick("lignes \(shown)", "rows \(shown)")
    }
}
