/// One station's address as the file gives it, with what the offline checks found, handed to an
/// address geocoder (BAN index or addok/BAN HTTP API) for the `address-far-from-point` check.
public struct AddressCandidate: Sendable, Hashable {
    /// A readable station label for messages (id_station_itinerance, else nom_station).
    public var station: String
    /// Data rows (1-based file rows, header = 1) of the station, in file order.
    public var rows: [Int]
    /// `adresse_station` as written.
    public var address: String
    /// The INSEE code of the commune the row announces, once resolved (postcode or old code fixed).
    public var citycode: String?
    /// The postcode found in the address, if any.
    public var postcode: String?
    /// The coordinates as read (`[lon, lat]` order already established), if parsable.
    public var point: GeoPoint?
    /// True when the point falls in the announced commune (within tolerance).
    public var pointInCommune: Bool

    public init(
        station: String, rows: [Int], address: String, citycode: String?, postcode: String?, point: GeoPoint?,
        pointInCommune: Bool
    ) {
        self.station = station
        self.rows = rows
        self.address = address
        self.citycode = citycode
        self.postcode = postcode
        self.point = point
        self.pointInCommune = pointInCommune
    }
}
