/// The lines `irve fix` prints about the columns it placed, kept or dropped (data only: the words
/// are in IRVEWording).
public enum ColumnSummaryMessage: Sendable, Equatable {
    /// A column placed onto a field (by `--map`, its portal label or its content).
    case mapped(ColumnProposal)
    /// A doubtful placement not applied (no `--aggressive`); `kept`: the column is written at the
    /// end anyway, since it may hold a required field.
    case notApplied(ColumnProposal, kept: Bool)
    /// A column the schema does not know, written at the end (`--keep-extra`).
    case keptExtra(label: String)
    /// A column left out of the output although it holds values.
    case dropped(label: String, cells: Int)
    /// How to keep the dropped columns: `--keep-extra`, or `--map "LABEL=champ"`.
    case droppedHint(label: String)
}
