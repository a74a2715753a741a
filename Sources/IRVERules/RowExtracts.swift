/// What the cross-row rules need from each row, compact and without the row itself:
/// a batch of rows yields one `RowExtracts` (structure of arrays), merged in file order.
public struct RowExtracts: Sendable {
    var rows: [Int32] = []
    var pdcHash: [UInt64] = []  // 0: no id to compare (empty or « Non concerné »)
    var pdcPrefixHash: [UInt64] = []  // id without its trailing digits (consecutive ids share it)
    var stationHash: [UInt64] = []  // 0: no station key
    var columnHashes: [UInt32] = []  // `RuleColumns.stationLevel.count` per row; 0 = column absent
    var power: [Double] = []  // .nan when unreadable
    var connectors: [UInt8] = []  // bit per connector type; 0xFF when unreadable
    var nbrePdc: [Int32] = []  // -1 when unreadable

    public init() {}
    public var count: Int { rows.count }
}
