import IRVEFindings

extension English {
    static func repairError(_ e: RepairError) -> String {
        switch e {
        case .sameFile(let p):
            "The output is the input (\"\(p)\"): irve never modifies the original. Choose another name with -o."
        case .exists(let p):
            "\"\(p)\" already exists: add --force to replace it."
        case .read(let e): readError(e)
        case .noSchema(let p): "Cannot write \"\(p)\": schema not found."
        case .file(let e): fileError(e)
        case .workbook(let e): xlsxWriteError(e)
        case .columnMap(let e): columnMapError(e)
        }
    }
}
