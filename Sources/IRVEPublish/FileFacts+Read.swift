import IRVERead

extension FileFacts {
    /// The facts of a file `irve check` has read already (`delimiter` as it found it), in one more
    /// streaming pass: stations, points, communes, latest `date_maj`.
    public static func read(path: String, delimiter: UInt8?) throws -> FileFacts {
        let collector = FactsCollector()
        var reader = TableReader(path: path)
        reader.delimiter = delimiter
        try reader.read(into: collector)
        return collector.facts
    }
}
