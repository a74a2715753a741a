import IRVEFindings
import IRVEHTTP
import XCTest

@testable import IRVEPublish

/// Every udata error of the catalogue (../shared/docs/datagouv-api.md §10) becomes a French
/// message saying what to do (bodies as udata 17.18 sends them).
final class ErrorCatalogueTests: XCTestCase {
    func error(_ status: Int, _ body: String, step: PublishStep = .readDataset) -> PublishError? {
        let r = HTTPResponse(status: status, headers: [:], body: Array(body.utf8))
        do {
            _ = try UdataClient.check(r, step: step)
            return nil
        } catch { return error }
    }

    func testCatalogue() {
        let cases: [(Int, String, String)] = [
            (
                400, #"{"errors": {"tags": ["Tag \"ab\" must be between 3 and 96 characters long."]}}"#,
                "de 3 à 96 caractères"
            ),
            (
                400, #"{"errors": {"spatial": {"zones": ["Unknown geoid(s): fr:commune:99999"]}}}"#,
                "code INSEE a peut-être changé"
            ),
            (400, #"{"errors": {"spatial": {"granularity": ["Not a valid choice."]}}}"#, "utilisez « poi »"),
            (
                400, #"{"errors": {"schema": {"version": ["Version \"9.9.9\" is not an allowed value"]}}}"#,
                "produisez le fichier au format 2.3.1"
            ),
            (
                400, #"{"errors": {"schema": {"name": ["Schema name \"x\" is not an allowed value."]}}}"#,
                "etalab/schema-irve-statique"
            ),
            (400, #"{"errors": {"organization": ["Permission denied for this organization"]}}"#, "doit être membre"),
            (400, #"{"errors": {"Content-Type": "expecting application/json"}}"#, "signalez-le"),
            (400, #"{"errors": {"request": "expecting a JSON object"}}"#, "signalez-le"),
            (400, #"{"message": "'x' is not a valid UpdateFrequency"}"#, "fréquence de mise à jour inconnue"),
            (400, #"{"message": "Cannot modify filetype after creation"}"#, "--new-resource"),
            (
                400, #"{"message": "This file type is not allowed.The allowed file type list is available at …"}"#,
                "envoyez un fichier .csv"
            ),
            (400, #"{"errors": {"email": ["Invalid email"]}, "message": "Validation error"}"#, "email"),
            (400, #"{"success": false, "error": "Missing file parameter", "message": ""}"#, "CSV non vide"),
            (401, #"{"message": "Invalid API token"}"#, "clé inconnue"),
            (401, #"{"message": "Revoked API token"}"#, "clé révoquée"),
            (401, #"{"message": "Expired API token"}"#, "clé expirée"),
            (401, #"{"message": "Inactive user"}"#, "compte désactivé"),
            (
                401,
                #"{"message": "The server could not verify that you are authorized to access the URL requested."}"#,
                "aucune clé reçue"
            ),
            (403, #"{"message": "You do not have the permission to modify that object."}"#, "autre producteur"),
            (404, #"{"message": "The requested URL was not found on the server. If you entered…"}"#, "--dataset ID"),
            (404, #"{"message": "Resource does not exist"}"#, "Resource does not exist"),
            (410, #"{"message": "Dataset has been deleted"}"#, "--new"),
            (413, "<html>Request Entity Too Large</html>", "trop volumineux"),
            (415, #"{"message": "Incorrect file content type: HTML"}"#, "page HTML"),
            (
                423, #"{"message": "Due to security reasons, the creation of new content is currently disabled."}"#,
                "lecture seule"
            ),
            (429, "", "patientez"),
            (502, "<html>Bad Gateway</html>", "indisponible (502)"),
            (503, #"{"message": "maintenance"}"#, "relancez la même commande plus tard"),
            (409, #"{"message": "DOI conflict"}"#, "DOI conflict"),
        ]
        for (status, body, expected) in cases {
            guard let e = error(status, body) else {
                XCTFail("\(status) \(body) accepted")
                continue
            }
            let fr = e.message(.fr)
            XCTAssertTrue(fr.contains(expected), "\(status) \(body)\n→ \(fr)")
            XCTAssertFalse(e.message(.en).isEmpty)
        }
    }

    func testSuccessBodies() throws {
        let r = HTTPResponse(status: 201, headers: [:], body: Array(#"{"id": "abc", "success": true}"#.utf8))
        XCTAssertEqual(try UdataClient.check(r, step: .readDataset)["id"], "abc")
        let empty = HTTPResponse(status: 204, headers: [:], body: [])
        XCTAssertEqual(try UdataClient.check(empty, step: .readDataset), .null)
    }

    func testNetworkErrorsKeepTheirFrenchMessage() {
        let e = PublishError.http(
            .unreachable(url: "https://www.data.gouv.fr/api/1/me/", detail: "Could not resolve host: www.data.gouv.fr"))
        XCTAssertTrue(
            e.message(.fr).hasPrefix(
                "impossible de joindre https://www.data.gouv.fr/api/1/me/ (nom de serveur inconnu)"), e.message(.fr))
    }
}
