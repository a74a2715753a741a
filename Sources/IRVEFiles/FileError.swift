import IRVEFindings

extension FileError {
    public func message(_ lang: Language) -> String {
        switch self {
        case .sameAsInput(let p):
            lang.pick(
                "« \(p) » est le fichier d'entrée : irve ne modifie jamais l'original. Choisissez un autre nom.",
                "\"\(p)\" is the input file: irve never modifies the original. Choose another name.")
        case .sameOutputTwice(let p):
            lang.pick(
                "« \(p) » est donné pour deux sorties : choisissez deux noms différents.",
                "\"\(p)\" is given for two outputs: choose two different names.")
        case .exists(let p):
            lang.pick(
                "« \(p) » existe déjà : ajoutez --force pour le remplacer.",
                "\"\(p)\" already exists: add --force to replace it.")
        case .outputIsDirectory(let p):
            lang.pick(
                "« \(p) » est un dossier : donnez un nom de fichier pour la sortie.",
                "\"\(p)\" is a folder: give a file name for the output.")
        case .missingFolder(let p, let folder):
            lang.pick(
                "Impossible d'écrire « \(p) » : le dossier « \(folder) » n'existe pas.",
                "Cannot write \"\(p)\": the folder \"\(folder)\" does not exist.")
        case .notAFolder(let p, let folder):
            lang.pick(
                "Impossible d'écrire « \(p) » : « \(folder) » n'est pas un dossier.",
                "Cannot write \"\(p)\": \"\(folder)\" is not a folder.")
        case .folderNotWritable(let p, let folder):
            lang.pick(
                "Impossible d'écrire « \(p) » : permission refusée dans le dossier « \(folder) ».",
                "Cannot write \"\(p)\": permission denied in the folder \"\(folder)\".")
        case .notFound(let p):
            lang.pick(
                "Fichier introuvable : « \(p) ». Vérifiez le chemin et le nom du fichier.",
                "File not found: \"\(p)\". Check the path and file name.")
        case .inputIsDirectory(let p):
            lang.pick("« \(p) » est un dossier, pas un fichier.", "\"\(p)\" is a folder, not a file.")
        case .streamTooLarge(let p, let limit) where p == "-":
            lang.pick(
                "L'entrée standard donne plus de \(limit >> 20) Mio : irve s'arrête. Enregistrez les données "
                    + "dans un fichier.",
                "Standard input gives more than \(limit >> 20) MiB: irve stops. Save the data to a file.")
        case .streamTooLarge(let p, let limit):
            lang.pick(
                "« \(p) » n'est pas un fichier ordinaire (tube, périphérique ou entrée standard) et "
                    + "donne plus de \(limit >> 20) Mio : irve s'arrête. Enregistrez les données dans un fichier.",
                "\"\(p)\" is not a regular file (pipe, device or standard input) and gives more than "
                    + "\(limit >> 20) MiB: irve stops. Save the data to a file.")
        case .tooLarge(let p, let limit):
            lang.pick(
                "« \(p) » dépasse \(Self.size(limit)) : ce n'est pas un fichier de ce type.",
                "\"\(p)\" is larger than \(Self.size(limit)): not a file of this kind.")
        case .system(let p, let op, let code):
            Self.verb(op, p, lang) + SystemErrorText.cause(code, lang) + "."
        }
    }

    private static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) Mio" : "\(bytes >> 10) Kio"
    }

    private static func verb(_ op: Operation, _ p: String, _ lang: Language) -> String {
        switch op {
        case .open, .read: lang.pick("Impossible de lire « \(p) » : ", "Cannot read \"\(p)\": ")
        case .create, .write, .rename: lang.pick("Impossible d'écrire « \(p) » : ", "Cannot write \"\(p)\": ")
        }
    }
}
