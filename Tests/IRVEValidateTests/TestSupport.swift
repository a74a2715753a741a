import Foundation
import IRVETestSupport
import XCTest

/// Paths and external tools the tests need, found from the package root.
enum TestSupport {
    static let root: URL = TestPaths.root
    static let shared: URL = TestPaths.sharedFolder

    static func requireShared() throws -> URL {
        _ = try TestPaths.shared("corpus")
        return shared
    }

    /// The Python of the venv holding frictionless (created by `.ci/run`).
    static func requirePython() throws -> String {
        let candidate =
            ProcessInfo.processInfo.environment["IRVE_PYTHON"] ?? root.appendingPathComponent(".venv/bin/python").path
        guard FileManager.default.isExecutableFile(atPath: candidate) else {
            throw XCTSkip(
                "frictionless absent (\(candidate)) : lancez .ci/run, ou créez .venv avec « pip install -r Tests/Oracle/requirements.txt »."
            )
        }
        return candidate
    }

    /// Runs the frictionless oracle once on a batch request.
    static func oracle(_ request: [String: Any], python: String) throws -> [String: Any] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [root.appendingPathComponent("Tests/Oracle/frictionless_oracle.py").path]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let body = try JSONSerialization.data(withJSONObject: request)
        // Feed stdin on another thread: a large answer could otherwise fill the pipe and block both sides.
        let writer = Thread {
            input.fileHandleForWriting.write(body)
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        _ = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw NSError(
                domain: "oracle", code: 1, userInfo: [NSLocalizedDescriptionKey: "oracle answered no JSON object"])
        }
        return object
    }

    /// Every CSV of the corpus and of the official examples.
    static func corpusFiles(_ shared: URL) -> [URL] {
        let folders = ["corpus/real", "corpus/derived", "corpus/examples", "irve"]
        return folders.flatMap { folder -> [URL] in
            let dir = shared.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            return names.filter { $0.hasSuffix(".csv") }.sorted().map { dir.appendingPathComponent($0) }
        }
    }
}
