import Foundation
import IRVEFindings
import IRVEGeo
import IRVEValues

/// `address-far-from-point`: each station's address, geocoded, compared with its coordinates.
///
/// A new position is proposed (as a guess, applied only by `irve fix --aggressive`) only when all
/// three say the coordinates are the wrong half: the geocoder is sure (score ≥ 0.8), it found the
/// number or the street (not just the commune), and the current point is outside the announced
/// commune. Otherwise the finding only reports: a station may rightly sit at the back of a car park,
/// or its address may be the imprecise one.
public enum AddressCheck {
    public static let farRule = GeoRuleCode.addressFarFromPoint
    public static let notFoundRule = GeoRuleCode.addressNotFound
    /// Below this the geocoder's answer is not the address asked for.
    public static let notFoundScore = 0.4
    /// From this score on, a number or street answer is trusted enough to propose its position.
    public static let proposalScore = 0.8

    public static func run(
        candidates: [AddressCandidate], geocoder: any Geocoder,
        thresholdMetres: Double = 500
    ) throws(GeocodeError) -> [Finding] {
        // One query per distinct (address, commune): stations sharing an address cost one request.
        // Addresses are compared folded (case, accents, punctuation), as the geocoders compare them.
        var queries: [GeocodeQuery] = []
        var index: [GeocodeQuery: Int] = [:]
        var queryOf: [Int] = []
        for c in candidates {
            guard let q = query(for: c) else {
                queryOf.append(-1)
                continue
            }
            var key = q
            key.address = TextFolding.fold(q.address, .address)
            if let i = index[key] {
                queryOf.append(i)
            } else {
                index[key] = queries.count
                queryOf.append(queries.count)
                queries.append(q)
            }
        }
        let hits = queries.isEmpty ? [] : try geocoder.geocode(queries)

        var findings: [Finding] = []
        for (c, qi) in zip(candidates, queryOf) where qi >= 0 {
            let hit = qi < hits.count ? hits[qi] : nil
            let sorted = c.rows.sorted()
            let rows = RowList(shown: Array(sorted.prefix(5)), total: sorted.count)
            guard let hit, hit.score >= notFoundScore else {
                findings.append(
                    Finding(
                        type: .geo(notFoundRule), severity: GeoRuleCatalog.severity(notFoundRule),
                        rowNumber: sorted.first,
                        fieldName: "adresse_station",
                        cell: c.address,
                        facts: .geocoding(
                            .notFound(
                                station: c.station, rows: rows, address: c.address,
                                source: geocoder.source, best: hit.map(answer)))))
                continue
            }
            // A commune-level answer only says the commune exists: the offline checks cover that.
            guard hit.type != .municipality, let point = c.point else { continue }
            let distance = point.distance(to: hit.point)
            guard distance > thresholdMetres else { continue }
            let propose =
                hit.score >= proposalScore && (hit.type == .housenumber || hit.type == .street)
                && !c.pointInCommune
            let proposed = propose ? hit.point.schemaText : nil
            findings.append(
                Finding(
                    type: .geo(farRule), severity: GeoRuleCatalog.severity(farRule), rowNumber: sorted.first,
                    fieldName: "coordonneesXY",
                    cell: point.schemaText,
                    facts: .geocoding(
                        .farFromPoint(
                            station: c.station, rows: rows, address: c.address, metres: distance,
                            match: hit.type == .street ? .street : .address, answer: answer(hit),
                            proposed: proposed)),
                    proposedChange: proposed.map {
                        ProposedChange(newValue: $0, rule: .geo(farRule), confidence: .guess)
                    }))
        }
        return findings
    }

    static func answer(_ hit: GeocodeHit) -> GeocoderAnswer { GeocoderAnswer(label: hit.label, score: hit.score) }

    /// The query for a station: the address, kept in its commune by the INSEE code (the postcode
    /// filter only when no code is known: a wrong postcode in the text must not hide the answer).
    static func query(for c: AddressCandidate) -> GeocodeQuery? {
        let address = c.address.trimmingCharacters(in: .whitespacesAndNewlines)
        guard TextFolding.fold(address, .address).count >= 3 else { return nil }
        let code = c.citycode?.trimmingCharacters(in: .whitespaces)
        let hasCode = !(code ?? "").isEmpty
        return GeocodeQuery(address: address, citycode: hasCode ? code : nil, postcode: hasCode ? nil : c.postcode)
    }
}
