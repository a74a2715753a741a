@testable import IRVERead

extension CSVParser {
    /// Every record of `text`, fed to a fresh parser `chunk` bytes at a time, as strings: what the
    /// parser tests compare (records must not depend on where the chunks are cut).
    static func records(_ text: [UInt8], delimiter: UInt8 = 0x2C, chunk: Int = 1 << 20) -> [[String]] {
        var parser = CSVParser(delimiter: delimiter)
        var rows: [[String]] = []
        text.withUnsafeBufferPointer { all in
            var start = 0
            while start < all.count {
                let end = min(all.count, start + chunk)
                parser.feed(UnsafeBufferPointer(rebasing: all[start..<end])) { rows.append($0.strings) }
                start = end
            }
        }
        parser.finish { rows.append($0.strings) }
        return rows
    }
}
