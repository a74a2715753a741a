import IRVEFindings

/// The itinerance ids of the point and of its station: AFIREV structure, the schema's example
/// copied, « Non concerné » without a local id, and one operator for a station and its points.
struct IdentifierRule: RowRule {
    static let entries = [
        Rule(.idStructure, .warning, example: ("id_pdc_itinerance", "FR*XYZ*E00011"), repair: .id),
        Rule(.idOperatorMismatch, .warning, example: ("id_pdc_itinerance", "FRABCE00011")),
        Rule(.idExampleCopied, .error, example: ("id_pdc_itinerance", "FRA68E680210015")),
        Rule(.idLocalMissing, .error, example: ("id_pdc_itinerance", "Non concerné")),
    ]
    /// Its place in the registry: Scripts/generate-rules.py lists the rules by rank.
    static let rank = 40
    // The facts of its findings: cases of RowRuleFacts, copied there by Scripts/generate-rules.py
    // facts: case operatorMismatch(pdc: String, pdcCode: String, station: String, stationCode: String)
    // facts: case idLocalMissing(localColumn: String)
    // facts: case idExampleCopied(id: String)
    // facts: case idUnclean(id: String, normalized: String)
    // facts: case idNotAFIREV(id: String, letter: String, kind: IdKind)
    // facts: case idWrongLetter(id: String, found: String, expected: String, kind: IdKind)

    static let exampleIds: Set<String> = [
        "FRA68P68021001", "FRA68E680210015", "ESZUNP395912133460086982", "ESZUNE1111ER7",
        "01F2KMMRZVQ5FQY882PCJQAPQ0", "01F2KNFARDSJG7KEH1YHG4033M",
    ]
    static let exampleIdBytes: [[UInt8]] = exampleIds.map { Array($0.utf8) }

    let pdc: Int?
    let station: Int?
    let pdcLocal: Int?
    let stationLocal: Int?

    init(columns: RuleColumns) {
        pdc = columns.pdc
        station = columns.station
        pdcLocal = columns.pdcLocal
        stationLocal = columns.stationLocal
    }

    var reads: [Int?] { [pdc, station, pdcLocal, stationLocal] }

    func check(_ row: RuleRow, into out: inout RowFindings) {
        let pdcBytes = row.cell(pdc)
        let stationBytes = row.cell(station)
        let pdcParts = CellBytes.afirev(pdcBytes)
        let stationParts = CellBytes.afirev(stationBytes)
        checkId(pdcBytes, pdcParts, column: pdc, letter: 0x45, local: row.cell(pdcLocal), "id_pdc_local", &out)
        checkId(
            stationBytes, stationParts, column: station, letter: 0x50, local: row.cell(stationLocal),
            "id_station_local", &out)
        if let a = pdcParts, let b = stationParts, a.operatorCode != b.operatorCode {
            let pdcId = RuleRow.text(pdcBytes)
            let stationId = RuleRow.text(stationBytes)
            let ca = String(pdcId.dropFirst(2).prefix(3))
            let cb = String(stationId.dropFirst(2).prefix(3))
            out.add(
                .idOperatorMismatch, pdc, pdcId,
                .operatorMismatch(pdc: pdcId, pdcCode: ca, station: stationId, stationCode: cb))
        }
    }

    private func checkId(
        _ bytes: UnsafeBufferPointer<UInt8>, _ parts: (operatorCode: UInt32, kind: UInt8)?, column: Int?, letter: UInt8,
        local: UnsafeBufferPointer<UInt8>, _ localName: String, _ out: inout RowFindings
    ) {
        guard bytes.count > 0 else { return }
        // Fast path: a clean, well-built id that is not the example.
        // `afirev` accepts only upper-case letters and digits: a parsed id is a clean one.
        if let parsed = parts, parsed.kind == letter,
            !Self.exampleIdBytes.contains(where: { $0.count == bytes.count && $0.elementsEqual(bytes) })
        {
            return
        }
        let id = String(decoding: bytes, as: UTF8.self)
        if id == "Non concerné" {
            if local.count == 0 { out.add(.idLocalMissing, column, id, .idLocalMissing(localColumn: localName)) }
            return
        }
        if Self.exampleIds.contains(id) {
            out.add(.idExampleCopied, column, id, .idExampleCopied(id: id))
            return
        }
        let kind: IdKind = letter == 0x50 ? .station : .chargePoint
        let expected = String(UnicodeScalar(letter))
        if !CellBytes.isCleanId(bytes) {
            let normalized = id.replacingOccurrences(of: "*", with: "").replacingOccurrences(of: " ", with: "")
                .uppercased()
            var n = normalized
            let ok = n.withUTF8 { CellBytes.afirev($0).map { $0.kind == letter } ?? false }
            out.add(
                .idStructure, column, id, .idUnclean(id: id, normalized: normalized),
                proposal: ok ? normalized : nil, confidence: ok ? .certain : .guess)
            return
        }
        guard let parsed = CellBytes.afirev(bytes) else {
            out.add(.idStructure, column, id, .idNotAFIREV(id: id, letter: expected, kind: kind))
            return
        }
        if parsed.kind != letter {
            let found = String(UnicodeScalar(parsed.kind))
            out.add(.idStructure, column, id, .idWrongLetter(id: id, found: found, expected: expected, kind: kind))
        }
    }
}
