/// The constraints a cell can break, in the order frictionless checks (and reports) them.
public struct ConstraintSet: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let required = ConstraintSet(rawValue: 1 << 0)
    public static let minLength = ConstraintSet(rawValue: 1 << 1)
    public static let maxLength = ConstraintSet(rawValue: 1 << 2)
    public static let pattern = ConstraintSet(rawValue: 1 << 3)
    public static let minimum = ConstraintSet(rawValue: 1 << 4)
    public static let maximum = ConstraintSet(rawValue: 1 << 5)
    public static let exclusiveMinimum = ConstraintSet(rawValue: 1 << 6)
    public static let exclusiveMaximum = ConstraintSet(rawValue: 1 << 7)
    public static let enumeration = ConstraintSet(rawValue: 1 << 8)

    /// Each member with its Table Schema name, in reporting order.
    public static let ordered: [(ConstraintSet, String)] = [
        (.required, "required"), (.minLength, "minLength"), (.maxLength, "maxLength"), (.pattern, "pattern"),
        (.minimum, "minimum"), (.maximum, "maximum"), (.exclusiveMinimum, "exclusiveMinimum"),
        (.exclusiveMaximum, "exclusiveMaximum"), (.enumeration, "enum"),
    ]

    public var names: [String] { Self.ordered.filter { contains($0.0) }.map(\.1) }
}

/// What the checker concluded about one cell. Small and allocation-free: this is the hot path.
public struct CellVerdict: Sendable, Equatable {
    /// The cell holds a missing value (or is absent): frictionless counts it blank.
    public var isBlank: Bool
    public var typeError: Bool
    public var failed: ConstraintSet

    public static let valid = CellVerdict(isBlank: false, typeError: false, failed: [])
    public var isValid: Bool { !typeError && failed.isEmpty }
}
