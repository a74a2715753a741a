import Foundation
import IRVEFuzzEntries
import XCTest

/// Replays every input that once crashed a fuzz target (`Tests/Fixtures/fuzz-regressions/<target>/`)
/// through the very function the libFuzzer target calls. A regression traps and fails the run.
final class FuzzRegressionTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz-regressions")

    override class func tearDown() {
        FuzzTargets.removeScratchFiles()
        super.tearDown()
    }

    func testEveryRegressionFolderNamesATarget() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.root.path).filter { !$0.hasPrefix(".") }
        XCTAssertFalse(names.isEmpty, "no regression inputs in \(Self.root.path)")
        for name in names { XCTAssertNotNil(FuzzTargets.named(name), "\(name) is not a fuzz target") }
    }

    func testRegressionInputsRunCleanly() throws {
        var replayed = 0
        for target in FuzzTargets.all {
            let dir = Self.root.appendingPathComponent(target.name)
            let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            for file in files.sorted() where !file.hasPrefix(".") {
                let bytes = [UInt8](try Data(contentsOf: dir.appendingPathComponent(file)))
                XCTAssertTrue(FuzzTargets.run(target.name, bytes))
                replayed += 1
            }
        }
        XCTAssertGreaterThan(replayed, 0, "no regression input was replayed")
    }

    /// Each target also takes the degenerate inputs without trapping.
    func testEveryTargetTakesEmptyAndTinyInputs() {
        for target in FuzzTargets.all {
            for bytes in [[], [0], [0xFF], Array("\"".utf8), Array("[1e308,1e308]".utf8)] as [[UInt8]] {
                XCTAssertTrue(FuzzTargets.run(target.name, bytes), target.name)
            }
        }
    }
}
