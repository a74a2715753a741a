import IRVEFindings
import IRVERead

/// The rules that look at one row at a time. One instance per worker thread; it also fills the
/// compact extract the cross-row rules consume.
public final class RowRules: @unchecked Sendable {
    let columns: StatiqueColumns
    let context: RuleContext
    private let stationColumns: [Int?]
    private let c: (pdc: Int?, station: Int?, pdcLocal: Int?, stationLocal: Int?, power: Int?, dateService: Int?, dateMaj: Int?,
                    siren: Int?, phone: Int?, horaires: Int?, nbre: Int?, nomStation: Int?, adresse: Int?)
    private let connectorColumns: [Int?]

    static let exampleIds: Set<String> = [
        "FRA68P68021001", "FRA68E680210015", "ESZUNP395912133460086982", "ESZUNE1111ER7",
        "01F2KMMRZVQ5FQY882PCJQAPQ0", "01F2KNFARDSJG7KEH1YHG4033M",
    ]
    static let connectorNames = ["prise_type_ef", "prise_type_2", "prise_type_combo_ccs", "prise_type_chademo", "prise_type_autre"]

    public init(labels: [String], context: RuleContext) {
        let cols = StatiqueColumns(labels: labels)
        columns = cols
        self.context = context
        stationColumns = StatiqueColumns.stationLevel.map { cols[$0] }
        c = (cols["id_pdc_itinerance"], cols["id_station_itinerance"], cols["id_pdc_local"], cols["id_station_local"],
             cols["puissance_nominale"], cols["date_mise_en_service"], cols["date_maj"], cols["siren_amenageur"],
             cols["telephone_operateur"], cols["horaires"], cols["nbre_pdc"], cols["nom_station"], cols["adresse_station"])
        connectorColumns = Self.connectorNames.map { cols[$0] }
    }

    public func check(_ row: RowView, into findings: inout [Finding], extracts: inout RowExtracts) {
        let n = row.count
        func cell(_ i: Int?) -> String? {
            guard let i, i < n else { return nil }
            let s = row.string(i)
            return s.isEmpty ? nil : s
        }
        let lang = context.lang
        func add(_ code: String, _ column: Int?, _ value: String?, _ message: String, _ proposal: String? = nil, _ confidence: ProposedChange.Confidence = .likely) {
            guard context.enabled(code) else { return }
            findings.append(Finding(
                type: code, severity: context.severity(code), rowNumber: row.number,
                fieldName: column.map { columns.labels[$0] }, fieldNumber: column.map { $0 + 1 }, cell: value, message: message,
                proposedChange: proposal.map { ProposedChange(newValue: $0, rule: code, confidence: confidence) }))
        }

        // Identifiers.
        let pdc = cell(c.pdc), station = cell(c.station)
        checkId(station, column: c.station, letter: "P", local: cell(c.stationLocal), localName: "id_station_local", add)
        checkId(pdc, column: c.pdc, letter: "E", local: cell(c.pdcLocal), localName: "id_pdc_local", add)
        if let pdc, let station, let a = AFIREV(pdc), let b = AFIREV(station), a.operatorCode != b.operatorCode {
            add("id-operator-mismatch", c.pdc, pdc, lang.pick(
                "Le code opérateur de « \(pdc) » (\(a.operatorCode)) diffère de celui de sa station « \(station) » (\(b.operatorCode)) : une station et ses points ont le même opérateur.",
                "The operator code of \"\(pdc)\" (\(a.operatorCode)) differs from its station \"\(station)\" (\(b.operatorCode))."))
        }

        // Power and connectors.
        var power = Double.nan
        var connectors: UInt8 = 0
        for (k, col) in connectorColumns.enumerated() {
            guard let v = cell(col).flatMap(TextChecks.isTrue) else { connectors = 0xFF; break }
            if v { connectors |= 1 << k }
        }
        if let text = cell(c.power), let p = Double(TextChecks.trimmed(text)), p.isFinite {
            power = p
            if p > 500 {
                let kw = TextChecks.formatKW(p / 1000)
                add("power-in-watts", c.power, text, lang.pick(
                    "Puissance de \(text) kW : c'est presque sûrement une valeur en watts. puissance_nominale est en kilowatts : écrivez \(kw).",
                    "Power of \(text) kW: almost surely watts. puissance_nominale is in kW: write \(kw)."), kw, .likely)
            } else if p < 1.5 {
                add("power-implausible", c.power, text, lang.pick(
                    "Puissance de \(text) kW : trop faible pour un point de recharge (au moins 1,5 kW ; une prise domestique fait 2,3 à 3,7 kW).",
                    "Power of \(text) kW is too low for a charge point (at least 1.5 kW)."))
            } else if connectors != 0xFF {
                let dcOnly = connectors & 0b01100 != 0 && connectors & 0b10011 == 0
                let efOnly = connectors == 0b00001
                let acOnly = connectors & 0b00011 != 0 && connectors & 0b11100 == 0
                if dcOnly && p < 20 {
                    add("power-implausible", c.power, text, lang.pick(
                        "\(text) kW sur un point qui n'a que des prises rapides (CCS/CHAdeMO, courant continu) : c'est trop peu (20 kW au moins). Vérifiez la puissance ou les prises.",
                        "\(text) kW on a DC-only point (CCS/CHAdeMO) is too low (20 kW at least)."))
                } else if efOnly && p > 4 {
                    add("power-implausible", c.power, text, lang.pick(
                        "\(text) kW sur une simple prise domestique (E/F) : elle ne dépasse pas 3,7 kW. Vérifiez la puissance ou les prises.",
                        "\(text) kW on a domestic E/F socket, which does not exceed 3.7 kW."))
                } else if acOnly && p > 43.5 {
                    add("power-implausible", c.power, text, lang.pick(
                        "\(text) kW en courant alternatif (prise Type 2 ou E/F seulement) : le maximum est 43 kW. Une prise rapide (CCS/CHAdeMO) manque-t-elle ?",
                        "\(text) kW on AC only (Type 2 or E/F): the maximum is 43 kW."))
                }
            }
        }

        // Dates.
        let service = cell(c.dateService), maj = cell(c.dateMaj)
        let serviceDate = service.flatMap(TextChecks.isoDate), majDate = maj.flatMap(TextChecks.isoDate)
        let today = context.today
        func isFuture(_ d: (Int, Int, Int)) -> Bool { [d.0, d.1, d.2].lexicographicallyPrecedes([today.year, today.month, today.day]) == false && d != (today.year, today.month, today.day) }
        if let d = serviceDate, isFuture(d), let service {
            add("date-in-future", c.dateService, service, lang.pick(
                "Mise en service le \(service), après aujourd'hui : une station pas encore ouverte ne se publie pas, ou la date est fausse.",
                "Commissioning on \(service), after today."))
        }
        if let d = majDate, isFuture(d), let maj {
            add("date-in-future", c.dateMaj, maj, lang.pick(
                "Date de mise à jour \(maj), après aujourd'hui : indiquez la date réelle de la dernière mise à jour.",
                "Update date \(maj) is after today."))
        }
        if let a = serviceDate, let b = majDate, [b.0, b.1, b.2].lexicographicallyPrecedes([a.0, a.1, a.2]), let maj, let service {
            add("dates-inverted", c.dateMaj, maj, lang.pick(
                "date_maj (\(maj)) est antérieure à la mise en service (\(service)) : la dernière mise à jour ne peut pas précéder l'ouverture.",
                "date_maj (\(maj)) precedes the commissioning date (\(service))."))
        }

        // SIREN, phone, opening hours.
        if let siren = cell(c.siren), siren.count == 9, siren.allSatisfy(\.isASCII), siren.allSatisfy(\.isNumber), !TextChecks.sirenChecksumOK(siren) {
            add("siren-checksum", c.siren, siren, lang.pick(
                "Le SIREN « \(siren) » est impossible (sa clé de contrôle est fausse) : recopiez-le depuis annuaire-entreprises.data.gouv.fr.",
                "SIREN \"\(siren)\" is impossible (wrong check digit)."))
        }
        if let phone = cell(c.phone) { checkPhone(phone, add) }
        if let h = cell(c.horaires) { checkHoraires(h, add) }

        // Extract for the cross-row rules.
        extracts.rows.append(Int32(truncatingIfNeeded: row.number))
        if let pdc, pdc != "Non concerné", let i = c.pdc {
            extracts.pdcHash.append(FNV.hash64(row[i]))
            extracts.pdcText.append(pdc)
            var prefix = pdc.utf8.count
            let bytes = Array(pdc.utf8)
            while prefix > 0, bytes[prefix - 1] >= 0x30, bytes[prefix - 1] <= 0x39 { prefix -= 1 }
            extracts.pdcPrefixHash.append(bytes.withUnsafeBufferPointer { FNV.hash64(UnsafeBufferPointer(rebasing: $0[..<prefix])) })
        } else {
            extracts.pdcHash.append(0)
            extracts.pdcText.append("")
            extracts.pdcPrefixHash.append(0)
        }
        if let (hash, label) = stationKey(row) {
            extracts.stationHash.append(hash)
            extracts.stationText.append(label)
        } else {
            extracts.stationHash.append(0)
            extracts.stationText.append("")
        }
        for col in stationColumns {
            if let col, col < n { extracts.columnHashes.append(FNV.hash32(row[col])) } else { extracts.columnHashes.append(0) }
        }
        extracts.power.append(power)
        extracts.connectors.append(connectors)
        extracts.nbrePdc.append(cell(c.nbre).flatMap { Int32(TextChecks.trimmed($0)) } ?? -1)
    }

    /// The station a row belongs to: its itinerance id, else its local id, else name + address.
    public func stationKey(_ row: RowView) -> (hash: UInt64, label: String)? {
        func cell(_ i: Int?) -> String? {
            guard let i, i < row.count else { return nil }
            let s = row.string(i)
            return s.isEmpty ? nil : s
        }
        var key: String
        var label: String
        if let station = cell(c.station), station != "Non concerné" { key = station; label = station }
        else if let local = cell(c.stationLocal) { key = "local:" + local; label = local }
        else if let name = cell(c.nomStation), let address = cell(c.adresse) { key = "nom:" + name + "|" + address; label = name }
        else { return nil }
        return (key.withUTF8 { FNV.hash64($0) }, label)
    }

    /// The cell of a named column on a row (for the pass that collects incoherent values).
    public func value(_ row: RowView, column name: String) -> String? {
        guard let i = columns[name], i < row.count else { return nil }
        return row.string(i)
    }

    private func checkId(_ id: String?, column: Int?, letter: Character, local: String?, localName: String,
                         _ add: (String, Int?, String?, String, String?, ProposedChange.Confidence) -> Void) {
        guard let id else { return }
        let lang = context.lang
        if id == "Non concerné" {
            if local == nil {
                add("id-local-missing", column, id, lang.pick(
                    "« Non concerné » sans \(localName) : remplissez l'identifiant local, seul moyen de reconnaître ce point.",
                    "\"Non concerné\" without \(localName): fill in the local id."), nil, .likely)
            }
            return
        }
        if Self.exampleIds.contains(id) {
            add("id-example-copied", column, id, lang.pick(
                "« \(id) » est l'identifiant d'exemple du schéma : remplacez-le par l'identifiant réel attribué par l'opérateur.",
                "\"\(id)\" is the schema's example id: use the real one."), nil, .likely)
            return
        }
        let normalized = id.replacingOccurrences(of: "*", with: "").replacingOccurrences(of: " ", with: "").uppercased()
        let kind = letter == "P" ? lang.pick("une station", "a station") : lang.pick("un point de recharge", "a charge point")
        if normalized != id {
            let ok = AFIREV(normalized).map { $0.kind == letter } ?? false
            add("id-structure", column, id, lang.pick(
                "« \(id) » contient des « * », des espaces ou des minuscules (ancien format AFIREV) : écrivez « \(normalized) ».",
                "\"\(id)\" holds \"*\", spaces or lower case (legacy AFIREV format): write \"\(normalized)\"."),
                ok ? normalized : nil, ok ? .certain : .guess)
            return
        }
        guard let parsed = AFIREV(id) else {
            add("id-structure", column, id, lang.pick(
                "« \(id) » ne suit pas la structure AFIREV : 2 lettres de pays, 3 caractères d'opérateur, « \(letter) » pour \(kind), puis l'identifiant.",
                "\"\(id)\" does not follow the AFIREV structure."), nil, .likely)
            return
        }
        if parsed.kind != letter {
            add("id-structure", column, id, lang.pick(
                "« \(id) » a « \(parsed.kind) » en 6e position alors qu'il identifie \(kind) : « \(letter) » attendu (P pour une station, E pour un point de recharge).",
                "\"\(id)\" has \"\(parsed.kind)\" in 6th position but identifies \(kind): \"\(letter)\" expected."), nil, .likely)
        }
    }

    private func checkPhone(_ phone: String, _ add: (String, Int?, String?, String, String?, ProposedChange.Confidence) -> Void) {
        let lang = context.lang
        let column = c.phone
        let scalars = phone.unicodeScalars
        if scalars.contains(where: TextChecks.isInvisible) {
            let cleaned = String(String.UnicodeScalarView(scalars.filter { !TextChecks.isInvisible($0) }))
            add("phone-format", column, phone, lang.pick(
                "Le numéro contient des caractères invisibles (copiés-collés) : écrivez « \(cleaned) ».",
                "The number holds invisible characters: write \"\(cleaned)\"."), cleaned, .certain)
            return
        }
        if phone.contains(where: \.isLetter) {
            add("phone-format", column, phone, lang.pick(
                "« \(phone) » contient des lettres : seul un numéro de téléphone est attendu.",
                "\"\(phone)\" holds letters: a phone number only."), nil, .likely)
            return
        }
        let digits = phone.filter(\.isNumber)
        let separatorsOnly = phone.allSatisfy { $0.isNumber || " .-+()".contains($0) }
        guard separatorsOnly else { return }
        if phone.hasPrefix("+") || phone.hasPrefix("00") { return }
        if digits.count == 9, let first = digits.first, first != "0" {
            add("phone-format", column, phone, lang.pick(
                "« \(phone) » a perdu son zéro initial (le tableur l'a pris pour un nombre) : écrivez « 0\(digits) ».",
                "\"\(phone)\" lost its leading zero: write \"0\(digits)\"."), "0" + digits, .likely)
        } else if digits.count != 10 && !(digits.count == 4 && (digits.hasPrefix("3"))) {
            add("phone-format", column, phone, lang.pick(
                "« \(phone) » n'a pas 10 chiffres : un numéro français s'écrit 0X XX XX XX XX (ou +33 pour l'international).",
                "\"\(phone)\" does not have 10 digits."), nil, .likely)
        }
    }

    private func checkHoraires(_ h: String, _ add: (String, Int?, String?, String, String?, ProposedChange.Confidence) -> Void) {
        let lang = context.lang
        let lower = h.lowercased()
        let column = c.horaires
        if lower.contains("24h") || lower.contains("7j") || lower.contains("24 h") || lower == "h24" || lower.contains("24/24") {
            add("horaires-format", column, h, lang.pick(
                "« \(h) » : pour un accès permanent, écrivez exactement « 24/7 ».",
                "\"\(h)\": for round-the-clock access write exactly \"24/7\"."), "24/7", .likely)
            return
        }
        if let fixed = Self.withoutSeconds(h) {
            add("horaires-format", column, h, lang.pick(
                "« \(h) » : les heures s'écrivent hh:mm, sans secondes : « \(fixed) ».",
                "\"\(h)\": hours are hh:mm without seconds: \"\(fixed)\"."), fixed, .certain)
            return
        }
        let frenchDays = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lu-", "lu ", "ma-", "me-", "je-", "ve ", "ve-", "sa-", "di-", "di ", "jours fériés", "du lundi"]
        if frenchDays.contains(where: { lower.hasPrefix($0) || lower.contains(" " + $0) || lower.contains("," + $0) }) {
            add("horaires-format", column, h, lang.pick(
                "« \(h) » : les jours s'écrivent en anglais abrégé comme dans OpenStreetMap (Mo Tu We Th Fr Sa Su), par exemple « Mo-Fr 08:00-19:00 ».",
                "\"\(h)\": days are written as in OpenStreetMap (Mo Tu We Th Fr Sa Su)."), nil, .likely)
        }
    }

    /// `07:00:00-20:59:00` → `07:00-20:59`; nil when there are no seconds.
    static func withoutSeconds(_ h: String) -> String? {
        let u = Array(h.utf8)
        var out: [UInt8] = []
        var changed = false
        var i = 0
        func digit(_ k: Int) -> Bool { k < u.count && u[k] >= 0x30 && u[k] <= 0x39 }
        while i < u.count {
            // hh:mm:ss (h may be one digit)
            if i + 7 < u.count, digit(i), digit(i + 1), u[i + 2] == 0x3A, digit(i + 3), digit(i + 4), u[i + 5] == 0x3A, digit(i + 6), digit(i + 7) {
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
              chars[5...].allSatisfy({ ($0.isUppercase || $0.isNumber) && $0.isASCII }) else { return nil }
        operatorCode = Substring(String(chars[2...4]))
        kind = chars[5]
    }
}
