/// What one row says about where its station is, once resolved against the reference: the
/// cross-row stage (shared points, station summaries, geocoding) works from these alone.
public struct GeoFacts: Sendable, Equatable {
    /// The point, `[lon, lat]` order established (after an evident swap).
    public var point: GeoPoint?
    /// The current commune containing the point (or within the contours' tolerance).
    public var pointCommune: Int?
    /// The current commune the INSEE column designates once resolved (postcode, old code…).
    public var announced: Int?
    /// The commune the address designates (postcode, and the name when the postcode has several).
    public var addressCommune: Int?
    /// The address's postcode, as written (always five digits: kept as a number, so that the facts
    /// copy as plain bytes, row after row).
    public var addressPostcode: String? {
        get {
            guard postcode >= 0 else { return nil }
            var digits = [UInt8](repeating: 0x30, count: 5)
            var v = Int(postcode)
            for k in (0..<5).reversed() {
                digits[k] = 0x30 + UInt8(v % 10)
                v /= 10
            }
            return String(decoding: digits, as: UTF8.self)
        }
        set {
            // `AddressParts` finds five digits standing alone: nothing else is ever set.
            guard let newValue, newValue.utf8.count == 5, newValue.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                let v = Int32(newValue)
            else {
                postcode = -1
                return
            }
            postcode = v
        }
    }
    private var postcode: Int32 = -1
    /// Whether the point falls in the announced commune (within tolerance).
    public var pointInAnnounced: Bool = false
    /// Hashes of the INSEE and address cells, to tell unrelated stations apart.
    public var inseeHash: UInt64 = 0
    public var addressHash: UInt64 = 0

    public init() {}
}
