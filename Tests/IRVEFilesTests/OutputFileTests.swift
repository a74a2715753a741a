import Foundation
import IRVEFiles
import IRVEFindings
import IRVEWording
import XCTest

/// OutputFile on real files: the guards, the exclusive commit, both-or-neither, leftovers.
final class OutputFileTests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("irve-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }
    func text(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }
    func entries() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() }

    func testTheInputIsRefusedThroughSymlinksAndHardLinksEvenWithForce() throws {
        try "original".write(toFile: path("in.csv"), atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: path("lien.csv"), withDestinationPath: path("in.csv"))
        try FileManager.default.linkItem(atPath: path("in.csv"), toPath: path("dur.csv"))
        let input = try XCTUnwrap(FileIdentity.of(path: path("in.csv")))
        for name in ["in.csv", "lien.csv", "dur.csv"] {
            XCTAssertThrowsError(try OutputFile.write(Array("x".utf8), to: path(name), force: true, inputs: [input])) {
                XCTAssertEqual($0 as? FileError, .sameAsInput(path: path(name)))
            }
        }
        XCTAssertEqual(try text("in.csv"), "original")
    }

    func testAnExistingFileNeedsForceAndIsReplacedWhole() throws {
        try "ancien".write(toFile: path("o.txt"), atomically: false, encoding: .utf8)
        XCTAssertThrowsError(try OutputFile.write(Array("nouveau".utf8), to: path("o.txt"), force: false, inputs: [])) {
            XCTAssertEqual($0 as? FileError, .exists(path: path("o.txt")))
        }
        XCTAssertEqual(try text("o.txt"), "ancien")
        try OutputFile.write(Array("nouveau".utf8), to: path("o.txt"), force: true, inputs: [])
        XCTAssertEqual(try text("o.txt"), "nouveau")
        XCTAssertEqual(try entries(), ["o.txt"], "no temporary file left")
    }

    func testTwoWritersRacingForOneNameCannotBothSucceed() throws {
        // Both pass the early check (the file does not exist yet), as two concurrent runs would.
        let a = try OutputFile(path: path("o.csv"), force: false, inputs: [])
        let b = try OutputFile(path: path("o.csv"), force: false, inputs: [])
        a.write("de a\n")
        b.write("de b\n")
        try OutputFile.commit([a])
        XCTAssertThrowsError(try OutputFile.commit([b])) {
            XCTAssertEqual($0 as? FileError, .exists(path: path("o.csv")))
        }
        XCTAssertEqual(try text("o.csv"), "de a\n")
        XCTAssertEqual(try entries(), ["o.csv"])
    }

    func testOutputAndLogAppearTogetherOrNotAtAll() throws {
        let out = try OutputFile(path: path("o.csv"), force: false, inputs: [])
        let log = try OutputFile(path: path("log.csv"), force: false, inputs: [])
        out.write("données\n")
        log.write("journal\n")
        // Someone creates the log's name meanwhile: the log cannot be placed, so the output goes too.
        try "autre".write(toFile: path("log.csv"), atomically: false, encoding: .utf8)
        XCTAssertThrowsError(try OutputFile.commit([out, log]))
        XCTAssertEqual(try entries(), ["log.csv"])
        XCTAssertEqual(try text("log.csv"), "autre")
    }

    func testAFailedPairUnderForceBringsTheOldFileBack() throws {
        try "ancienne sortie".write(toFile: path("o.csv"), atomically: false, encoding: .utf8)
        let out = try OutputFile(path: path("o.csv"), force: true, inputs: [])
        let log = try OutputFile(path: path("log"), force: true, inputs: [])
        out.write("nouvelle sortie")
        // The log's name becomes a non-empty folder: rename(2) over it fails.
        try FileManager.default.createDirectory(atPath: path("log/x"), withIntermediateDirectories: true)
        XCTAssertThrowsError(try OutputFile.commit([out, log]))
        XCTAssertEqual(try text("o.csv"), "ancienne sortie")
        XCTAssertEqual(try entries(), ["log", "o.csv"])
    }

    func testTheSameFileTwiceIsRefused() throws {
        let a = try OutputFile(path: path("o.csv"), force: false, inputs: [])
        let b = try OutputFile(path: dir.path + "/./o.csv", force: false, inputs: [])
        XCTAssertTrue(a.sameDestination(as: b))
        XCTAssertThrowsError(try OutputFile.commit([a, b])) {
            XCTAssertEqual($0 as? FileError, .sameOutputTwice(path: dir.path + "/./o.csv"))
        }
        XCTAssertEqual(try entries(), [])
    }

    func testALeftoverOfAKilledRunIsRemovedNotReportedAsAnOutput() throws {
        // Named as irve names its temporary files, by a process that no longer exists.
        let leftover = ".o.csv.irve-tmp-999999999-1"
        try "moitié".write(toFile: path(leftover), atomically: false, encoding: .utf8)
        let mine = ".o.csv.irve-tmp-\(getpid())-77"
        try "en cours".write(toFile: path(mine), atomically: false, encoding: .utf8)
        try OutputFile.write(Array("fini".utf8), to: path("o.csv"), force: false, inputs: [])
        XCTAssertEqual(try entries(), [mine, "o.csv"], "the dead run's file is gone; a living process's is kept")
    }

    func testFoldersGetTheRealCause() throws {
        XCTAssertThrowsError(try OutputFile(path: path("absent/o.csv"), force: false, inputs: [])) {
            XCTAssertEqual($0 as? FileError, .missingFolder(path: path("absent/o.csv"), folder: path("absent")))
            XCTAssertEqual(
                ($0 as? FileError)?.message(.fr),
                "Impossible d'écrire « \(path("absent/o.csv")) » : le "
                    + "dossier « \(path("absent")) » n'existe pas.")
        }
        XCTAssertThrowsError(try OutputFile(path: dir.path, force: true, inputs: [])) {
            XCTAssertEqual($0 as? FileError, .outputIsDirectory(path: dir.path))
        }
        try "x".write(toFile: path("f"), atomically: false, encoding: .utf8)
        XCTAssertThrowsError(try OutputFile(path: path("f/o.csv"), force: false, inputs: [])) {
            XCTAssertEqual($0 as? FileError, .notAFolder(path: path("f/o.csv"), folder: path("f")))
        }
    }

    func testAReadOnlyFolderIsNamed() throws {
        let ro = path("ro")
        try FileManager.default.createDirectory(atPath: ro, withIntermediateDirectories: true)
        if geteuid() == 0 {
            // root ignores permissions: a read-only file system gives the refusal instead.
            guard mountTmpfs(ro, options: "ro,size=64k") else {
                throw XCTSkip(
                    "root, and no tmpfs can be mounted "
                        + "here")
            }
            defer { umount(ro) }
            XCTAssertThrowsError(try OutputFile(path: ro + "/o.csv", force: false, inputs: [])) {
                XCTAssertEqual($0 as? FileError, .system(path: ro + "/o.csv", operation: .create, code: EROFS))
                XCTAssertEqual(
                    ($0 as? FileError)?.message(.fr),
                    "Impossible d'écrire « \(ro)/o.csv » : système de "
                        + "fichiers en lecture seule.")
            }
        } else {
            chmod(ro, 0o555)
            defer { chmod(ro, 0o755) }
            XCTAssertThrowsError(try OutputFile(path: ro + "/o.csv", force: false, inputs: [])) {
                XCTAssertEqual($0 as? FileError, .folderNotWritable(path: ro + "/o.csv", folder: ro))
            }
        }
    }

    func testAFullDiskIsSaidAndTheTemporaryFileRemoved() throws {
        let small = path("petit")
        try FileManager.default.createDirectory(atPath: small, withIntermediateDirectories: true)
        guard mountTmpfs(small, options: "size=256k") else {
            throw XCTSkip("no tmpfs can be mounted here (needs root): the full-disk case is not exercised")
        }
        defer { umount(small) }
        let out = try OutputFile(path: small + "/o.csv", force: false, inputs: [])
        let line = [UInt8](repeating: 0x61, count: 4096)
        for _ in 0..<200 { out.write(line) }  // 800 KiB into 256 KiB
        XCTAssertThrowsError(try OutputFile.commit([out])) {
            XCTAssertEqual($0 as? FileError, .system(path: small + "/o.csv", operation: .write, code: ENOSPC))
            XCTAssertEqual(($0 as? FileError)?.message(.fr), "Impossible d'écrire « \(small)/o.csv » : disque plein.")
            XCTAssertEqual(($0 as? FileError)?.message(.en), "Cannot write \"\(small)/o.csv\": disk full.")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: small), [], "the temporary file is removed")
    }

    func mountTmpfs(_ target: String, options: String) -> Bool {
        geteuid() == 0 && mount("tmpfs", target, "tmpfs", 0, options.replacingOccurrences(of: "ro,", with: "")) == 0
            && (!options.hasPrefix("ro,") || mount("tmpfs", target, "tmpfs", UInt(MS_REMOUNT | MS_RDONLY), nil) == 0)
    }
}
