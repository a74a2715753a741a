import IRVEFindings

extension French: MapWords {
    static func map(_ p: MapPhrase) -> String {
        switch p {
        case .title(let file): "Carte des stations de « \(file) »"
        case .summary(let n, let v, let w, let e):
            "\(count(n)) stations : \(count(v)) sans problème, \(count(w)) avec avertissements, "
                + "\(count(e)) avec erreurs."
        case .status(let s): status(s)
        case .stationLabel(let name, let id, let s, let n):
            "\(name.isEmpty ? id : name) (\(id)) : \(status(s).lowercased()), \(count(n)) constat(s)"
        case .writtenHere(let point): "Point écrit \(point) (latitude et longitude inversées)"
        case .fallsIn(let commune): "le point tombe à \(commune)"
        case .legendSwapped: "point inversé → position corrigée"
        case .legendCommune: "contour de commune (COG 2026)"
        case .help:
            "Molette ou touches + et − pour zoomer, glisser ou flèches pour se déplacer, 0 pour revenir ; "
                + "cliquez sur une station (ou Tab puis Entrée) pour voir ses lignes et ses constats."
        case .rows: "Lignes"
        case .findings: "Constats"
        case .noFinding: "Aucun constat pour cette station."
        case .rowNumber(let r): "ligne \(r)"
        case .leftOut(let s, let c, let rows, let r):
            "Non dessinés : \(count(s)) stations, \(count(c)) communes et \(count(rows)) lignes au-delà des bornes "
                + "d'une carte ; "
                + "\(count(r)) lignes sans point lisible."
        case .written(let path, let n): "Fichier écrit : « \(path) » (\(count(n)) stations)."
        case .unknownOutput(let path):
            "« \(path) » : la carte s'écrit en .svg ou en .html (page autonome) ; l'export en .geojson."
        case .exportKindExpected(let r):
            "« \(r) » : seul l'export geojson existe (irve export geojson FICHIER -o x.geojson)."
        }
    }

    private static func status(_ s: MapStatus) -> String {
        switch s {
        case .valid: "Sans problème"
        case .warning: "Avertissements"
        case .error: "Erreurs"
        }
    }

    static func mapHelp(_ t: HelpTopic.Map) -> String {
        switch t {
        case .abstract: "Dessine la carte des stations d'un fichier IRVE (SVG ou page HTML autonome, hors ligne)."
        case .discussion:
            """
            Les stations sont dessinées sur les contours de leurs communes (COG 2026 intégré, sans serveur de \
            tuiles), colorées selon leur pire constat ; un point inversé est montré où il est écrit et où il \
            devrait être, avec une flèche. Codes de sortie : 0 carte écrite, 2 fichier ou commande impossible \
            à traiter.
            """
        case .input: "Le fichier IRVE à cartographier (CSV ou XLSX)."
        case .output: "Fichier à écrire : .svg, .html (carte), .geojson (export)."
        case .force: "Remplacer le fichier s'il existe déjà."
        case .exportAbstract: "Exporte les stations d'un fichier IRVE (geojson : pour uMap ou QGIS)."
        case .exportDiscussion:
            """
            Une entité par station (ses points, son statut, ses lignes et ses constats en propriétés). \
            Codes de sortie : 0 export écrit, 2 fichier ou commande impossible à traiter.
            """
        case .exportKind: "Format de l'export : geojson."
        }
    }
}
