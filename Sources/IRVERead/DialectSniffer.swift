/// Picks the delimiter of a CSV sample: the candidate that splits the first records into the
/// same, largest number of cells (quotes respected). Candidates: `,` `;` tab `|`.
public enum DialectSniffer {
    public static let candidates: [UInt8] = [0x2C, 0x3B, 0x09, 0x7C]

    public static func delimiter(sample: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var best: (delimiter: UInt8, score: Double) = (0x2C, -1)
        for d in candidates {
            var counts: [Int] = []
            var parser = CSVParser(delimiter: d)
            // Only whole records count: the sample may end mid-record.
            parser.feed(sample) { row in if counts.count < 50, row.count > 0 { counts.append(row.count) } }
            // No whole record in the sample (a very long header, a file without newline): use the partial one.
            if counts.isEmpty { parser.finish { row in if row.count > 0 { counts.append(row.count) } } }
            guard let header = counts.first else { continue }
            let body = counts.dropFirst()
            let agreeing = body.isEmpty ? 1.0 : Double(body.filter { $0 == header }.count) / Double(body.count)
            // One cell per row means the candidate never occurs: worthless.
            let score = header > 1 ? agreeing * 1000 + Double(min(header, 999)) : 0
            if score > best.score { best = (d, score) }
        }
        return best.delimiter
    }
}
