import Foundation
import IRVEFindings
import IRVEPublish
import XCTest

/// The dry-run requests against udata's Swagger contract (../shared/datagouv/udata-swagger-17.18.0-api1.json):
/// every path and method exists, every body field is a writable property of the operation's model
/// (with its enum respected), every query parameter is declared, uploads use the `file` form field.
final class DryRunContractTests: XCTestCase {
    var tmp: URL!
    override func setUpWithError() throws { tmp = try Paths.temporaryFolder("irve-dryrun") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: tmp) }

    func publisher(_ o: MetadataOverrides = MetadataOverrides(), state: String? = nil) throws -> Publisher {
        let s = try Describe.summarize(path: Paths.correctedSample, today: "2026-11-20")
        var options = Publisher.Options()
        options.statePath = state ?? tmp.appendingPathComponent("state.sqlite").path
        return Publisher(summary: s, metadata: try MetadataBuilder.build(s, o), options: options, log: { _ in })
    }

    func testFirstPublicationAndUpdatePlansMatchTheSwaggerContract() throws {
        let swagger = try Swagger(path: try Paths.shared("datagouv/udata-swagger-17.18.0-api1.json"))
        // First publication (nothing known).
        let first = try publisher().dryRunPlan()
        XCTAssertEqual(first.map(\.method), ["GET", "GET", "POST", "POST", "PUT", "POST", "GET", "PUT"])
        XCTAssertEqual(
            first.filter { !$0.idempotent }.map(\.path), ["/datasets/", "/datasets/{dataset}/upload/", "/contacts/"],
            "only the creating requests are never retried")
        // Update (ids remembered).
        let statePath = tmp.appendingPathComponent("known.sqlite").path
        let state = try PublicationState(path: statePath)
        try state.save(
            .init(
                environment: UdataClient.production, owner: "5f1", ownerName: "Commune de Marmande",
                datasetID: "64a0c0ffee", resourceID: "0b1c-uuid", file: Paths.correctedSample))
        let update = try publisher(state: statePath).dryRunPlan()
        XCTAssertTrue(
            update.contains { $0.path == "/datasets/64a0c0ffee/resources/0b1c-uuid/upload/" }, "\(update.map(\.path))")
        XCTAssertFalse(update.contains { $0.path == "/datasets/" }, "an update creates nothing")

        for (i, request) in (first + update).enumerated() {
            // The files written are what is checked: read them back.
            let files = try publisher().writeDryRun([request], to: tmp.appendingPathComponent("plan\(i)").path)
            let doc = try XCTUnwrap(JSONValue.parse(Array(try Data(contentsOf: URL(fileURLWithPath: files[1])))))
            let method = try XCTUnwrap(doc["method"]?.string)
            let path = try XCTUnwrap(doc["path"]?.string)
            try swagger.check(
                method: method, path: path, body: doc["body"],
                multipart: doc["multipart"]?.array?.compactMap { $0["name"]?.string })
        }
    }

    func testDryRunFilesAreComplete() throws {
        let p = try publisher()
        let plan = try p.dryRunPlan()
        let files = try p.writeDryRun(plan, to: tmp.appendingPathComponent("plan").path)
        XCTAssertEqual(files.count, plan.count + 1)
        let readme = try String(contentsOfFile: files[0], encoding: .utf8)
        XCTAssertTrue(readme.contains("rien n'a été envoyé"), readme)
        let upload = try XCTUnwrap(JSONValue.parse(Array(try Data(contentsOf: URL(fileURLWithPath: files[4])))))
        XCTAssertEqual(upload["multipart"]?.array?.first?["name"], "file")
        XCTAssertEqual(upload["multipart"]?.array?.first?["filename"], "commune-exemple-corrige.csv")
        XCTAssertEqual(upload["multipart"]?.array?.first?["size"]?.int, 12759)
        XCTAssertEqual(upload["headers"]?["X-API-KEY"], "<clé d'API masquée>")
        let put = try XCTUnwrap(JSONValue.parse(Array(try Data(contentsOf: URL(fileURLWithPath: files.last!)))))
        XCTAssertEqual(put["body"]?["private"], false)
        XCTAssertEqual(put["body"]?["license"], "lov2")
    }
}

/// Just enough of Swagger 2.0 to check a request against an operation.
struct Swagger {
    let paths: [String: Any]
    let definitions: [String: Any]

    init(path: String) throws {
        let root = try XCTUnwrap(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        paths = try XCTUnwrap(root["paths"] as? [String: Any])
        definitions = try XCTUnwrap(root["definitions"] as? [String: Any])
    }

    func operation(method: String, path: String) -> [String: Any]? {
        let bare = String(path.split(separator: "?", maxSplits: 1).first ?? "")
        for (template, value) in paths {
            let pattern =
                "^" + template.replacingOccurrences(of: #"\{[^}]+\}"#, with: "[^/]+", options: .regularExpression) + "$"
            guard bare.range(of: pattern, options: .regularExpression) != nil, let ops = value as? [String: Any],
                let op = ops[method.lowercased()] as? [String: Any]
            else { continue }
            return op
        }
        return nil
    }

    func check(
        method: String, path: String, body: JSONValue?, multipart: [String]?, file: StaticString = #filePath,
        line: UInt = #line
    ) throws {
        let op = try XCTUnwrap(
            operation(method: method, path: path), "\(method) \(path) is not in udata's contract", file: file,
            line: line)
        let parameters = op["parameters"] as? [[String: Any]] ?? []
        if let query = path.split(separator: "?", maxSplits: 1).dropFirst().first {
            let declared = Set(
                parameters.filter { $0["in"] as? String == "query" }.compactMap { $0["name"] as? String })
            for pair in query.split(separator: "&") {
                let name = String(pair.split(separator: "=").first ?? "")
                XCTAssertTrue(
                    declared.contains(name), "\(method) \(path): query parameter \(name) not declared", file: file,
                    line: line)
            }
        }
        if let multipart {
            let form = Set(parameters.filter { $0["in"] as? String == "formData" }.compactMap { $0["name"] as? String })
            for name in multipart {
                XCTAssertTrue(
                    form.contains(name), "\(method) \(path): form field \(name) not declared", file: file, line: line)
            }
        }
        guard let body else { return }
        let bodyParam = try XCTUnwrap(
            parameters.first { $0["in"] as? String == "body" }, "\(method) \(path) takes no body", file: file,
            line: line)
        let ref = try XCTUnwrap((bodyParam["schema"] as? [String: Any])?["$ref"] as? String, file: file, line: line)
        try checkObject(body, model: ref, where: "\(method) \(path)", file: file, line: line)
    }

    func model(_ ref: String) -> [String: Any]? {
        let name = (ref.replacingOccurrences(of: "#/definitions/", with: "").removingPercentEncoding) ?? ref
        return definitions[name] as? [String: Any]
    }

    func checkObject(_ value: JSONValue, model ref: String, where context: String, file: StaticString, line: UInt)
        throws
    {
        let m = try XCTUnwrap(model(ref), "\(context): model \(ref) missing", file: file, line: line)
        let properties = m["properties"] as? [String: Any] ?? [:]
        for (key, v) in value.pairs ?? [] {
            guard let p = properties[key] as? [String: Any] else {
                XCTFail("\(context): field \(key) is not a property of \(ref)", file: file, line: line)
                continue
            }
            XCTAssertNotEqual(p["readOnly"] as? Bool, true, "\(context): \(key) is read-only", file: file, line: line)
            if let allowed = p["enum"] as? [String], let s = v.string {
                XCTAssertTrue(
                    allowed.contains(s), "\(context): \(key) = \(s) not in \(allowed)", file: file, line: line)
            }
            if let type = p["type"] as? String {
                switch (type, v) {
                case ("string", .string), ("boolean", .bool), ("array", .array), ("object", _), ("integer", .number),
                    ("number", .number):
                    break
                default: XCTFail("\(context): \(key) should be \(type), is \(v.compact)", file: file, line: line)
                }
            }
            if let sub = ((p["allOf"] as? [[String: Any]])?.first?["$ref"] as? String) ?? p["$ref"] as? String,
                case .object = v
            {
                try checkObject(v, model: sub, where: context + "." + key, file: file, line: line)
            }
        }
    }
}
