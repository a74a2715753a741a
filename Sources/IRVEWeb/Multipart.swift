/// A `multipart/form-data` body read into its parts (RFC 7578), bounded by the body it is given:
/// the upload form has a CSRF field and one file.
struct MultipartForm {
    struct Part {
        var name: String
        var filename: String?
        var body: ArraySlice<UInt8>
    }
    var parts: [Part] = []

    func field(_ name: String) -> String? {
        parts.first { $0.name == name && $0.filename == nil }.map { String(decoding: $0.body, as: UTF8.self) }
    }
    func file(_ name: String) -> Part? { parts.first { $0.name == name && $0.filename != nil } }

    /// The boundary of a `Content-Type: multipart/form-data; boundary=…` header.
    static func boundary(contentType: String) -> String? {
        let pieces = contentType.split(separator: ";").map { $0.trimmingSpaces() }
        guard pieces.first?.lowercased() == "multipart/form-data" else { return nil }
        for p in pieces.dropFirst() where p.lowercased().hasPrefix("boundary=") {
            var b = p.dropFirst("boundary=".count)
            if b.hasPrefix("\""), b.hasSuffix("\""), b.count >= 2 { b = b.dropFirst().dropLast() }
            return b.isEmpty || b.count > 70 ? nil : String(b)
        }
        return nil
    }

    /// Nil when the body is not a well-formed multipart body with that boundary.
    static func parse(_ body: [UInt8], boundary: String) -> MultipartForm? {
        let dash = Array(("--" + boundary).utf8)
        let delimiter = Array(("\r\n--" + boundary).utf8)
        guard body.starts(with: dash) else { return nil }
        var form = MultipartForm()
        var at = dash.count
        while true {
            // After a delimiter: "--" closes the body, CRLF opens a part.
            if body[at...].starts(with: [0x2D, 0x2D]) { return form }
            guard body[at...].starts(with: [0x0D, 0x0A]) else { return nil }
            at += 2
            guard let headersEnd = find([0x0D, 0x0A, 0x0D, 0x0A], in: body, from: at) else { return nil }
            let headers = String(decoding: body[at..<headersEnd], as: UTF8.self)
            guard let (name, filename) = disposition(headers) else { return nil }
            let start = headersEnd + 4
            guard let end = find(delimiter, in: body, from: start) else { return nil }
            form.parts.append(Part(name: name, filename: filename, body: body[start..<end]))
            at = end + delimiter.count
            guard form.parts.count <= 16 else { return nil }
        }
    }

    /// The name and file name of a part's `Content-Disposition: form-data; name="…"; filename="…"`.
    private static func disposition(_ headers: String) -> (String, String?)? {
        for line in headers.split(separator: "\r\n") {
            let lower = line.lowercased()
            guard lower.hasPrefix("content-disposition:") else { continue }
            var name: String?
            var filename: String?
            for item in line.split(separator: ";").dropFirst().map({ $0.trimmingSpaces() }) {
                guard let eq = item.firstIndex(of: "=") else { continue }
                let key = item[..<eq].lowercased()
                var value = item[item.index(after: eq)...]
                if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                    value = value.dropFirst().dropLast()
                }
                if key == "name" { name = String(value) }
                if key == "filename" { filename = String(value) }
            }
            return name.map { ($0, filename) }
        }
        return nil
    }

    /// The first index of `needle` in `hay` at or after `from` (linear for these short needles).
    private static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, hay.count >= needle.count else { return nil }
        var i = from
        let last = hay.count - needle.count
        while i <= last {
            if hay[i] == first, hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " || s.first == "\t" { s = s.dropFirst() }
        while s.last == " " || s.last == "\t" { s = s.dropLast() }
        return String(s)
    }
}
