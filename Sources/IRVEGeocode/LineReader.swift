import CIRVEZlib
import Foundation

/// Lines of a text file, plain or gzip-compressed, read in 1 MiB chunks: a national BAN file is
/// 26 million lines, never loaded whole.
final class LineReader {
    private enum Source {
        case plain(UnsafeMutablePointer<FILE>)
        case gzip(OpaquePointer)
    }

    let path: String
    private let source: Source
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false
    /// 1-based number of the line last returned.
    private(set) var lineNumber = 0

    /// Opens `path`; `.gz` files (by name or by their magic bytes) are decompressed on the fly.
    init(path: String) throws(GeocodeError) {
        self.path = path
        guard let file = fopen(path, "rb") else {
            let why = String(cString: strerror(errno))
            throw .banFile(path: path, line: 0, detail: "lecture impossible (\(why))")
        }
        var magic: [UInt8] = [0, 0]
        let n = fread(&magic, 1, 2, file)
        if n == 2 && magic == [0x1F, 0x8B] {
            fclose(file)
            guard irve_zlib_available() == 1 else {
                throw .banFile(path: path, line: 0, detail: "fichier gzip, mais \(String(cString: irve_zlib_load_error()))")
            }
            guard let gz = irve_gzopen(path) else { throw .banFile(path: path, line: 0, detail: "fichier gzip illisible") }
            _ = irve_gzbuffer(gz, 1 << 20)
            source = .gzip(gz)
        } else {
            rewind(file)
            source = .plain(file)
        }
    }

    deinit {
        switch source {
        case let .plain(f): fclose(f)
        case let .gzip(g): _ = irve_gzclose(g)
        }
    }

    /// Calls `body` with each line (without its `\n` or `\r\n`) until the end or until it returns false.
    func forEachLine(_ body: (UnsafeBufferPointer<UInt8>) throws(GeocodeError) -> Bool) throws(GeocodeError) {
        while true {
            // Find the next newline in what is buffered; refill when there is none.
            if let nl = buffer[start...].firstIndex(of: 0x0A) {
                var end = nl
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                lineNumber += 1
                let keepGoing = try buffer.withUnsafeBufferPointer { (all) throws(GeocodeError) -> Bool in
                    try body(UnsafeBufferPointer(rebasing: all[start..<end]))
                }
                start = nl + 1
                if !keepGoing { return }
                continue
            }
            if finished {
                if start < buffer.count {
                    var end = buffer.count
                    if buffer[end - 1] == 0x0D { end -= 1 }
                    lineNumber += 1
                    _ = try buffer.withUnsafeBufferPointer { (all) throws(GeocodeError) -> Bool in
                        try body(UnsafeBufferPointer(rebasing: all[start..<end]))
                    }
                    start = buffer.count
                }
                return
            }
            try refill()
        }
    }

    private func refill() throws(GeocodeError) {
        if start > 0 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        let chunk = 1 << 20
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        let got: Int = buffer.withUnsafeMutableBufferPointer { b in
            let p = b.baseAddress! + old
            switch source {
            case let .plain(f): return fread(p, 1, chunk, f)
            case let .gzip(g): return Int(irve_gzread(g, p, UInt32(chunk)))
            }
        }
        if got < 0 {
            var detail = "données gzip corrompues"
            if case let .gzip(g) = source, let e = irve_gzerror(g) { detail += " (\(String(cString: e)))" }
            buffer.removeSubrange(old...)
            throw .banFile(path: path, line: lineNumber + 1, detail: detail)
        }
        buffer.removeSubrange((old + got)...)
        if got == 0 { finished = true }
    }
}
