extension ReadError {
    /// The same error naming the input as its user knows it: a downloaded file is read from a
    /// temporary or cached copy, but the message must name its URL, not the copy.
    public func named(_ name: String) -> ReadError {
        switch self {
        case .notFound: .notFound(path: name)
        case .unreadable(_, let reason): .unreadable(path: name, reason: reason)
        case .isDirectory: .isDirectory(path: name)
        case .wrongFormat(_, let kind): .wrongFormat(path: name, kind: kind)
        case .file: self  // a system failure on the copy itself: its path is the useful one
        case .workbook(_, let error): .workbook(path: name, error: error)
        case .tooLarge(_, let row, let overflow): .tooLarge(path: name, row: row, overflow: overflow)
        }
    }
}
