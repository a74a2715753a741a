extension String {
    /// The string without the white space and line breaks around it: the same set as Foundation's
    /// `.whitespacesAndNewlines` (Unicode White_Space), but native, since Foundation's trimming bridges
    /// through NSString at about a second per megabyte, and header labels or cells can be megabytes long.
    public func trimmingWhiteSpace() -> String {
        trimming { $0.properties.isWhitespace }
    }

    /// The string without the scalars matching `drop` at either end.
    public func trimming(where drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop($0) }),
              let last = scalars.lastIndex(where: { !drop($0) }) else { return "" }
        return String(scalars[first...last])
    }
}

extension String {
    /// The string cut to `max` scalars for quoting in a message, with its full length said: a pasted
    /// 1.5 MB pattern or a 5 MB cell would bury the message. Scalars, not Characters: counting graphemes
    /// of megabytes costs seconds.
    public func clipped(_ max: Int = 200, _ lang: Language) -> String {
        if utf8.count <= max { return self }  // O(1) on native strings: the common case costs nothing
        let scalars = unicodeScalars
        var end = scalars.startIndex
        var kept = 0
        while kept < max, end != scalars.endIndex {
            scalars.formIndex(after: &end)
            kept += 1
        }
        guard end != scalars.endIndex else { return self }
        let count = scalars.count
        return String(scalars[..<end]) + lang.pick("… (\(count) caractères)", "… (\(count) characters)")
    }
}
