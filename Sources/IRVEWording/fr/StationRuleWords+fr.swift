import IRVEFindings

extension French {
    static func station(_ facts: StationRuleFacts) -> String {
        switch facts {
        case .duplicateId(let id, let count, let rows):
            "L'identifiant « \(id) » est utilisé par \(count) lignes (\(French.rows(rows))) : chaque point de "
                + "recharge doit avoir le sien. Si ce sont les prises d'un même point, regroupez-les sur une seule "
                + "ligne."
        case .stationIncoherent(let station, let column, let values, let others):
            "La station « \(station) » a plusieurs valeurs de « \(column) » : \(seen(values, others)). Cette "
                + "colonne décrit la station : elle doit être identique sur toutes ses lignes."
        case .nbrePdcMismatch(let station, let announced, let rows):
            "La station « \(station) » annonce nbre_pdc = \(announced) mais le fichier lui donne \(rows) ligne(s). "
                + "Il faut une ligne par point de recharge ; nbre_pdc ne compte ni les prises ni les bornes."
        case .connectorsAsPdc(let station, let rows):
            "La station « \(station) » déclare \(rows) points de recharge de même puissance, chacun avec une seule "
                + "prise d'un type différent, aux identifiants qui se suivent : ce sont sans doute les prises d'un "
                + "même point de recharge. Un point de recharge = une ligne, avec toutes ses prises à true."
        }
    }

    /// « 2, 3, 4… et 999 997 autre(s) »
    static func rows(_ list: RowList) -> String {
        let shown = list.shown.map(String.init).joined(separator: ", ")
        return list.others > 0 ? shown + "… et \(list.others) autre(s)" : shown
    }

    private static func seen(_ values: [SeenValue], _ others: Bool) -> String {
        values.map { "« \($0.value) » (ligne \($0.row))" }.joined(separator: ", ") + (others ? "… et d'autres" : "")
    }
}
