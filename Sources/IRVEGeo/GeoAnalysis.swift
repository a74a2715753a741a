import Foundation
import IRVEFindings
import IRVERead

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
        case ok, missing
        case postcode(Int)
        case unknown
        case obsolete(HistoricalCode?, entity: Int?)
        case arrondissement(Int)
        case unreadable
    }

    /// Which cell a finding is about.
    enum Target { case coordinates, insee, address }

    /// One row's analysis under way: what each step reads or resolves, for the steps after it.
    struct Row {
        var verdict = Verdict()
        /// The coordinate cells, valid for the analysis.
        let xy: UnsafeBufferPointer<UInt8>?
        let lon: UnsafeBufferPointer<UInt8>?
        let lat: UnsafeBufferPointer<UInt8>?
        /// The coordinates as written, quoted in the findings (built only for a finding).
        var coordText: String {
            xy.map { GeoAnalysis.text($0) } ?? "\(GeoAnalysis.text(lon)), \(GeoAnalysis.text(lat))"
        }
        var pair: CoordinatePair?
        var code: [UInt8] = []
        var inseeText = ""
        var state = InseeState.ok
        /// What the code names (an arrondissement stays one); `announced` is its current commune.
        var announcedEntity: Int?
        var announced: Int?
        var point: GeoPoint?
        var pointCommune: Int?
        var swap: (commune: Int, proposal: String?)?
        var addressParts = AddressParts()
    }

    /// Coordinates as written (`coordonneesXY`, or the lon/lat cells), INSEE cell, address cell.
    public func analyse(
        xy: UnsafeBufferPointer<UInt8>?, lon: UnsafeBufferPointer<UInt8>?,
        lat: UnsafeBufferPointer<UInt8>?, insee: UnsafeBufferPointer<UInt8>,
        address: UnsafeBufferPointer<UInt8>, memo: NameMemo? = nil
    ) -> Verdict {
        var row = Row(xy: xy, lon: lon, lat: lat)
        row.verdict.facts.inseeHash = FNV.hash64(insee)
        row.verdict.facts.addressHash = FNV.hash64(address)
        row.pair = Self.readPoint(xy: xy, lon: lon, lat: lat)
        readInsee(insee, &row)
        locatePoint(xy, &row)
        row.announced = row.announcedEntity.map { reference.current($0) }
        row.addressParts = columns.address == nil ? AddressParts() : AddressParts.parse(address, memo: memo)
        judgeInsee(&row, memo)
        reportSwap(&row)
        comparePoint(&row)
        checkPrecision(&row)
        let addressCommune = checkAddress(address, &row, memo)

        row.verdict.facts.point = row.point
        row.verdict.facts.pointCommune = row.pointCommune
        row.verdict.facts.announced = row.announced
        row.verdict.facts.addressCommune = addressCommune
        row.verdict.facts.addressPostcode = row.addressParts.postcodeText
        return row.verdict
    }

    /// A finding of rule `rule` on the `target` cell, unless the rule is disabled.
    func add(
        _ row: inout Row, _ rule: GeoRuleCode, _ target: Target, cell: String?, _ facts: GeoRuleFacts,
        proposal: String? = nil, _ confidence: ProposedChange.Confidence = .likely
    ) {
        let code = rule.rawValue
        guard context.enabled(code) else { return }
        let field: String?
        let number: Int?
        switch target {
        case .coordinates:
            field = columns.coordinatesLabel
            switch columns.coordinates {
            case .xy(let c): number = c + 1
            case .lonLat(let lon, _): number = lon + 1
            case nil: number = nil
            }
        case .insee:
            field = columns.insee.map { columns.labels[$0] }
            number = columns.insee.map { $0 + 1 }
        case .address:
            field = columns.address.map { columns.labels[$0] }
            number = columns.address.map { $0 + 1 }
        }
        row.verdict.findings.append(
            Finding(
                type: .geo(rule), severity: GeoRuleCatalog.severity(rule), rowNumber: nil,
                fieldName: field, fieldNumber: number, cell: cell, facts: .geo(facts),
                proposedChange: proposal.map { ProposedChange(newValue: $0, rule: .geo(rule), confidence: confidence) })
        )
    }

    static func text(_ c: UnsafeBufferPointer<UInt8>?) -> String {
        c.map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// 1. The point, as written.
    static func readPoint(
        xy: UnsafeBufferPointer<UInt8>?, lon: UnsafeBufferPointer<UInt8>?,
        lat: UnsafeBufferPointer<UInt8>?
    ) -> CoordinatePair? {
        if let xy { return CoordinatePair.parse(xy) }
        guard let lon, let lat, let a = CoordinatePair.single(lon), let b = CoordinatePair.single(lat) else {
            return nil
        }
        return CoordinatePair(first: a.value, second: b.value, firstDecimals: a.decimals, secondDecimals: b.decimals)
    }

    /// 2. The INSEE code, as written (trimmed; a lost leading zero restored, as the schema check
    ///    already reports it).
    func readInsee(_ insee: UnsafeBufferPointer<UInt8>, _ row: inout Row) {
        let geo = reference
        var lo = 0
        var hi = insee.count
        while lo < hi, insee[lo] == 0x20 { lo += 1 }
        while hi > lo, insee[hi - 1] == 0x20 { hi -= 1 }
        var code = Array(insee[lo..<hi])
        if code.count == 4, code.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { code.insert(0x30, at: 0) }
        row.code = code
        row.inseeText = String(decoding: code, as: UTF8.self)
        if columns.insee == nil {
            row.state = .unreadable
        } else if code.isEmpty {
            row.state = .missing
        } else if let first = geo.lookup(code: code) {
            switch geo.kind(first) {
            case .commune, .outreMer: row.announcedEntity = first
            case .arrondissement:
                row.announcedEntity = first
                row.state = .arrondissement(first)
            case .deleguee, .associee:
                row.announcedEntity = geo.parent(first)
                row.state = .obsolete(geo.history(code: code), entity: first)
            }
        } else if let h = geo.history(code: code) {
            row.state = .obsolete(h, entity: nil)
        } else if code.count == 5, let pc = Int(row.inseeText), geo.isPostcode(pc) {
            row.state = .postcode(pc)
        } else {
            row.state = .unknown
        }
    }

    /// 3. Where the point falls; an evident swap is noted (reported once the INSEE code is
    ///    resolved) and corrected for the checks that follow.
    func locatePoint(_ xy: UnsafeBufferPointer<UInt8>?, _ row: inout Row) {
        guard let pair = row.pair else { return }
        let p = GeoPoint(lon: pair.first, lat: pair.second)
        if abs(p.lon) < 1e-9, abs(p.lat) < 1e-9 {
            add(
                &row, .coordinatesPlaceholder, .coordinates, cell: row.coordText,
                .coordinates(.zero(point: row.coordText)))
        } else if let c = commune(at: p) {
            row.point = p
            row.pointCommune = c
        } else if let c = commune(at: GeoPoint(lon: p.lat, lat: p.lon)) {
            row.point = GeoPoint(lon: p.lat, lat: p.lon)
            row.pointCommune = c
            // The swap is certain when the swapped point lands in the announced commune.
            let proposal: String? = if case .xy = columns.coordinates { swappedText(xy, pair) } else { nil }
            row.swap = (c, proposal)
        } else {
            add(
                &row, .coordinatesOutsideFrance, .coordinates, cell: row.coordText,
                .coordinates(.outsideFrance(point: row.coordText, sameNumbers: pair.first == pair.second)))
        }
    }

    /// 4. The INSEE code's verdict, using the point where it helps.
    func judgeInsee(_ row: inout Row, _ memo: NameMemo?) {
        let geo = reference
        // An old code that is also a postcode, written as the address's postcode or matching the
        // point: the producer meant the postcode (the consolidation reads it so too).
        if case .obsolete(_, entity: nil) = row.state, row.code.count == 5, let pc = Int(row.inseeText),
            geo.isPostcode(pc),
            row.addressParts.postcode == pc
                || row.pointCommune.map({ geo.postcode(pc, belongsTo: $0) }) == true
        {
            row.state = .postcode(pc)
        }
        let inseeText = row.inseeText
        switch row.state {
        case .ok, .unreadable:
            judgeRealCode(&row)
        case .missing:
            if let pcc = row.pointCommune {
                let c = geo.commune(pcc)
                add(
                    &row, .inseeMissing, .insee, cell: "", .insee(.missing(pointCommune: c.ref)),
                    proposal: c.code, .likely)
                row.announced = pcc
            } else {
                add(&row, .inseeMissing, .insee, cell: "", .insee(.missing(pointCommune: nil)))
            }
        case .postcode(let pc):
            judgePostcode(pc, &row, memo)
        case .unknown:
            let c = row.pointCommune.map { geo.commune($0) }
            add(
                &row, .inseeUnknown, .insee, cell: inseeText,
                .insee(.unknown(written: inseeText, pointCommune: c?.ref)), proposal: c?.code, .likely)
            row.announced = row.pointCommune
        case .obsolete(let history, let entity):
            judgeObsolete(history, entity, &row)
        case .arrondissement(let arm):
            if let parent = geo.parent(arm) {
                let p = geo.commune(parent)
                add(
                    &row, .inseeArrondissement, .insee, cell: inseeText,
                    .insee(.arrondissement(arrondissement: geo.commune(arm).ref, commune: p.ref)),
                    proposal: p.code, .likely)
            }
        }
    }

    /// A real INSEE code that is also a postcode, with the point in one of that postcode's
    /// communes and not in the code's: the consolidation's "postcode in the INSEE column".
    func judgeRealCode(_ row: inout Row) {
        let geo = reference
        let inseeText = row.inseeText
        // The cheap tests first: most rows have their point in the code's commune.
        guard let a = row.announced, let pcc = row.pointCommune, pcc != a, let entity = row.announcedEntity,
            row.code.count == 5, let pc = Int(inseeText), let p = row.point, (geo.distance(entity, p) ?? 0) > tolerance,
            geo.postcode(pc, belongsTo: pcc)
        else { return }
        let c = geo.commune(pcc)
        let alsoTheirs = geo.hasPostcode(a, pc)
        add(
            &row, .inseeIsPostcode, .insee, cell: inseeText,
            .insee(
                .pointPostcode(
                    written: inseeText, pointCommune: c.ref, codeCommune: geo.commune(a).ref,
                    sharesPostcode: alsoTheirs)),
            proposal: c.code, alsoTheirs ? .likely : .certain)
        row.announced = pcc
        row.announcedEntity = pcc
    }

    /// A postcode in the INSEE column: the commune is the point's, the address's, or the only one.
    func judgePostcode(_ pc: Int, _ row: inout Row, _ memo: NameMemo?) {
        let geo = reference
        let inseeText = row.inseeText
        let candidates = geo.currentCommunes(withPostcode: pc)
        let chosen: (commune: Int, choice: PostcodeChoice)?
        if let pcc = row.pointCommune, candidates.contains(pcc) {
            chosen = (pcc, .point)
        } else if let town = row.addressParts.town,
            let byName = candidates.first(where: { GeoNames.designates(town, $0, geo, memo) })
        {
            chosen = (byName, .addressTown)
        } else if candidates.count == 1 {
            chosen = (candidates[0], .onlyCommune)
        } else {
            chosen = nil
        }
        let list = CitedList(candidates.lazy.map { geo.commune($0).ref }, citing: 6)
        if let chosen {
            let c = geo.commune(chosen.commune)
            add(
                &row, .inseeIsPostcode, .insee, cell: inseeText,
                .insee(.postcode(written: inseeText, communes: list, commune: c.ref, choice: chosen.choice)),
                proposal: c.code, chosen.choice == .point ? .certain : .likely)
            row.announced = chosen.commune
            row.announcedEntity = chosen.commune
        } else {
            add(
                &row, .inseeIsPostcode, .insee, cell: inseeText,
                .insee(.sharedPostcode(written: inseeText, communes: list)))
        }
    }

    /// An old code, or a commune déléguée or associée: the current commune, when there is one.
    func judgeObsolete(_ history: HistoricalCode?, _ entity: Int?, _ row: inout Row) {
        let geo = reference
        let inseeText = row.inseeText
        var targets = history?.targets ?? []
        if let entity, let parent = geo.parent(entity) { targets = [parent] }
        targets = orderedUnique(targets.map(geo.current))
        var chosen: Int? = targets.count == 1 ? targets[0] : nil
        var confidence = ProposedChange.Confidence.certain
        if chosen == nil, let pcc = row.pointCommune, targets.contains(pcc) {
            chosen = pcc
            confidence = .likely
        }
        let facts = InseeFacts.obsolete(
            written: inseeText, former: entity.map { geo.commune($0).name } ?? history?.formerName ?? inseeText,
            kind: entity.map { geo.kind($0) }, since: history.flatMap { $0.year > 0 ? $0.year : nil },
            current: CitedList(targets.lazy.map { geo.commune($0).ref }, citing: 6))
        add(
            &row, .inseeObsolete, .insee, cell: inseeText, .insee(facts),
            proposal: chosen.map { geo.commune($0).code }, confidence)
        row.announced = chosen
        if chosen != nil { row.announcedEntity = chosen }
    }

    /// The swap noted at step 3, certain when the swapped point is in the announced commune.
    func reportSwap(_ row: inout Row) {
        guard let swap = row.swap else { return }
        let certain = row.announced == swap.commune
        add(
            &row, .coordinatesSwapped, .coordinates, cell: row.coordText,
            .coordinates(
                .swapped(
                    point: row.coordText, swappedCommune: reference.commune(swap.commune).ref,
                    announced: certain)),
            proposal: swap.proposal, certain ? .certain : .likely)
    }

    /// 5. The point against the announced commune.
    func comparePoint(_ row: inout Row) {
        let geo = reference
        guard let p = row.point, let entity = row.announcedEntity, let a = row.announced else { return }
        let inside = row.pointCommune == a || geo.contains(entity, p) || sameCantalArea(a, row.pointCommune)
        if inside {
            row.verdict.facts.pointInAnnounced = true
        } else if let d = geo.distance(entity, p) ?? geo.distance(a, p) {
            let c = geo.commune(a).ref
            if d <= tolerance {
                row.verdict.facts.pointInAnnounced = true
                add(
                    &row, .coordinatesNearBorder, .coordinates, cell: row.coordText,
                    .coordinates(.nearBorder(metres: Int(d.rounded()), commune: c, precision: Int(tolerance))))
            } else {
                add(
                    &row, .coordinatesOutsideCommune, .coordinates, cell: row.coordText,
                    .coordinates(
                        .outsideCommune(
                            pointCommune: row.pointCommune.map { geo.commune($0).ref },
                            metres: d, commune: c)))
            }
        }
    }

    /// 6. Precision: few decimals, or exactly the commune's reference point.
    func checkPrecision(_ row: inout Row) {
        guard let pair = row.pair, let p = row.point else { return }
        let decimals = min(pair.firstDecimals, pair.secondDecimals)
        if decimals <= 3 {
            add(
                &row, .coordinatesImprecise, .coordinates, cell: row.coordText,
                .coordinates(.fewDecimals(decimals: decimals)))
        } else if let a = row.announced ?? row.pointCommune, isReferencePoint(p, a) {
            add(
                &row, .coordinatesImprecise, .coordinates, cell: row.coordText,
                .coordinates(.referencePoint(commune: reference.commune(a).ref)))
        }
    }

    /// 7. The address: its postcode and commune name against the code's and the point's commune.
    ///    Returns the commune the address designates.
    func checkAddress(_ address: UnsafeBufferPointer<UInt8>, _ row: inout Row, _ memo: NameMemo?) -> Int? {
        let geo = reference
        guard let pc = row.addressParts.postcode, let pcText = row.addressParts.postcodeText else { return nil }
        var addressCommune: Int?
        let pcCommunes = geo.currentCommunes(withPostcode: pc)
        if let town = row.addressParts.town,
            let byName = pcCommunes.first(where: { GeoNames.designates(town, $0, geo, memo) })
        {
            addressCommune = byName
        } else if pcCommunes.count == 1 {
            addressCommune = pcCommunes[0]
        } else if let a = row.announced, pcCommunes.contains(a) {
            addressCommune = a
        } else if let pcc = row.pointCommune, pcCommunes.contains(pcc) {
            addressCommune = pcc
        }
        let expected = row.announced ?? row.pointCommune
        if let e = expected, !pcCommunes.contains(e), row.pointCommune.map({ !pcCommunes.contains($0) }) ?? true {
            let c = geo.commune(e)
            let theirs = CitedList(c.postcodes, citing: 6)
            let facts: AddressCommuneFacts =
                pcCommunes.isEmpty
                ? .postcodeUnassigned(postcode: pcText, commune: c.ref, postcodes: theirs)
                : .postcodeElsewhere(
                    postcode: pcText,
                    owners: CitedList(pcCommunes.lazy.map { geo.commune($0).ref }, citing: 4),
                    commune: c.ref, postcodes: theirs)
            add(&row, .postcodeMismatch, .address, cell: Self.text(address), .address(facts))
        } else if let town = row.addressParts.town, let e = expected, !GeoNames.designates(town, e, geo, memo),
            !pcCommunes.contains(where: { GeoNames.designates(town, $0, geo, memo) && $0 == e }),
            let names = GeoNames.shared
        {
            let named = names.communes(named: town)
            if let other = named.first(where: { pcCommunes.contains($0) }) ?? (named.count == 1 ? named.first : nil),
                other != e
            {
                add(
                    &row, .communeNameMismatch, .address, cell: Self.text(address),
                    .address(
                        .nameMismatch(
                            named: geo.commune(other).ref, expected: geo.commune(e).ref,
                            from: row.announced != nil ? .inseeCode : .point)))
                addressCommune = other
            }
        }
        return addressCommune
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
        let fa = reference.flags(a)
        let fb = reference.flags(b)
        return (fa & 1 != 0 && fb & 4 != 0) || (fa & 4 != 0 && fb & 1 != 0)
    }

    func isReferencePoint(_ p: GeoPoint, _ c: Int) -> Bool {
        // Micro-degrees of a point on land fit in Int32; any other point is no reference point.
        guard let x = Int32(exactly: (p.lon * 1e6).rounded()),
            let y = Int32(exactly: (p.lat * 1e6).rounded())
        else { return false }
        func near(_ r: (Int32, Int32)) -> Bool { abs(Int(r.0) - Int(x)) <= 10 && abs(Int(r.1) - Int(y)) <= 10 }
        return near(reference.interiorQuantised(c)) || near(reference.centroidQuantised(c))
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

    func orderedUnique(_ xs: [Int]) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(xs.count)
        for x in xs where !out.contains(x) { out.append(x) }
        return out
    }
}
