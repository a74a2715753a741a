import CIRVEZlib
import Foundation
import IRVEFiles
import IRVEFindings
import IRVEWording

/// Lines of a text file, plain or gzip-compressed, read in 1 MiB chunks: a national BAN file is
/// 26 million lines, never loaded whole. A line longer than `maxLine` stops the reading (a BAN
/// line is about 200 bytes; a gzip bomb of one endless line would otherwise run for minutes).
final class LineReader {
    private enum Source {
        case plain(InputFile)
        case gzip(OpaquePointer)
    }

    static let maxLine = 64 << 10

    let path: String
    private let input: InputFile
    private let source: Source
    private var buffer: [UInt8] = []
    private var start = 0
    private var offset = 0
    private var finished = false
    /// 1-based number of the line last returned.
    private(set) var lineNumber = 0

    /// Opens `path` once (a pipe or `-` is copied first); `.gz` files, known by their magic
    /// bytes, are decompressed on the fly.
    init(path: String) throws(GeocodeError) {
        self.path = path
        do {
            input = try InputFile.open(path) { head in
                let sample = head.prefix(4096)
                return head.starts(with: [0x1F, 0x8B]) || sample.filter { $0 == 0 }.count * 10 <= sample.count
            }
        } catch {
            switch error {
            case .inputIsDirectory: throw .banFile(path: path, line: 0, problem: .isFolder)
            case .notFound: throw .banFile(path: path, line: 0, problem: .notFound)
            default: throw .banFile(path: path, line: 0, problem: .unreadable(Self.detail(error)))
            }
        }
        let magic = (try? input.head(2)) ?? []
        if magic == [0x1F, 0x8B] {
            guard irve_zlib_available() == 1 else {
                let why = String(cString: irve_zlib_load_error())
                throw .banFile(path: path, line: 0, problem: .gzipUnavailable(why: why))
            }
            guard let gz = irve_gzopen(input.accessPath) else {
                throw .banFile(path: path, line: 0, problem: .gzipUnreadable)
            }
            _ = irve_gzbuffer(gz, 1 << 20)
            source = .gzip(gz)
        } else {
            source = .plain(input)
        }
    }

    deinit {
        if case .gzip(let g) = source { _ = irve_gzclose(g) }
    }

    /// FileError's message without the path (GeocodeError puts it first).
    static func detail(_ error: FileError) -> String {
        switch error {
        case .system(_, _, let code): "lecture impossible (\(SystemErrorText.cause(code, .fr)))"
        case .streamTooLarge(_, let limit): "flux de plus de \(limit >> 20) Mio : enregistrez-le dans un fichier"
        default: error.message(.fr)
        }
    }

    /// Why the folder of an index or a cache could not be made.
    static func folderDetail(_ error: FileError) -> String {
        switch error {
        case .system(let p, _, let code): "dossier « \(p) » impossible à créer (\(SystemErrorText.cause(code, .fr)))"
        case .notAFolder(_, let folder): "« \(folder) » n'est pas un dossier"
        case .folderNotWritable(_, let folder): "permission refusée dans le dossier « \(folder) »"
        default: error.message(.fr)
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
            if buffer.count - start > Self.maxLine {
                throw .banFile(path: path, line: lineNumber + 1, problem: .lineTooLong(maxKiB: Self.maxLine >> 10))
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
        var readError: FileError?
        let got: Int = buffer.withUnsafeMutableBufferPointer { b in
            let p = b.baseAddress! + old
            switch source {
            case .plain(let file):
                do throws(FileError) { return try file.read(at: offset, into: p, count: chunk) } catch {
                    readError = error
                    return -1
                }
            case .gzip(let g): return Int(irve_gzread(g, p, UInt32(chunk)))
            }
        }
        if got < 0 {
            buffer.removeSubrange(old...)
            if let readError {
                throw .banFile(path: path, line: lineNumber + 1, problem: .unreadable(Self.detail(readError)))
            }
            var zlib: String?
            if case .gzip(let g) = source, let e = irve_gzerror(g) { zlib = String(cString: e) }
            throw .banFile(path: path, line: lineNumber + 1, problem: .gzipCorrupt(zlib: zlib))
        }
        offset += got
        buffer.removeSubrange((old + got)...)
        if got == 0 {
            // zlib says Z_BUF_ERROR when the input ends inside the compressed stream.
            if case .gzip(let g) = source, irve_gzerror_code(g) == -5 {
                throw .banFile(path: path, line: 0, problem: .gzipTruncated(afterLine: lineNumber))
            }
            finished = true
        }
    }
}
