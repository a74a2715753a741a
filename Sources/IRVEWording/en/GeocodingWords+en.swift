import Foundation
import IRVEFindings

extension English {
    static func geocoding(_ facts: GeocodingFacts) -> String {
        switch facts {
        case .farFromPoint(let station, let list, let address, let metres, let match, let answer, let proposed):
            "Station \"\(station)\" (\(geocodedRows(list))): the coordinates are "
                + "\(distance(metres, oneDecimalBelow: 100)) away from "
                + "\(found(match, answer)), found by the geocoder for \"\(address)\" (score \(score(answer.score)))."
                + (proposed.map(proposal) ?? " Check which is right: the address or the coordinates (a charger at "
                    + "the back of a car park may be far from its entrance).")
        case .notFound(let station, let list, let address, let source, let best):
            "Station \"\(station)\" (\(geocodedRows(list))): the address \"\(address)\" was not found by the "
                + geocoder(source)
                + (best.map { " (best answer: \"\($0.label)\", score \(score($0.score)))" } ?? "")
                + ". Write it as the national address base does: number, street, postcode, commune."
        }
    }

    /// The geocoder's name is still the French one, as in the reports before it became data.
    static func geocoder(_ source: GeocoderSource) -> String {
        switch source {
        case .localIndex(let path): "index BAN local (\(path))"
        case .server(let url): "géocodeur \(url)"
        }
    }

    private static func found(_ match: AddressMatch, _ answer: GeocoderAnswer) -> String {
        switch match {
        case .address: "the address \"\(answer.label)\""
        case .street: "the street \"\(answer.label)\" (its middle, number not found)"
        }
    }

    private static func proposal(_ point: String) -> String {
        " The current point is outside the announced commune: proposed position \(point) (a guess, applied by "
            + "irve fix --aggressive)."
    }

    /// "row 2", "rows 4, 5, 6, 7, 8…"
    private static func geocodedRows(_ list: RowList) -> String {
        let shown = list.shown.map(String.init).joined(separator: ", ") + (list.others > 0 ? "…" : "")
        return list.shown.count + list.others == 1 ? "row \(shown)" : "rows \(shown)"
    }

    /// "0.87"
    private static func score(_ score: Double) -> String { decimal(score, digits: 2) }
}
