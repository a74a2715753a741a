import IRVEFindings

/// `date_mise_en_service` and `date_maj`: not after today, and the update not before the commissioning.
struct DatesRule: RowRule {
    static let entries = [
        Rule(.dateInFuture, .warning, example: ("date_mise_en_service", "2099-01-01")),
        Rule(.datesInverted, .warning, example: ("date_maj", "2020-01-01")),
    ]
    /// Its place in the registry: Scripts/generate-rules.py lists the rules by rank.
    static let rank = 60
    // The facts of its findings: cases of RowRuleFacts, copied there by Scripts/generate-rules.py
    // (dates as written).
    // facts: case commissioningInFuture(date: String)
    // facts: case updateInFuture(date: String)
    // facts: case datesInverted(update: String, commissioning: String)

    let dateService: Int?
    let dateMaj: Int?

    init(columns: RuleColumns) {
        dateService = columns.dateService
        dateMaj = columns.dateMaj
    }

    var reads: [Int?] { [dateService, dateMaj] }

    func check(_ row: RuleRow, into out: inout RowFindings) {
        let serviceDate = CellBytes.isoDate(row.cell(dateService))
        let majDate = CellBytes.isoDate(row.cell(dateMaj))
        if let d = serviceDate, d > row.today {
            let v = RuleRow.text(row.cell(dateService))
            out.add(.dateInFuture, dateService, v, .commissioningInFuture(date: v))
        }
        if let d = majDate, d > row.today {
            let v = RuleRow.text(row.cell(dateMaj))
            out.add(.dateInFuture, dateMaj, v, .updateInFuture(date: v))
        }
        if let a = serviceDate, let b = majDate, b < a {
            let maj = RuleRow.text(row.cell(dateMaj))
            let service = RuleRow.text(row.cell(dateService))
            out.add(.datesInverted, dateMaj, maj, .datesInverted(update: maj, commissioning: service))
        }
    }
}
