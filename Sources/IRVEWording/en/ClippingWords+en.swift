extension English {
    static func clippedLength(_ scalars: Int) -> String { "… (\(scalars) characters)" }
}
