import IRVEFindings

extension French {
    static func repairError(_ e: RepairError) -> String {
        switch e {
        case .sameFile(let p):
            "Le fichier de sortie est le fichier d'entrée (« \(p) ») : irve ne modifie jamais l'original. "
                + "Choisissez un autre nom avec -o."
        case .exists(let p):
            "« \(p) » existe déjà : ajoutez --force pour le remplacer."
        case .read(let e): readError(e)
        case .noSchema(let p): "Impossible d'écrire « \(p) » : schéma introuvable."
        case .file(let e): fileError(e)
        case .workbook(let e): xlsxWriteError(e)
        case .columnMap(let e): columnMapError(e)
        }
    }
}
