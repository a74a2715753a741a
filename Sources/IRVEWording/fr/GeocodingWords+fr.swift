import Foundation
import IRVEFindings

extension French {
    static func geocoding(_ facts: GeocodingFacts) -> String {
        switch facts {
        case .farFromPoint(let station, let list, let address, let metres, let match, let answer, let proposed):
            "Station « \(station) » (\(geocodedRows(list))) : les coordonnées sont à "
                + "\(distance(metres, oneDecimalBelow: 100)) de \(found(match, answer)), "
                + "trouvée par le géocodeur pour « \(address) » (score \(score(answer.score)))."
                + (proposed.map(proposal) ?? " Vérifiez lequel est juste : l'adresse ou les coordonnées (une "
                    + "borne au fond d'un parking peut être loin de l'entrée).")
        case .notFound(let station, let list, let address, let source, let best):
            "Station « \(station) » (\(geocodedRows(list))) : l'adresse « \(address) » n'a pas été trouvée par "
                + "le \(geocoder(source))"
                + (best.map { " (meilleure réponse : « \($0.label) », score \(score($0.score)))" } ?? "")
                + ". Écrivez-la comme la Base Adresse Nationale : numéro, voie, code postal, commune (ex. "
                + "« 12 Rue de la Mairie 27200 Vernon »)."
        }
    }

    static func geocoder(_ source: GeocoderSource) -> String {
        switch source {
        case .localIndex(let path): "index BAN local (\(path))"
        case .server(let url): "géocodeur \(url)"
        }
    }

    private static func found(_ match: AddressMatch, _ answer: GeocoderAnswer) -> String {
        switch match {
        case .address: "l'adresse « \(answer.label) »"
        case .street: "la voie « \(answer.label) » (son milieu, numéro non trouvé)"
        }
    }

    private static func proposal(_ point: String) -> String {
        " Le point actuel est hors de la commune annoncée : position proposée \(point) (supposition, appliquée "
            + "par irve fix --aggressive)."
    }

    /// « ligne 2 », « lignes 4, 5, 6, 7, 8… »
    private static func geocodedRows(_ list: RowList) -> String {
        let shown = list.shown.map(String.init).joined(separator: ", ") + (list.others > 0 ? "…" : "")
        return list.shown.count + list.others == 1 ? "ligne \(shown)" : "lignes \(shown)"
    }

    /// « 0,87 »
    private static func score(_ score: Double) -> String { decimal(score, digits: 2) }
}
