import IRVERead
import IRVEValues

extension ContentDetector {
    /// Up to `sampleRows` non-empty cells (spaces around removed) of each of `columns`, from the
    /// first rows of the file: what `detect` reads, for `irve check` and `irve fix` alike.
    public static func sample(_ batch: RowBatch, columns: [Int]) -> [Int: [String]] {
        var sample: [Int: [String]] = [:]
        guard !columns.isEmpty else { return sample }
        var rows = 0
        batch.forEachRow { row in
            guard rows < sampleRows else { return }
            rows += 1
            for c in columns where c < row.count {
                let value = row.string(c).trimmingSpaces()
                if !value.isEmpty { sample[c, default: []].append(value) }
            }
        }
        return sample
    }
}
