import IRVEFindings

/// Base SAX handler for one OOXML part, streamed through `XMLScanner` (no DOM is built).
///
/// Element names reach subclasses without their namespace prefix: most files use the default
/// namespace, but some generators write `<x:row>`, `<x:c>`… Subclasses stop the parse with `fail(_:)`;
/// that error is rethrown as is (it may be the caller's own error from a row callback).
class PartHandler: XMLScannerDelegate {
    private var failure: Error?

    var hasFailed: Bool { failure != nil }
    /// Where the scan is, for error messages (a worksheet says which row).
    var place: SheetPlace? { nil }

    func didStartElement(_ name: String, attributes: XMLAttributes) {}
    func didEndElement(_ name: String) {}
    func didFindText(_ text: String) {}

    final func fail(_ error: Error) {
        if failure == nil { failure = error }
    }

    // MARK: XMLScannerDelegate

    final func scannerStart(_ name: String, attributes: XMLAttributes) throws {
        didStartElement(Self.localName(name), attributes: attributes)
        if let failure { throw failure }
    }

    final func scannerEnd(_ name: String) throws {
        didEndElement(Self.localName(name))
        if let failure { throw failure }
    }

    final func scannerText(_ text: String) throws {
        didFindText(text)
        if let failure { throw failure }
    }

    private static func localName(_ name: String) -> String {
        // UTF-8 view: Character-based search costs more than the rest of the callback.
        guard let colon = name.utf8.lastIndex(of: UInt8(ascii: ":")) else { return name }
        return String(name[name.utf8.index(after: colon)...])
    }
}

extension PartHandler {
    /// The relationship id of `<sheet r:id="…">`, whatever prefix the file binds to the relationships namespace.
    static func relationshipID(in attributes: XMLAttributes) -> String? {
        if let id = attributes["r:id"] { return id }
        return attributes.first { $0.key.hasSuffix(":id") }?.value
    }

    /// The reader's error for a scanning error of `part`.
    func xlsxError(_ error: XMLScanError, part: String) -> XLSXError {
        switch error {
        case .malformed(let problem): .malformedXML(part: part, problem: problem, at: place)
        case .unknownEntity(let name): .undefinedEntity(part: part, entity: name, at: place)
        case .notUTF8: .malformedXML(part: part, problem: .notUTF8, at: place)
        case .tooDeep: .malformedXML(part: part, problem: .tooDeep(limit: XMLScanner.maxDepth), at: place)
        case .tokenTooLong: .malformedXML(part: part, problem: .tagTooLong, at: place)
        }
    }
}
