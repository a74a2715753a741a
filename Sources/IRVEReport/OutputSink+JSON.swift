import IRVEFindings

extension OutputSink {
    /// Hands `json`'s bytes to the sink once they fill a buffer (or always, with `force`).
    public func take(_ json: inout JSONBytes, force: Bool = false) {
        guard force || json.bytes.count >= Self.flushThreshold else { return }
        json.bytes.withUnsafeBufferPointer { write(bytes: $0) }
        json.bytes.removeAll(keepingCapacity: true)
    }
}
