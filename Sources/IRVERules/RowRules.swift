import IRVEFindings
import IRVERead

/// The rules that look at one row at a time. One instance per worker thread; it also fills the
/// compact extract the cross-row rules consume.
public final class RowRules: @unchecked Sendable {
    let columns: StatiqueColumns
    let context: RuleContext
    private let stationColumns: [Int?]
    private let c:
        (
            pdc: Int?, station: Int?, pdcLocal: Int?, stationLocal: Int?, power: Int?, dateService: Int?, dateMaj: Int?,
            siren: Int?, phone: Int?, horaires: Int?, nbre: Int?, nomStation: Int?, adresse: Int?
        )
    private let connectorColumns: [Int?]

    static let exampleIds: Set<String> = [
        "FRA68P68021001", "FRA68E680210015", "ESZUNP395912133460086982", "ESZUNE1111ER7",
        "01F2KMMRZVQ5FQY882PCJQAPQ0", "01F2KNFARDSJG7KEH1YHG4033M",
    ]
    static let exampleIdBytes: [[UInt8]] = exampleIds.map { Array($0.utf8) }
    static let connectorNames = [
        "prise_type_ef", "prise_type_2", "prise_type_combo_ccs", "prise_type_chademo", "prise_type_autre",
    ]

    public init(labels: [String], context: RuleContext) {
        let cols = StatiqueColumns(labels: labels)
        columns = cols
        self.context = context
        stationColumns = StatiqueColumns.stationLevel.map { cols[$0] }
        c = (
            cols["id_pdc_itinerance"], cols["id_station_itinerance"], cols["id_pdc_local"], cols["id_station_local"],
            cols["puissance_nominale"], cols["date_mise_en_service"], cols["date_maj"], cols["siren_amenageur"],
            cols["telephone_operateur"], cols["horaires"], cols["nbre_pdc"], cols["nom_station"],
            cols["adresse_station"]
        )
        connectorColumns = Self.connectorNames.map { cols[$0] }
    }

    public func check(_ row: RowView, into findings: inout [Finding], extracts: inout RowExtracts) {
        let n = row.count
        let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        func raw(_ i: Int?) -> UnsafeBufferPointer<UInt8> {
            guard let i, i < n else { return empty }
            return row[i]
        }
        func text(_ c: UnsafeBufferPointer<UInt8>) -> String { String(decoding: c, as: UTF8.self) }
        func add(
            _ code: String, _ column: Int?, _ value: String?, _ facts: RowRuleFacts, _ proposal: String? = nil,
            _ confidence: ProposedChange.Confidence = .likely
        ) {
            guard context.enabled(code) else { return }
            findings.append(
                Finding(
                    type: code, severity: context.severity(code), rowNumber: row.number,
                    fieldName: column.map { columns.labels[$0] }, fieldNumber: column.map { $0 + 1 }, cell: value,
                    facts: .row(facts),
                    proposedChange: proposal.map { ProposedChange(newValue: $0, rule: code, confidence: confidence) }))
        }

        // Identifiers: the clean, well-formed case is decided on bytes.
        let pdcBytes = raw(c.pdc)
        let stationBytes = raw(c.station)
        let pdcParts = CellBytes.afirev(pdcBytes)
        let stationParts = CellBytes.afirev(stationBytes)
        checkId(pdcBytes, pdcParts, column: c.pdc, letter: 0x45, local: raw(c.pdcLocal), localName: "id_pdc_local", add)
        checkId(
            stationBytes, stationParts, column: c.station, letter: 0x50, local: raw(c.stationLocal),
            localName: "id_station_local", add)
        if let a = pdcParts, let b = stationParts, a.operatorCode != b.operatorCode {
            let pdc = text(pdcBytes)
            let station = text(stationBytes)
            let ca = String(pdc.dropFirst(2).prefix(3))
            let cb = String(station.dropFirst(2).prefix(3))
            add(
                "id-operator-mismatch", c.pdc, pdc,
                .operatorMismatch(pdc: pdc, pdcCode: ca, station: station, stationCode: cb))
        }

        // Power and connectors.
        var power = Double.nan
        var connectors: UInt8 = 0
        for (k, col) in connectorColumns.enumerated() {
            guard let v = CellBytes.boolean(raw(col)) else {
                connectors = 0xFF
                break
            }
            if v { connectors |= 1 << k }
        }
        let powerBytes = raw(c.power)
        if powerBytes.count > 0, let p = CellBytes.number(powerBytes), p.isFinite {
            power = p
            var shown: String { text(powerBytes) }
            if p > PowerBounds.maxWatts {
                // Neither kW nor W: reported, never "converted" (dividing again on every fix would not end).
                add("power-implausible", c.power, shown, .powerBeyondWatts(power: shown))
            } else if p > PowerBounds.maxKilowatts {
                let kw = TextChecks.formatKW(p / 1000)
                add("power-in-watts", c.power, shown, .powerInWatts(power: shown, kilowatts: kw), kw, .likely)
            } else if p < 1.5 {
                add("power-implausible", c.power, shown, .powerTooLow(power: shown))
            } else if connectors != 0xFF {
                let dcOnly = connectors & 0b01100 != 0 && connectors & 0b10011 == 0
                let efOnly = connectors == 0b00001
                let acOnly = connectors & 0b00011 != 0 && connectors & 0b11100 == 0
                if dcOnly && p < 20 {
                    add("power-implausible", c.power, shown, .powerDCOnlyTooLow(power: shown))
                } else if efOnly && p > 4 {
                    add("power-implausible", c.power, shown, .powerDomesticTooHigh(power: shown))
                } else if acOnly && p > 43.5 {
                    add("power-implausible", c.power, shown, .powerACOnlyTooHigh(power: shown))
                }
            }
        }

        // Dates.
        let today = context.today.year * 10000 + context.today.month * 100 + context.today.day
        let serviceDate = CellBytes.isoDate(raw(c.dateService))
        let majDate = CellBytes.isoDate(raw(c.dateMaj))
        if let d = serviceDate, d > today {
            let v = text(raw(c.dateService))
            add("date-in-future", c.dateService, v, .commissioningInFuture(date: v))
        }
        if let d = majDate, d > today {
            let v = text(raw(c.dateMaj))
            add("date-in-future", c.dateMaj, v, .updateInFuture(date: v))
        }
        if let a = serviceDate, let b = majDate, b < a {
            let maj = text(raw(c.dateMaj))
            let service = text(raw(c.dateService))
            add("dates-inverted", c.dateMaj, maj, .datesInverted(update: maj, commissioning: service))
        }

        // SIREN, phone, opening hours.
        let sirenBytes = raw(c.siren)
        if sirenBytes.count == 9, sirenBytes.allSatisfy(CellBytes.isDigit), !CellBytes.luhnOK(sirenBytes) {
            let siren = text(sirenBytes)
            if siren != "356000000" {  // La Poste: the documented exception
                add("siren-checksum", c.siren, siren, .sirenChecksum(siren: siren))
            }
        }
        let phoneBytes = raw(c.phone)
        let plainPhone = phoneBytes.count == 10 && phoneBytes[0] == 0x30 && phoneBytes.allSatisfy(CellBytes.isDigit)
        if phoneBytes.count > 0, !plainPhone { checkPhone(text(phoneBytes), add) }
        let horairesBytes = raw(c.horaires)
        if horairesBytes.count > 0, !CellBytes.equals(horairesBytes, "24/7") { checkHoraires(horairesBytes, add) }

        // Extract for the cross-row rules.
        extracts.rows.append(Int32(truncatingIfNeeded: row.number))
        if pdcBytes.count > 0, !CellBytes.equals(pdcBytes, "Non concerné") {
            extracts.pdcHash.append(FNV.hash64(pdcBytes))
            var prefix = pdcBytes.count
            while prefix > 0, CellBytes.isDigit(pdcBytes[prefix - 1]) { prefix -= 1 }
            extracts.pdcPrefixHash.append(FNV.hash64(UnsafeBufferPointer(rebasing: pdcBytes[..<prefix])))
        } else {
            extracts.pdcHash.append(0)
            extracts.pdcPrefixHash.append(0)
        }
        extracts.stationHash.append(stationHash(row) ?? 0)
        for col in stationColumns {
            if let col, col < n {
                extracts.columnHashes.append(FNV.hash32(row[col]))
            } else {
                extracts.columnHashes.append(0)
            }
        }
        extracts.power.append(power)
        extracts.connectors.append(connectors)
        let nbre = raw(c.nbre)
        extracts.nbrePdc.append(
            nbre.count > 0
                ? (CellBytes.number(nbre).flatMap { $0 == $0.rounded() && abs($0) < 1e9 ? Int32($0) : nil } ?? -1) : -1)
    }

    /// The station a row belongs to: its itinerance id, else its local id, else name + address.
    public func stationKey(_ row: RowView) -> (hash: UInt64, label: String)? {
        guard let hash = stationHash(row) else { return nil }
        func cell(_ i: Int?) -> UnsafeBufferPointer<UInt8>? {
            guard let i, i < row.count, row[i].count > 0 else { return nil }
            return row[i]
        }
        let label =
            cell(c.station).flatMap { CellBytes.equals($0, "Non concerné") ? nil : $0 } ?? cell(c.stationLocal)
            ?? cell(c.nomStation)
        return (hash, label.map { String(decoding: $0, as: UTF8.self) } ?? "")
    }

    /// The charge point id of a row, as written.
    public func pdcId(_ row: RowView) -> String? {
        guard let i = c.pdc, i < row.count else { return nil }
        return row.string(i)
    }

    func stationHash(_ row: RowView) -> UInt64? {
        func cell(_ i: Int?) -> UnsafeBufferPointer<UInt8>? {
            guard let i, i < row.count, row[i].count > 0 else { return nil }
            return row[i]
        }
        if let station = cell(c.station), !CellBytes.equals(station, "Non concerné") { return FNV.hash64(station) }
        if let local = cell(c.stationLocal) { return FNV.hash64(local) ^ 0x9E37_79B9_7F4A_7C15 }
        if let name = cell(c.nomStation), let address = cell(c.adresse) {
            return (FNV.hash64(name) &* 31) ^ FNV.hash64(address) ^ 0x5851_F42D_4C95_7F2D
        }
        return nil
    }

    /// The cell of a named column on a row (for the pass that collects incoherent values).
    public func value(_ row: RowView, column name: String) -> String? {
        guard let i = columns[name], i < row.count else { return nil }
        return row.string(i)
    }

    private func checkId(
        _ bytes: UnsafeBufferPointer<UInt8>, _ parts: (operatorCode: UInt32, kind: UInt8)?, column: Int?, letter: UInt8,
        local: UnsafeBufferPointer<UInt8>, localName: String,
        _ add: (String, Int?, String?, RowRuleFacts, String?, ProposedChange.Confidence) -> Void
    ) {
        guard bytes.count > 0 else { return }
        // Fast path: a clean, well-built id that is not the example.
        // `afirev` accepts only upper-case letters and digits: a parsed id is a clean one.
        if let parsed = parts, parsed.kind == letter,
            !Self.exampleIdBytes.contains(where: { $0.elementsEqual(bytes) })
        {
            return
        }
        let id = String(decoding: bytes, as: UTF8.self)
        if id == "Non concerné" {
            if local.count == 0 {
                add("id-local-missing", column, id, .idLocalMissing(localColumn: localName), nil, .likely)
            }
            return
        }
        if Self.exampleIds.contains(id) {
            add("id-example-copied", column, id, .idExampleCopied(id: id), nil, .likely)
            return
        }
        let kind: IdKind = letter == 0x50 ? .station : .chargePoint
        let expected = String(UnicodeScalar(letter))
        if !CellBytes.isCleanId(bytes) {
            let normalized = id.replacingOccurrences(of: "*", with: "").replacingOccurrences(of: " ", with: "")
                .uppercased()
            var n = normalized
            let ok = n.withUTF8 { CellBytes.afirev($0).map { $0.kind == letter } ?? false }
            add(
                "id-structure", column, id, .idUnclean(id: id, normalized: normalized),
                ok ? normalized : nil, ok ? .certain : .guess)
            return
        }
        guard let parsed = CellBytes.afirev(bytes) else {
            add("id-structure", column, id, .idNotAFIREV(id: id, letter: expected, kind: kind), nil, .likely)
            return
        }
        if parsed.kind != letter {
            let found = String(UnicodeScalar(parsed.kind))
            add(
                "id-structure", column, id, .idWrongLetter(id: id, found: found, expected: expected, kind: kind),
                nil, .likely)
        }
    }

    private func checkPhone(
        _ phone: String, _ add: (String, Int?, String?, RowRuleFacts, String?, ProposedChange.Confidence) -> Void
    ) {
        let column = c.phone
        let scalars = phone.unicodeScalars
        if scalars.contains(where: TextChecks.isInvisible) {
            let cleaned = String(String.UnicodeScalarView(scalars.filter { !TextChecks.isInvisible($0) }))
            add("phone-format", column, phone, .phoneInvisible(cleaned: cleaned), cleaned, .certain)
            return
        }
        // ASCII (nearly always): byte-cheap tests instead of Unicode property lookups.
        let ascii = phone.utf8.allSatisfy { $0 < 0x80 }
        let isLetter = { (u: Unicode.Scalar) in
            ascii ? (u.value | 0x20) >= 0x61 && (u.value | 0x20) <= 0x7A : u.properties.isAlphabetic
        }
        if scalars.contains(where: isLetter) {
            add("phone-format", column, phone, .phoneLetters(phone: phone), nil, .likely)
            return
        }
        let isDigit = { (u: Unicode.Scalar) in
            ascii ? u.value >= 0x30 && u.value <= 0x39 : u.properties.numericType != nil
        }
        let separatorsOnly = scalars.allSatisfy { isDigit($0) || " .-+()".unicodeScalars.contains($0) }
        guard separatorsOnly else { return }
        if phone.hasPrefix("+") || phone.hasPrefix("00") { return }
        let digits = String(String.UnicodeScalarView(scalars.filter(isDigit)))
        let count = digits.unicodeScalars.count
        if count == 9, let first = digits.first, first != "0" {
            add("phone-format", column, phone, .phoneLostZero(phone: phone, digits: digits), "0" + digits, .likely)
        } else if count != 10 && !(count == 4 && (digits.hasPrefix("3"))) {
            add("phone-format", column, phone, .phoneDigitCount(phone: phone), nil, .likely)
        }
    }

    private func checkHoraires(
        _ bytes: UnsafeBufferPointer<UInt8>,
        _ add: (String, Int?, String?, RowRuleFacts, String?, ProposedChange.Confidence) -> Void
    ) {
        let column = c.horaires
        if CellBytes.contains(bytes, "24h") || CellBytes.contains(bytes, "7j") || CellBytes.contains(bytes, "24 h")
            || CellBytes.contains(bytes, "24/24") || CellBytes.equals(bytes, "H24") || CellBytes.equals(bytes, "h24")
        {
            let h = String(decoding: bytes, as: UTF8.self)
            add("horaires-format", column, h, .horairesAllDay(hours: h), "24/7", .likely)
            return
        }
        // Seconds (hh:mm:ss): two colons within a time.
        var colons = 0
        for b in bytes where b == 0x3A { colons += 1 }
        if colons >= 2 {
            let h = String(decoding: bytes, as: UTF8.self)
            if let fixed = Self.withoutSeconds(h) {
                add("horaires-format", column, h, .horairesSeconds(hours: h, fixed: fixed), fixed, .certain)
                return
            }
        }
        // French day names (the pattern accepts anything that ends with a time range).
        var hasLower = false
        for b in bytes where b >= 0x61 && b <= 0x7A {
            hasLower = true
            break
        }
        guard hasLower || bytes.contains(where: { $0 >= 0x80 }) else { return }
        if CellBytes.hasWord(bytes, in: Self.frenchDayKeys)
            || (bytes.contains(where: { $0 >= 0x80 })
                && CellBytes.words(bytes).contains(where: { Self.frenchDayWords.contains($0) }))
        {
            let h = String(decoding: bytes, as: UTF8.self)
            add("horaires-format", column, h, .horairesFrenchDays(hours: h), nil, .likely)
        }
    }

    static let frenchDayKeys: Set<UInt64> = Set(frenchDayWords.compactMap { CellBytes.wordKey(Array($0.utf8)) })

    /// French day names and the abbreviations that are not also English (Sa is both).
    static let frenchDayWords: Set<String> = [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lun", "mar", "mer", "jeu", "ven",
        "sam", "dim",
        "lu", "ma", "me", "je", "ve", "di", "jours", "fériés", "feries", "tous", "du", "au",
    ]

    /// `07:00:00-20:59:00` → `07:00-20:59`; nil when there are no seconds.
    static func withoutSeconds(_ h: String) -> String? {
        let u = Array(h.utf8)
        var out: [UInt8] = []
        var changed = false
        var i = 0
        func digit(_ k: Int) -> Bool { k < u.count && u[k] >= 0x30 && u[k] <= 0x39 }
        while i < u.count {
            // hh:mm:ss (h may be one digit)
            if i + 7 < u.count, digit(i), digit(i + 1), u[i + 2] == 0x3A, digit(i + 3), digit(i + 4), u[i + 5] == 0x3A,
                digit(i + 6), digit(i + 7)
            {
                out.append(contentsOf: u[i..<(i + 5)])
                i += 8
                changed = true
                continue
            }
            out.append(u[i])
            i += 1
        }
        return changed ? String(decoding: out, as: UTF8.self) : nil
    }
}

/// An itinerance id split the AFIREV way: country, operator code, kind letter, rest.
struct AFIREV {
    let operatorCode: Substring
    let kind: Character

    init?(_ id: String) {
        let chars = Array(id)
        guard chars.count >= 7, chars[0].isUppercase, chars[1].isUppercase, chars[0].isASCII, chars[1].isASCII,
            chars[2...4].allSatisfy({ ($0.isUppercase || $0.isNumber) && $0.isASCII }),
            chars[5...].allSatisfy({ ($0.isUppercase || $0.isNumber) && $0.isASCII })
        else { return nil }
        operatorCode = Substring(String(chars[2...4]))
        kind = chars[5]
    }
}
