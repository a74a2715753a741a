import IRVEFindings

/// The words of the column mapping (`IRVEColumns`): the `column-mapping` finding, its evidence in
/// the change log, `irve fix`'s lines about the columns and the `--map` errors.
protocol ColumnMappingWords {
    static func columnMapping(_ proposal: ColumnProposal) -> String
    static func mappingEvidence(_ evidence: MappingEvidence) -> String
    static func columnSummary(_ message: ColumnSummaryMessage) -> String
    static func columnMapError(_ error: ColumnMapError) -> String
}

extension French: ColumnMappingWords {}
extension English: ColumnMappingWords {}

extension Wording {
    public static func message(_ message: ColumnSummaryMessage, _ lang: Language) -> String {
        columnWords(lang).columnSummary(message)
    }

    public static func message(_ error: ColumnMapError, _ lang: Language) -> String {
        columnWords(lang).columnMapError(error)
    }

    /// Why a column was placed, for the change log.
    public static func evidence(_ evidence: MappingEvidence, _ lang: Language) -> String {
        columnWords(lang).mappingEvidence(evidence)
    }

    static func columnWords(_ lang: Language) -> any ColumnMappingWords.Type {
        Wording.words(lang).self
    }
}
