import Foundation
import IRVEFindings
import IRVERules

/// The geographic verdict on one row's coordinates, INSEE code and address: findings (without
/// row number) and the resolved facts. Pure: the same three cells always give the same verdict,
/// which is what lets `GeoRowChecker` cache it per station.
public struct GeoAnalysis: Sendable {
    public let reference: GeoReference
    public let context: RuleContext
    public let columns: GeoColumns
    /// Contours are simplified (≈ 100–300 m): closer than this to the announced commune is "on
    /// the border", not an error.
    public var tolerance: Double = 300

    public init(reference: GeoReference, context: RuleContext, columns: GeoColumns) {
        self.reference = reference
        self.context = context
        self.columns = columns
    }

    public struct Verdict: Sendable {
        public var findings: [Finding] = []
        public var facts = GeoFacts()
    }

    enum InseeState {
        case ok, missing, postcode(Int), unknown, obsolete(HistoricalCode?, entity: Int?), arrondissement(Int), unreadable
    }

    /// Coordinates as written (`coordonneesXY`, or the lon/lat cells), INSEE cell, address cell.
    public func analyse(xy: UnsafeBufferPointer<UInt8>?, lon: UnsafeBufferPointer<UInt8>?, lat: UnsafeBufferPointer<UInt8>?,
                        insee: UnsafeBufferPointer<UInt8>, address: UnsafeBufferPointer<UInt8>, memo: NameMemo? = nil) -> Verdict {
        let geo = reference
        let lang = context.lang
        var v = Verdict()
        v.facts.inseeHash = FNV.hash64(insee)
        v.facts.addressHash = FNV.hash64(address)
        let coordField = columns.coordinatesLabel
        let coordNumber: Int? = {
            switch columns.coordinates { case let .xy(c): c + 1; case let .lonLat(lon, _): lon + 1; case nil: nil }
        }()
        let inseeField = columns.insee.map { columns.labels[$0] }
        let inseeNumber = columns.insee.map { $0 + 1 }
        let addressField = columns.address.map { columns.labels[$0] }
        let addressNumber = columns.address.map { $0 + 1 }
        func add(_ code: String, field: String?, number: Int?, cell: String?, _ message: String,
                 proposal: String? = nil, _ confidence: ProposedChange.Confidence = .likely) {
            guard context.enabled(code) else { return }
            v.findings.append(Finding(
                type: code, severity: RuleCatalog.rule(code)?.severity ?? .warning, rowNumber: nil,
                fieldName: field, fieldNumber: number, cell: cell, message: message,
                proposedChange: proposal.map { ProposedChange(newValue: $0, rule: code, confidence: confidence) }))
        }
        func text(_ c: UnsafeBufferPointer<UInt8>?) -> String { c.map { String(decoding: $0, as: UTF8.self) } ?? "" }
        let coordText: String = {
            if let xy { return text(xy) }
            return "\(text(lon)), \(text(lat))"
        }()

        // 1. The point, as written.
        var pair: CoordinatePair?
        if let xy {
            pair = CoordinatePair.parse(xy)
        } else if let lon, let lat, let a = CoordinatePair.single(lon), let b = CoordinatePair.single(lat) {
            pair = CoordinatePair(first: a.value, second: b.value, firstDecimals: a.decimals, secondDecimals: b.decimals)
        }

        // 2. The INSEE code, as written (trimmed; a lost leading zero restored, as the schema
        //    check already reports it).
        var code = Array(insee.drop { $0 == 0x20 }.reversed().drop { $0 == 0x20 }.reversed())
        if code.count == 4, code.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { code.insert(0x30, at: 0) }
        let inseeText = String(decoding: code, as: UTF8.self)
        var state = InseeState.ok
        var announcedEntity: Int?  // what the code names (an arrondissement stays one)
        if columns.insee == nil {
            state = .unreadable
        } else if code.isEmpty {
            state = .missing
        } else if let first = geo.lookup(code: code) {
            switch geo.kind(first) {
            case .commune, .outreMer: announcedEntity = first
            case .arrondissement: announcedEntity = first; state = .arrondissement(first)
            case .deleguee, .associee: announcedEntity = geo.parent(first); state = .obsolete(geo.history(code: code), entity: first)
            }
        } else if let h = geo.history(code: code) {
            state = .obsolete(h, entity: nil)
        } else if code.count == 5, let pc = Int(inseeText), geo.isPostcode(pc) {
            state = .postcode(pc)
        } else {
            state = .unknown
        }

        // 3. Where the point falls; an evident swap is reported and then corrected for the
        //    checks that follow.
        var point: GeoPoint?
        var pointCommune: Int?
        var swap: (commune: Int, proposal: String?)?
        if let pair {
            let p = GeoPoint(lon: pair.first, lat: pair.second)
            if abs(p.lon) < 1e-9, abs(p.lat) < 1e-9 {
                add("coordinates-placeholder", field: coordField, number: coordNumber, cell: coordText, lang.pick(
                    "Les coordonnées \(coordText) valent zéro : c'est une valeur par défaut, pas la position de la station. Relevez la position de la station (clic droit sur la carte de geoportail.gouv.fr ou openstreetmap.org).",
                    "The coordinates \(coordText) are zero: a default value, not the station's position."))
            } else if let c = commune(at: p) {
                point = p
                pointCommune = c
            } else {
                let swapped = GeoPoint(lon: p.lat, lat: p.lon)
                if let c = commune(at: swapped) {
                    point = swapped
                    pointCommune = c
                    // Reported once the INSEE code is resolved: the swap is certain when the
                    // swapped point lands in the announced commune.
                    swap = (c, columns.coordinates.flatMap { if case .xy = $0 { return swappedText(xy, pair) } else { return nil } })
                } else {
                    let twice = pair.first == pair.second
                        ? lang.pick(" Les deux nombres sont identiques : la latitude a sans doute été recopiée à la place de la longitude.",
                                    " Both numbers are equal: the latitude was probably copied over the longitude.")
                        : ""
                    add("coordinates-outside-france", field: coordField, number: coordNumber, cell: coordText, lang.pick(
                        "Le point \(coordText) ne tombe dans aucune commune française, même en inversant latitude et longitude.\(twice) Vérifiez les coordonnées : degrés décimaux WGS84, [longitude, latitude] (environ [2.35, 48.85] à Paris).",
                        "The point \(coordText) is in no French commune, even swapped.\(twice) Use WGS84 decimal degrees, [longitude, latitude]."))
                }
            }
        }

        // 4. The INSEE code's verdict, using the point where it helps.
        var announced: Int? = announcedEntity.map { geo.current($0) }
        let addressParts = columns.address == nil ? AddressParts() : AddressParts.parse(address)
        // An old code that is also a postcode, written as the address's postcode or matching the
        // point: the producer meant the postcode (the consolidation reads it so too).
        if case .obsolete(_, entity: nil) = state, code.count == 5, let pc = Int(inseeText), geo.isPostcode(pc),
           addressParts.postcode == pc || pointCommune.map({ geo.communes(withPostcode: pc).map(geo.current).contains($0) }) == true {
            state = .postcode(pc)
        }
        switch state {
        case .ok, .unreadable:
            // A real INSEE code that is also a postcode, with the point in one of that postcode's
            // communes and not in the code's: the consolidation's "postcode in the INSEE column".
            if let a = announced, let entity = announcedEntity, let pc = Int(inseeText), code.count == 5, let pcc = pointCommune, pcc != a,
               let p = point, (geo.distance(entity, p) ?? 0) > tolerance,
               geo.communes(withPostcode: pc).map(geo.current).contains(pcc) {
                let c = geo.commune(pcc)
                let alsoTheirs = geo.hasPostcode(a, pc)
                add("insee-is-postcode", field: inseeField, number: inseeNumber, cell: inseeText, lang.pick(
                    "« \(inseeText) » est le code postal de \(c.name), où tombe le point, et non son code INSEE (\(c.code)) ; \(inseeText) est le code INSEE de \(geo.commune(a).name), \(alsoTheirs ? "commune voisine au même code postal" : "ailleurs").",
                    "\"\(inseeText)\" is the postcode of \(c.name), where the point is, not its INSEE code (\(c.code)); \(inseeText) is the INSEE code of \(geo.commune(a).name)."),
                    proposal: c.code, alsoTheirs ? .likely : .certain)
                announced = pcc
                announcedEntity = pcc
            }
        case .missing:
            if let pcc = pointCommune {
                let c = geo.commune(pcc)
                add("insee-missing", field: inseeField, number: inseeNumber, cell: "", lang.pick(
                    "code_insee_commune est vide ; le point tombe à \(c.label) : indiquez \(c.code).",
                    "code_insee_commune is empty; the point is in \(c.label): use \(c.code)."),
                    proposal: c.code, .likely)
                announced = pcc
            } else {
                add("insee-missing", field: inseeField, number: inseeNumber, cell: "", lang.pick(
                    "code_insee_commune est vide : indiquez le code INSEE (5 caractères) de la commune de la station.",
                    "code_insee_commune is empty: give the station commune's INSEE code."))
            }
        case let .postcode(pc):
            let candidates = orderedUnique(geo.communes(withPostcode: pc).map(geo.current))
            var chosen: Int?
            var confidence = ProposedChange.Confidence.likely
            if let pcc = pointCommune, candidates.contains(pcc) {
                chosen = pcc; confidence = .certain
            } else if let town = addressParts.town,
                      let byName = candidates.first(where: { GeoNames.designates(town, $0, geo, memo) }) {
                chosen = byName
            } else if candidates.count == 1 {
                chosen = candidates[0]
            }
            let list = candidates.prefix(6).map { geo.commune($0).label }.joined(separator: ", ") + (candidates.count > 6 ? "…" : "")
            if let chosen {
                let c = geo.commune(chosen)
                let why = confidence == .certain ? lang.pick("où tombe le point", "where the point is") : lang.pick("d'après l'adresse", "from the address")
                add("insee-is-postcode", field: inseeField, number: inseeNumber, cell: inseeText, lang.pick(
                    "« \(inseeText) » est un code postal (\(list)), pas un code INSEE : la commune est \(c.name) (\(why)), code INSEE \(c.code).",
                    "\"\(inseeText)\" is a postcode (\(list)), not an INSEE code: the commune is \(c.name), INSEE \(c.code)."),
                    proposal: c.code, confidence)
                announced = chosen
                announcedEntity = chosen
            } else {
                add("insee-is-postcode", field: inseeField, number: inseeNumber, cell: inseeText, lang.pick(
                    "« \(inseeText) » est un code postal, partagé par \(list) : indiquez le code INSEE de la commune de la station.",
                    "\"\(inseeText)\" is a postcode shared by \(list): give the commune's INSEE code."))
            }
        case .unknown:
            let c = pointCommune.map { geo.commune($0) }
            add("insee-unknown", field: inseeField, number: inseeNumber, cell: inseeText, lang.pick(
                "« \(inseeText) » n'est pas un code INSEE de commune (COG 2026)\(c.map { " ; le point tombe à \($0.label)" } ?? "").",
                "\"\(inseeText)\" is not a commune INSEE code\(c.map { "; the point is in \($0.label)" } ?? "")."),
                proposal: c?.code, .likely)
            announced = pointCommune
        case let .obsolete(history, entity):
            var targets = history?.targets ?? []
            if let entity, let parent = geo.parent(entity) { targets = [parent] }
            targets = orderedUnique(targets.map(geo.current))
            var chosen: Int? = targets.count == 1 ? targets[0] : nil
            var confidence = ProposedChange.Confidence.certain
            if chosen == nil, let pcc = pointCommune, targets.contains(pcc) { chosen = pcc; confidence = .likely }
            let former = entity.map { geo.commune($0).name } ?? history?.formerName ?? inseeText
            let what = entity.map { geo.kind($0).label(lang) } ?? lang.pick("ancienne commune", "former commune")
            let since = history.map { $0.year > 0 ? lang.pick(" depuis \($0.year)", " since \($0.year)") : "" } ?? ""
            let list = targets.prefix(6).map { geo.commune($0).label }.joined(separator: ", ")
            add("insee-obsolete", field: inseeField, number: inseeNumber, cell: inseeText, lang.pick(
                "« \(inseeText) » est le code de \(former), \(what)\(since) : la commune actuelle est \(list.isEmpty ? "inconnue" : list).",
                "\"\(inseeText)\" is the code of \(former), \(what)\(since): the current commune is \(list)."),
                proposal: chosen.map { geo.commune($0).code }, confidence)
            announced = chosen
            if chosen != nil { announcedEntity = chosen }
        case let .arrondissement(arm):
            if let parent = geo.parent(arm) {
                let a = geo.commune(arm), p = geo.commune(parent)
                add("insee-arrondissement", field: inseeField, number: inseeNumber, cell: inseeText, lang.pick(
                    "\(a.code) est le code de l'arrondissement « \(a.name) » ; le code INSEE de la commune est \(p.code) (\(p.name)), celui qu'attend la consolidation nationale.",
                    "\(a.code) is the code of the arrondissement \"\(a.name)\"; the commune's INSEE code is \(p.code) (\(p.name))."),
                    proposal: p.code, .likely)
            }
        }

        if let swap {
            let c = geo.commune(swap.commune)
            let certain = announced == swap.commune
            add("coordinates-swapped", field: coordField, number: coordNumber, cell: coordText, lang.pick(
                "Latitude et longitude inversées : \(coordText) tombe hors de France, alors que le point inversé tombe à \(c.label)\(certain ? ", la commune annoncée" : ""). coordonneesXY s'écrit [longitude, latitude].",
                "Latitude and longitude swapped: \(coordText) is outside France, the swapped point is in \(c.label)."),
                proposal: swap.proposal, certain ? .certain : .likely)
        }

        // 5. The point against the announced commune.
        if let p = point, let entity = announcedEntity, let a = announced {
            let inside = pointCommune == a || geo.contains(entity, p) || sameCantalArea(a, pointCommune)
            if inside {
                v.facts.pointInAnnounced = true
            } else if let d = geo.distance(entity, p) ?? geo.distance(a, p) {
                let c = geo.commune(a)
                if d <= tolerance {
                    v.facts.pointInAnnounced = true
                    add("coordinates-near-border", field: coordField, number: coordNumber, cell: coordText, lang.pick(
                        "Le point est à \(Int(d.rounded())) m hors du contour de \(c.label), moins que la précision des contours (\(Int(tolerance)) m) : probablement juste.",
                        "The point is \(Int(d.rounded())) m outside \(c.label), within the contours' precision."))
                } else {
                    let where_ = pointCommune.map { lang.pick("tombe à \(geo.commune($0).label)", "is in \(geo.commune($0).label)") }
                        ?? lang.pick("tombe hors de toute commune", "is in no commune")
                    add("coordinates-outside-commune", field: coordField, number: coordNumber, cell: coordText, lang.pick(
                        "Le point \(where_), à \(Self.distanceText(d, lang)) de \(c.label), la commune de code_insee_commune : l'un des deux est faux (voir le bilan de la station).",
                        "The point \(where_), \(Self.distanceText(d, lang)) from \(c.label), the commune of code_insee_commune."))
                }
            }
        }

        // 6. Precision: few decimals, or exactly the commune's reference point.
        if let pair, point != nil {
            let decimals = min(pair.firstDecimals, pair.secondDecimals)
            if decimals <= 3 {
                add("coordinates-imprecise", field: coordField, number: coordNumber, cell: coordText, lang.pick(
                    "Coordonnées à \(decimals) décimale\(decimals > 1 ? "s" : "") : précision de l'ordre de \(decimals <= 2 ? "1 km" : "100 m"). Donnez 5 ou 6 décimales pour situer la station sur le parking.",
                    "Coordinates with \(decimals) decimals: about \(decimals <= 2 ? "1 km" : "100 m") precision. Give 5 or 6 decimals."))
            } else if let p = point, let a = announced ?? pointCommune, isReferencePoint(p, a) {
                add("coordinates-imprecise", field: coordField, number: coordNumber, cell: coordText, lang.pick(
                    "Le point est exactement le point de référence de \(geo.commune(a).label) (centre de la commune) : la station a été placée sur la commune, pas à son emplacement.",
                    "The point is exactly the reference point of \(geo.commune(a).label): not the station's position."))
            }
        }

        // 7. The address: its postcode and commune name against the code's and the point's commune.
        var addressCommune: Int?
        if let pc = addressParts.postcode, let pcText = addressParts.postcodeText {
            let pcCommunes = orderedUnique(geo.communes(withPostcode: pc).map(geo.current))
            if let town = addressParts.town, let byName = pcCommunes.first(where: { GeoNames.designates(town, $0, geo, memo) }) {
                addressCommune = byName
            } else if pcCommunes.count == 1 {
                addressCommune = pcCommunes[0]
            } else if let a = announced, pcCommunes.contains(a) {
                addressCommune = a
            } else if let pcc = pointCommune, pcCommunes.contains(pcc) {
                addressCommune = pcc
            }
            let expected = announced ?? pointCommune
            if let e = expected, !pcCommunes.contains(e), pointCommune.map({ !pcCommunes.contains($0) }) ?? true {
                let c = geo.commune(e)
                let theirs = c.postcodes.prefix(6).joined(separator: ", ") + (c.postcodes.count > 6 ? "…" : "")
                let message = pcCommunes.isEmpty
                    ? lang.pick("Le code postal \(pcText) de l'adresse n'est attribué à aucune commune (code CEDEX ou faute de frappe ?) ; \(c.name) a le code postal \(theirs).",
                                "The address postcode \(pcText) belongs to no commune (CEDEX code or typo?); \(c.name) has \(theirs).")
                    : lang.pick("Le code postal \(pcText) de l'adresse est celui de \(pcCommunes.prefix(4).map { geo.commune($0).name }.joined(separator: ", ")), pas de \(c.name) (\(theirs)).",
                                "The address postcode \(pcText) belongs to \(pcCommunes.prefix(4).map { geo.commune($0).name }.joined(separator: ", ")), not \(c.name) (\(theirs)).")
                add("postcode-mismatch", field: addressField, number: addressNumber, cell: text(address), message)
            } else if let town = addressParts.town, let e = expected, !GeoNames.designates(town, e, geo, memo),
                      !pcCommunes.contains(where: { GeoNames.designates(town, $0, geo, memo) && $0 == e }), let names = GeoNames.shared {
                let named = names.communes(named: town)
                if let other = named.first(where: { pcCommunes.contains($0) }) ?? (named.count == 1 ? named.first : nil), other != e {
                    let c = geo.commune(e)
                    add("commune-name-mismatch", field: addressField, number: addressNumber, cell: text(address), lang.pick(
                        "L'adresse nomme \(geo.commune(other).label), pas \(c.label), la commune \(announced != nil ? "du code INSEE" : "du point").",
                        "The address names \(geo.commune(other).label), not \(c.label)."))
                    addressCommune = other
                }
            }
        }

        v.facts.point = point
        v.facts.pointCommune = pointCommune
        v.facts.announced = announced
        v.facts.addressCommune = addressCommune
        v.facts.addressPostcode = addressParts.postcodeText
        return v
    }

    /// The commune containing the point, or the nearest within the tolerance (coasts, harbours:
    /// the simplified contours cut a little land off).
    func commune(at p: GeoPoint) -> Int? {
        if let c = reference.communeAt(p) { return c }
        return reference.nearestCommune(p, within: tolerance)?.commune
    }

    /// 15141's outdated polygon still covers 15031, 15035, 15047 and 15171.
    func sameCantalArea(_ a: Int, _ b: Int?) -> Bool {
        guard let b else { return false }
        let fa = reference.flags(a), fb = reference.flags(b)
        return (fa & 1 != 0 && fb & 4 != 0) || (fa & 4 != 0 && fb & 1 != 0)
    }

    func isReferencePoint(_ p: GeoPoint, _ c: Int) -> Bool {
        // Micro-degrees of a point on land fit in Int32; any other point is no reference point.
        guard let x = Int32(exactly: (p.lon * 1e6).rounded()),
              let y = Int32(exactly: (p.lat * 1e6).rounded()) else { return false }
        for (rx, ry) in [reference.interiorQuantised(c), reference.centroidQuantised(c)] where abs(rx - x) <= 10 && abs(ry - y) <= 10 {
            return true
        }
        return false
    }

    /// The swapped pair, keeping the producer's digits: "[45.67, -0.92]" → "[-0.92, 45.67]".
    func swappedText(_ xy: UnsafeBufferPointer<UInt8>?, _ pair: CoordinatePair) -> String? {
        guard let xy else { return nil }
        let s = String(decoding: xy, as: UTF8.self)
        let inner = s.trimmingCharacters(in: CharacterSet(charactersIn: "[]()\" \t"))
        let parts = inner.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return GeoPoint(lon: pair.second, lat: pair.first).schemaText }
        return "[\(parts[1].trimmingCharacters(in: .whitespaces)), \(parts[0].trimmingCharacters(in: .whitespaces))]"
    }

    static func distanceText(_ metres: Double, _ lang: Language) -> String {
        // `%.0f` of the rounded value: the same text as `Int(…)` for any distance, no trap on inf/NaN.
        if metres < 1000 { return String(format: "%.0f m", metres.rounded()) }
        let km = metres / 1000
        let s = km < 10 ? String(format: "%.1f", km) : String(format: "%.0f", km.rounded())
        return lang == .fr ? s.replacingOccurrences(of: ".", with: ",") + " km" : s + " km"
    }

    func orderedUnique(_ xs: [Int]) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(xs.count)
        for x in xs where !out.contains(x) { out.append(x) }
        return out
    }
}
