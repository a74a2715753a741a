import Foundation
import IRVEFiles
import IRVEFindings
import IRVEWording
import XCTest

/// InputFile: one opening, streams copied with a bound, folders and missing files named.
final class InputFileTests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("irve-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    func testAFIFOIsReadOnceAndItsCopyServesEveryPass() throws {
        let fifo = dir.appendingPathComponent("tube").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let writer = Thread {
            let fd = open(fifo, O_WRONLY)
            _ = "a,b\n1,2\n".withCString { write(fd, $0, 8) }
            close(fd)
        }
        writer.start()
        let first = try InputFile.open(fifo)
        XCTAssertTrue(first.isStream)
        XCTAssertEqual(first.size, 8)
        XCTAssertEqual(try first.head(), Array("a,b\n1,2\n".utf8))
        // A second opening (a second pass) would block on the FIFO forever: it gets the copy.
        let second = try InputFile.open(fifo)
        XCTAssertEqual(try second.head(), Array("a,b\n1,2\n".utf8))
        XCTAssertEqual(FileManager.default.isReadableFile(atPath: second.accessPath), true)
    }

    func testAnEndlessDeviceStopsAtTheBound() throws {
        XCTAssertThrowsError(try InputFile.open("/dev/zero", streamLimit: 1 << 20)) {
            XCTAssertEqual($0 as? FileError, .streamTooLarge(path: "/dev/zero", limit: 1 << 20))
            XCTAssertTrue(($0 as? FileError)?.message(.fr).contains("plus de 1 Mio") ?? false)
        }
    }

    func testTheHeadCheckStopsACopyEarly() throws {
        // The caller sees binary data in the first bytes: the copy stops there, far below the bound.
        let input = try InputFile.open("/dev/urandom", streamLimit: 64 << 20) { _ in false }
        XCTAssertLessThanOrEqual(input.size, 1 << 20)
        XCTAssertGreaterThan(input.size, 0)
    }

    func testFoldersAndMissingFilesAreNamed() {
        XCTAssertThrowsError(try InputFile.open(dir.path)) {
            XCTAssertEqual($0 as? FileError, .inputIsDirectory(path: dir.path))
        }
        let missing = dir.appendingPathComponent("absent.csv").path
        XCTAssertThrowsError(try InputFile.open(missing)) { XCTAssertEqual($0 as? FileError, .notFound(path: missing)) }
    }

    func testARegularFileIsReadInPlaceByOffset() throws {
        let file = dir.appendingPathComponent("f.csv")
        try Data("0123456789".utf8).write(to: file)
        let input = try InputFile.open(file.path)
        XCTAssertFalse(input.isStream)
        XCTAssertEqual(input.size, 10)
        XCTAssertEqual(input.identity, FileIdentity.of(path: file.path))
        var bytes = [UInt8](repeating: 0, count: 4)
        let n = try bytes.withUnsafeMutableBytes { try input.read(at: 6, into: $0.baseAddress!, count: 4) }
        XCTAssertEqual(n, 4)
        XCTAssertEqual(bytes, Array("6789".utf8))
    }

    func testSystemErrorsHaveOurOwnWords() {
        XCTAssertEqual(SystemErrorText.cause(ENOENT, .fr), "fichier ou dossier inexistant")
        XCTAssertEqual(SystemErrorText.cause(ENOSPC, .fr), "disque plein")
        XCTAssertEqual(SystemErrorText.cause(ENOSPC, .en), "disk full")
        XCTAssertEqual(SystemErrorText.cause(EISDIR, .fr), "c'est un dossier")
        let long = String(repeating: "(", count: 1_500_000)
        let cut = SystemErrorText.clip(long, max: 200)
        XCTAssertLessThan(cut.count, 300)
        XCTAssertTrue(cut.hasSuffix("… (1500000 caractères)"))
    }
}
