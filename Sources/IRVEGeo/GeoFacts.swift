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
    /// The address's postcode, as written.
    public var addressPostcode: String?
    /// Whether the point falls in the announced commune (within tolerance).
    public var pointInAnnounced: Bool = false
    /// Hashes of the INSEE and address cells, to tell unrelated stations apart.
    public var inseeHash: UInt64 = 0
    public var addressHash: UInt64 = 0

    public init() {}
}
