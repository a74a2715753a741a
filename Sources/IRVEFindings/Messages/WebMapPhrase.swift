/// The web assistant's words around its map and its station filter (`/map`, the verdict's
/// `#f-station`). The map's own words are `MapPhrase`'s.
public enum WebMapPhrase: Sendable, Equatable {
    /// The verdict's link to the map.
    case openMap
    case backToVerdict
    /// The station filter's label.
    case stationLabel
    /// Without JavaScript the map still shows; zoom and details need it.
    case scriptNeeded
}
