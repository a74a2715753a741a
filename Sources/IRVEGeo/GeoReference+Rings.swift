extension GeoReference {
    /// The rings of an entity's contour as points (outer rings and holes, as stored), for drawing;
    /// empty without a polygon. Rebuilt from the same edge decoder as the point-in-polygon test: a
    /// ring closes when an edge comes back to its first vertex.
    public func rings(_ i: Int) -> [[GeoPoint]] {
        guard let poly = polygonFor(i) else { return [] }
        var rings: [[GeoPoint]] = []
        var ring: [GeoPoint] = []
        var first: (Double, Double)?
        forEachEdge(poly) { x1, y1, x2, y2 in
            if first == nil {
                first = (x1, y1)
                ring = [GeoPoint(lon: x1 / 1e5, lat: y1 / 1e5)]
            }
            if let f = first, f.0 == x2, f.1 == y2 {
                rings.append(ring)
                first = nil
            } else {
                ring.append(GeoPoint(lon: x2 / 1e5, lat: y2 / 1e5))
            }
        }
        return rings
    }
}
