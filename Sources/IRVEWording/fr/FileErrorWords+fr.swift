import IRVEFindings

extension French {
    static func fileError(_ e: FileError) -> String {
        switch e {
        case .sameAsInput(let p):
            "« \(p) » est le fichier d'entrée : irve ne modifie jamais l'original. Choisissez un autre nom."
        case .sameOutputTwice(let p):
            "« \(p) » est donné pour deux sorties : choisissez deux noms différents."
        case .exists(let p):
            "« \(p) » existe déjà : ajoutez --force pour le remplacer."
        case .outputIsDirectory(let p):
            "« \(p) » est un dossier : donnez un nom de fichier pour la sortie."
        case .missingFolder(let p, let folder):
            "Impossible d'écrire « \(p) » : le dossier « \(folder) » n'existe pas."
        case .notAFolder(let p, let folder):
            "Impossible d'écrire « \(p) » : « \(folder) » n'est pas un dossier."
        case .folderNotWritable(let p, let folder):
            "Impossible d'écrire « \(p) » : permission refusée dans le dossier « \(folder) »."
        case .notFound(let p):
            "Fichier introuvable : « \(p) ». Vérifiez le chemin et le nom du fichier."
        case .inputIsDirectory(let p):
            "« \(p) » est un dossier, pas un fichier."
        case .streamTooLarge(let p, let limit) where p == "-":
            "L'entrée standard donne plus de \(limit >> 20) Mio : irve s'arrête. Enregistrez les données "
                + "dans un fichier."
        case .streamTooLarge(let p, let limit):
            "« \(p) » n'est pas un fichier ordinaire (tube, périphérique ou entrée standard) et "
                + "donne plus de \(limit >> 20) Mio : irve s'arrête. Enregistrez les données dans un fichier."
        case .tooLarge(let p, let limit):
            "« \(p) » dépasse \(size(limit)) : ce n'est pas un fichier de ce type."
        case .system(let p, .open, let code), .system(let p, .read, let code):
            "Impossible de lire « \(p) » : \(systemCause(SystemCause(errno: code)))."
        case .system(let p, .create, let code), .system(let p, .write, let code), .system(let p, .rename, let code):
            "Impossible d'écrire « \(p) » : \(systemCause(SystemCause(errno: code)))."
        }
    }

    /// A size limit as people read it: « 64 Mio », « 512 Kio ».
    private static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) Mio" : "\(bytes >> 10) Kio"
    }

    static func systemCause(_ cause: SystemCause) -> String {
        switch cause {
        case .noSuchFile: "fichier ou dossier inexistant"
        case .permissionDenied: "permission refusée"
        case .diskFull: "disque plein"
        case .quotaExceeded: "quota de disque dépassé"
        case .readOnly: "système de fichiers en lecture seule"
        case .isFolder: "c'est un dossier"
        case .pathNotFolder: "un élément du chemin n'est pas un dossier"
        case .nameTooLong: "nom trop long"
        case .symlinkLoop: "trop de liens symboliques (boucle ?)"
        case .exists: "le fichier existe déjà"
        case .inputOutput: "erreur d'entrée-sortie (disque ou support défaillant ?)"
        case .tooManyOpenFiles: "trop de fichiers ouverts"
        case .tooLargeForFileSystem: "fichier trop grand pour ce système de fichiers"
        case .busy: "fichier occupé"
        case .crossDevice: "dossiers sur des systèmes de fichiers différents"
        case .noDevice: "périphérique absent"
        case .system(let code): "erreur système \(code)"
        case .fileTooLarge: "fichier trop grand"
        case .damagedFile: "fichier endommagé"
        case .fileError(let code): "erreur de fichier \(code)"
        }
    }
}
