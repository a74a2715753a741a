extension String {
    /// The string without the white space and line breaks around it (Unicode White_Space: Foundation's
    /// `.whitespacesAndNewlines` less U+200B), but native, since Foundation's trimming bridges through
    /// NSString at about a second per megabyte, and header labels or cells can be megabytes long.
    public func trimmingWhiteSpace() -> String {
        trimming { $0.properties.isWhitespace }
    }

    /// Foundation's `trimmingCharacters(in: .whitespaces)`, exactly, without its NSString round trip.
    public func trimmingSpaces() -> String { trimming(where: \.isFoundationSpace) }

    /// Foundation's `trimmingCharacters(in: .whitespacesAndNewlines)`, exactly.
    public func trimmingSpacesAndNewlines() -> String { trimming(where: \.isFoundationSpaceOrNewline) }

    /// The string without the scalars matching `drop` at either end.
    public func trimming(where drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop($0) }),
            let last = scalars.lastIndex(where: { !drop($0) })
        else { return "" }
        // Most cells have nothing to trim: no copy then.
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }

    /// `self` with every `target` replaced by `replacement`, as Foundation's `replacingOccurrences(of:with:)`
    /// does for a target of base characters (no Kelvin sign, no `;`, no backquote: their canonical
    /// twins would match there). Foundation skips a match followed by a combining character; nil when a
    /// match is followed by any scalar from U+0300 on, for the caller to ask Foundation.
    public func replacingBaseOccurrences(of target: String, with replacement: String) -> String? {
        var s = self
        return s.withUTF8 { b in
            var out: [UInt8] = []
            var copied = 0
            var found = false
            let verdict: Bool? = Self.scanMatches(b, target) { at in
                if !found {
                    found = true
                    out.reserveCapacity(b.count + replacement.utf8.count)
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied..<at]))
                out.append(contentsOf: replacement.utf8)
                copied = at + target.utf8.count
            }
            guard verdict != nil else { return nil }
            guard found else { return self }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied...]))
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Foundation's `contains(_:)` for a target of base characters (see `replacingBaseOccurrences`);
    /// nil when only matches followed by a scalar from U+0300 on were found.
    public func containsBase(_ target: String) -> Bool? {
        var s = self
        return s.withUTF8 { b in
            var found = false
            return Self.scanMatches(b, target) { _ in found = true } == nil ? (found ? true : nil) : found
        }
    }

    /// Calls `match` with the offset of each non-overlapping occurrence of `target` in `b`, left to
    /// right; nil (and stops) at an occurrence followed by a scalar from U+0300 on (lead byte 0xCC or
    /// above), which Foundation may reject as part of a character cluster.
    private static func scanMatches(
        _ b: UnsafeBufferPointer<UInt8>, _ target: String,
        _ match: (Int) -> Void
    ) -> Bool? {
        let t = Array(target.utf8)
        guard let head = t.first, t.count <= b.count else { return t.isEmpty ? nil : true }
        var i = 0
        while i <= b.count - t.count {
            if b[i] == head, (1..<t.count).allSatisfy({ b[i + $0] == t[$0] }) {
                let next = i + t.count
                if next < b.count, b[next] >= 0xCC { return nil }
                match(i)
                i = next
            } else {
                i += 1
            }
        }
        return true
    }
}

extension Unicode.Scalar {
    /// In Foundation's `CharacterSet.whitespaces` on Linux (measured over every scalar): Zs, tab, and
    /// U+200B, which CoreFoundation still counts as a space although Unicode no longer does.
    @inlinable public var isFoundationSpace: Bool {
        switch value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// In Foundation's `.whitespacesAndNewlines`: the spaces above and U+000A–000D, U+0085, U+2028, U+2029.
    @inlinable public var isFoundationSpaceOrNewline: Bool {
        switch value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: isFoundationSpace
        }
    }
}
