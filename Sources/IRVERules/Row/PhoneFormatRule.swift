import IRVEFindings

/// `telephone_operateur`: invisible characters, letters, a lost leading zero, a wrong digit count.
struct PhoneFormatRule: RowRule {
    static let entries = [
        Rule(.phoneFormat, .warning, example: ("telephone_operateur", "111111111"), repair: .phoneLeadingZero)
    ]
    /// Its place in the registry: Scripts/generate-rules.py lists the rules by rank.
    static let rank = 80
    // The facts of its findings: cases of RowRuleFacts, copied there by Scripts/generate-rules.py
    // facts: case phoneInvisible(cleaned: String)
    // facts: case phoneLetters(phone: String)
    // facts: case phoneLostZero(phone: String, digits: String)
    // facts: case phoneDigitCount(phone: String)

    let phone: Int?

    init(columns: RuleColumns) { phone = columns.phone }

    var reads: [Int?] { [phone] }

    func check(_ row: RuleRow, into out: inout RowFindings) {
        let bytes = row.cell(phone)
        // The usual number, decided on bytes: ten digits starting with 0.
        let plain = bytes.count == 10 && bytes[0] == 0x30 && bytes.allSatisfy(CellBytes.isDigit)
        if bytes.count > 0, !plain { check(RuleRow.text(bytes), into: &out) }
    }

    private func check(_ text: String, into out: inout RowFindings) {
        let scalars = text.unicodeScalars
        if scalars.contains(where: TextChecks.isInvisible) {
            let cleaned = String(String.UnicodeScalarView(scalars.filter { !TextChecks.isInvisible($0) }))
            out.add(
                .phoneFormat, phone, text, .phoneInvisible(cleaned: cleaned), proposal: cleaned, confidence: .certain)
            return
        }
        // ASCII (nearly always): byte-cheap tests instead of Unicode property lookups.
        let ascii = text.utf8.allSatisfy { $0 < 0x80 }
        let isLetter = { (u: Unicode.Scalar) in
            ascii ? (u.value | 0x20) >= 0x61 && (u.value | 0x20) <= 0x7A : u.properties.isAlphabetic
        }
        if scalars.contains(where: isLetter) {
            out.add(.phoneFormat, phone, text, .phoneLetters(phone: text))
            return
        }
        let isDigit = { (u: Unicode.Scalar) in
            ascii ? u.value >= 0x30 && u.value <= 0x39 : u.properties.numericType != nil
        }
        let separatorsOnly = scalars.allSatisfy { isDigit($0) || " .-+()".unicodeScalars.contains($0) }
        guard separatorsOnly else { return }
        if text.hasPrefix("+") || text.hasPrefix("00") { return }
        let digits = String(String.UnicodeScalarView(scalars.filter(isDigit)))
        let count = digits.unicodeScalars.count
        if count == 9, let first = digits.first, first != "0" {
            out.add(.phoneFormat, phone, text, .phoneLostZero(phone: text, digits: digits), proposal: "0" + digits)
        } else if count != 10 && !(count == 4 && (digits.hasPrefix("3"))) {
            out.add(.phoneFormat, phone, text, .phoneDigitCount(phone: text))
        }
    }
}
