import Foundation
import XCTest

/// Where the tests find the package, its samples and fixtures, and the team's shared folder
/// (`../shared`, beside the package: always there in CI, maybe not on a fresh clone).
public enum TestPaths {
    /// `<root>`: this file is `<root>/Tests/IRVETestSupport/TestPaths.swift`.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static let sharedFolder: URL = root.deletingLastPathComponent().appendingPathComponent("shared")
    public static let samples: URL = root.appendingPathComponent("Samples")
    public static let fixtures: URL = root.appendingPathComponent("Tests/Fixtures")
    /// The bundled sample with its teaching mistakes, and its corrected twin.
    public static var faultySample: String { samples.appendingPathComponent("commune-exemple.csv").path }
    public static var correctedSample: String { samples.appendingPathComponent("commune-exemple-corrige.csv").path }

    /// A file or folder of `../shared`, or a skip that says it is absent.
    public static func shared(_ relative: String) throws -> URL {
        let url = sharedFolder.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XCTSkip(
                "../shared absent : \(url.path) introuvable ; ce test lit les données partagées "
                    + "(toujours présentes en CI).")
        }
        return url
    }

    /// A fresh temporary folder; the caller removes it.
    public static func temporaryFolder(_ prefix: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
