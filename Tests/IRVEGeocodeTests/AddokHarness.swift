import Foundation
import XCTest

/// A real addok (the BAN geocoder) on 127.0.0.1 for the tests: `redis-server` on a free port
/// (no persistence, loopback only), the BAN fixture converted by `Tests/Addok/ban2addok.py`,
/// indexed with `addok batch` + `addok ngrams`, then `addok serve` on another free port.
/// Needs `redis-server` (Debian) and `.venv-addok` (`Tests/Addok/requirements.txt`), both
/// installed by `.ci/run`; without them the tests that need it are skipped with a message.
final class AddokHarness: @unchecked Sendable {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let fixture = root.appendingPathComponent("Tests/Fixtures/ban/adresses-fixture.csv")

    /// Started once per test process, stopped by `stop()` from the test class's tearDown.
    nonisolated(unsafe) static var shared: Result<AddokHarness, Error>?
    static let lock = NSLock()

    static func start() throws -> AddokHarness {
        try lock.withLock {
            let result = shared ?? Result { try AddokHarness() }
            shared = result
            return try result.get()
        }
    }

    static func stopShared() {
        lock.withLock {
            if case .success(let h)? = shared { h.stop() }
            shared = nil
        }
    }

    let dir: URL
    let redisPort: Int
    let addokPort: Int
    let addok: String
    let config: URL
    private var redis: Process?
    private var servers: [Process] = []
    /// Measured, for the report.
    private(set) var timings: [String: Double] = [:]
    var base: String { "http://127.0.0.1:\(addokPort)" }

    private init() throws {
        let env = ProcessInfo.processInfo.environment
        guard let redisServer = Self.which("redis-server") else {
            throw XCTSkip(
                "redis-server absent : installez-le (apt-get install redis-server) ou lancez bash .ci/run pour les tests addok."
            )
        }
        addok = env["IRVE_ADDOK"] ?? Self.root.appendingPathComponent(".venv-addok/bin/addok").path
        guard FileManager.default.isExecutableFile(atPath: addok) else {
            throw XCTSkip(
                "addok absent (\(addok)) : python3 -m venv .venv-addok && .venv-addok/bin/pip install -r Tests/Addok/requirements.txt (ce que fait bash .ci/run)."
            )
        }
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("irve-addok-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        redisPort = Self.freePort()
        addokPort = Self.freePort()
        config = dir.appendingPathComponent("addok.conf")
        try Self.config(redisPort: redisPort, logDir: dir.path).write(to: config, atomically: true, encoding: .utf8)

        var t = Date()
        let r = Process()
        r.executableURL = URL(fileURLWithPath: redisServer)
        r.arguments = [
            "--port", String(redisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
            "--dir", dir.path, "--logfile", dir.appendingPathComponent("redis.log").path,
        ]
        r.standardOutput = FileHandle.nullDevice
        r.standardError = FileHandle.nullDevice
        try r.run()
        redis = r
        guard Self.waitForPort(redisPort, seconds: 10) else {
            stop()
            throw HarnessError("redis-server ne démarre pas (port \(redisPort))")
        }
        timings["redis start"] = Date().timeIntervalSince(t)

        // BAN CSV → addok ndjson, with the venv's python (next to the addok script).
        t = Date()
        let python = (addok as NSString).deletingLastPathComponent + "/python"
        let ndjson = dir.appendingPathComponent("fixture.ndjson")
        let converted = try Self.run(
            python, [Self.root.appendingPathComponent("Tests/Addok/ban2addok.py").path, Self.fixture.path],
            stdout: ndjson)
        guard converted == 0 else {
            stop()
            throw HarnessError("ban2addok.py a échoué (code \(converted))")
        }
        guard try Self.run(addok, ["--config", config.path, "batch", ndjson.path]) == 0,
            try Self.run(addok, ["--config", config.path, "ngrams"]) == 0
        else {
            stop()
            throw HarnessError("addok batch/ngrams a échoué (voir \(dir.path))")
        }
        timings["addok index"] = Date().timeIntervalSince(t)
        t = Date()
        try startServer(port: addokPort)
        timings["addok serve start"] = Date().timeIntervalSince(t)
    }

    /// Starts one more `addok serve` on `port` over the same Redis (the cache test stops its own).
    @discardableResult
    func startServer(port: Int) throws -> Process {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: addok)
        p.arguments = ["--config", config.path, "serve", "--host", "127.0.0.1", "--port", String(port)]
        p.standardOutput = FileHandle.nullDevice
        p.standardError =
            (try? FileHandle(forWritingTo: Self.touch(dir.appendingPathComponent("serve-\(port).log"))))
            ?? FileHandle.nullDevice
        try p.run()
        lock.withLock { servers.append(p) }
        guard Self.waitForPort(port, seconds: 20) else {
            Self.stopProcess(p)
            throw HarnessError("addok serve ne démarre pas (port \(port), voir \(dir.path))")
        }
        return p
    }
    private let lock = NSLock()

    /// Stops the servers by their pid (SIGTERM, then SIGKILL after 5 s).
    func stop() {
        for p in lock.withLock({ servers }) { Self.stopProcess(p) }
        if let redis { Self.stopProcess(redis) }
        redis = nil
        try? FileManager.default.removeItem(at: dir)
    }

    static func stopProcess(_ p: Process) {
        guard p.isRunning else { return }
        let pid = p.processIdentifier
        kill(pid, SIGTERM)
        let deadline = Date().addingTimeInterval(5)
        while p.isRunning, Date() < deadline { usleep(20_000) }
        if p.isRunning {
            kill(pid, SIGKILL)
            p.waitUntilExit()
        }
    }

    // MARK: - Helpers

    struct HarnessError: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }

    /// The production BAN configuration (geodata.md §6) with our Redis port.
    static func config(redisPort: Int, logDir: String) -> String {
        """
        REDIS = {"host": "127.0.0.1", "port": \(redisPort), "indexes": {"db": 0}, "documents": {"db": 1}}
        EXTRA_FIELDS = [{"key": "citycode"}, {"key": "oldcitycode"}, {"key": "oldcity"}]
        FILTERS = ["type", "citycode", "postcode"]
        QUERY_PROCESSORS_PYPATHS = ["addok.helpers.text.check_query_length", "addok_france.extract_address",
            "addok_france.clean_query", "addok_france.remove_leading_zeros"]
        SEARCH_RESULT_PROCESSORS_PYPATHS = ["addok.helpers.results.match_housenumber", "addok_france.make_labels",
            "addok.helpers.results.score_by_importance", "addok.helpers.results.score_by_autocomplete_distance",
            "addok.helpers.results.score_by_ngram_distance", "addok.helpers.results.score_by_geo_distance"]
        PROCESSORS_PYPATHS = ["addok.helpers.text.tokenize", "addok.helpers.text.normalize", "addok_france.glue_ordinal",
            "addok_france.fold_ordinal", "addok_france.flag_housenumber", "addok.helpers.text.synonymize",
            "addok_fr.phonemicize"]
        BATCH_WORKERS = 1
        LOG_DIR = "\(logDir)"

        """
    }

    static func which(_ name: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "") + ":/usr/bin:/usr/sbin:/usr/local/bin"
        return paths.split(separator: ":").map { "\($0)/\(name)" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    static func touch(_ url: URL) -> URL {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        return url
    }

    @discardableResult
    static func run(_ executable: String, _ args: [String], stdout: URL? = nil) throws -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = args
        p.standardOutput = try stdout.map { try FileHandle(forWritingTo: touch($0)) } ?? FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        return p.terminationStatus
    }

    /// A loopback port nobody listens on: bound to 0, read back, released.
    static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) } }
        _ = withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) }
        }
        return Int(UInt16(bigEndian: addr.sin_port))
    }

    static func waitForPort(_ port: Int, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var addr = sockaddr_in()
            addr.sin_family = sa_family_t(AF_INET)
            addr.sin_addr.s_addr = inet_addr("127.0.0.1")
            addr.sin_port = in_port_t(UInt16(port).bigEndian)
            let ok =
                withUnsafePointer(to: &addr) {
                    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                        connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                    }
                } == 0
            close(fd)
            if ok { return true }
            usleep(50_000)
        }
        return false
    }
}
