extension CheckError {
    /// The same error naming the file read as `name` (a URL for a downloaded copy).
    public func named(_ name: String) -> CheckError {
        switch self {
        case .read(let e): .read(e.named(name))
        case .schema: self  // about the schema given, not the file
        }
    }
}
