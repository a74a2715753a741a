import Foundation
import IRVERead

/// Folded commune names → current communes, built once on first use (only files whose addresses
/// name a commune other than the expected one need it).
final class GeoNames: Sendable {
    static let shared: GeoNames? = GeoReference.shared.map(GeoNames.init)

    /// Folded name → current communes it may designate (its own names, and those of its
    /// arrondissements, communes déléguées and associées).
    let index: [String: [Int]]

    init(_ geo: GeoReference) {
        var index: [String: [Int]] = [:]
        for i in 0..<geo.communeCount {
            let current = geo.current(i)
            for name in geo.foldedNames(i) where index[name]?.contains(current) != true {
                index[name, default: []].append(current)
            }
        }
        self.index = index
    }

    /// Communes a folded town name designates; "PARIS 15" and "MARSEILLE 8E" designate the city.
    func communes(named town: String) -> [Int] {
        index[town] ?? Self.withoutNumber(town).flatMap { index[$0] } ?? []
    }

    /// "PARIS 15" → "PARIS", "MARSEILLE 8E" → "MARSEILLE"; nil when the last word is no number.
    static func withoutNumber(_ town: String) -> String? {
        guard let space = lastSpace(town) else { return nil }
        // After an ASCII byte the character is that byte (a space is never joined to it): a digit
        // or not, without building the character.
        let u = town.utf8
        let next = u.index(after: space)
        if next < u.endIndex, u[next] < 0x80 {
            guard u[next] >= 0x30, u[next] <= 0x39 else { return nil }
        } else {
            guard town[town.index(after: space)...].first?.isNumber == true else { return nil }
        }
        return String(town[..<space])
    }

    /// The last " " of `town`: found on the bytes (a folded name is ASCII), by characters only when
    /// that space might carry a combining mark.
    private static func lastSpace(_ town: String) -> String.Index? {
        let u = town.utf8
        guard let space = u.lastIndex(of: 0x20) else { return nil }
        let next = u.index(after: space)
        if next == u.endIndex || u[next] < 0x80 { return space }
        return town.lastIndex(of: " ")
    }

    /// Whether a folded town name designates this current commune, without the national index:
    /// its own names, or (Paris, Lyon, Marseille) its name followed by an arrondissement number.
    static func designates(_ town: String, _ commune: Int, _ geo: GeoReference, _ memo: NameMemo? = nil) -> Bool {
        let names = memo?.names(commune, geo) ?? geo.foldedNames(commune)
        return names.contains(town) || withoutNumber(town).map(names.contains) == true
    }
}

/// Folded names of the communes one worker has met, and the towns of the addresses it has read
/// (a file names few communes, many times).
public final class NameMemo: @unchecked Sendable {
    private var folded: [Int: [String]] = [:]
    public init() {}
    func names(_ commune: Int, _ geo: GeoReference) -> [String] {
        if let hit = folded[commune] { return hit }
        let names = geo.sharedFoldedNames.names(commune, geo)
        if folded.count > 50_000 { folded.removeAll() }
        folded[commune] = names
        return names
    }

    /// `AddressParts.town(tail)`, remembered by the tail's bytes in one table for every worker
    /// (one per checker of the pool held the same towns several times: a megabyte on 1M rows).
    func town(_ tail: UnsafeBufferPointer<UInt8>) -> String? { SharedTowns.shared.town(tail) }

    static func equal(_ a: [UInt8], _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        a.count == b.count
            && a.withUnsafeBufferPointer { a in
                guard let pa = a.baseAddress, let pb = b.baseAddress else { return true }  // both empty
                return memcmp(pa, pb, b.count) == 0
            }
    }
}

/// Folded names shared by the workers of a reference: each worker's `NameMemo` starts empty (one
/// per checker of the pool), and folding a commune's two names costs thousands of instructions.
/// Behind a lock, asked only when a worker's own memo misses.
final class SharedFoldedNames: @unchecked Sendable {
    private let lock = NSLock()
    private var folded: [Int: [String]] = [:]
    /// The communes of a file's region many times over; a national file folds the others itself.
    static let limit = 8192

    func names(_ commune: Int, _ geo: GeoReference) -> [String] {
        if let hit = lock.withLock({ folded[commune] }) { return hit }
        let names = geo.foldedNames(commune)
        lock.withLock {
            if folded.count < Self.limit { folded[commune] = names }
        }
        return names
    }
}

/// The towns of the addresses read, by the bytes after the postcode (confirmed byte for byte).
final class SharedTowns: @unchecked Sendable {
    static let shared = SharedTowns()
    private let lock = NSLock()
    private var towns: [UInt64: (tail: [UInt8], town: String?)] = [:]
    /// Enough for the towns of a national file's stretch of rows; a few hundred KB at most.
    static let limit = 2048

    func town(_ tail: UnsafeBufferPointer<UInt8>) -> String? {
        let h = FNV.hash64(tail)
        if let hit = lock.withLock({ towns[h] }), NameMemo.equal(hit.tail, tail) { return hit.town }
        let town = AddressParts.town(tail)
        lock.withLock {
            if towns.count >= Self.limit { towns.removeAll(keepingCapacity: true) }
            towns[h] = (Array(tail), town)
        }
        return town
    }
}
