extension French {
    static func clippedLength(_ scalars: Int) -> String { "… (\(scalars) caractères)" }
}
