/// RFC 4180 reading with the exact leniencies of Python's `csv` module (what frictionless uses):
/// a quote inside an unquoted field is kept, text after a closing quote is appended, an
/// unterminated quote runs to the end of the file, `\r`, `\n` and `\r\n` all end a record,
/// and a blank line is a record with no cells.
///
/// Streaming: feed it decoded UTF-8 chunks; it calls back once per record.
struct CSVParser {
    enum State { case startRecord, startField, inField, inQuoted, quoteInQuoted }

    let delimiter: UInt8
    let quote: UInt8
    private var state = State.startRecord
    private let row = RowBuffer()
    private var recordNumber = 0
    private var line = 1  // physical line of the next byte
    private var recordLine = 1
    private var pendingCR = false  // a `\r` ended the last record: a following `\n` belongs to it

    init(delimiter: UInt8, quote: UInt8 = 0x22) {
        self.delimiter = delimiter
        self.quote = quote
    }

    /// Records seen so far.
    var records: Int { recordNumber }

    mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>, _ emit: (RowView) throws -> Void) rethrows {
        guard let base = chunk.baseAddress else { return }
        let n = chunk.count
        var i = 0
        let d = delimiter
        let q = quote
        while i < n {
            let c = base[i]
            if pendingCR {
                pendingCR = false
                if c == 0x0A {
                    i += 1
                    continue
                }
            }
            switch state {
            case .startRecord:
                recordLine = line
                if c == 0x0A || c == 0x0D {
                    // Blank line: a record without cells.
                    try endRecord(emit)
                    newline(c)
                    i += 1
                    continue
                }
                state = .startField
                fallthrough
            case .startField:
                if c == q {
                    state = .inQuoted
                    i += 1
                    continue
                }
                if c == d {
                    row.endField()
                    i += 1
                    continue
                }
                if c == 0x0A || c == 0x0D {
                    row.endField()
                    try endRecord(emit)
                    newline(c)
                    i += 1
                    continue
                }
                state = .inField
                fallthrough
            case .inField:
                // Bulk-copy the run of ordinary bytes (found eight at a time).
                var j = SWAR.firstOf(d, 0x0A, 0x0D, in: base, from: i, to: n)
                while j < n {
                    let b = base[j]
                    if b == d || b == 0x0A || b == 0x0D { break }
                    j += 1
                }
                if j > i { row.append(base + i, j - i) }
                i = j
                if i == n { break }
                let b = base[i]
                row.endField()
                if b == d {
                    state = .startField
                } else {
                    try endRecord(emit)
                    newline(b)
                }
                i += 1
            case .inQuoted:
                var j = SWAR.firstOf(q, 0x0A, 0x0D, in: base, from: i, to: n)
                while j < n {
                    let b = base[j]
                    if b == q { break }
                    if b == 0x0A { line += 1 } else if b == 0x0D, !(j + 1 < n && base[j + 1] == 0x0A) { line += 1 }
                    j += 1
                }
                if j > i { row.append(base + i, j - i) }
                i = j
                if i < n {
                    state = .quoteInQuoted
                    i += 1
                }
            case .quoteInQuoted:
                if c == q {
                    row.append(q)
                    state = .inQuoted
                } else if c == d {
                    row.endField()
                    state = .startField
                } else if c == 0x0A || c == 0x0D {
                    row.endField()
                    try endRecord(emit)
                    newline(c)
                } else {
                    row.append(c)
                    state = .inField
                }
                i += 1
            }
        }
    }

    /// End of input: a record in progress (even an unterminated quote) is delivered.
    mutating func finish(_ emit: (RowView) throws -> Void) rethrows {
        switch state {
        case .startRecord: return
        case .startField:
            row.endField()
        case .inField, .inQuoted, .quoteInQuoted:
            row.endField()
        }
        try endRecord(emit)
    }

    /// Whether the input ended inside a quoted field (reported as a warning by the reader).
    var endedInsideQuotes: Bool { state == .inQuoted }

    @inline(__always)
    private mutating func newline(_ c: UInt8) {
        line += 1
        if c == 0x0D { pendingCR = true }
    }

    @inline(__always)
    private mutating func endRecord(_ emit: (RowView) throws -> Void) rethrows {
        recordNumber += 1
        state = .startRecord
        defer { row.reset() }
        try emit(row.view(number: recordNumber, line: recordLine))
    }
}

/// Word-at-a-time search for any of three byte values (SIMD within a register).
enum SWAR {
    @inline(__always)
    static func firstOf(_ a: UInt8, _ b: UInt8, _ c: UInt8, in p: UnsafePointer<UInt8>, from start: Int, to end: Int)
        -> Int
    {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let ma = ones &* UInt64(a)
        let mb = ones &* UInt64(b)
        let mc = ones &* UInt64(c)
        var i = start
        while i + 8 <= end {
            let w = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
            let xa = w ^ ma
            let xb = w ^ mb
            let xc = w ^ mc
            let hit = ((xa &- ones) & ~xa | (xb &- ones) & ~xb | (xc &- ones) & ~xc) & highs
            if hit != 0 { return i + hit.trailingZeroBitCount / 8 }
            i += 8
        }
        return i
    }
}
