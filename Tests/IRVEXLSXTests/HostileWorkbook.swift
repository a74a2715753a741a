import Foundation
import ZIPFoundation

/// Builds small hostile workbooks in a temporary folder (nothing large is committed): a sheet is
/// `head + unit × count + tail`, produced lazily, so a 500 MB sheet costs a few kilobytes of zip.
struct HostileWorkbook {
    var head: [UInt8]
    var unit: [UInt8] = []
    var count = 0
    var tail: [UInt8] = Array("</sheetData></worksheet>".utf8)
    var sharedStrings: String?

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    static let open = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"

    /// A sheet whose XML is `rows` between the usual head and tail; `prologue` (a DOCTYPE) comes
    /// between the XML declaration and the root element.
    init(rows: String, prologue: String = "") {
        head = Array((Self.declaration + prologue + Self.open + rows).utf8)
    }

    init(rawSheet: [UInt8]) {
        head = rawSheet
        tail = []
    }

    var sheetSize: Int { head.count + unit.count * count + tail.count }

    private func sheetBytes(at position: Int, count n: Int) -> Data {
        var out = Data()
        out.reserveCapacity(n)
        var p = position
        let unitEnd = head.count + unit.count * count
        while out.count < n, p < sheetSize {
            let want = n - out.count
            if p < head.count {
                let k = min(want, head.count - p)
                out.append(contentsOf: head[p..<(p + k)])
                p += k
            } else if p < unitEnd {
                let offset = (p - head.count) % unit.count
                let k = min(want, unit.count - offset, unitEnd - p)
                out.append(contentsOf: unit[offset..<(offset + k)])
                p += k
            } else {
                let offset = p - unitEnd
                let k = min(want, tail.count - offset)
                out.append(contentsOf: tail[offset..<(offset + k)])
                p += k
            }
        }
        return out
    }

    func write(to url: URL) throws {
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create)
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
        var parts: [(String, String)] = [
            (
                "[Content_Types].xml",
                "<?xml version=\"1.0\"?><Types "
                    + "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
            ),
            (
                "_rels/.rels",
                "<?xml version=\"1.0\"?><Relationships xmlns=\"\(pkg)\"><Relationship Id=\"rId1\" "
                    + "Type=\"\(rel)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
            ),
            (
                "xl/workbook.xml",
                "<?xml version=\"1.0\"?><workbook xmlns=\"\(main)\" xmlns:r=\"\(rel)\"><sheets>"
                    + "<sheet name=\"Feuil1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
            ),
            (
                "xl/_rels/workbook.xml.rels",
                "<?xml version=\"1.0\"?><Relationships xmlns=\"\(pkg)\"><Relationship "
                    + "Id=\"rId1\" "
                    + "Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"
            ),
        ]
        if let sharedStrings { parts.append(("xl/sharedStrings.xml", sharedStrings)) }
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) {
                position, size in data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        try archive.addEntry(
            with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: Int64(sheetSize),
            compressionMethod: .deflate, bufferSize: 1 << 20
        ) { position, size in
            sheetBytes(at: Int(position), count: size)
        }
    }
}
