import IRVEFindings

/// `siren_amenageur`: nine digits whose Luhn check digit is wrong cannot be a SIREN.
struct SirenChecksumRule: RowRule {
    static let entries = [Rule(.sirenChecksum, .error, example: ("siren_amenageur", "213105555"))]
    /// Its place in the registry: Scripts/generate-rules.py lists the rules by rank.
    static let rank = 70
    // The facts of its findings: cases of RowRuleFacts, copied there by Scripts/generate-rules.py
    // facts: case sirenChecksum(siren: String)

    /// La Poste's SIREN, the documented exception to the Luhn check.
    static let laPoste = "356000000"

    let siren: Int?

    init(columns: RuleColumns) { siren = columns.siren }

    var reads: [Int?] { [siren] }

    func check(_ row: RuleRow, into out: inout RowFindings) {
        let bytes = row.cell(siren)
        guard bytes.count == 9, bytes.allSatisfy(CellBytes.isDigit), !CellBytes.luhnOK(bytes) else { return }
        let text = RuleRow.text(bytes)
        if text != Self.laPoste { out.add(.sirenChecksum, siren, text, .sirenChecksum(siren: text)) }
    }
}
