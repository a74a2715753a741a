import Foundation
import IRVEFindings

/// One line of a BAN `adresses-XX.csv`: the fields the index keeps.
struct BANRecord {
    /// The 23 columns of the official format, in order (geodata.md §3).
    static let header = [
        "id", "id_fantoir", "numero", "rep", "nom_voie", "code_postal", "code_insee", "nom_commune",
        "code_insee_ancienne_commune", "nom_ancienne_commune", "x", "y", "lon", "lat", "type_position", "alias",
        "nom_ld", "libelle_acheminement", "nom_afnor", "source_position", "source_nom_voie",
        "certification_commune", "cad_parcelles",
    ]
    // Column positions used below.
    static let numero = 2, rep = 3, nomVoie = 4, codePostal = 5, codeInsee = 6, nomCommune = 7
    static let nomAncienne = 9, lon = 12, lat = 13

    var numero: String
    var rep: String
    var street: String
    var postcode: String
    var citycode: String
    var city: String
    var oldCity: String
    var point: (lon: Double, lat: Double)

    /// Checks the header line: the 22 first columns must be the official ones (older files lack
    /// `cad_parcelles`, which the index does not use).
    static func checkHeader(_ fields: [String], path: String) throws(GeocodeError) {
        let names = fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let bomless = names.first.map { $0.hasPrefix("\u{FEFF}") ? String($0.dropFirst()) : $0 }
        let got = [bomless ?? ""] + names.dropFirst()
        guard got.count >= 22, Array(got.prefix(22)) == Array(header.prefix(22)) else {
            let shown = fields.prefix(6).joined(separator: ";")
            throw .banFile(path: path, line: 1, problem: .header(shown: shown))
        }
    }

    /// Parses a data line. `line` is the 1-based line number, for the message.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, line: Int, path: String) throws(GeocodeError) -> BANRecord {
        let f = CSVSplit.fields(bytes, separator: 0x3B)
        guard f.count >= 22 else {
            throw .banFile(path: path, line: line, problem: .columns(f.count))
        }
        let code = f[codeInsee]
        guard code.count == 5, code.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "A" || $0 == "B") }) else {
            throw .banFile(path: path, line: line, problem: .inseeCode(code))
        }
        guard let lon = Double(f[lon]), let lat = Double(f[lat]), lon.isFinite, lat.isFinite,
            (-180...180).contains(lon), (-90...90).contains(lat)
        else {
            throw .banFile(path: path, line: line, problem: .coordinates(lon: f[lon], lat: f[lat]))
        }
        guard !f[nomVoie].isEmpty else {
            throw .banFile(path: path, line: line, problem: .emptyStreet)
        }
        return BANRecord(
            numero: f[numero], rep: f[rep], street: f[nomVoie], postcode: f[codePostal], citycode: code,
            city: f[nomCommune], oldCity: f[nomAncienne], point: (lon, lat))
    }
}

/// A minimal CSV splitter on bytes (RFC 4180 quotes honoured): BAN files are unquoted, but a file
/// re-saved by a spreadsheet is quoted.
enum CSVSplit {
    static func fields(_ bytes: UnsafeBufferPointer<UInt8>, separator: UInt8) -> [String] {
        var out: [String] = []
        out.reserveCapacity(24)
        var i = 0
        let n = bytes.count
        while i <= n {
            if i < n, bytes[i] == 0x22 {
                var value: [UInt8] = []
                i += 1
                while i < n {
                    if bytes[i] == 0x22 {
                        if i + 1 < n, bytes[i + 1] == 0x22 {
                            value.append(0x22)
                            i += 2
                            continue
                        }
                        i += 1
                        break
                    }
                    value.append(bytes[i])
                    i += 1
                }
                while i < n, bytes[i] != separator {
                    value.append(bytes[i])
                    i += 1
                }
                out.append(String(decoding: value, as: UTF8.self))
            } else {
                let s = i
                while i < n, bytes[i] != separator { i += 1 }
                out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<i]), as: UTF8.self))
            }
            i += 1  // past the separator (or past the end)
        }
        return out
    }

    /// The same on a String (addok's CSV answers), for one line; quoted newlines are not expected.
    static func fields(_ line: Substring, separator: Character) -> [String] {
        var bytes = Array(line.utf8)
        return bytes.withUnsafeMutableBufferPointer {
            fields(UnsafeBufferPointer($0), separator: UInt8(ascii: separator.unicodeScalars.first ?? ","))
        }
    }
}
