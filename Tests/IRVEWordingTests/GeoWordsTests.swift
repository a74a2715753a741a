import IRVEFindings
import IRVEWording
import XCTest

/// The geographic facts, worded: every case in both languages, English without French words, and
/// the sentences the reports had before the facts became data.
final class GeoWordsTests: XCTestCase {
    static let rouen = CommuneRef(name: "Rouen", code: "76540")
    static let vernon = CommuneRef(name: "Vernon", code: "27681")
    static let rows = RowList(shown: [2, 3], total: 2)

    static let samples: [GeoRuleFacts] = [
        .coordinates(.zero(point: "[0, 0]")),
        .coordinates(.shared(point: "[1.1, 49.4]", stations: 3, rows: RowList(shown: [2, 5, 9], total: 30))),
        .coordinates(.outsideFrance(point: "[100.5, 100.5]", sameNumbers: true)),
        .coordinates(.swapped(point: "[49.44, 1.09]", swappedCommune: rouen, announced: true)),
        .coordinates(.nearBorder(metres: 120, commune: rouen, precision: 300)),
        .coordinates(.outsideCommune(pointCommune: vernon, metres: 2_400, commune: rouen)),
        .coordinates(.outsideCommune(pointCommune: nil, metres: 850, commune: rouen)),
        .coordinates(.fewDecimals(decimals: 2)), .coordinates(.referencePoint(commune: rouen)),
        .insee(.missing(pointCommune: rouen)), .insee(.missing(pointCommune: nil)),
        .insee(.pointPostcode(written: "27200", pointCommune: vernon, codeCommune: rouen, sharesPostcode: false)),
        .insee(
            .postcode(
                written: "27200", communes: CitedList([vernon], citing: 6), commune: vernon,
                choice: .addressTown)),
        .insee(.sharedPostcode(written: "76000", communes: CitedList([rouen, vernon], citing: 6))),
        .insee(.unknown(written: "99999", pointCommune: rouen)),
        .insee(.unknown(written: "99999", pointCommune: nil)),
        .insee(
            .obsolete(
                written: "27001", former: "Ancienne", kind: .deleguee, since: 2019,
                current: CitedList([vernon], citing: 6))),
        .insee(
            .obsolete(
                written: "27002", former: "Disparue", kind: nil, since: nil,
                current: CitedList([], citing: 6))),
        .insee(
            .arrondissement(
                arrondissement: CommuneRef(name: "Paris 1er Arrondissement", code: "75101"),
                commune: CommuneRef(name: "Paris", code: "75056"))),
        .address(
            .postcodeUnassigned(
                postcode: "76099", commune: rouen,
                postcodes: CitedList(["76000", "76100"], citing: 6))),
        .address(
            .postcodeElsewhere(
                postcode: "27200", owners: CitedList([vernon], citing: 4), commune: rouen,
                postcodes: CitedList(["76000", "76100"], citing: 6))),
        .address(.nameMismatch(named: vernon, expected: rouen, from: .inseeCode)),
        .station(
            .defaultCode(
                commune: rouen, stations: 40, otherCommunes: 16, atLeast: true, station: nil,
                pointCommune: vernon)),
        .station(.inseeWrong(station: "FRXYZP1", rows: rows, pointCommune: vernon, codeCommune: rouen)),
        .station(.coordinatesWrong(station: nil, rows: rows, commune: rouen, pointCommune: vernon)),
        .station(.addressWrong(station: "FRXYZP1", rows: rows, commune: rouen, addressCommune: vernon)),
    ]

    static let frenchWords = [" : ", "« ", "»", "ligne", "tombe", "indiquez", "commune de", "est le code", "à "]

    private func fr(_ facts: GeoRuleFacts) -> String { Wording.message(.geo(facts), .fr) }
    private func en(_ facts: GeoRuleFacts) -> String { Wording.message(.geo(facts), .en) }

    func testEveryFactIsWordedInBothLanguages() {
        for facts in Self.samples {
            let french = Wording.message(.geo(facts), .fr)
            let english = Wording.message(.geo(facts), .en)
            XCTAssertFalse(french.isEmpty, "\(facts)")
            XCTAssertFalse(english.isEmpty, "\(facts)")
            XCTAssertNotEqual(french, english, "\(facts)")
            for word in Self.frenchWords {
                XCTAssertFalse(english.contains(word), "English text with « \(word) »: \(english)")
            }
        }
    }

    func testSentencesAsTheReportsHadThem() {
        XCTAssertEqual(
            fr(.coordinates(.outsideCommune(pointCommune: Self.vernon, metres: 2_449, commune: Self.rouen))),
            "Le point tombe à Vernon (27681), à 2,4 km de Rouen (76540), la commune de code_insee_commune : l'un des "
                + "deux est faux (voir le bilan de la station).")
        XCTAssertEqual(
            en(.coordinates(.outsideCommune(pointCommune: nil, metres: 37_400, commune: Self.rouen))),
            "The point is in no commune, 37 km from Rouen (76540), the commune of code_insee_commune.")
        XCTAssertEqual(
            fr(.insee(.missing(pointCommune: Self.rouen))),
            "code_insee_commune est vide ; le point tombe à Rouen (76540) : indiquez 76540.")
        XCTAssertEqual(
            fr(
                .station(
                    .inseeWrong(
                        station: "FRXYZP1", rows: RowList(shown: [7], total: 1),
                        pointCommune: Self.vernon, codeCommune: Self.rouen))),
            "Pour la station « FRXYZP1 » (ligne 7), le point et l'adresse désignent Vernon (27681), le code INSEE "
                + "Rouen (76540) : c'est le code INSEE qui est faux, mettez 27681.")
        XCTAssertEqual(
            en(
                .station(
                    .addressWrong(
                        station: nil, rows: Self.rows, commune: Self.rouen,
                        addressCommune: Self.vernon))),
            "For the station (rows 2, 3), the point and the INSEE code name Rouen (76540), the address Vernon "
                + "(27681): check the address.")
        XCTAssertEqual(
            fr(.coordinates(.nearBorder(metres: 120, commune: Self.rouen, precision: 300))),
            "Le point est à 120 m hors du contour de Rouen (76540), moins que la précision des contours (300 m) : "
                + "probablement juste.")
    }

    func testListsCiteAFewThenSayThereAreMore() {
        let communes = (1...8).map { CommuneRef(name: "C\($0)", code: "0000\($0)") }
        let french = fr(.insee(.sharedPostcode(written: "01000", communes: CitedList(communes, citing: 6))))
        XCTAssertTrue(french.contains("C6 (00006)… : indiquez"), french)
        XCTAssertFalse(french.contains("C7"), french)
        let shared = CoordinatesFacts.shared(point: "[1, 2]", stations: 3, rows: RowList(shown: [2, 3], total: 30))
        XCTAssertTrue(fr(.coordinates(shared)).contains("(lignes 2, 3… et 28 autre(s))"), fr(.coordinates(shared)))
        XCTAssertTrue(en(.coordinates(shared)).contains("(rows 2, 3… and 28 more)"), en(.coordinates(shared)))
    }

    func testKindsOfCommuneAndFormerCodes() {
        let vernon = CitedList([Self.vernon], citing: 6)
        XCTAssertEqual(
            fr(.insee(.obsolete(written: "27001", former: "Ancienne", kind: .deleguee, since: 2019, current: vernon))),
            "« 27001 » est le code de Ancienne, commune déléguée depuis 2019 : la commune actuelle est "
                + "Vernon (27681).")
        let gone = fr(
            .insee(
                .obsolete(
                    written: "27002", former: "Disparue", kind: nil, since: nil,
                    current: CitedList([], citing: 6))))
        XCTAssertTrue(gone.hasSuffix("Disparue, ancienne commune : la commune actuelle est inconnue."), gone)
        XCTAssertEqual(
            en(.insee(.obsolete(written: "27001", former: "Old", kind: .associee, since: 1972, current: vernon))),
            "\"27001\" is the code of Old, associated commune since 1972: the current commune is Vernon (27681).")
    }

    func testDistancesDoNotTrap() {
        for metres in [Double.infinity, -.infinity, .nan, 0, 999.6, 1_000, 9_999, 10_000, 1e300] {
            for lang in Language.allCases {
                let facts = CoordinatesFacts.outsideCommune(pointCommune: nil, metres: metres, commune: Self.rouen)
                let text = Wording.message(.geo(.coordinates(facts)), lang)
                XCTAssertFalse(text.isEmpty)
            }
        }
    }

    static let answer = GeocoderAnswer(label: "5 Avenue du Test Fictif 27200 Vernon", score: 0.934)
    static let geocoding: [GeocodingFacts] = [
        .farFromPoint(
            station: "FRA01P00002", rows: RowList(shown: [4, 5], total: 2), address: "5 av. du test fictif",
            metres: 2_200, match: .address, answer: answer, proposed: "[1.487101, 49.090925]"),
        .farFromPoint(
            station: "FRA01P00003", rows: RowList(shown: [6], total: 1), address: "Avenue du Test Fictif",
            metres: 150_000, match: .street, answer: answer, proposed: nil),
        .notFound(
            station: "FRA01P00004", rows: RowList(shown: [2, 3, 4, 5, 6], total: 9), address: "14 rue X",
            source: .localIndex(path: "/tmp/ban.sqlite"), best: GeocoderAnswer(label: "Rue Y", score: 0.2)),
        .notFound(
            station: "FRA01P00005", rows: RowList(shown: [8], total: 1), address: "Parking",
            source: .server(url: "https://data.geopf.fr/geocodage"), best: nil),
    ]

    func testEveryGeocodingFactIsWordedInBothLanguages() {
        for facts in Self.geocoding {
            let french = Wording.message(.geocoding(facts), .fr)
            let english = Wording.message(.geocoding(facts), .en)
            XCTAssertFalse(french.isEmpty, "\(facts)")
            XCTAssertNotEqual(french, english, "\(facts)")
            for word in Self.frenchWords {
                XCTAssertFalse(english.contains(word), "English text with « \(word) »: \(english)")
            }
        }
    }

    func testGeocodingSentences() {
        XCTAssertEqual(
            Wording.message(.geocoding(Self.geocoding[0]), .fr),
            "Station « FRA01P00002 » (lignes 4, 5) : les coordonnées sont à 2,2 km de l'adresse « 5 Avenue du Test "
                + "Fictif 27200 Vernon », trouvée par le géocodeur pour « 5 av. du test fictif » (score 0,93). Le "
                + "point actuel est hors de la commune annoncée : position proposée [1.487101, 49.090925] "
                + "(supposition, appliquée par irve fix --aggressive).")
        XCTAssertEqual(
            Wording.message(.geocoding(Self.geocoding[1]), .en),
            "Station \"FRA01P00003\" (row 6): the coordinates are 150 km away from the street \"5 Avenue du Test "
                + "Fictif 27200 Vernon\" (its middle, number not found), found by the geocoder for \"Avenue du Test "
                + "Fictif\" (score 0.93). Check which is right: the address or the coordinates (a charger at the "
                + "back of a car park may be far from its entrance).")
        let notFound = Wording.message(.geocoding(Self.geocoding[2]), .fr)
        XCTAssertTrue(
            notFound.hasPrefix(
                "Station « FRA01P00004 » (lignes 2, 3, 4, 5, 6…) : l'adresse « 14 rue X » "
                    + "n'a pas été trouvée par le index BAN local (/tmp/ban.sqlite) (meilleure réponse : « Rue Y », "
                    + "score 0,20). Écrivez-la"), notFound)
        let english = Wording.message(.geocoding(Self.geocoding[3]), .en)
        // The geocoder's name is still French in English (see `English.geocoder`).
        XCTAssertTrue(english.contains("not found by the géocodeur https://data.geopf.fr/geocodage. Write"), english)
    }
}
