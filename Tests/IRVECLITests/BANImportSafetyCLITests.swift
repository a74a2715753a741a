import Foundation
import XCTest

/// `irve geo import-ban` as a transaction, and its hostile inputs: garbage, gzip bombs, truncated
/// gzip files, an index that is not one.
final class BANImportSafetyCLITests: CLITestCase {
    var fixture: URL { CLI.root.appendingPathComponent("Tests/Fixtures/ban/adresses-fixture.csv") }

    private func gzip(_ source: URL, to name: String) throws -> URL {
        let out = tmp.appendingPathComponent(name)
        let r = try CLI.runExecutable(
            URL(fileURLWithPath: "/bin/sh"),
            [
                "-c",
                "gzip -c '\(source.path)' > "
                    + "'\(out.path)'",
            ],
            timeout: 30)
        guard r.status == 0 else { throw XCTSkip("gzip is not available: \(r.summary)") }
        return out
    }

    func testAFailedImportLeavesTheOldIndexUsableAndUnchanged() throws {
        let index = tmp.appendingPathComponent("ban.sqlite").path
        XCTAssertEqual(try irve(["geo", "import-ban", fixture.path, "--index", index]).status, 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: index))
        let garbage = try write("adresses-99.csv", "ceci n'est pas un fichier BAN\n1;2;3\n")
        // The good file first, then the garbage: the whole import is refused, the old index stays.
        let failed = try irve(["geo", "import-ban", fixture.path, garbage.path, "--index", index])
        XCTAssertEqual(failed.status, 2, failed.summary)
        XCTAssertTrue(failed.stderr.contains("adresses-99.csv, ligne 1"), failed.summary)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: index)), before, "the index is exactly as before")
        let check = try irve(["check", sample("commune-exemple-corrige.csv").path, "--ban-index", index], rules: true)
        XCTAssertNotEqual(check.status, 2, check.summary)
        XCTAssertFalse(check.stderr.contains("inutilisable"), check.summary)
        // A new index whose first import fails is not left behind half made.
        let fresh = tmp.appendingPathComponent("neuf.sqlite").path
        XCTAssertEqual(try irve(["geo", "import-ban", garbage.path, "--index", fresh]).status, 2)
        XCTAssertFalse(FileManager.default.fileExists(atPath: fresh))
    }

    func testAOneLineGzipBombStopsAtTheLineBound() throws {
        // 256 MiB of one line, compressed to a few hundred KiB.
        let big = tmp.appendingPathComponent("ligne.csv")
        let handle = try FileHandle(
            forWritingTo: {
                _ = FileManager.default.createFile(atPath: big.path, contents: nil)
                return big
            }())
        let chunk = Data(repeating: 0x61, count: 1 << 20)
        for _ in 0..<256 { handle.write(chunk) }
        try handle.close()
        let bomb = try gzip(big, to: "adresses-bombe.csv.gz")
        try FileManager.default.removeItem(at: big)
        let r = try irve(["geo", "import-ban", bomb.path, "--index", tmp.appendingPathComponent("i.sqlite").path])
        XCTAssertEqual(r.status, 2, r.summary)
        XCTAssertTrue(r.stderr.contains("adresses-bombe.csv.gz, ligne 1 : ligne de plus de 64 Kio"), r.summary)
    }

    func testATruncatedGzipIsNamedAsSuch() throws {
        let whole = try Data(contentsOf: try gzip(fixture, to: "complet.csv.gz"))
        let cut = try write("adresses-tronque.csv.gz", data: whole.prefix(whole.count / 2))
        let r = try irve(["geo", "import-ban", cut.path, "--index", tmp.appendingPathComponent("i.sqlite").path])
        XCTAssertEqual(r.status, 2, r.summary)
        XCTAssertTrue(r.stderr.contains("gzip tronqué ou endommagé"), r.summary)
        XCTAssertFalse(r.stderr.contains("colonnes au lieu de"), r.summary)
    }

    func testAnIndexThatIsNotOneGetsAFrenchSentence() throws {
        let notIndex = try write("pas-un-index.sqlite", [UInt8](repeating: 0x42, count: 8192))
        let check = try irve(
            ["check", sample("commune-exemple-corrige.csv").path, "--ban-index", notIndex.path], rules: true)
        let importing = try irve(["geo", "import-ban", fixture.path, "--index", notIndex.path])
        let folder = try irve(["geo", "import-ban", fixture.path, "--index", tmp.path])
        let input = try irve(["geo", "import-ban", fixture.path, "--index", fixture.path])
        for r in [check, importing, folder, input] {
            XCTAssertEqual(r.status, 2, r.summary)
            XCTAssertFalse(r.stderr.contains("SQLite error"), r.summary)
            XCTAssertFalse(r.stderr.contains("while executing"), r.summary)
            assertFrench(r.stderr)
        }
        XCTAssertTrue(check.stderr.contains("ce n'est pas un index BAN"), check.summary)
        XCTAssertTrue(folder.stderr.contains("c'est un dossier"), folder.summary)
        XCTAssertTrue(input.stderr.contains("un des fichiers BAN à importer"), input.summary)
    }
}
