import IRVEFindings

/// The grouped findings and the "what next" sentence.
protocol ProblemWords {
    static func problem(_ p: ProblemPhrase) -> String
}

extension Wording {
    public static func message(_ p: ProblemPhrase, _ lang: Language) -> String {
        Wording.words(lang).problem(p)
    }

    /// A path as a POSIX shell reads it back unchanged: bare when it is only safe characters,
    /// single-quoted otherwise (a quote inside written '\\'').
    static func shellQuoted(_ s: String) -> String {
        let safe = s.unicodeScalars.allSatisfy { c in
            (c.properties.isAlphabetic || c.properties.numericType != nil || "-_./+,:@%".unicodeScalars.contains(c))
                && c.value > 0x20
        }
        if safe, !s.isEmpty { return s }
        return "'" + s.map { $0 == "'" ? "'\\''" : String($0) }.joined() + "'"
    }

    /// The repaired file's name beside the input: `dir/name.csv` → `dir/name-<suffix>.csv`.
    static func repairedName(_ input: String, suffix: String) -> String {
        let slash = input.lastIndex(of: "/").map { input.index(after: $0) } ?? input.startIndex
        let name = input[slash...]
        let stem = name.lastIndex(of: ".").map { name[..<$0] } ?? name
        return String(input[..<slash]) + (stem.isEmpty ? name : stem) + "-" + suffix + ".csv"
    }
}
