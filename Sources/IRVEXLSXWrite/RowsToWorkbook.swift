import IRVEFindings
import IRVERead
import IRVESchema

/// A table read by `TableReader`, written as the data sheet of a workbook: each row at the row the
/// report gives it (its number minus one), each cell as text in its column's style, with the notes
/// (fill and comment) the caller attaches. Rows are written in order, so the workbook can flush
/// them as it goes (`constantMemory`).
public final class RowsToWorkbook: RowConsumer {
    /// What to show on a cell: its fill and its comment.
    public struct Note: Sendable, Equatable {
        public var fill: UInt32?
        public var text: String

        public init(fill: UInt32?, text: String) {
            self.fill = fill
            self.text = text
        }
    }

    /// Makes the workbook (with any sheet that comes before the data); called again when the reader
    /// starts over (an encoding it had to change), the first workbook being dropped.
    let build: () throws(XLSXWriteError) -> WorkbookWriter
    let sheetName: String
    let schema: TableSchema?
    let author: String
    /// The notes of row `number` (header = 1), by 0-based column; asked once per row, in order.
    let notes: (Int) -> [Int: Note]
    public private(set) var workbook: WorkbookWriter?
    private var data: DataSheet?
    public private(set) var failure: XLSXWriteError?
    public private(set) var rows = 0

    public init(
        sheetName: String, schema: TableSchema?, author: String,
        notes: @escaping (Int) -> [Int: Note] = { _ in [:] },
        build: @escaping () throws(XLSXWriteError) -> WorkbookWriter
    ) {
        self.sheetName = sheetName
        self.schema = schema
        self.author = author
        self.notes = notes
        self.build = build
    }

    public func begin(_ info: TableInfo) {
        data = nil
        workbook = nil
        rows = 0
        guard failure == nil else { return }
        do { workbook = try build() } catch { failure = error }
    }

    public func row(_ row: RowView) throws {
        guard let workbook else { return }
        let cells = row.strings
        let index = row.number - 1
        let notes = notes(row.number)
        if let data {
            data.write(row: index, cells, fills: notes.compactMapValues(\.fill))
            rows += 1
        } else {
            data = DataSheet(workbook, name: sheetName, header: cells, schema: schema, headerRow: index)
        }
        for (column, note) in notes.sorted(by: { $0.key < $1.key }) {
            data?.sheet.comment(index, column, note.text, author: author)
        }
    }

    public func ended(_ info: TableInfo) {}
}
