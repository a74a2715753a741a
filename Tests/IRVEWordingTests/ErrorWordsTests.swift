import Foundation
import IRVEFindings
import IRVEWording
import XCTest

/// The errors of the lower stages (files, reading, workbooks, schemas, repair), worded: every
/// sample in both languages, English without French words, and sentences exactly as irve prints them.
final class ErrorWordsTests: XCTestCase {
    static let frenchWords = [
        " : ", "« ", " »", "ligne", "colonne", "cellule", "fichier", "dossier", "classeur", "schéma", "é", "è",
        "Mio", "Kio", " Mo",
    ]

    static let fileErrors: [FileError] = [
        .sameAsInput(path: "a.csv"), .sameOutputTwice(path: "a.csv"), .exists(path: "a.csv"),
        .outputIsDirectory(path: "d"), .missingFolder(path: "d/a.csv", folder: "d"),
        .notAFolder(path: "d/a.csv", folder: "d"), .folderNotWritable(path: "d/a.csv", folder: "d"),
        .notFound(path: "a.csv"), .inputIsDirectory(path: "d"), .streamTooLarge(path: "-", limit: 8 << 20),
        .streamTooLarge(path: "/dev/zero", limit: 8 << 20), .tooLarge(path: "k", limit: 1 << 20),
        .tooLarge(path: "k", limit: 64 << 10), .system(path: "a.csv", operation: .read, code: ENOENT),
        .system(path: "a.csv", operation: .write, code: ENOSPC),
    ]
    static let causes: [SystemCause] = [
        .noSuchFile, .permissionDenied, .diskFull, .quotaExceeded, .readOnly, .isFolder, .pathNotFolder,
        .nameTooLong, .symlinkLoop, .exists, .inputOutput, .tooManyOpenFiles, .tooLargeForFileSystem, .busy,
        .crossDevice, .noDevice, .system(code: 999), .fileTooLarge, .damagedFile, .fileError(code: 4),
    ]
    static let xlsxErrors: [XLSXError] =
        [
            .unreadableFile("b.xlsx"), .notAZip, .legacyOrEncryptedWorkbook, .unsupportedFormat(.xlsb),
            .unsupportedFormat(.ods), .missingPart("xl/workbook.xml"), .noSheet,
            .partTooLarge(part: "xl/worksheets/sheet1.xml", limit: 512 << 20),
            .corruptPart(part: "p", cause: .truncatedArchive), .corruptPart(part: "p", cause: .checksum),
            .corruptPart(part: "p", cause: .truncatedData), .sharedStringsTooLarge,
            .invalidCell(reference: "XFE1", problem: .beyondLastColumn),
            .invalidCell(reference: "C1", problem: .missingSharedString(index: "5", count: 1)),
            .undefinedEntity(part: "p", entity: "nom", at: SheetPlace(row: 2, cell: "A2")),
            .undefinedEntity(part: "p", entity: "nom", at: nil), .workbookTooLarge(limit: 1 << 30),
            .cellTooLarge(.cell("B2"), limit: 32 << 20), .cellTooLarge(.sharedString(3), limit: 32 << 20),
            .tooManyRows(limit: 1_048_576),
        ] + xmlProblems.map { .malformedXML(part: "p", problem: $0, at: SheetPlace(row: 4, cell: nil)) }
    static let xmlProblems: [XMLProblem] = [
        .emptyDocument, .truncated(element: "sheetData"), .unclosedTagAtEnd, .cdataOutsideRoot,
        .closingWithoutOpening(element: "row"), .twoRoots, .unknownDeclaration, .missingTagName,
        .attributeWithoutValue(name: "r"), .unquotedAttributeValue, .unclosedAttributeValue, .loneAmpersand,
        .invalidCharacterReference(name: "#xZZ"), .notUTF8, .tooDeep(limit: 256), .tagTooLong,
    ]
    static let schemaErrors: [SchemaError] = [
        .unreadable(path: "s.json", cause: .file(.notFound(path: "s.json"))),
        .unreadable(path: "s.json", cause: .file(.inputIsDirectory(path: "s.json"))),
        .unreadable(path: "s.json", cause: .file(.tooLarge(path: "s.json", limit: 64 << 20))),
        .unreadable(path: "s.json", cause: .file(.system(path: "s.json", operation: .read, code: EACCES))),
        .unreadable(path: "", cause: .emptyName),
        .unreadable(path: "statique@9", cause: .unknownVersion(known: ["2.3.1"])),
        .unreadable(path: "x", cause: .neitherNameNorFile), .invalidJSON(path: "s", problem: .tooDeep(limit: 64)),
        .invalidJSON(path: "s", problem: .notUTF8), .invalidJSON(path: "s", problem: .syntax),
        .invalid(path: "s", problem: .rootNotObject), .invalid(path: "s", problem: .noFields),
        .invalid(path: "s", problem: .tooManyFields(count: 10_001, limit: 10_000)),
        .invalid(path: "s", problem: .fieldNotObject(index: 1)),
        .invalid(path: "s", problem: .fieldWithoutName(index: 2)),
        .invalid(path: "s", problem: .duplicateField(name: "a")),
        .invalid(path: "s", problem: .unknownType(field: "a", type: "blob")),
        .invalid(path: "s", problem: .patternNotString(field: "a")),
        .invalid(path: "s", problem: .enumNotArray(field: "a")),
        .invalid(path: "s", problem: .missingValuesNotStrings),
        .invalid(path: "s", problem: .primaryKeyNotField(key: "b")),
        .invalidPattern(field: "a", pattern: "([a-z", offset: 5, reason: "missing closing parenthesis"),
    ]
    static let readErrors: [ReadError] =
        [
            .notFound(path: "a.csv"), .unreadable(path: "a.csv", reason: "oops"), .isDirectory(path: "d"),
            .file(.system(path: "a.csv", operation: .open, code: EIO)), .workbook(path: "b.xlsx", error: .noSheet),
            .tooLarge(path: "a.csv", row: 3, overflow: .cell(column: 2)),
            .tooLarge(path: "a.csv", row: 1, overflow: .row),
            .tooLarge(path: "a.csv", row: 9, overflow: .row), .tooLarge(path: "a.csv", row: 1, overflow: .columns),
        ]
        + [DisguisedFormat.zip, .pdf, .html, .xls, .ods, .json, .binary].map { .wrongFormat(path: "a.csv", kind: $0) }
    static let repairErrors: [RepairError] = [
        .sameFile("a.csv"), .exists("o.csv"), .read(.notFound(path: "a.csv")), .noSchema(path: "a.csv"),
        .file(.missingFolder(path: "d/o.csv", folder: "d")),
    ]

    func testEveryErrorIsWordedInBothLanguages() {
        let families: [[(String, String, String)]] = [
            Self.fileErrors.map { ("\($0)", Wording.message($0, .fr), Wording.message($0, .en)) },
            Self.causes.map { ("\($0)", Wording.message($0, .fr), Wording.message($0, .en)) },
            Self.xlsxErrors.map { ("\($0)", Wording.message($0, .fr), Wording.message($0, .en)) },
            Self.schemaErrors.map { ("\($0)", Wording.message($0, .fr), Wording.message($0, .en)) },
            Self.readErrors.map { ("\($0)", Wording.message($0, .fr), Wording.message($0, .en)) },
            Self.repairErrors.map { ("\($0)", Wording.message($0, .fr), Wording.message($0, .en)) },
        ]
        for family in families {
            var seen = Set<String>()
            for (name, french, english) in family {
                XCTAssertFalse(french.isEmpty, name)
                XCTAssertNotEqual(french, english, name)
                for word in Self.frenchWords {
                    XCTAssertFalse(english.contains(word), "English text with « \(word) »: \(english)")
                }
                XCTAssertTrue(seen.insert(french).inserted, "two errors worded alike: \(french)")
            }
        }
    }

    func testFileErrorsAsIrvePrintsThem() {
        XCTAssertEqual(
            FileError.exists(path: "o.csv").message(.fr), "« o.csv » existe déjà : ajoutez --force pour le remplacer.")
        XCTAssertEqual(
            FileError.missingFolder(path: "d/o.csv", folder: "d").message(.en),
            "Cannot write \"d/o.csv\": the folder \"d\" does not exist.")
        XCTAssertEqual(
            FileError.system(path: "o.csv", operation: .rename, code: EXDEV).message(.fr),
            "Impossible d'écrire « o.csv » : dossiers sur des systèmes de fichiers différents.")
        XCTAssertEqual(
            FileError.tooLarge(path: "k", limit: 64 << 10).message(.en),
            "\"k\" is larger than 64 KiB: not a file of this kind.")
        XCTAssertEqual(SystemErrorText.cause(EACCES, .fr), "permission refusée")
        XCTAssertEqual(SystemErrorText.cause(12345, .en), "system error 12345")
        XCTAssertEqual(SystemErrorText.cause(of: CocoaError(.fileReadCorruptFile), .fr), "fichier endommagé")
        XCTAssertEqual(SystemErrorText.cause(of: POSIXError(.ENOSPC), .en), "disk full")
    }

    func testReadErrorsAsIrvePrintsThem() {
        XCTAssertEqual(
            ReadError.wrongFormat(path: "a.csv", kind: .json).message(.fr),
            "« a.csv » est un fichier JSON, pas un fichier CSV : le schéma IRVE attend un tableau CSV.")
        XCTAssertEqual(
            ReadError.tooLarge(path: "a.csv", row: 7, overflow: .columns).message(.en),
            "\"a.csv\", row 7: more than 100000 columns, irve's limit (the IRVE schema has 40). Check the file's "
                + "delimiter.")
        XCTAssertEqual(
            ReadError.tooLarge(path: "a.csv", row: 1, overflow: .row).message(.fr),
            "« a.csv » : la ligne d'en-tête dépasse 16 Mo, la limite d'irve. Ce n'est pas un en-tête de tableau IRVE.")
        XCTAssertEqual(Wording.delimiter(0x3B, .fr), "« ; » (point-virgule)")
        XCTAssertEqual(Wording.delimiter(0x09, .en), "tab")
        XCTAssertEqual(Wording.delimiter(nil, .en), "—")
    }

    /// The workbook's details were French in English messages; they are English now.
    func testWorkbookErrorsSpeakTheLanguageAsked() {
        let entity = XLSXError.undefinedEntity(
            part: "xl/worksheets/sheet1.xml", entity: "nom", at: SheetPlace(row: 2, cell: "A2"))
        XCTAssertEqual(
            ReadError.workbook(path: "b.xlsx", error: entity).message(.fr),
            "Le classeur Excel « b.xlsx » est illisible : « xl/worksheets/sheet1.xml », ligne 2, cellule A2 utilise "
                + "l'entité XML « &nom; », déclarée par un DOCTYPE : irve ne développe jamais ces entités "
                + "(sécurité), la "
                + "ligne ne peut pas être lue. Enregistrez à nouveau le classeur depuis Excel ou LibreOffice")
        let malformed = XLSXError.malformedXML(
            part: "xl/worksheets/sheet1.xml", problem: .closingWithoutOpening(element: "sheetData"),
            at: SheetPlace(row: 1, cell: "A1"))
        XCTAssertEqual(
            malformed.message(.fr),
            "Le classeur Excel est endommagé : XML invalide dans « xl/worksheets/sheet1.xml » (balise </sheetData> "
                + "sans <sheetData> ouvrante, ligne 1, cellule A1)")
        XCTAssertEqual(
            malformed.message(.en),
            "The Excel workbook is damaged: invalid XML in \"xl/worksheets/sheet1.xml\" (tag </sheetData> without an "
                + "opening <sheetData>, row 1, cell A1)")
        XCTAssertEqual(
            XLSXError.invalidCell(reference: "C1", problem: .missingSharedString(index: "5", count: 1)).message(.en),
            "Cell C1 cannot be read: shared string #5 not in the table (1 strings)")
        XCTAssertEqual(
            XLSXError.unsupportedFormat(.xlsb).message(.en),
            "The workbook is in Excel binary (.xlsb) format, not supported: save it as .xlsx")
    }

    func testSchemaAndRepairErrorsAsIrvePrintsThem() {
        XCTAssertEqual(
            SchemaError.unreadable(path: "statique@9", cause: .unknownVersion(known: ["2.2.0", "2.3.1"])).message(.fr),
            "Impossible de lire le schéma « statique@9 » : version inconnue (versions disponibles : 2.2.0, 2.3.1).")
        XCTAssertEqual(
            SchemaError.unreadable(path: "s.json", cause: .file(.tooLarge(path: "s.json", limit: 64 << 20))).message(
                .en),
            "Cannot read schema \"s.json\": more than 64 MiB.")
        XCTAssertEqual(
            SchemaError.invalid(path: "s.json", problem: .unknownType(field: "a", type: "blob")).message(.fr),
            "Le schéma « s.json » n'est pas un Table Schema valide : le champ « a » a un type inconnu « blob ».")
        let pattern = SchemaError.invalidPattern(
            field: "a", pattern: String(repeating: "(", count: 300), offset: 0, reason: "r")
        XCTAssertEqual(
            SchemaError.inSchema(path: "s.json", pattern).message(.en),
            "Schema \"s.json\": The pattern of field \"a\" does not compile (r): " + String(repeating: "(", count: 200)
                + "… (300 characters)")
        XCTAssertEqual(
            RepairError.sameFile("a.csv").message(.fr),
            "Le fichier de sortie est le fichier d'entrée (« a.csv ») : irve ne modifie jamais l'original. "
                + "Choisissez un autre nom avec -o.")
        XCTAssertEqual(RepairError.noSchema(path: "a.csv").message(.en), "Cannot write \"a.csv\": schema not found.")
    }

    func testClippingSaysTheFullLength() {
        let long = String(repeating: "é", count: 250)
        XCTAssertEqual(long.clipped(10, .fr), String(repeating: "é", count: 10) + "… (250 caractères)")
        XCTAssertEqual(long.clipped(10, .en), String(repeating: "é", count: 10) + "… (250 characters)")
        XCTAssertEqual("court".clipped(10, .fr), "court")
    }
}
