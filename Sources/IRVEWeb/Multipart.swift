import Foundation

/// A `multipart/form-data` body (RFC 7578) read as it arrives, chunk by chunk: the small fields
/// (the CSRF token) are kept, each bounded, and the one file part is handed on in pieces, so that
/// memory stays one chunk and a few bytes whatever the file's size.
struct MultipartStream {
    enum Failure: Error, Equatable {
        /// Not a well-formed multipart body with that boundary (cut, garbage, too many parts).
        case broken
        /// The file or the whole body is past its limit.
        case tooLarge
    }
    private enum State { case start, afterDelimiter, headers, field, file, skipped, end }

    private let dash: [UInt8]
    private let delimiter: [UInt8]
    private let fileField: String
    private let fileLimit: Int
    private let bodyLimit: Int
    private var state = State.start
    private var pending: [UInt8] = []
    private var fieldName = ""
    private var fieldBytes: [UInt8] = []
    private var parts = 0
    private var bodyBytes = 0
    /// The text fields, by name.
    private(set) var fields: [String: String] = [:]
    /// The file part's name as the browser sent it (nil: no file part).
    private(set) var fileName: String?
    private(set) var fileBytes = 0
    /// The most bytes held at once (the tests check that it stays a chunk's worth).
    private(set) var mostPending = 0

    static let maxFieldBytes = 4096
    static let maxHeaderBytes = 16384
    static let maxParts = 16

    init(boundary: String, fileField: String, fileLimit: Int, bodyLimit: Int) {
        dash = Array(("--" + boundary).utf8)
        delimiter = Array(("\r\n--" + boundary).utf8)
        self.fileField = fileField
        self.fileLimit = fileLimit
        self.bodyLimit = bodyLimit
    }

    /// Reads one more chunk; the file part's bytes go to `file` as they are known to be its own.
    mutating func feed(
        _ chunk: some Collection<UInt8>, file: (ArraySlice<UInt8>) throws -> Void
    ) throws {
        bodyBytes += chunk.count
        guard bodyBytes <= bodyLimit else { throw Failure.tooLarge }
        guard state != .end else { return }
        pending.append(contentsOf: chunk)
        mostPending = max(mostPending, pending.count)
        while try step(file: file) {}
    }

    /// The body has ended: it must have been closed by its last delimiter.
    func finish() throws(Failure) {
        guard state == .end else { throw .broken }
    }

    /// One move of the state machine; false when it needs more bytes.
    private mutating func step(file: (ArraySlice<UInt8>) throws -> Void) throws -> Bool {
        switch state {
        case .start:
            guard pending.count >= dash.count else { return false }
            guard pending.starts(with: dash) else { throw Failure.broken }
            pending.removeFirst(dash.count)
            state = .afterDelimiter
        case .afterDelimiter:
            guard pending.count >= 2 else { return false }
            if pending.starts(with: [0x2D, 0x2D]) {
                state = .end
                pending = []
                return false
            }
            guard pending.starts(with: [0x0D, 0x0A]) else { throw Failure.broken }
            pending.removeFirst(2)
            state = .headers
        case .headers:
            guard let end = Self.find([0x0D, 0x0A, 0x0D, 0x0A], in: pending) else {
                if pending.count > Self.maxHeaderBytes { throw Failure.broken }
                return false
            }
            try open(String(decoding: pending[..<end], as: UTF8.self))
            pending.removeFirst(end + 4)
        case .field, .file, .skipped:
            return try body(file: file)
        case .end:
            return false
        }
        return true
    }

    /// Starts a part from its headers.
    private mutating func open(_ headers: String) throws {
        parts += 1
        guard parts <= Self.maxParts, let (name, filename) = Self.disposition(headers) else { throw Failure.broken }
        if let filename {
            // One file part is read; any other is skipped.
            guard name == fileField, fileName == nil else {
                state = .skipped
                return
            }
            fileName = filename
            state = .file
        } else {
            fieldName = name
            fieldBytes = []
            state = .field
        }
    }

    /// Hands on the part's bytes up to its closing delimiter, or all but what could start one.
    private mutating func body(file: (ArraySlice<UInt8>) throws -> Void) throws -> Bool {
        let end = Self.find(delimiter, in: pending)
        let usable = end ?? max(0, pending.count - (delimiter.count - 1))
        try take(pending[..<usable], file: file)
        guard let end else {
            pending.removeFirst(usable)
            return false
        }
        if state == .field, fields[fieldName] == nil { fields[fieldName] = String(decoding: fieldBytes, as: UTF8.self) }
        pending.removeFirst(end + delimiter.count)
        state = .afterDelimiter
        return true
    }

    private mutating func take(_ bytes: ArraySlice<UInt8>, file: (ArraySlice<UInt8>) throws -> Void) throws {
        guard !bytes.isEmpty else { return }
        switch state {
        case .field:
            fieldBytes += bytes
            if fieldBytes.count > Self.maxFieldBytes { throw Failure.broken }
        case .file:
            fileBytes += bytes.count
            if fileBytes > fileLimit { throw Failure.tooLarge }
            try file(bytes)
        default:
            break
        }
    }

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

    /// The name and file name of a part's `Content-Disposition: form-data; name="…"; filename="…"`.
    static func disposition(_ headers: String) -> (String, String?)? {
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

    /// The first index of `needle` in `hay` (memchr finds each candidate first byte).
    static func find(_ needle: [UInt8], in hay: [UInt8]) -> Int? {
        guard let first = needle.first, hay.count >= needle.count else { return nil }
        let last = hay.count - needle.count
        return hay.withUnsafeBufferPointer { h -> Int? in
            guard let base = h.baseAddress else { return nil }
            var i = 0
            while i <= last {
                guard let hit = memchr(base + i, Int32(first), last - i + 1) else { return nil }
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if h[at..<(at + needle.count)].elementsEqual(needle) { return at }
                i = at + 1
            }
            return nil
        }
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
