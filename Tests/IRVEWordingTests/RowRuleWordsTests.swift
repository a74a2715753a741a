import IRVEFindings
import IRVETestSupport
import IRVEWording
import XCTest

/// The per-row rules' facts, worded: French with French quotes, English without French words, and the
/// values of the facts in both.
final class RowRuleWordsTests: XCTestCase {
    static let samples: [RowRuleFacts] = [
        .operatorMismatch(pdc: "FRABCE123456", pdcCode: "ABC", station: "FRXYZP123456", stationCode: "XYZ"),
        .powerBeyondWatts(power: "1e300"), .powerInWatts(power: "22000", kilowatts: "22"),
        .powerTooLow(power: "0.5"), .powerDCOnlyTooLow(power: "7"), .powerDomesticTooHigh(power: "22"),
        .powerACOnlyTooHigh(power: "50"), .commissioningInFuture(date: "2099-01-01"),
        .updateInFuture(date: "2099-01-02"), .datesInverted(update: "2020-01-01", commissioning: "2021-01-01"),
        .sirenChecksum(siren: "123456789"), .idLocalMissing(localColumn: "id_pdc_local"),
        .idExampleCopied(id: "FRA68P68021001"), .idUnclean(id: "fr*abc*e1", normalized: "FRABCE1"),
        .idNotAFIREV(id: "X1", letter: "E", kind: .chargePoint),
        .idWrongLetter(id: "FRABCP123456", found: "P", expected: "E", kind: .chargePoint),
        .phoneInvisible(cleaned: "0102030405"), .phoneLetters(phone: "appelez-nous"),
        .phoneLostZero(phone: "102030405", digits: "102030405"), .phoneDigitCount(phone: "01020304"),
        .horairesAllDay(hours: "24h/24"), .horairesSeconds(hours: "08:00:00-19:00:00", fixed: "08:00-19:00"),
        .horairesFrenchDays(hours: "lundi 8h-19h"),
        .placeholder(column: "num_pdl", value: "N/A", required: false),
        .placeholder(column: "restriction_gabarit", value: "Inconnu", required: true),
    ]

    func testEveryFactIsWordedInBothLanguages() {
        for facts in Self.samples {
            let french = Wording.message(.row(facts), .fr)
            let english = Wording.message(.row(facts), .en)
            XCTAssertFalse(french.isEmpty, "\(facts)")
            XCTAssertNotEqual(french, english, "\(facts)")
            for word in [" : ", "« ", "ligne", "écrivez", "être"] {
                XCTAssertFalse(english.contains(word), "English text with « \(word) »: \(english)")
            }
        }
    }

    func testStationFactsCiteAFewRowsThenCountTheOthers() {
        let rows = RowList((2...1_000_001).map { Int32($0) }, citing: 3)
        let french = Wording.message(.station(.duplicateId(id: "FRABCE1", count: 1_000_000, rows: rows)), .fr)
        XCTAssertTrue(french.contains("1000000 lignes (2, 3, 4… et 999997 autre(s))"), french)
        let english = Wording.message(
            .station(.duplicateId(id: "FRABCE1", count: 2, rows: RowList([2, 4], citing: 3))),
            .en)
        XCTAssertEqual(english, "Id \"FRABCE1\" is used by 2 rows (2, 4): each charge point needs its own.")
        let values = [SeenValue(value: "A", row: 2), SeenValue(value: "B", row: 3)]
        let incoherent = Wording.message(
            .station(.stationIncoherent(station: "S", column: "nom_station", values: values, others: true)), .fr)
        XCTAssertTrue(incoherent.contains("« A » (ligne 2), « B » (ligne 3)… et d'autres"), incoherent)
    }

    func testTheFactsValuesAppearInTheSentence() {
        let french = Wording.message(.row(.powerInWatts(power: "22000", kilowatts: "22")), .fr)
        XCTAssertTrue(french.contains("22000 kW") && french.contains("écrivez 22."), french)
        let english = Wording.message(
            .row(.idWrongLetter(id: "FRABCP1", found: "P", expected: "E", kind: .station)),
            .en)
        XCTAssertTrue(english.contains("identifies a station"), english)
        // A pasted 5 MB cell is quoted cut, with its length.
        let long = String(repeating: "7", count: 5_000) + "x"
        let quoted = Wording.message(.row(.phoneLetters(phone: long)), .fr)
        XCTAssertTrue(quoted.contains("(5001 caractères)"), String(quoted.suffix(80)))
        XCTAssertLessThan(quoted.utf8.count, 400)
    }

    func testWordedFindingsKeepTheirSentence() {
        let f = Finding(type: "t", severity: .warning, message: "déjà écrit")
        XCTAssertEqual(Wording.worded(f, .en).message, "déjà écrit")
        let data = Finding(type: "siren-checksum", severity: .error, facts: .row(.sirenChecksum(siren: "1")))
        XCTAssertEqual(data.message, "", "facts that are data have no sentence until worded")
        XCTAssertTrue(Wording.worded(data, .en).message.hasPrefix("SIREN \"1\""))
    }
}
