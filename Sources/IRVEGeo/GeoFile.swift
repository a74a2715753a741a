import CGeoData

/// The raw sections of the embedded reference file, read in place.
///
/// Layout (little endian, written by Scripts/build-geo.py): `IRVEGEO1`, version (u32), section
/// count (u32), then per section (offset, byte length, item count) as u32, then the sections,
/// each 8-byte aligned, in this order: communes (76-byte records sorted by code, current commune
/// first), postcode lists (u32 per commune), postcode index ((postcode, commune) u32 pairs sorted),
/// history (20-byte records sorted by old code), history targets (u32 commune indices), polygons
/// (offset into vertices, ring count, bbox in 1e-5 degree, commune index), vertices (per ring: a
/// varint count, then zigzag varint deltas in 1e-5 degree), grid zones, cell offsets (u32), cell
/// entries (u16 polygon indices), strings (UTF-8).
struct GeoFile: @unchecked Sendable {
    struct Section {
        let base: UnsafeRawPointer
        let bytes: Int
        let count: Int
    }

    let communes: Section
    let postcodeLists: Section
    let postcodeIndex: Section
    let history: Section
    let historyTargets: Section
    let polygons: Section
    let vertices: Section
    let zones: Section
    let cellOffsets: Section
    let cellEntries: Section
    let strings: Section

    static let communeSize = 76
    static let historySize = 20
    static let polygonSize = 28
    static let zoneSize = 28

    /// nil when the embedded bytes are not a reference file this code understands (a build issue,
    /// reported by the caller as "geographic checks unavailable", never a crash).
    init?(base: UnsafeRawPointer, size: Int) {
        guard size > 16, memcmp8(base, "IRVEGEO1") else { return nil }
        let version = base.loadUnaligned(fromByteOffset: 8, as: UInt32.self)
        let count = Int(base.loadUnaligned(fromByteOffset: 12, as: UInt32.self))
        guard version == 1, count == 11, 16 + 12 * count <= size else { return nil }
        var sections: [Section] = []
        for i in 0..<count {
            let o = 16 + 12 * i
            let offset = Int(base.loadUnaligned(fromByteOffset: o, as: UInt32.self))
            let bytes = Int(base.loadUnaligned(fromByteOffset: o + 4, as: UInt32.self))
            let items = Int(base.loadUnaligned(fromByteOffset: o + 8, as: UInt32.self))
            guard offset + bytes <= size else { return nil }
            sections.append(Section(base: base + offset, bytes: bytes, count: items))
        }
        (communes, postcodeLists, postcodeIndex, history, historyTargets) = (
            sections[0], sections[1], sections[2], sections[3], sections[4]
        )
        (polygons, vertices, zones, cellOffsets, cellEntries, strings) = (
            sections[5], sections[6], sections[7], sections[8], sections[9], sections[10]
        )
        guard communes.bytes == communes.count * Self.communeSize, history.bytes == history.count * Self.historySize,
            polygons.bytes == polygons.count * Self.polygonSize, zones.bytes == zones.count * Self.zoneSize
        else { return nil }
    }

    /// The copy embedded in the executable.
    static func embedded() -> GeoFile? {
        guard let p = irve_geo_data() else { return nil }
        return GeoFile(base: UnsafeRawPointer(p), size: irve_geo_size())
    }

    @inline(__always) func u32(_ s: Section, _ offset: Int) -> UInt32 {
        s.base.loadUnaligned(fromByteOffset: offset, as: UInt32.self)
    }
    @inline(__always) func i32(_ s: Section, _ offset: Int) -> Int32 {
        s.base.loadUnaligned(fromByteOffset: offset, as: Int32.self)
    }
    @inline(__always) func u16(_ s: Section, _ offset: Int) -> UInt16 {
        s.base.loadUnaligned(fromByteOffset: offset, as: UInt16.self)
    }
    @inline(__always) func u8(_ s: Section, _ offset: Int) -> UInt8 {
        s.base.load(fromByteOffset: offset, as: UInt8.self)
    }

    func string(offset: Int, length: Int) -> String {
        String(decoding: UnsafeRawBufferPointer(start: strings.base + offset, count: length), as: UTF8.self)
    }

    /// A 5-character code packed big-endian so integer order is string order.
    @inline(__always) func code(_ s: Section, _ offset: Int) -> UInt64 {
        // The first four bytes in one load (the binary searches read a code per step).
        let head = UInt32(bigEndian: s.base.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
        return UInt64(head) << 8 | UInt64(u8(s, offset + 4))
    }
}

@inline(__always)
private func memcmp8(_ p: UnsafeRawPointer, _ s: StaticString) -> Bool {
    let b = s.utf8Start
    for i in 0..<8 where p.load(fromByteOffset: i, as: UInt8.self) != b[i] { return false }
    return true
}
