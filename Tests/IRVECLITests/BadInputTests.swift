import Foundation
import XCTest

/// Files and commands a commune may throw at `irve check` by mistake. Whatever happens: no crash,
/// no hang, no stack trace, an exit code from the contract (0 valid, 1 invalid, 2 could not process)
/// and a French message that names the file.
final class BadInputTests: CLITestCase {

    // MARK: - Not a CSV at all

    func testRandomBytesWithAFixedSeedAreRejectedAsBinary() throws {
        var rng = SplitMix64(seed: 0x1B5E_2026)
        let file = try write("aleatoire.csv", rng.bytes(256 * 1024))
        let r = try irve(["check", file.path])
        XCTAssertEqual(r.status, 2, r.summary)
        XCTAssertTrue(r.stderr.contains(file.path), "the message must name the file:\n\(r.summary)")
        XCTAssertTrue(r.stderr.contains("binaires"), "expected the French 'données binaires' message:\n\(r.summary)")
        assertFrench(r.stderr, "(random bytes)")

        let j = try irve(["check", file.path, "--format", "json"])
        XCTAssertEqual(j.status, 2, j.summary)
        let json = try j.json()
        XCTAssertEqual(json["valid"] as? Bool, false)
        XCTAssertEqual(json.string("file"), file.path)
        XCTAssertTrue((json.string("error") ?? "").contains("binaires"), j.summary)
    }

    /// Many small and large garbage files (fixed seeds): whatever the verdict, never a crash,
    /// and `--format json` always prints one parsable object.
    func testManyGarbageFilesNeverCrashAndAlwaysGiveJSON() throws {
        var rng = SplitMix64(seed: 42)
        for (i, size) in [0, 1, 2, 3, 7, 15, 16, 17, 100, 1000, 4096, 8191, 8192, 8193, 70_000].enumerated() {
            var bytes = rng.bytes(size)
            // Every other file: printable garbage with delimiters and quotes, which passes the binary probe.
            if i % 2 == 1 {
                let alphabet = Array("abc;,\"\n\r\té€ 0123456789".utf8)
                bytes = bytes.map { alphabet[Int($0) % alphabet.count] }
            }
            let file = try write("garbage-\(i).csv", bytes)
            for extra in [["--format", "json"], ["--strict-header", "--format", "json", "--lang", "en"]] {
                let r = try irve(["check", file.path] + extra)
                XCTAssertTrue([1, 2].contains(r.status), "garbage must never be valid:\n\(r.summary)")
                let json = try r.json()
                XCTAssertEqual(json["valid"] as? Bool, false, r.summary)
            }
            let text = try irve(["check", file.path])
            XCTAssertTrue([1, 2].contains(text.status), text.summary)
        }
    }

    /// Mutations of the sample (fixed seed): flipped bytes, stray quotes, NULs, cut lines.
    func testMutatedSamplesNeverCrash() throws {
        let original = Array(try Data(contentsOf: sample("commune-exemple.csv")))
        var rng = SplitMix64(seed: 2026)
        let specials: [UInt8] = Array("\";\n\r,".utf8) + [0x00, 0xFF, 0xC3]
        for i in 0..<40 {
            var b = original
            for _ in 0..<(1 + Int(rng.next() % 40)) {
                let p = Int(rng.next() % UInt64(b.count))
                switch rng.next() % 4 {
                case 0: b[p] = UInt8(truncatingIfNeeded: rng.next())
                case 1: b.insert(specials[Int(rng.next() % UInt64(specials.count))], at: p)
                case 2: b.removeSubrange(p..<min(b.count, p + 1 + Int(rng.next() % 50)))
                default:
                    let q = Int(rng.next() % UInt64(b.count))
                    b.insert(contentsOf: b[q..<min(b.count, q + Int(rng.next() % 200))], at: p)
                }
                if b.isEmpty { b = original }
            }
            let file = try write("mutant-\(i).csv", b)
            let r = try irve(["check", file.path, "--format", "json"])
            let json = try r.json()
            if r.status != 2 {
                XCTAssertEqual(json["valid"] as? Bool, r.status == 0, "exit code and \"valid\" disagree:\n\(r.summary)")
            }
            try irve(["check", file.path, "--strict-header", "--lang", "en"])
        }
    }

    func testPNGZIPPDFHTMLRenamedCSVAreRefusedWithAFrenchMessageNamingTheFile() throws {
        var rng = SplitMix64(seed: 7)
        // A real 1×1 PNG, and a bigger one (signature + random "compressed" data).
        let tinyPNG: [UInt8] = [
            0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
            0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
            0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00,
            0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE,
            0x42, 0x60, 0x82,
        ]
        let cases: [(name: String, bytes: [UInt8], expected: [String])] = [
            ("image-1x1.csv", tinyPNG, []),
            ("photo.csv", Array(tinyPNG.prefix(33)) + rng.bytes(50_000), []),
            (
                "archive.csv",
                ZipWriter.archive([("bornes.csv", Array("id_pdc_itinerance;puissance_nominale\nFRA00E1;22\n".utf8))]),
                ["ZIP"]
            ),
            (
                "document.csv",
                Array(
                    "%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n"
                        .utf8), ["PDF"]
            ),
            (
                "page.csv",
                Array(
                    "<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Bornes</title></head><body><p>id;puissance</p></body></html>\n"
                        .utf8), ["HTML"]
            ),
            ("page-bom.csv", [0xEF, 0xBB, 0xBF] + Array("\n  <html><body>Erreur 404</body></html>".utf8), ["HTML"]),
            // Data portals often serve XHTML error pages, which begin with an XML declaration.
            (
                "page-xhtml.csv",
                Array(
                    """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
                    <html xmlns="http://www.w3.org/1999/xhtml"><head><title>404</title></head><body><p>Page introuvable</p></body></html>

                    """.utf8), ["HTML"]
            ),
            (
                "ancien.csv", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 600),
                [".xls"]
            ),
        ]
        for c in cases {
            let file = try write(c.name, c.bytes)
            let r = try irve(["check", file.path])
            guard r.status == 2 else {
                XCTFail(
                    "\(c.name) must be refused (exit 2) with a French message naming the file, not validated as a CSV:\n\(r.summary)"
                )
                continue
            }
            XCTAssertTrue(r.stderr.contains(file.path), "\(c.name): the message must name the file:\n\(r.summary)")
            XCTAssertTrue(
                r.stderr.contains("pas un fichier CSV") || r.stderr.contains("pas du texte CSV")
                    || r.stderr.contains("classeur"),
                "\(c.name): expected a French explanation of what the file is:\n\(r.summary)")
            for word in c.expected {
                XCTAssertTrue(r.stderr.contains(word), "\(c.name): the message should say it is \(word):\n\(r.summary)")
            }
            assertFrench(r.stderr, "(\(c.name))")
            XCTAssertFalse(r.stderr.contains("Fichier NON VALIDE"), r.summary)

            let j = try irve(["check", file.path, "--format", "json"])
            XCTAssertEqual(j.status, 2, j.summary)
            if j.status == 2 {
                let json = try j.json()
                XCTAssertEqual(json["valid"] as? Bool, false)
                XCTAssertEqual(json.string("file"), file.path)
                XCTAssertNotNil(
                    json.string("error"), "a file that cannot be processed gives {\"error\": …}:\n\(j.summary)")
            }
        }
    }

    /// A workbook whose parts are broken is an Excel problem, not "a ZIP archive to unzip".
    func testDamagedXLSXIsReportedAsAnUnreadableWorkbook() throws {
        let fixtures = CLI.root.appendingPathComponent("Tests/Fixtures/xlsx")
        for name in [
            "no-sheet.xlsx", "missing-sheet-part.xlsx", "malformed-sheet.xlsx", "bad-shared-string-index.xlsx",
        ] {
            let file = fixtures.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: file.path) else { continue }
            let r = try irve(["check", file.path])
            XCTAssertEqual(r.status, 2, r.summary)
            XCTAssertTrue(r.stderr.contains(file.path), r.summary)
            XCTAssertTrue(
                r.stderr.contains("classeur Excel"),
                "\(name) holds xl/workbook.xml: it should be reported as a damaged Excel workbook, not as a ZIP archive to unzip:\n\(r.summary)"
            )
            assertFrench(r.stderr, "(\(name))")
        }
    }

    // MARK: - Sizes

    func testTenMegabyteSingleLineFinishesQuickly() throws {
        let file = try write("une-ligne.csv", [UInt8](repeating: UInt8(ascii: "a"), count: 10 * 1024 * 1024))
        let r = try irve(["check", file.path, "--format", "json"])
        XCTAssertEqual(r.status, 1, r.summary)
        let json = try r.json()
        XCTAssertEqual(types(json), ["not-irve"], r.summary)
    }

    func testTenMegabyteCellInAnIRVEFile() throws {
        var lines = try correctedSampleLines()
        let header = lines[0].components(separatedBy: ";")
        let insee = try XCTUnwrap(header.firstIndex(of: "code_insee_commune"))
        let observations = try XCTUnwrap(header.firstIndex(of: "observations"))
        var row = lines[1].components(separatedBy: ";")
        row[observations] = String(repeating: "o", count: 10 * 1024 * 1024)
        lines[1] = row.joined(separator: ";")
        row = lines[2].components(separatedBy: ";")
        row[insee] = String(repeating: "9", count: 10 * 1024 * 1024)
        lines[2] = row.joined(separator: ";")
        let file = try write("grosse-cellule.csv", lines.joined(separator: "\n") + "\n")

        let r = try irve(["check", file.path, "--format", "json"])
        XCTAssertEqual(r.status, 1, r.summary)
        let json = try r.json()
        XCTAssertEqual(stats(json).rows, 20)
        XCTAssertEqual(stats(json).errors, 1, r.summary)
        let error = try XCTUnwrap(findings(json, type: "constraint-error").first)
        XCTAssertEqual(error.int("rowNumber"), 3)
        XCTAssertEqual(error.string("fieldName"), "code_insee_commune")

        // The text report is for people: it must not dump the 10 MB value.
        let t = try irve(["check", file.path])
        XCTAssertEqual(t.status, 1, t.summary)
        XCTAssertLessThan(t.stdoutData.count, 100_000, "text report of a 10 MB cell is \(t.stdoutData.count) bytes")
    }

    func testTenThousandColumns() throws {
        // Not IRVE at all: 10 000 made-up columns.
        let names = (0..<10_000).map { "colonne_\($0)" }
        let plain = try write(
            "dix-mille.csv",
            names.joined(separator: ";") + "\n" + (0..<10_000).map(String.init).joined(separator: ";") + "\n")
        let r = try irve(["check", plain.path, "--format", "json"])
        XCTAssertEqual(r.status, 1, r.summary)
        XCTAssertEqual(types(try r.json()), ["not-irve"], r.summary)

        // The 40 IRVE columns followed by 9 960 extra ones: still an IRVE file (header > 64 KiB).
        var lines = try correctedSampleLines()
        let extra = (0..<(10_000 - 40)).map { "colonne_supplementaire_\($0)" }
        lines[0] += ";" + extra.joined(separator: ";")
        for i in 1..<lines.count { lines[i] += String(repeating: ";x", count: extra.count) }
        let wide = try write("irve-large.csv", lines.joined(separator: "\n") + "\n")
        let w = try irve(["check", wide.path, "--format", "json", "--max-findings", "50"])
        let json = try w.json()
        XCTAssertEqual(
            json.string("delimiter"), ";",
            "delimiter sniffed wrongly when the header line is longer than 64 KiB:\n\(w.summary)")
        XCTAssertFalse(
            types(json).contains("not-irve"),
            "a file with all 40 IRVE columns plus 9 960 extra ones is reported as not IRVE:\n\(w.summary)")
        XCTAssertEqual((json["schema"] as? [String: Any])?.string("name"), "etalab/schema-irve-statique", w.summary)
        XCTAssertEqual(stats(json).errors, 0, w.summary)
        let t = try irve(["check", wide.path])
        XCTAssertLessThan(
            t.stdoutData.count, 2_000_000, "text report for 9 960 extra columns is \(t.stdoutData.count) bytes")
    }

    // MARK: - CSV syntax

    func testUnterminatedQuoteIsAWarningNotACrash() throws {
        var lines = try correctedSampleLines()
        lines[3] = "\"" + lines[3]
        let file = try write("guillemet.csv", lines.joined(separator: "\n") + "\n")
        let r = try irve(["check", file.path, "--format", "json"])
        XCTAssertEqual(r.status, 1, r.summary)
        let json = try r.json()
        let quote = findings(json, type: "unterminated-quote")
        XCTAssertEqual(quote.count, 1, r.summary)
        XCTAssertEqual(quote.first?.string("severity"), "warning")
        assertFrench(quote.first?.string("message") ?? "", "(unterminated-quote)")
        // Rows 2 and 3 come before the quote and are intact.
        XCTAssertTrue(
            findings(json).allSatisfy { ($0.int("rowNumber") ?? 4) >= 4 || $0.string("severity") == "info" }, r.summary)

        let text = try irve(["check", file.path])
        XCTAssertEqual(text.status, 1)
        XCTAssertTrue(text.stdout.contains("guillemet"), text.summary)
    }

    func testCROnlyLineEndingsAreRead() throws {
        let lines = try correctedSampleLines()
        let file = try write("mac-classique.csv", lines.joined(separator: "\r") + "\r")
        let r = try irve(["check", file.path, "--format", "json"])
        XCTAssertEqual(r.status, 0, r.summary)
        let json = try r.json()
        XCTAssertEqual(json["valid"] as? Bool, true)
        XCTAssertEqual(stats(json).rows, 20)
        XCTAssertEqual(stats(json).errors, 0)

        let crlf = try write("windows.csv", lines.joined(separator: "\r\n") + "\r\n")
        let w = try irve(["check", crlf.path, "--format", "json"])
        XCTAssertEqual(w.status, 0, w.summary)
        XCTAssertEqual(stats(try w.json()).rows, 20)
    }

    // MARK: - Encodings

    /// One stray byte in an otherwise UTF-8 file must not make every accent of the file mojibake.
    func testInvalidUTF8InTheMiddleOfAUTF8File() throws {
        let lines = try correctedSampleLines()
        var bytes: [UInt8] = []
        for (i, line) in lines.enumerated() {
            var b = Array(line.utf8)
            if i == 10, let at = line.range(of: "Marmande") {  // row 11: "Marm\xE9ande" (a Latin-1 é pasted in)
                let offset = line.utf8.distance(from: line.startIndex, to: at.lowerBound) + 4
                b.insert(0xE9, at: offset)
            }
            bytes += b + [0x0A]
        }
        let file = try write("utf8-abime.csv", bytes)
        let r = try irve(["check", file.path, "--format", "json"])
        XCTAssertTrue([0, 1].contains(r.status), r.summary)
        let json = try r.json()
        XCTAssertEqual(stats(json).rows, 20, r.summary)
        let all = findings(json)
        let mojibakeCells = all.compactMap { $0.string("cell") }.filter { $0.contains("Ã") || $0.contains("â‚¬") }
        XCTAssertTrue(
            mojibakeCells.isEmpty,
            "the valid UTF-8 accents of the file were decoded as Windows-1252 because of one bad byte on row 11 (encoding: \(json.string("encoding") ?? "?")); \(mojibakeCells.count) damaged cells, e.g. \(mojibakeCells.prefix(3))"
        )
        let errorsElsewhere = all.filter { $0.string("severity") == "error" && $0.int("rowNumber") != 11 }
        XCTAssertTrue(
            errorsElsewhere.isEmpty,
            "\(errorsElsewhere.count) errors on rows other than the damaged row 11 (stats: \(stats(json))), e.g. \(errorsElsewhere.prefix(2).map { "\($0.int("rowNumber") ?? 0) \($0.string("fieldName") ?? "") «\($0.string("cell") ?? "")»" })"
        )
    }

    func testLatin1FileIsDecodedAndFlagged() throws {
        var lines = try correctedSampleLines()
        let header = lines[0].components(separatedBy: ";")
        let insee = try XCTUnwrap(header.firstIndex(of: "code_insee_commune"))
        var row = lines[1].components(separatedBy: ";")
        row[insee] = "Pégomas"  // a commune name where the INSEE code belongs: reported with its cell
        lines[1] = row.joined(separator: ";")
        let text = lines.joined(separator: "\n").replacingOccurrences(of: "€", with: "EUR") + "\n"
        let file = try write("latin1.csv", latin1(text))

        let r = try irve(["check", file.path, "--format", "json"])
        XCTAssertEqual(r.status, 1, r.summary)
        let json = try r.json()
        XCTAssertEqual(json.string("encoding"), "windows-1252")
        let warning = findings(json, type: "non-utf8-encoding")
        XCTAssertEqual(warning.count, 1, r.summary)
        XCTAssertEqual(warning.first?.string("severity"), "warning")
        let cells = findings(json).compactMap { $0.string("cell") }
        XCTAssertTrue(cells.contains("Pégomas"), "Pégomas must be decoded correctly in the JSON cells: \(cells)")
        XCTAssertTrue(findings(json, type: "mojibake").isEmpty, r.summary)
        XCTAssertEqual(stats(json).errors, 1, r.summary)
        XCTAssertEqual(stats(json).rows, 20)

        let t = try irve(["check", file.path])
        XCTAssertTrue(t.stdout.contains("Pégomas"), t.summary)
        XCTAssertTrue(t.stdout.contains("UTF-8"), "the text report should tell to save as UTF-8:\n\(t.summary)")
    }

    func testUTF16LEWithBOM() throws {
        var lines = try correctedSampleLines()
        let header = lines[0].components(separatedBy: ";")
        let insee = try XCTUnwrap(header.firstIndex(of: "code_insee_commune"))
        var row = lines[5].components(separatedBy: ";")
        row[insee] = "Pégomas"
        lines[5] = row.joined(separator: ";")
        let file = try write("unicode.csv", utf16LEWithBOM(lines.joined(separator: "\r\n") + "\r\n"))
        let r = try irve(["check", file.path, "--format", "json"])
        XCTAssertEqual(r.status, 1, r.summary)
        let json = try r.json()
        XCTAssertEqual(json.string("encoding"), "utf-16le")
        XCTAssertEqual(stats(json).rows, 20)
        XCTAssertEqual(stats(json).errors, 1, r.summary)
        let error = findings(json, type: "constraint-error").first
        XCTAssertEqual(error?.string("cell"), "Pégomas")
        XCTAssertEqual(error?.int("rowNumber"), 6)
        XCTAssertTrue(findings(json, type: "mojibake").isEmpty, r.summary)
    }

    // MARK: - Empty-ish files

    func testFileWithOnlyABOM() throws {
        let file = try write("bom.csv", [0xEF, 0xBB, 0xBF])
        let r = try irve(["check", file.path, "--format", "json"])
        XCTAssertEqual(r.status, 1, r.summary)
        XCTAssertEqual(types(try r.json()), ["empty-file"], r.summary)
        let utf16 = try write("bom16.csv", [0xFF, 0xFE])
        let u = try irve(["check", utf16.path, "--format", "json"])
        XCTAssertEqual(u.status, 1, u.summary)
        XCTAssertEqual(types(try u.json()), ["empty-file"], u.summary)
    }

    func testEmptyFile() throws {
        let file = try write("vide.csv", [])
        let r = try irve(["check", file.path, "--format", "json"])
        XCTAssertEqual(r.status, 1, r.summary)
        let json = try r.json()
        XCTAssertEqual(json["valid"] as? Bool, false)
        let empty = findings(json, type: "empty-file")
        XCTAssertEqual(empty.count, 1, r.summary)
        XCTAssertEqual(empty.first?.string("severity"), "error")
        assertFrench(empty.first?.string("message") ?? "", "(empty-file)")
        XCTAssertEqual(stats(json).rows, 0)

        let t = try irve(["check", file.path])
        XCTAssertEqual(t.status, 1)
        XCTAssertTrue(t.stdout.contains("vide"), t.summary)

        // Blank lines only.
        let blank = try write("lignes-vides.csv", "\n\n\r\n\n")
        let b = try irve(["check", blank.path, "--format", "json"])
        XCTAssertEqual(b.status, 1, b.summary)
        XCTAssertEqual(
            types(try b.json()), ["empty-file"],
            "a file of blank lines is empty for its author; \"not IRVE, the header has almost none of the schema's columns\" is misleading:\n\(b.summary)"
        )
    }

    func testHeaderOnly() throws {
        let header = try correctedSampleLines()[0]
        let file = try write("entete.csv", header + "\n")
        let r = try irve(["check", file.path, "--format", "json"])
        XCTAssertEqual(r.status, 0, "a header-only file has no error (frictionless says valid):\n\(r.summary)")
        let json = try r.json()
        let only = findings(json, type: "header-only")
        XCTAssertEqual(only.count, 1, r.summary)
        XCTAssertEqual(only.first?.string("severity"), "warning")
        XCTAssertEqual(only.first?.int("rowNumber"), 1)
        assertFrench(only.first?.string("message") ?? "")
        XCTAssertEqual(stats(json).rows, 0)
        // Without the final newline too.
        let bare = try write("entete-sans-fin.csv", header)
        let b = try irve(["check", bare.path, "--format", "json"])
        let bj = try b.json()
        XCTAssertEqual(
            types(bj).filter { $0 != "schema-detected" }, ["header-only"],
            "a header line without a final newline is not recognised (delimiter sniffed as \"\(bj.string("delimiter") ?? "?")\"):\n\(b.summary)"
        )
    }

    // MARK: - Paths

    func testMissingFile() throws {
        let path = tmp.appendingPathComponent("sous-dossier/absent.csv").path
        let r = try irve(["check", path])
        XCTAssertEqual(r.status, 2, r.summary)
        XCTAssertTrue(r.stderr.contains(path), "the message must contain the path:\n\(r.summary)")
        XCTAssertTrue(r.stderr.contains("introuvable"), r.summary)
        assertFrench(r.stderr)
        XCTAssertTrue(r.stdout.isEmpty, "nothing on stdout in text mode:\n\(r.summary)")

        let j = try irve(["check", path, "--format", "json"])
        XCTAssertEqual(j.status, 2)
        let json = try j.json()
        XCTAssertEqual(json["valid"] as? Bool, false)
        XCTAssertEqual(json.string("file"), path)
        XCTAssertTrue((json.string("error") ?? "").contains(path), j.summary)
    }

    func testDirectory() throws {
        let r = try irve(["check", tmp.path])
        XCTAssertEqual(r.status, 2, r.summary)
        XCTAssertTrue(r.stderr.contains(tmp.path), r.summary)
        XCTAssertTrue(r.stderr.contains("dossier"), r.summary)
        assertFrench(r.stderr)
    }

    func testUnreadableFile() throws {
        guard getuid() != 0 else { throw XCTSkip("running as root: file permissions are not enforced") }
        let file = try write("prive.csv", "a;b\n1;2\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: file.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path) }
        let r = try irve(["check", file.path])
        XCTAssertEqual(r.status, 2, r.summary)
        XCTAssertTrue(r.stderr.contains(file.path), r.summary)
        assertFrench(r.stderr)
    }

    // MARK: - Schemas given on the command line

    func testInvalidSchemaJSON() throws {
        let schema = try write("x.json", "{\"fields\": [ {\"name\": \"a\", ")
        let r = try irve(["check", sample("commune-exemple-corrige.csv").path, "--schema", schema.path])
        XCTAssertEqual(r.status, 2, r.summary)
        XCTAssertTrue(r.stderr.contains(schema.path), r.summary)
        XCTAssertTrue(r.stderr.contains("JSON"), r.summary)
        assertFrench(r.stderr, "(invalid schema JSON)")

        let j = try irve([
            "check", sample("commune-exemple-corrige.csv").path, "--schema", schema.path, "--format", "json",
        ])
        XCTAssertEqual(j.status, 2)
        XCTAssertNotNil(try j.json().string("error"))
    }

    func testSchemaThatIsJSONButNotATableSchema() throws {
        for (name, body) in [
            ("racine.json", "[1, 2]"), ("sans-champs.json", "{\"name\": \"x\"}"),
            ("type-inconnu.json", "{\"fields\": [{\"name\": \"a\", \"type\": \"couleur\"}]}"),
        ] {
            let schema = try write(name, body)
            let r = try irve(["check", sample("commune-exemple-corrige.csv").path, "--schema", schema.path])
            XCTAssertEqual(r.status, 2, r.summary)
            XCTAssertTrue(r.stderr.contains(schema.path), r.summary)
            assertFrench(r.stderr, "(\(name))")
        }
    }

    func testSchemaWhosePatternDoesNotCompile() throws {
        let schema = try write(
            "motif.json",
            """
            {"name": "essai", "fields": [{"name": "id_pdc_itinerance", "type": "string", "constraints": {"pattern": "([A-Z"}}]}
            """)
        let r = try irve(["check", sample("commune-exemple-corrige.csv").path, "--schema", schema.path])
        XCTAssertEqual(r.status, 2, r.summary)
        XCTAssertTrue(r.stderr.contains("id_pdc_itinerance"), "the message must name the field:\n\(r.summary)")
        XCTAssertTrue(r.stderr.contains("motif"), r.summary)
        assertFrench(r.stderr, "(pattern does not compile)")
    }

    func testUnknownSchemaVersionAndName() throws {
        let r = try irve(["check", sample("commune-exemple-corrige.csv").path, "--schema", "statique@9.9"])
        XCTAssertEqual(r.status, 2, r.summary)
        XCTAssertTrue(r.stderr.contains("9.9"), r.summary)
        XCTAssertTrue(r.stderr.contains("2.3.1"), "the message should list the available versions:\n\(r.summary)")
        assertFrench(r.stderr)

        let n = try irve(["check", sample("commune-exemple-corrige.csv").path, "--schema", "bornes-electriques"])
        XCTAssertEqual(n.status, 2, n.summary)
        XCTAssertTrue(n.stderr.contains("bornes-electriques"), n.summary)
        assertFrench(n.stderr)
    }

    // MARK: - Command-line errors (ArgumentParser)

    /// Observed: ArgumentParser exits 64 (EX_USAGE) with English "Error:/Usage:" lines. The documented
    /// contract says 2 for "commande impossible à traiter" and French messages.
    func testUsageErrorsFollowTheDocumentedContract() throws {
        let file = sample("commune-exemple-corrige.csv").path
        let cases: [[String]] = [
            ["check", file, "--lang", "xx"],
            ["check", file, "--format", "xml"],
            ["check", file, "--max-findings", "beaucoup"],
            ["check", file, "--option-inconnue"],
            ["check"],
        ]
        for args in cases {
            let r = try CLI.run(args)
            assertSane(r, allowedStatuses: [2, 64])
            XCTAssertTrue(r.stdout.isEmpty || r.stdout.hasPrefix("{"), r.summary)
            XCTAssertFalse(r.stderr.isEmpty, "a usage error must explain itself on stderr:\n\(r.summary)")
            XCTAssertEqual(
                r.status, 2,
                "usage error exits \(r.status), the documented code for an unprocessable command is 2:\n\(r.summary)")
            assertFrench(r.stderr, "(usage error \(args.dropFirst(2).joined(separator: " ")))")
        }
        let lang = try CLI.run(["check", file, "--lang", "xx"])
        XCTAssertTrue(lang.stderr.contains("--lang"), lang.summary)
    }

    func testNegativeMaxFindingsIsExplained() throws {
        let r = try CLI.run(["check", sample("commune-exemple-corrige.csv").path, "--max-findings", "-1"])
        assertSane(r, allowedStatuses: [2, 64])
        XCTAssertTrue(r.stderr.contains("--max-findings"), r.summary)
        XCTAssertFalse(
            r.stderr.contains("Missing value"),
            "`--max-findings -1` is reported as a missing value instead of a negative number:\n\(r.summary)")
    }
}
