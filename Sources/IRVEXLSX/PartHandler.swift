import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Base SAX handler for one OOXML part, streamed through XMLParser (no DOM is built).
///
/// Element names reach subclasses without their namespace prefix: most files use the default
/// namespace, but some generators write `<x:row>`, `<x:c>`… Subclasses stop the parse with `fail(_:)`;
/// that error is rethrown as is (it may be the caller's own error from a row callback).
class PartHandler: NSObject, XMLParserDelegate {
    private weak var parser: XMLParser?
    private var failure: Error?
    private var syntaxError: (error: Error, line: Int, column: Int)?
    private var sawElement = false

    var hasFailed: Bool { failure != nil }

    func didStartElement(_ name: String, attributes: [String: String]) {}
    func didEndElement(_ name: String) {}
    func didFindText(_ text: String) {}

    final func fail(_ error: Error) {
        if failure == nil { failure = error }
        parser?.abortParsing()
    }

    /// Parses the part staged at `file`; `part` names it in errors.
    final func parse(file: URL, part: String) throws {
        guard let stream = InputStream(url: file) else { throw XLSXError.missingPart(part) }
        let parser = XMLParser(stream: stream)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = self
        self.parser = parser
        let succeeded = parser.parse()
        if let failure { throw failure }
        // parse() may return true after libxml2 recovered from an error: trust the reported errors too.
        if let syntaxError {
            let code = (syntaxError.error as NSError).code
            throw XLSXError.malformedXML(
                part: part, detail: "erreur \(code) ligne \(syntaxError.line), colonne \(syntaxError.column)")
        }
        if !succeeded, let error = parser.parserError {
            throw XLSXError.malformedXML(part: part, detail: "erreur \((error as NSError).code)")
        }
        if !sawElement { throw XLSXError.malformedXML(part: part, detail: "document vide") }
    }

    // MARK: XMLParserDelegate

    final func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                      qualifiedName qName: String?, attributes attributeDict: [String: String]) {
        guard failure == nil else { return }
        sawElement = true
        didStartElement(Self.localName(elementName), attributes: attributeDict)
    }

    final func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                      qualifiedName qName: String?) {
        guard failure == nil else { return }
        didEndElement(Self.localName(elementName))
    }

    final func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard failure == nil else { return }
        didFindText(string)
    }

    final func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard failure == nil else { return }
        didFindText(String(decoding: CDATABlock, as: UTF8.self))
    }

    final func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if syntaxError == nil { syntaxError = (parseError, parser.lineNumber, parser.columnNumber) }
    }

    private static func localName(_ name: String) -> String {
        // UTF-8 view: Character-based search costs more than the rest of the callback.
        guard let colon = name.utf8.lastIndex(of: UInt8(ascii: ":")) else { return name }
        return String(name[name.utf8.index(after: colon)...])
    }
}

extension PartHandler {
    /// The relationship id of `<sheet r:id="…">`, whatever prefix the file binds to the relationships namespace.
    static func relationshipID(in attributes: [String: String]) -> String? {
        if let id = attributes["r:id"] { return id }
        return attributes.first { $0.key.hasSuffix(":id") }?.value
    }
}

extension ZipPackage {
    /// Streams the part `path` through `handler`; for the small structural parts (workbook, rels, styles, strings).
    func parse(_ path: String, with handler: PartHandler) throws(XLSXError) {
        let file = try extractToTemporaryFile(path)
        defer { ZipPackage.removeTemporary(file) }
        do {
            try handler.parse(file: file, part: path)
        } catch let error as XLSXError {
            throw error
        } catch {
            throw .malformedXML(part: path, detail: "\(error)")
        }
    }
}
