import IRVEFindings

/// `horaires`: round-the-clock written another way than `24/7`, seconds, French day names.
struct HorairesRule: RowRule {
    static let entries = [
        Rule(.horairesFormat, .warning, example: ("horaires", "Lundi-Vendredi 08:00-18:00"), repair: .horaires)
    ]
    /// Its place in the registry: Scripts/generate-rules.py lists the rules by rank.
    static let rank = 90
    // The facts of its findings: cases of RowRuleFacts, copied there by Scripts/generate-rules.py
    // facts: case horairesAllDay(hours: String)
    // facts: case horairesSeconds(hours: String, fixed: String)
    // facts: case horairesFrenchDays(hours: String)

    let horaires: Int?

    init(columns: RuleColumns) { horaires = columns.horaires }

    var reads: [Int?] { [horaires] }

    func check(_ row: RuleRow, into out: inout RowFindings) {
        let bytes = row.cell(horaires)
        guard bytes.count > 0, !CellBytes.equals(bytes, "24/7") else { return }
        if CellBytes.contains(bytes, "24h") || CellBytes.contains(bytes, "7j") || CellBytes.contains(bytes, "24 h")
            || CellBytes.contains(bytes, "24/24") || CellBytes.equals(bytes, "H24") || CellBytes.equals(bytes, "h24")
        {
            let h = RuleRow.text(bytes)
            out.add(.horairesFormat, horaires, h, .horairesAllDay(hours: h), proposal: "24/7")
            return
        }
        // Seconds (hh:mm:ss): looked for on the bytes first (`08:00-12:00,14:00-18:00` has colons
        // but no seconds, and its text need not be made).
        if Self.hasSeconds(bytes) {
            let h = RuleRow.text(bytes)
            if let fixed = Self.withoutSeconds(h) {
                out.add(
                    .horairesFormat, horaires, h, .horairesSeconds(hours: h, fixed: fixed), proposal: fixed,
                    confidence: .certain)
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
            let h = RuleRow.text(bytes)
            out.add(.horairesFormat, horaires, h, .horairesFrenchDays(hours: h))
        }
    }

    static let frenchDayKeys: Set<UInt64> = Set(frenchDayWords.compactMap { CellBytes.wordKey(Array($0.utf8)) })

    /// French day names and the abbreviations that are not also English (Sa is both).
    static let frenchDayWords: Set<String> = [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lun", "mar", "mer", "jeu", "ven",
        "sam", "dim",
        "lu", "ma", "me", "je", "ve", "di", "jours", "fériés", "feries", "tous", "du", "au",
    ]

    /// Whether `withoutSeconds` finds a `hh:mm:ss` in the cell (it reads the same ASCII bytes).
    static func hasSeconds(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard u.count >= 8 else { return false }
        func digit(_ k: Int) -> Bool { CellBytes.isDigit(u[k]) }
        for i in 0...(u.count - 8)
        where u[i + 2] == 0x3A && u[i + 5] == 0x3A && digit(i) && digit(i + 1) && digit(i + 3) && digit(i + 4)
            && digit(i + 6) && digit(i + 7)
        {
            return true
        }
        return false
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
