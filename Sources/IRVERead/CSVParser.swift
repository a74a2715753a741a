import IRVEFindings

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
    /// Where the open record is written: the consumer's batch (`BatchingRowConsumer`), else a
    /// buffer of the parser's own, emptied after each record.
    var target = RowBatch(sequence: 0, reserveRows: 8)
    /// Asked after each record for the batch the next one goes to.
    var nextTarget: (() -> RowBatch)?
    private var recordNumber = 0
    private var line = 1  // physical line of the next byte
    private var recordLine = 1
    private var pendingCR = false  // a `\r` ended the last record: a following `\n` belongs to it
    /// A quoted cell's `\r` ended the last chunk: it is a line of its own unless a `\n` follows.
    private var quotedCR = false

    init(delimiter: UInt8, quote: UInt8 = 0x22) {
        self.delimiter = delimiter
        self.quote = quote
    }

    /// Records seen so far.
    var records: Int { recordNumber }

    mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>, _ emit: (RowView) throws -> Void) rethrows {
        guard let base = chunk.baseAddress, !chunk.isEmpty else { return }
        let n = chunk.count
        var i = 0
        let d = delimiter
        let q = quote
        if quotedCR {
            quotedCR = false
            if base[0] != 0x0A { line += 1 }
        }
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
                    target.endField()
                    i += 1
                    continue
                }
                if c == 0x0A || c == 0x0D {
                    target.endField()
                    try endRecord(emit)
                    newline(c)
                    i += 1
                    continue
                }
                state = .inField
                fallthrough
            case .inField:
                let t = target
                let (at, cellStart) = Self.unquotedCells(base, from: i, to: n, delimiter: d, quote: q, into: t)
                i = at
                if cellStart {
                    state = .startField
                    continue
                }
                // Within a cell: its end in the chunk's last bytes, past a bound of the batch, or a line end.
                i = Self.copyRun(base, from: i, to: n, until: d, into: t)
                if i == n { break }
                let b = base[i]
                t.endField()
                if b == d {
                    state = .startField
                } else {
                    try endRecord(emit)
                    newline(b)
                }
                i += 1
            case .inQuoted:
                i = quotedRun(base, from: i, to: n)
                if i < n {
                    state = .quoteInQuoted
                    i += 1
                }
            case .quoteInQuoted:
                if c == q {
                    target.append(q)
                    state = .inQuoted
                } else if c == d {
                    target.endField()
                    state = .startField
                } else if c == 0x0A || c == 0x0D {
                    target.endField()
                    try endRecord(emit)
                    newline(c)
                } else {
                    target.append(c)
                    state = .inField
                }
                i += 1
            }
        }
    }

    /// Copies a quoted cell's bytes up to its next quote (or the end of the chunk) and returns
    /// where it stopped; line ends inside count as lines, a `\r\n` as one (even cut by the chunk).
    @inline(__always)
    private mutating func quotedRun(_ base: UnsafePointer<UInt8>, from start: Int, to n: Int) -> Int {
        var i = start
        while true {
            i = Self.copyRun(base, from: i, to: n, until: quote, into: target)
            guard i < n else { return n }
            let b = base[i]
            if b == quote { return i }
            if b == 0x0A {
                line += 1
            } else if i + 1 == n {
                quotedCR = true
            } else if base[i + 1] != 0x0A {
                line += 1
            }
            target.append(b)
            i += 1
        }
    }

    /// Copies the input a word at a time, from `start` while a whole word starts at or before
    /// `lastWord`, to `out` at `i + shift`, up to the first `stop`, `\n` or `\r`: returns its index
    /// and true, or where the words ended and false. Each word is stored whole (the bytes past the
    /// stop are scratch space, overwritten next); a word is tested for `stop` and for any byte below
    /// 0x0E, and a control byte other than a line end is an ordinary byte.
    @inline(__always)
    static func copyWords(
        _ base: UnsafePointer<UInt8>, from start: Int, through lastWord: Int, to out: UnsafeMutableRawPointer,
        shift: Int, until stop: UInt8
    ) -> (index: Int, found: Bool) {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let below: UInt64 = 0x0E0E_0E0E_0E0E_0E0E
        let highs: UInt64 = 0x8080_8080_8080_8080
        let splat = ones &* UInt64(stop)
        let input = UnsafeRawPointer(base)
        var i = start
        while i <= lastWord {
            let w = input.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            out.storeBytes(of: w, toByteOffset: i &+ shift, as: UInt64.self)
            let x = w ^ splat
            let hit = ((x &- ones) & ~x | (w &- below) & ~w) & highs
            if hit != 0 {
                let k = i &+ hit.trailingZeroBitCount >> 3
                let b = base[k]
                if b == stop || b == 0x0A || b == 0x0D { return (k, true) }
                i = k &+ 1
                continue
            }
            i &+= 8
        }
        return (i, false)
    }

    /// Copies the bytes from `start` up to the first `stop`, `\n` or `\r` (or the end of the chunk)
    /// to the open record and returns where it stopped: by words (`copyWords`) under `writeLimit`,
    /// then byte by byte; the record's length moves past its ordinary bytes only.
    @inline(__always)
    static func copyRun(_ base: UnsafePointer<UInt8>, from start: Int, to n: Int, until stop: UInt8, into t: RowBatch)
        -> Int
    {
        let out = UnsafeMutableRawPointer(t.bytes)
        // The output moves with the input: byte `i` of the chunk goes to `i + shift` of the record.
        let shift = t.length &- start
        let lastWord = min(n, t.writeLimit &- shift) &- 8
        let (i, found) = copyWords(base, from: start, through: lastWord, to: out, shift: shift, until: stop)
        t.length = i &+ shift
        if found { return i }
        // The chunk's last bytes, or a record that needs more room: byte by byte.
        var j = i
        while j < n {
            let x = base[j]
            if x == stop || x == 0x0A || x == 0x0D { break }
            j += 1
        }
        if j > i { t.append(base + i, j - i) }
        return j
    }

    /// Unquoted cells one after another, the batch's fields in locals (most cells of a file): each
    /// cell is copied a word at a time, as `copyRun` does, and ended at its delimiter. Stops before a
    /// line end, at the start of a cell that begins with a quote, a delimiter or a line end (`true`),
    /// at the chunk's last word or the batch's write limit, or before a cell end past a bound: the
    /// caller goes on byte by byte from where it stopped.
    @inline(__always)
    static func unquotedCells(
        _ base: UnsafePointer<UInt8>, from start: Int, to n: Int, delimiter d: UInt8, quote q: UInt8,
        into t: RowBatch
    ) -> (index: Int, cellStart: Bool) {
        let out = UnsafeMutableRawPointer(t.bytes)
        let ends = t.ends
        let endLimit = t.endLimit
        let writeLimit = t.writeLimit
        var length = t.length
        var endCount = t.endCount
        var cellStart = endCount == t.rowFirstEnd ? t.rowStart : ends[endCount &- 1]
        var i = start
        defer {
            t.length = length
            t.endCount = endCount
        }
        while true {
            // Byte `i` of the chunk goes to `i + shift` of the record (delimiters are not copied).
            let shift = length &- i
            let lastWord = min(n, writeLimit &- shift) &- 8
            let (stop, found) = copyWords(base, from: i, through: lastWord, to: out, shift: shift, until: d)
            guard found else {
                length = stop &+ shift
                return (stop, false)
            }
            length = stop &+ shift
            // A line end, or a cell end past a bound (`endField` notes it): left to the caller.
            guard base[stop] == d, endCount < endLimit, length &- cellStart <= Limits.cellBytes else {
                return (stop, false)
            }
            ends[endCount] = length
            endCount &+= 1
            cellStart = length
            i = stop &+ 1
            guard i < n else { return (i, true) }
            let c = base[i]
            if c == q || c == d || c == 0x0A || c == 0x0D { return (i, true) }
        }
    }

    /// End of input: a record in progress (even an unterminated quote) is delivered.
    mutating func finish(_ emit: (RowView) throws -> Void) rethrows {
        switch state {
        case .startRecord: return
        case .startField:
            target.endField()
        case .inField, .inQuoted, .quoteInQuoted:
            target.endField()
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

    /// Hands the record over; a record the consumer did not keep is dropped from the batch, and the
    /// next one goes where the consumer says (its batch may have just been handed to a worker).
    @inline(__always)
    private mutating func endRecord(_ emit: (RowView) throws -> Void) rethrows {
        recordNumber += 1
        state = .startRecord
        let written = target
        defer {
            if let next = nextTarget?(), next !== written {
                target = next
            } else {
                written.discardOpenRow()
            }
        }
        try emit(written.openRow(number: recordNumber, line: recordLine))
    }
}
