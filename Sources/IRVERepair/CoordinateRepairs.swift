import Foundation
import IRVEGeo
import IRVEValues

/// `coordonneesXY` repairs: written `lat, lon`, without brackets, with decimal commas, tabs or
/// semicolons, or swapped → `[lon,lat]`. "In France" uses the metropolitan and overseas boxes of
/// the reference validators until the geographic stage brings land contours.
public enum CoordinateRepairs {
    /// Metropolitan France + Corsica, Guadeloupe, Martinique, Guyane, La Réunion, Mayotte (lon, lat boxes).
    static let boxes: [(lon: ClosedRange<Double>, lat: ClosedRange<Double>)] = [
        (-5.141277...9.560091, 41.333571...51.088989),
        (-61.809839 ... -61.001959, 15.832041...16.514488),
        (-61.229033 ... -60.809655, 14.388646...14.878723),
        (-54.60239 ... -51.619041, 2.111055...5.748138),
        (55.216526...55.836654, -21.389631 ... -20.8718),
        (45.01833...45.299985, -13.005254 ... -12.63659),
    ]

    /// On French land: a commune contour of the embedded reference (metropole and every DROM),
    /// within the contours' tolerance; the reference validators' boxes only if it is unavailable.
    public static func inFrance(lon: Double, lat: Double) -> Bool {
        guard boxes.contains(where: { $0.lon.contains(lon) && $0.lat.contains(lat) }) else { return false }
        guard let geo = GeoReference.shared else { return true }
        return geo.isInFrance(GeoPoint(lon: lon, lat: lat))
    }

    public static func repair(_ s: String) -> CellFix? {
        guard let read = CoordinateValue.read(s), let x = Double(read.first), let y = Double(read.second) else {
            return nil
        }
        let (a, b, wasArray) = (read.first, read.second, read.wellFormedArray)
        // Keep the numbers as written (no precision change); only order and syntax change.
        let asWritten = "[\(a),\(b)]"
        let swapped = "[\(b),\(a)]"
        if inFrance(lon: x, lat: y) {
            if wasArray { return nil }  // already a valid array: leave it as it is
            return CellFix(asWritten, .coordinatesFormat, .certain)
        }
        if !inFrance(lon: x, lat: y), inFrance(lon: y, lat: x) {
            return CellFix(swapped, wasArray ? .geo(.coordinatesSwapped) : .coordinatesFormat, .likely)
        }
        if !wasArray, abs(x) <= 180, abs(y) <= 90 { return CellFix(asWritten, .coordinatesFormat, .guess) }
        return nil
    }
}
