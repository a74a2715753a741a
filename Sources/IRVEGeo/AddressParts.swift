import Foundation
import IRVERead
import IRVEValues

/// The postcode and commune name an `adresse_station` ends with ("12 rue X, 17200 Royan").
public struct AddressParts: Sendable, Equatable {
    public var postcode: Int?
    public var postcodeText: String?
    /// The words after the postcode, folded (`TextFolding`, `.communeName`), CEDEX and "France" removed.
    public var town: String?

    /// The last 5-digit group standing alone is the postcode (a house number has fewer digits;
    /// a road number like "D 201" too); the town is what follows it. `memo` remembers the towns
    /// already folded (a file names few communes, many times).
    public static func parse(_ c: UnsafeBufferPointer<UInt8>, memo: NameMemo? = nil) -> AddressParts {
        var parts = AddressParts()
        let n = c.count
        var i = 0
        var found: (start: Int, end: Int)?
        while i < n {
            if c[i] >= 0x30, c[i] <= 0x39 {
                let start = i
                while i < n, c[i] >= 0x30, c[i] <= 0x39 { i += 1 }
                let before = start == 0 ? 0x20 : c[start - 1]
                let isolated = !isWordByte(before) && (i == n || !isWordByte(c[i]))
                if i - start == 5, isolated { found = (start, i) }
            } else {
                i += 1
            }
        }
        guard let found else { return parts }
        var v = 0
        for k in found.start..<found.end { v = v * 10 + Int(c[k] - 0x30) }
        parts.postcode = v
        parts.postcodeText = String(decoding: UnsafeBufferPointer(rebasing: c[found.start..<found.end]), as: UTF8.self)
        let tail = UnsafeBufferPointer(rebasing: c[found.end..<n])
        parts.town = memo.map { $0.town(tail) } ?? town(tail)
        return parts
    }

    /// The town of the text after the postcode: folded, CEDEX and "France" removed; nil if nothing
    /// is left.
    static func town(_ tail: UnsafeBufferPointer<UInt8>) -> String? {
        var town = TextFolding.fold(String(decoding: tail, as: UTF8.self), .communeName)
        for suffix in [" FRANCE"] where town.hasSuffix(suffix) { town.removeLast(suffix.count) }
        // The folded name is upper-case ASCII: a byte search, not Foundation's `range(of:)`
        // (which cost more than the rest of the address).
        if let r = asciiRange(of: cedex, in: town) { town = String(town[..<r]) }
        if town == "FRANCE" || town.hasPrefix("CEDEX") { town = "" }
        return town.isEmpty ? nil : town
    }

    /// Where `needle` first starts in `text`, compared byte for byte.
    static func asciiRange(of needle: [UInt8], in text: String) -> String.Index? {
        var text = text
        let offset: Int? = text.withUTF8 { t in
            guard let first = needle.first, t.count >= needle.count else { return nil }
            for i in 0...(t.count - needle.count) where t[i] == first {
                if t[i..<(i + needle.count)].elementsEqual(needle) { return i }
            }
            return nil
        }
        return offset.map { text.utf8.index(text.utf8.startIndex, offsetBy: $0) }
    }
    private static let cedex = Array(" CEDEX".utf8)

    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
    }
}
