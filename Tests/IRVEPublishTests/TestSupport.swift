import Foundation
import IRVETestSupport
import XCTest

/// Paths the tests read: the package, its samples, and the team's shared folder (`../shared`).
enum Paths {
    static let root = TestPaths.root
    static let shared = TestPaths.sharedFolder
    static let samples = TestPaths.samples
    static var correctedSample: String { TestPaths.correctedSample }
    static var faultySample: String { TestPaths.faultySample }

    /// A file of `../shared`, or a skip saying it is absent.
    static func shared(_ relative: String) throws -> String { try TestPaths.shared(relative).path }

    /// A fresh temporary folder, removed by the caller's teardown.
    static func temporaryFolder(_ prefix: String) throws -> URL { try TestPaths.temporaryFolder(prefix) }
}
