import IRVEFindings

/// In tests only, a code may be written as its string (`$0.type == "duplicate-id-pdc"`): the
/// sources must name a typed code (`.rule(.duplicateIdPdc)`), the tests read like the reports.
extension FindingCode: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self.init(rawValue: value) }
}

/// The same for a repair's code (`$0.rule == "date"`).
extension RepairCode: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self.init(rawValue: value) }
}
