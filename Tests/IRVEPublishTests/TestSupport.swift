import Foundation
import XCTest

/// Paths the tests read: the package, its samples, and the team's shared folder (`../shared`).
enum Paths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
    static let samples = root.appendingPathComponent("Samples")
    static var correctedSample: String { samples.appendingPathComponent("commune-exemple-corrige.csv").path }
    static var faultySample: String { samples.appendingPathComponent("commune-exemple.csv").path }

    /// A file of `../shared`, or a skip saying it is absent.
    static func shared(_ relative: String) throws -> String {
        let url = shared.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XCTSkip("Shared data not available: \(url.path) is absent (expected <package root>/../shared).")
        }
        return url.path
    }

    /// A fresh temporary folder, removed by the caller's teardown.
    static func temporaryFolder(_ prefix: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
