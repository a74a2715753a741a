extension JSONBytes {
    /// One finding as the JSON object of a report's `findings` array, copying the message's literal
    /// when it repeats the previous finding's.
    public mutating func finding(_ f: Finding, message: inout RepeatedString) {
        raw("{\"type\":")
        string(f.type.rawValue)
        raw(",\"severity\":")
        string(f.severity.rawValue)
        raw(",\"rowNumber\":")
        int(f.rowNumber)
        raw(",\"fieldName\":")
        string(f.fieldName)
        raw(",\"fieldNumber\":")
        int(f.fieldNumber)
        raw(",\"cell\":")
        string(f.cell)
        raw(",\"constraint\":")
        string(f.constraint)
        raw(",\"message\":")
        string(f.message, repeating: &message)
        if let p = f.proposedChange {
            raw(",\"proposedChange\":{\"newValue\":")
            string(p.newValue)
            raw(",\"rule\":")
            string(p.rule.rawValue)
            raw(",\"confidence\":")
            string(p.confidence.rawValue)
            raw("}")
        }
        raw("}")
    }
}
