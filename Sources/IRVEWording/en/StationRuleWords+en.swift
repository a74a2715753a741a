import IRVEFindings

extension English {
    static func station(_ facts: StationRuleFacts) -> String {
        switch facts {
        case .duplicateId(let id, let count, let rows):
            "Id \"\(id)\" is used by \(count) rows (\(English.rows(rows))): each charge point needs its own."
        case .stationIncoherent(let station, let column, let values, let others):
            "Station \"\(station)\" has several values of \"\(column)\": \(seen(values, others)). It must be "
                + "identical on all its rows."
        case .nbrePdcMismatch(let station, let announced, let rows):
            "Station \"\(station)\" announces nbre_pdc = \(announced) but has \(rows) row(s)."
        case .connectorsAsPdc(let station, let rows):
            "Station \"\(station)\" declares \(rows) points with the same power, one connector each, consecutive "
                + "ids: probably the connectors of one point."
        }
    }

    /// "2, 3, 4… and 999997 more"
    static func rows(_ list: RowList) -> String {
        let shown = list.shown.map(String.init).joined(separator: ", ")
        return list.others > 0 ? shown + "… and \(list.others) more" : shown
    }

    private static func seen(_ values: [SeenValue], _ others: Bool) -> String {
        values.map { "\"\($0.value)\" (row \($0.row))" }.joined(separator: ", ") + (others ? "… and others" : "")
    }
}
