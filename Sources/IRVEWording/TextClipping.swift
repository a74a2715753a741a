import IRVEFindings

/// The words that say how long a clipped quote was.
protocol ClippingWords {
    static func clippedLength(_ scalars: Int) -> String
}

extension French: ClippingWords {}
extension English: ClippingWords {}

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
        let words: any ClippingWords.Type =
            Wording.words(lang).self
        return String(scalars[..<end]) + words.clippedLength(count)
    }
}
