import Foundation
import IRVEFindings
import IRVEHTTP
import IRVEWording
import XCTest

@testable import IRVEGeocode

/// What the user reads when the HTTP geocoder is not there: one French sentence, no stack trace.
final class AddokErrorTests: XCTestCase {
    func testUnreachableServerGivesTheFrenchMessage() throws {
        let port = AddokHarness.freePort()
        let addok = try AddokGeocoder(baseURL: "http://127.0.0.1:\(port)/", cachePath: nil)
        XCTAssertEqual(addok.baseURL, "http://127.0.0.1:\(port)")
        let started = Date()
        XCTAssertThrowsError(
            try addok.geocode([GeocodeQuery(address: "5 Avenue du Test Fictif 27200 Vernon", citycode: "27681")])
        ) { error in
            guard let e = error as? GeocodeError else { return XCTFail("\(error)") }
            let message = e.message(.fr)
            XCTAssertEqual(
                message,
                "Le géocodeur http://127.0.0.1:\(port) ne répond pas (connexion impossible) : vérifiez l'adresse ou relancez sans --geocoder."
            )
            XCTAssertTrue(e.message(.en).contains("does not answer"))
        }
        // Retries with back-off (RetryPolicy.standard), but bounded.
        XCTAssertLessThan(Date().timeIntervalSince(started), 15)
        XCTAssertEqual(addok.requestCount, 1, "one logical request (its retries are inside HTTPClient)")
    }

    func testInvalidURLIsRefusedAtOnce() {
        XCTAssertThrowsError(try AddokGeocoder(baseURL: "data.geopf.fr/geocodage", cachePath: nil)) { error in
            XCTAssertTrue((error as? GeocodeError)?.message(.fr).contains("http://") == true, "\(error)")
        }
    }

    func testSearchSuffixIsAccepted() throws {
        XCTAssertEqual(
            try AddokGeocoder(baseURL: "https://data.geopf.fr/geocodage/search/", cachePath: nil).baseURL,
            "https://data.geopf.fr/geocodage")
    }

    func testCSVAnswerIsReadWithBOMQuotesAndEmptyRows() throws {
        let body =
            "\u{FEFF}irve_id,q,citycode,postcode,latitude,longitude,result_label,result_score,result_type,result_citycode,result_postcode,result_city\r\n"
            + "0,\"5 av, \"\"du\"\" test\",27681,,49.09,1.48,5 Avenue du Test Fictif 27200 Vernon,0.93,housenumber,27681,27200,Vernon\r\n"
            + "1,rien,27681,,,,,,,,,\r\n"
        let rows = try XCTUnwrap(AddokResponse.csvRows(Array(body.utf8)))
        XCTAssertEqual(rows[0]??.label, "5 Avenue du Test Fictif 27200 Vernon")
        XCTAssertEqual(rows[0]??.type, .housenumber)
        XCTAssertEqual(rows[0]??.point.lon, 1.48)
        XCTAssertTrue(rows[1] != nil, "the second row has an answer, even an empty one")
        XCTAssertNil(rows[1]!)
    }
}
