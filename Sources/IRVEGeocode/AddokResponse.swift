import Foundation
import IRVEGeo

/// Reading the two answer formats of the BAN/addok API.
enum AddokResponse {
    /// `/search` and `/reverse`: a GeoCodeJSON FeatureCollection; the hits in the server's order.
    static func features(_ body: [UInt8]) -> [GeocodeHit]? {
        guard let root = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any],
            let features = root["features"] as? [[String: Any]]
        else { return nil }
        return features.compactMap { feature in
            guard let geometry = feature["geometry"] as? [String: Any],
                let coordinates = geometry["coordinates"] as? [Any], coordinates.count >= 2,
                let lon = number(coordinates[0]), let lat = number(coordinates[1]), onEarth(lon, lat),
                let p = feature["properties"] as? [String: Any]
            else { return nil }
            return GeocodeHit(
                point: GeoPoint(lon: lon, lat: lat), score: number(p["score"] as Any) ?? 0,
                label: p["label"] as? String ?? "", type: kind(p["type"] as? String),
                citycode: p["citycode"] as? String ?? "", postcode: p["postcode"] as? String ?? "",
                city: p["city"] as? String ?? "")
        }
    }

    /// `/search/csv`: our rows with `latitude`, `longitude`, `result_*` appended, in our order.
    /// Keyed by our `irve_id` column; rows without a result map to nil.
    static func csvRows(_ body: [UInt8]) -> [Int: GeocodeHit?]? {
        var text = String(decoding: body, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let rows = CSVDocument.rows(text)
        guard let header = rows.first else { return nil }
        let col = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        guard let id = col["irve_id"], let latC = col["latitude"], let lonC = col["longitude"],
            let scoreC = col["result_score"]
        else { return nil }
        func cell(_ r: [String], _ c: Int?) -> String {
            guard let c, c < r.count else { return "" }
            return r[c]
        }
        var out: [Int: GeocodeHit?] = [:]
        for r in rows.dropFirst() {
            guard let i = Int(cell(r, id)) else { continue }
            guard let lat = Double(cell(r, latC)), let lon = Double(cell(r, lonC)), onEarth(lon, lat),
                let score = Double(cell(r, scoreC))
            else {
                out[i] = .some(nil)
                continue
            }
            out[i] = GeocodeHit(
                point: GeoPoint(lon: lon, lat: lat), score: score, label: cell(r, col["result_label"]),
                type: kind(cell(r, col["result_type"])), citycode: cell(r, col["result_citycode"]),
                postcode: cell(r, col["result_postcode"]), city: cell(r, col["result_city"]))
        }
        return out
    }

    static func kind(_ s: String?) -> GeocodeHit.Kind {
        GeocodeHit.Kind(rawValue: s ?? "") ?? .street
    }

    /// A server's point that is not on Earth (NaN, 1e308) is no answer: distances to it are meaningless.
    static func onEarth(_ lon: Double, _ lat: Double) -> Bool { abs(lon) <= 180 && abs(lat) <= 90 }

    static func number(_ v: Any) -> Double? {
        if let d = v as? Double { return d }
        if let n = v as? NSNumber { return n.doubleValue }
        if let s = v as? String { return Double(s) }
        return nil
    }
}

/// A small RFC 4180 reader and writer for the batch endpoint (quotes, CRLF, quoted newlines).
enum CSVDocument {
    static func rows(_ text: String, separator: Character = ",") -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var wasQuoted = false
        var it = text.makeIterator()
        var pending: Character? = nil
        func next() -> Character? {
            if let p = pending {
                pending = nil
                return p
            }
            return it.next()
        }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    if let n = it.next() {
                        if n == "\"" {
                            field.append("\"")
                        } else {
                            quoted = false
                            pending = n
                        }
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" && field.isEmpty && !wasQuoted {
                quoted = true
                wasQuoted = true
            } else if c == separator {
                row.append(field)
                field = ""
                wasQuoted = false
            } else if c == "\n" || c == "\r\n" || c == "\r" {
                row.append(field)
                field = ""
                wasQuoted = false
                rows.append(row)
                row = []
            } else {
                field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty || wasQuoted {
            row.append(field)
            rows.append(row)
        }
        return rows
    }

    static func line(_ fields: [String]) -> String {
        fields.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",") + "\r\n"
    }
}
