import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs the real `irve` binary as a subprocess and captures what it prints.
///
/// The binary is `$IRVE_BIN` when set, else `<package root>/.build/debug/irve`. When neither exists
/// the harness builds the product once (`swift build --product irve`, in a scratch folder of its own
/// so that it never waits on the lock of the `swift test` that is running it).
enum CLI {
    /// `<package root>`: this file is `<root>/Tests/IRVECLITests/CLISupport.swift`.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// `<root>/../shared`: the team's shared data (official examples, real corpus).
    static let shared: URL = root.deletingLastPathComponent().appendingPathComponent("shared")
    static let samples: URL = root.appendingPathComponent("Samples")

    static let perRunTimeout: TimeInterval = 60

    /// Strings that only show up when the Swift runtime dies.
    static let crashMarkers = [
        "Fatal error", "Stack dump", "Illegal instruction", "Segmentation fault", "Current stack trace",
        "Program crashed", "Backtrace", "Thread 0 crashed", "Please submit a bug report",
    ]

    // MARK: Binary

    private static let locator = BinaryLocator()

    static func binary() throws -> URL { try locator.locate() }

    // MARK: Running

    struct Result {
        var arguments: [String]
        var status: Int32
        var signalled: Bool
        var timedOut: Bool
        var stdoutData: Data
        var stderrData: Data
        var seconds: Double

        var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
        var stderr: String { String(decoding: stderrData, as: UTF8.self) }
        var combined: String { stdout + stderr }
        /// Short description for failure messages (outputs cut to keep logs readable).
        var summary: String {
            "irve \(arguments.joined(separator: " ")) → exit \(status)\(signalled ? " (signal)" : "")\(timedOut ? " (TIMED OUT)" : "")"
                + "\n--- stdout (\(stdoutData.count) bytes) ---\n\(String(stdout.prefix(1500)))"
                + "\n--- stderr (\(stderrData.count) bytes) ---\n\(String(stderr.prefix(1500)))"
        }

        /// The `--format json` object on stdout.
        func json(file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
            let object: Any
            do { object = try JSONSerialization.jsonObject(with: stdoutData, options: [.fragmentsAllowed]) } catch {
                XCTFail("stdout is not JSON (\(error)):\n\(summary)", file: file, line: line)
                throw error
            }
            guard let dict = object as? [String: Any] else {
                XCTFail("stdout JSON is not an object:\n\(summary)", file: file, line: line)
                throw CLIError.notAnObject
            }
            return dict
        }
    }

    enum CLIError: Error, CustomStringConvertible {
        case notAnObject
        case binaryMissing(String)
        var description: String {
            switch self {
            case .notAnObject: "the JSON output is not an object"
            case .binaryMissing(let why): why
            }
        }
    }

    /// Runs `irve ARGS…` with a timeout; `environment` entries override (nil removes) inherited variables.
    /// `NO_COLOR` and `IRVE_LANG` are removed unless given, so that colour and language tests start
    /// from a known state.
    static func run(
        _ arguments: [String], environment: [String: String?] = [:], in directory: URL? = nil,
        timeout: TimeInterval = perRunTimeout
    ) throws -> Result {
        try runExecutable(try binary(), arguments, environment: environment, in: directory, timeout: timeout)
    }

    static func runExecutable(
        _ executable: URL, _ arguments: [String], environment: [String: String?] = [:],
        in directory: URL? = nil, timeout: TimeInterval
    ) throws -> Result {
        let fm = FileManager.default
        let capture = fm.temporaryDirectory.appendingPathComponent("irve-cli-run-\(UUID().uuidString)")
        try fm.createDirectory(at: capture, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: capture) }
        let outURL = capture.appendingPathComponent("stdout")
        let errURL = capture.appendingPathComponent("stderr")
        _ = fm.createFile(atPath: outURL.path, contents: nil)
        _ = fm.createFile(atPath: errURL.path, contents: nil)
        // Files rather than pipes: a run that prints megabytes cannot block on a full pipe.
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        env["IRVE_LANG"] = nil  // the tests choose their language
        for (k, v) in environment { env[k] = v }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = outHandle
        process.standardError = errHandle

        let start = Date()
        try process.run()
        let deadline = start.addingTimeInterval(timeout)
        var timedOut = false
        while process.isRunning {
            if Date() > deadline {
                timedOut = true
                process.terminate()
                let grace = Date().addingTimeInterval(3)
                while process.isRunning && Date() < grace { usleep(20_000) }
                if process.isRunning { kill(process.processIdentifier, SIGKILL) }
                break
            }
            usleep(5_000)
        }
        process.waitUntilExit()
        try? outHandle.close()
        try? errHandle.close()
        let seconds = Date().timeIntervalSince(start)
        return Result(
            arguments: arguments, status: process.terminationStatus,
            signalled: process.terminationReason == .uncaughtSignal, timedOut: timedOut,
            stdoutData: (try? Data(contentsOf: outURL)) ?? Data(),
            stderrData: (try? Data(contentsOf: errURL)) ?? Data(), seconds: seconds)
    }
}

/// Finds (or builds once) the binary; thread-safe.
final class BinaryLocator: @unchecked Sendable {
    private let lock = NSLock()
    private var cached: Result<URL, CLI.CLIError>?

    func locate() throws -> URL {
        lock.lock()
        defer { lock.unlock() }
        if let cached { return try cached.get() }
        let outcome = find()
        cached = outcome
        return try outcome.get()
    }

    private func find() -> Result<URL, CLI.CLIError> {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["IRVE_BIN"], !env.isEmpty {
            return fm.isExecutableFile(atPath: env)
                ? .success(URL(fileURLWithPath: env))
                : .failure(
                    .binaryMissing(
                        "IRVE_BIN=\(env) is not an executable file. Build it with `swift build --product irve` (and the same --scratch-path)."
                    ))
        }
        let standard = CLI.root.appendingPathComponent(".build/debug/irve")
        if fm.isExecutableFile(atPath: standard.path) { return .success(standard) }
        // Not built: build it in a scratch folder of our own (the running `swift test` may hold `.build`'s lock).
        let scratch = CLI.root.appendingPathComponent(".build-irve-cli-tests")
        let built = scratch.appendingPathComponent("debug/irve")
        do {
            let r = try CLI.runExecutable(
                URL(fileURLWithPath: "/usr/bin/env"),
                ["swift", "build", "--product", "irve", "--scratch-path", scratch.path],
                in: CLI.root, timeout: 1800)
            if r.status == 0, fm.isExecutableFile(atPath: built.path) { return .success(built) }
            return .failure(
                .binaryMissing(
                    """
                    The irve binary is missing (\(standard.path)) and `swift build --product irve` failed \
                    (exit \(r.status)\(r.timedOut ? ", timed out" : "")). Build it first or set IRVE_BIN.
                    \(String(r.combined.suffix(3000)))
                    """))
        } catch {
            return .failure(
                .binaryMissing(
                    "The irve binary is missing (\(standard.path)) and building it failed: \(error). Set IRVE_BIN."))
        }
    }
}

/// Base class: a fresh temporary folder per test, and the assertions every run shares.
class CLITestCase: XCTestCase {
    var tmp: URL!

    override func setUpWithError() throws {
        try super.setUpWithError()
        tmp = FileManager.default.temporaryDirectory.appendingPathComponent("irve-cli-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        _ = try CLI.binary()
    }

    override func tearDownWithError() throws {
        if let tmp { try? FileManager.default.removeItem(at: tmp) }
        try super.tearDownWithError()
    }

    // MARK: Files

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> URL {
        let url = tmp.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL { try write(name, Array(text.utf8)) }

    @discardableResult
    func write(_ name: String, data: Data) throws -> URL {
        let url = tmp.appendingPathComponent(name)
        try data.write(to: url)
        return url
    }

    func sample(_ name: String) -> URL { CLI.samples.appendingPathComponent(name) }

    func sharedFile(_ relative: String) throws -> URL {
        let url = CLI.shared.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XCTSkip(
                "Shared data not available: \(url.path) is absent (expected <package root>/../shared, i.e. /work/shared)."
            )
        }
        return url
    }

    /// The corrected sample as text lines (header first), the base of most generated inputs.
    func correctedSampleLines() throws -> [String] {
        let text = try String(contentsOf: sample("commune-exemple-corrige.csv"), encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    // MARK: Running

    @discardableResult
    /// Runs `irve`. These tests are about reading and schema checking, whose counts must match
    /// frictionless: `check` runs with `--schema-only` unless `rules` is true (the business rules
    /// have their own tests in IRVERulesTests).
    func irve(
        _ arguments: [String], environment: [String: String?] = [:], timeout: TimeInterval = CLI.perRunTimeout,
        rules: Bool = false, file: StaticString = #filePath, line: UInt = #line
    ) throws -> CLI.Result {
        var arguments = arguments
        if !rules, arguments.first == "check", !arguments.contains("--rules") { arguments.append("--schema-only") }
        let r = try CLI.run(arguments, environment: environment, timeout: timeout)
        assertSane(r, file: file, line: line)
        return r
    }

    /// Never a crash, a hang, a signal, a stack trace, or an exit code outside the documented ones.
    func assertSane(
        _ r: CLI.Result, allowedStatuses: Set<Int32> = [0, 1, 2],
        file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertFalse(
            r.timedOut, "run did not finish within \(CLI.perRunTimeout) s (hang):\n\(r.summary)", file: file, line: line
        )
        XCTAssertFalse(r.signalled, "process killed by a signal (crash):\n\(r.summary)", file: file, line: line)
        XCTAssertTrue(
            allowedStatuses.contains(r.status), "unexpected exit code \(r.status):\n\(r.summary)", file: file,
            line: line)
        for marker in CLI.crashMarkers where r.combined.contains(marker) {
            XCTFail("output contains crash marker \"\(marker)\":\n\(r.summary)", file: file, line: line)
        }
        XCTAssertNotNil(
            String(data: r.stdoutData, encoding: .utf8), "stdout is not valid UTF-8:\n\(r.summary)", file: file,
            line: line)
        XCTAssertNotNil(
            String(data: r.stderrData, encoding: .utf8), "stderr is not valid UTF-8:\n\(r.summary)", file: file,
            line: line)
    }

    /// A message meant for French readers: no English phrasing leaking through.
    func assertFrench(_ message: String, _ context: String = "", file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertFalse(message.isEmpty, "empty message \(context)", file: file, line: line)
        if let hit = Self.englishHit(message) {
            XCTFail("English text \"\(hit)\" in a French message \(context):\n\(message)", file: file, line: line)
        }
    }

    /// An English word or phrase that has no business in a French message, if any.
    /// Quoted values (« … », which hold file names and cell values) and absolute paths are left out.
    static func englishHit(_ s: String) -> String? {
        let pattern =
            #"(?i)\b(the|is|not|no|has|cannot|can't|does|syntax error|error:|missing|unknown|expected|terminating|array|field|for more information|usage:|help:|see '|found)\b"#
        guard let re = try? NSRegularExpression(pattern: pattern) else { return nil }
        let prose = s.replacingOccurrences(of: "«[^»]*»", with: "«…»", options: .regularExpression)
            .replacingOccurrences(of: "(^|\\s)/[^\\s]+", with: " /…", options: .regularExpression)
        let ns = prose as NSString
        guard let m = re.firstMatch(in: prose, range: NSRange(location: 0, length: ns.length)) else { return nil }
        return ns.substring(with: m.range)
    }

    // MARK: JSON helpers

    static let findingKeys: Set<String> = [
        "type", "severity", "rowNumber", "fieldName", "fieldNumber", "cell", "constraint", "message",
    ]

    func findings(_ json: [String: Any], file: StaticString = #filePath, line: UInt = #line) -> [[String: Any]] {
        guard let list = json["findings"] as? [[String: Any]] else {
            XCTFail("no \"findings\" array in \(json)", file: file, line: line)
            return []
        }
        return list
    }

    func stats(_ json: [String: Any], file: StaticString = #filePath, line: UInt = #line) -> (
        rows: Int, errors: Int, warnings: Int
    ) {
        guard let s = json["stats"] as? [String: Any], let rows = s["rows"] as? Int, let errors = s["errors"] as? Int,
            let warnings = s["warnings"] as? Int
        else {
            XCTFail("no valid \"stats\" {rows, errors, warnings} in \(json)", file: file, line: line)
            return (-1, -1, -1)
        }
        return (rows, errors, warnings)
    }

    func types(_ json: [String: Any]) -> [String] { findings(json).compactMap { $0["type"] as? String } }

    func findings(_ json: [String: Any], type: String) -> [[String: Any]] {
        findings(json).filter { $0["type"] as? String == type }
    }

    func messages(_ json: [String: Any]) -> [String] { findings(json).compactMap { $0["message"] as? String } }
}

extension Dictionary where Key == String, Value == Any {
    func int(_ key: String) -> Int? { self[key] as? Int }
    func string(_ key: String) -> String? { self[key] as? String }
}

/// Reproducible pseudo-random bytes (SplitMix64): the same garbage on every run and platform.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func bytes(_ n: Int) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(n)
        while out.count < n {
            var v = next()
            for _ in 0..<8 where out.count < n {
                out.append(UInt8(truncatingIfNeeded: v))
                v >>= 8
            }
        }
        return out
    }
}

/// A minimal ZIP archive (stored entries), enough to look like any `.zip`/`.xlsx` on disk.
enum ZipWriter {
    static func archive(_ entries: [(name: String, data: [UInt8])]) -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        func u16(_ v: Int, _ a: inout [UInt8]) { a += [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF)] }
        func u32(_ v: UInt32, _ a: inout [UInt8]) {
            for s in stride(from: 0, to: 32, by: 8) { a.append(UInt8((v >> UInt32(s)) & 0xFF)) }
        }
        for e in entries {
            let name = Array(e.name.utf8)
            let crc = crc32(e.data)
            let offset = UInt32(out.count)
            u32(0x0403_4B50, &out)
            u16(20, &out)
            u16(0, &out)
            u16(0, &out)
            u16(0, &out)
            u16(0x21, &out)
            u32(crc, &out)
            u32(UInt32(e.data.count), &out)
            u32(UInt32(e.data.count), &out)
            u16(name.count, &out)
            u16(0, &out)
            out += name
            out += e.data
            u32(0x0201_4B50, &central)
            u16(20, &central)
            u16(20, &central)
            u16(0, &central)
            u16(0, &central)
            u16(0, &central)
            u16(0x21, &central)
            u32(crc, &central)
            u32(UInt32(e.data.count), &central)
            u32(UInt32(e.data.count), &central)
            u16(name.count, &central)
            u16(0, &central)
            u16(0, &central)
            u16(0, &central)
            u16(0, &central)
            u32(0, &central)
            u32(offset, &central)
            central += name
        }
        let cdOffset = UInt32(out.count)
        out += central
        u32(0x0605_4B50, &out)
        u16(0, &out)
        u16(0, &out)
        u16(entries.count, &out)
        u16(entries.count, &out)
        u32(UInt32(central.count), &out)
        u32(cdOffset, &out)
        u16(0, &out)
        return out
    }

    static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for b in data {
            crc ^= UInt32(b)
            for _ in 0..<8 { crc = (crc >> 1) ^ (0xEDB8_8320 & (0 &- (crc & 1))) }
        }
        return ~crc
    }
}

/// Windows-1252 / Latin-1 encoding of text that only uses Latin-1 characters.
func latin1(_ s: String) -> [UInt8] {
    s.unicodeScalars.map { $0.value < 0x100 ? UInt8($0.value) : UInt8(ascii: "?") }
}

/// UTF-16 LE with its BOM, as Excel's "Texte Unicode" export writes.
func utf16LEWithBOM(_ s: String) -> [UInt8] {
    var out: [UInt8] = [0xFF, 0xFE]
    for u in s.utf16 { out += [UInt8(u & 0xFF), UInt8(u >> 8)] }
    return out
}
