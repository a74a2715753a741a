import IRVEFindings

extension French {
    static func geo(_ facts: GeoRuleFacts) -> String {
        switch facts {
        case .coordinates(let f): coordinates(f)
        case .insee(let f): insee(f)
        case .address(let f): address(f)
        case .station(let f): geoStation(f)
        }
    }

    private static func coordinates(_ facts: CoordinatesFacts) -> String {
        switch facts {
        case .zero(let point):
            "Les coordonnées \(point) valent zéro : c'est une valeur par défaut, pas la position de la station. "
                + "Relevez la position de la station (clic droit sur la carte de geoportail.gouv.fr ou "
                + "openstreetmap.org)."
        case .shared(let point, let stations, let list):
            "Le même point \(point) est donné à \(stations) stations différentes, dans des communes ou à des "
                + "adresses différentes (lignes \(rows(list))) : c'est une position par défaut, pas celle des "
                + "stations."
        case .outsideFrance(let point, let sameNumbers):
            "Le point \(point) ne tombe dans aucune commune française, même en inversant latitude et longitude."
                + (sameNumbers
                    ? " Les deux nombres sont identiques : la latitude a sans doute été recopiée à la place de la "
                        + "longitude."
                    : "")
                + " Vérifiez les coordonnées : degrés décimaux WGS84, [longitude, latitude] (environ "
                + "[2.35, 48.85] à Paris)."
        case .swapped(let point, let c, let announced):
            "Latitude et longitude inversées : \(point) tombe hors de France, alors que le point inversé tombe à "
                + "\(c.label)\(announced ? ", la commune annoncée" : ""). coordonneesXY s'écrit "
                + "[longitude, latitude]."
        case .nearBorder(let metres, let c, let precision):
            "Le point est à \(metres) m hors du contour de \(c.label), moins que la précision des contours "
                + "(\(precision) m) : probablement juste."
        case .outsideCommune(let pointCommune, let metres, let c):
            "Le point \(pointCommune.map { "tombe à \($0.label)" } ?? "tombe hors de toute commune"), à "
                + "\(distance(metres, oneDecimalBelow: 10)) de \(c.label), la commune "
                + "de code_insee_commune : l'un des deux est faux (voir le bilan de la station)."
        case .fewDecimals(let decimals):
            "Coordonnées à \(decimals) décimale\(decimals > 1 ? "s" : "") : précision de l'ordre de "
                + "\(decimals <= 2 ? "1 km" : "100 m"). Donnez 5 ou 6 décimales pour situer la station sur le "
                + "parking."
        case .referencePoint(let c):
            "Le point est exactement le point de référence de \(c.label) (centre de la commune) : la station "
                + "a été placée sur la commune, pas à son emplacement."
        }
    }

    private static func insee(_ facts: InseeFacts) -> String {
        switch facts {
        case .missing(let c?):
            "code_insee_commune est vide ; le point tombe à \(c.label) : indiquez \(c.code)."
        case .missing(nil):
            "code_insee_commune est vide : indiquez le code INSEE (5 caractères) de la commune de la station."
        case .pointPostcode(let written, let c, let codeCommune, let sharesPostcode):
            "« \(written) » est le code postal de \(c.name), où tombe le point, et non son code INSEE "
                + "(\(c.code)) ; \(written) est le code INSEE de \(codeCommune.name), "
                + "\(sharesPostcode ? "commune voisine au même code postal" : "ailleurs")."
        case .postcode(let written, let communes, let c, let choice):
            "« \(written) » est un code postal (\(communes.labels)), pas un code INSEE : la commune est "
                + "\(c.name) (\(choice == .point ? "où tombe le point" : "d'après l'adresse")), code INSEE "
                + "\(c.code)."
        case .sharedPostcode(let written, let communes):
            "« \(written) » est un code postal, partagé par \(communes.labels) : indiquez le code INSEE de la "
                + "commune de la station."
        case .unknown(let written, let c):
            "« \(written) » n'est pas un code INSEE de commune (COG 2026)"
                + "\(c.map { " ; le point tombe à \($0.label)" } ?? "")."
        case .obsolete(let written, let former, let kind, let since, let current):
            "« \(written) » est le code de \(former), \(kind.map(communeKind) ?? "ancienne commune")"
                + "\(since.map { " depuis \($0)" } ?? "") : la commune actuelle est "
                + "\(current.shown.isEmpty ? "inconnue" : current.shown.map(\.label).joined(separator: ", "))."
        case .arrondissement(let a, let c):
            "\(a.code) est le code de l'arrondissement « \(a.name) » ; le code INSEE de la commune est "
                + "\(c.code) (\(c.name)), celui qu'attend la consolidation nationale."
        }
    }

    private static func address(_ facts: AddressCommuneFacts) -> String {
        switch facts {
        case .postcodeUnassigned(let postcode, let c, let postcodes):
            "Le code postal \(postcode) de l'adresse n'est attribué à aucune commune (code CEDEX ou faute de "
                + "frappe ?) ; \(c.name) a le code postal \(postcodes.text)."
        case .postcodeElsewhere(let postcode, let owners, let c, let postcodes):
            "Le code postal \(postcode) de l'adresse est celui de "
                + "\(owners.shown.map(\.name).joined(separator: ", ")), pas de \(c.name) (\(postcodes.text))."
        case .nameMismatch(let named, let expected, let from):
            "L'adresse nomme \(named.label), pas \(expected.label), la commune "
                + "\(from == .inseeCode ? "du code INSEE" : "du point")."
        }
    }

    private static func geoStation(_ facts: GeoStationFacts) -> String {
        switch facts {
        case .defaultCode(let c, let stations, let otherCommunes, let atLeast, let station, let p):
            "Le code INSEE \(c.code) (\(c.name)) est donné à \(stations) stations dont les points tombent dans "
                + "\(atLeast ? "au moins \(otherCommunes)" : String(otherCommunes)) autres communes : c'est un "
                + "code par défaut (le siège de l'aménageur ?), pas la commune des stations. Pour "
                + "\(named(station)), le point tombe à \(p.label) : mettez \(p.code)."
        case .inseeWrong(let station, let list, let p, let a):
            "Pour \(named(station)) (\(lines(list))), le point et l'adresse désignent \(p.label), le code "
                + "INSEE \(a.label) : c'est le code INSEE qui est faux, mettez \(p.code)."
        case .coordinatesWrong(let station, let list, let a, let p):
            "Pour \(named(station)) (\(lines(list))), le code INSEE et l'adresse désignent \(a.label), mais "
                + "le point tombe à \(p.label) : ce sont les coordonnées qui sont fausses. Relevez la position "
                + "de la station (ou géocodez l'adresse avec --geocoder)."
        case .addressWrong(let station, let list, let a, let addr):
            "Pour \(named(station)) (\(lines(list))), le point et le code INSEE désignent \(a.label), mais "
                + "l'adresse désigne \(addr.label) : c'est l'adresse qui est à revoir."
        }
    }

    private static func named(_ station: String?) -> String {
        station.map { "la station « \($0) »" } ?? "la station"
    }

    /// « ligne 2 », « lignes 2, 3… et 4 autre(s) »
    private static func lines(_ list: RowList) -> String {
        "ligne\(list.shown.count + list.others > 1 ? "s" : "") \(rows(list))"
    }

    static func communeKind(_ kind: CommuneKind) -> String {
        switch kind {
        case .commune: "commune"
        case .arrondissement: "arrondissement municipal"
        case .deleguee: "commune déléguée"
        case .associee: "commune associée"
        case .outreMer: "commune d'une collectivité d'outre-mer"
        }
    }
}
