extension JSONBytes {
    /// A decimal number (the shortest text that reads back as the same Double); `null` when it is
    /// not finite, which JSON cannot write.
    public mutating func number(_ v: Double) {
        guard v.isFinite else { return raw("null") }
        bytes.append(contentsOf: "\(v)".utf8)
    }
}
