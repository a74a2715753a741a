import Foundation
import IRVETestSupport
import XCTest

/// One real udata (mongomock) on 127.0.0.1 for the survey's integration tests, started once for
/// the whole class and seeded with every case the survey must judge: two organisations and a
/// person; a valid file, a file with errors, a v1 file, a resource declaring no schema, a
/// personal account's dataset, a resource whose URL answers 404, a file server that answers
/// after 4 s, and a file larger than the download limit (and one resource of another schema).
/// Its request log tells what was fetched.
final class SurveyUdata: @unchecked Sendable {
    /// The answer of the slow path comes after this delay; the tests allow less.
    static let slowSeconds = 4
    /// The seeded `/big/N` file: N MiB, more than the tests' `--max-download 1`.
    static let bigMiB = 3

    let server: UdataServer
    let folder: URL
    let requestLog: URL
    var api: String { server.seeded.base }
    /// `http://127.0.0.1:PORT`: where udata's pages are (datasets' links).
    var site: String { "http://127.0.0.1:\(server.seeded.port)" }
    var files: String { server.seeded.files ?? "" }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var started: Result<SurveyUdata, Error>?

    /// The class's server, started on the first call; a skip when udata or ../shared is absent.
    static func shared() throws -> SurveyUdata {
        try lock.withLock {
            if let started { return try started.get() }
            let outcome = Result { try SurveyUdata() }
            started = outcome
            // Shared by the test classes; stopped (and its folder removed) when the process ends.
            atexit { SurveyUdata.stop() }
            return try outcome.get()
        }
    }

    static func stop() {
        lock.withLock {
            if case .success(let s) = started {
                s.server.stop()
                try? FileManager.default.removeItem(at: s.folder)
            }
            started = nil
        }
    }

    private init() throws {
        let v1 = try TestPaths.shared("corpus/examples/etalab_exemple-valide_v1.0.3.csv")
        folder = try TestPaths.temporaryFolder("irve-survey-it")
        let root = folder.appendingPathComponent("files")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        // One file per resource (the cache is keyed by URL: a shared file would be a cache hit).
        let copies: [(String, URL)] = [
            ("valid.csv", URL(fileURLWithPath: TestPaths.correctedSample)),
            ("noschema.csv", URL(fileURLWithPath: TestPaths.correctedSample)),
            ("personal.csv", URL(fileURLWithPath: TestPaths.correctedSample)),
            ("errors.csv", URL(fileURLWithPath: TestPaths.faultySample)),
            ("slow.csv", URL(fileURLWithPath: TestPaths.correctedSample)),
            ("dynamique.csv", URL(fileURLWithPath: TestPaths.correctedSample)),
            ("v1.csv", v1),
        ]
        for (name, source) in copies {
            try FileManager.default.copyItem(at: source, to: root.appendingPathComponent(name))
        }
        requestLog = folder.appendingPathComponent("requests.log")
        let seed = Self.seed(root: root.path)
        server = try UdataServer(seed: seed, catalog: nil, requestLog: requestLog.path, lifetime: 900)
    }

    static func seed(root: String) -> String {
        func resource(
            _ title: String, _ path: String, schema: String? = "etalab/schema-irve-statique", checksum: Bool = true
        ) -> [String: Any] {
            var r: [String: Any] = ["title": title, "url": "{files}/" + path, "format": "csv", "checksum": checksum]
            if let schema { r["schema"] = ["name": schema, "version": "2.3.1"] }
            return r
        }
        func dataset(_ key: String, _ title: String, owner: (String, String), zone: String, _ r: [String: Any])
            -> [String: Any]
        {
            ["key": key, "title": title, owner.0: owner.1, "zones": ["fr:commune:" + zone], "resources": [r]]
        }
        let marmande = ("organization", "marmande")
        let rouen = ("organization", "rouen")
        var noSchema = dataset(
            "noschema", "Recharge Marmande", owner: marmande, zone: "47157",
            resource("recharge.csv", "noschema.csv", schema: nil))
        noSchema["tags"] = ["irve"]
        let spec: [String: Any] = [
            "zones": [
                ["code": "47157", "name": "Marmande"], ["code": "47200", "name": "Seyches"],
                ["code": "76540", "name": "Rouen"],
                ["code": "47", "name": "Lot-et-Garonne", "level": "fr:departement"],
            ],
            "users": [
                ["key": "maire", "email": "maire@example.org"],
                ["key": "jean", "email": "jean@example.org", "first_name": "Jean", "last_name": "Dupont"],
            ],
            "organizations": [
                ["key": "marmande", "name": "Commune de Marmande", "members": ["maire"]],
                ["key": "rouen", "name": "Ville de Rouen", "members": ["maire"]],
            ],
            "files": ["root": root, "slow_seconds": slowSeconds],
            "datasets": [
                dataset("valid", "IRVE Marmande", owner: marmande, zone: "47157", resource("irve.csv", "valid.csv")),
                dataset(
                    "errors", "IRVE Marmande (brouillon)", owner: marmande, zone: "47157",
                    resource("brouillon.csv", "errors.csv")),
                dataset("v1", "Bornes de Rouen", owner: rouen, zone: "76540", resource("bornes-v1.csv", "v1.csv")),
                noSchema,
                dataset(
                    "personal", "Mes bornes", owner: ("owner", "jean"), zone: "47200",
                    resource("bornes-perso.csv", "personal.csv")),
                dataset(
                    "missing", "IRVE Seyches", owner: marmande, zone: "47200",
                    resource("disparu.csv", "missing.csv", checksum: false)),
                dataset(
                    "slow", "IRVE lente", owner: rouen, zone: "76540",
                    resource("lent.csv", "slow/slow.csv", checksum: false)),
                // Another schema's resource: only `--schema etalab/schema-irve-dynamique` finds it.
                dataset(
                    "dynamique", "IRVE Marmande temps réel", owner: marmande, zone: "47157",
                    resource("dynamique.csv", "dynamique.csv", schema: "etalab/schema-irve-dynamique")),
                dataset(
                    "big", "IRVE énorme", owner: rouen, zone: "76540",
                    resource("enorme.csv", "big/\(bigMiB)", checksum: false)),
            ],
        ]
        let data = (try? JSONSerialization.data(withJSONObject: spec, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    // MARK: The request log

    struct Request: Equatable {
        var kind: String
        var seconds: Double
        var path: String
    }

    /// Every request received so far, in order (`api|file <monotonic seconds> <path>` lines).
    func requests() -> [Request] {
        let text = (try? String(contentsOf: requestLog, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: " ", maxSplits: 2).map(String.init)
            guard parts.count == 3, let t = Double(parts[1]) else { return nil }
            return Request(kind: parts[0], seconds: t, path: parts[2])
        }
    }

    /// `irve survey ARGS --api … --allow-http` with the tests' limits, and the requests it made.
    func survey(_ arguments: [String], cache: URL, file: StaticString = #filePath, line: UInt = #line) throws
        -> (run: BuiltIRVE.Run, requests: [Request])
    {
        let before = requests().count
        let run = try BuiltIRVE.run(
            ["survey"] + arguments + [
                "--api", api, "--allow-http", "--cache-dir", cache.path, "--download-timeout", "1",
                "--max-download", "1", "--stale-days", String(Self.staleDays),
            ])
        XCTAssertFalse(run.timedOut, "the survey hung:\n\(run.summary)", file: file, line: line)
        return (run, Array(requests().dropFirst(before)))
    }

    /// The samples' `date_maj` is 2026-10-15: a limit that keeps them fresh whatever the day the
    /// tests run, while the v1 example (2018-03-31) stays stale.
    static let samplesDateMaj = "2026-10-15"
    static var samplesAge: Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Paris") ?? .current
        let day = calendar.date(from: DateComponents(year: 2026, month: 10, day: 15)) ?? Date()
        return calendar.dateComponents([.day], from: day, to: calendar.startOfDay(for: Date())).day ?? 0
    }
    static var staleDays: Int { max(1, samplesAge + 365) }
}

extension SurveyUdata {
    /// What `python3 -c SCRIPT ARGS…` prints (an independent reader of irve's outputs); a skip
    /// without python3.
    static func python(_ script: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { throw XCTSkip("python3 is needed to read the CSV back: \(error)") }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
