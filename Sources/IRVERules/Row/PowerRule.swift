import IRVEFindings

/// `puissance_nominale`: written in watts, or implausible alone or for the declared connectors.
struct PowerRule: RowRule {
    static let entries = [
        Rule(.powerInWatts, .error, example: ("puissance_nominale", "22000"), repair: .rule(.powerInWatts)),
        Rule(.powerImplausible, .warning, example: ("puissance_nominale", "1.2")),
    ]
    /// Its place in the registry: Scripts/generate-rules.py lists the rules by rank.
    static let rank = 50
    // The facts of its findings: cases of RowRuleFacts, copied there by Scripts/generate-rules.py
    // (`power` as written in the file).
    // facts: case powerBeyondWatts(power: String)
    // facts: case powerInWatts(power: String, kilowatts: String)
    // facts: case powerTooLow(power: String)
    // facts: case powerDCOnlyTooLow(power: String)
    // facts: case powerDomesticTooHigh(power: String)
    // facts: case powerACOnlyTooHigh(power: String)

    let power: Int?
    /// Read through `RuleRow.connectors`.
    let connectors: [Int?]

    init(columns: RuleColumns) {
        power = columns.power
        connectors = columns.connectors
    }

    var reads: [Int?] { [power] + connectors }

    func check(_ row: RuleRow, into out: inout RowFindings) {
        let p = row.power
        guard !p.isNaN else { return }
        var shown: String { RuleRow.text(row.cell(power)) }
        if p > PowerBounds.maxWatts {
            // Neither kW nor W: reported, never "converted" (dividing again on every fix would not end).
            out.add(.powerImplausible, power, shown, .powerBeyondWatts(power: shown))
        } else if p > PowerBounds.maxKilowatts {
            let kw = TextChecks.formatKW(p / 1000)
            out.add(.powerInWatts, power, shown, .powerInWatts(power: shown, kilowatts: kw), proposal: kw)
        } else if p < 1.5 {
            out.add(.powerImplausible, power, shown, .powerTooLow(power: shown))
        } else if row.connectors != 0xFF {
            let connectors = row.connectors
            let dcOnly = connectors & 0b01100 != 0 && connectors & 0b10011 == 0
            let efOnly = connectors == 0b00001
            let acOnly = connectors & 0b00011 != 0 && connectors & 0b11100 == 0
            if dcOnly && p < 20 {
                out.add(.powerImplausible, power, shown, .powerDCOnlyTooLow(power: shown))
            } else if efOnly && p > 4 {
                out.add(.powerImplausible, power, shown, .powerDomesticTooHigh(power: shown))
            } else if acOnly && p > 43.5 {
                out.add(.powerImplausible, power, shown, .powerACOnlyTooHigh(power: shown))
            }
        }
    }
}
