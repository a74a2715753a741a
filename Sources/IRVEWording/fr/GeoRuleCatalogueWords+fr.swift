import IRVEFindings

extension French: GeoRuleCatalogueWords {
    static func geoRuleTitle(_ code: GeoRuleCode) -> String {
        switch code {
        case .coordinatesSwapped: "Latitude et longitude inversées"
        case .coordinatesOutsideFrance: "Point hors de France"
        case .coordinatesPlaceholder: "Coordonnées bouche-trou"
        case .coordinatesImprecise: "Coordonnées imprécises"
        case .coordinatesOutsideCommune: "Point hors de la commune annoncée"
        case .coordinatesNearBorder: "Point à la limite de la commune"
        case .inseeIsPostcode: "Code postal à la place du code INSEE"
        case .inseeUnknown: "Code INSEE inconnu"
        case .inseeObsolete: "Code INSEE d'une commune qui n'existe plus"
        case .inseeMissing: "Code INSEE absent"
        case .inseeArrondissement: "Code d'arrondissement municipal"
        case .postcodeMismatch: "Code postal de l'adresse incohérent"
        case .communeNameMismatch: "Nom de commune de l'adresse incohérent"
        case .geoSuspectInsee: "Station : le code INSEE est probablement faux"
        case .geoSuspectCoordinates: "Station : les coordonnées sont probablement fausses"
        case .geoSuspectAddress: "Station : l'adresse est probablement fausse"
        case .addressFarFromPoint: "Adresse loin du point"
        case .addressNotFound: "Adresse introuvable"
        }
    }

    static func geoRuleExplanation(_ code: GeoRuleCode) -> String {
        switch code {
        case .coordinatesSwapped:
            "coordonneesXY s'écrit [longitude, latitude] (la longitude d'abord, environ 2 en métropole, puis "
                + "la latitude, environ 47). Le point tel qu'écrit tombe hors de France, le point inversé tombe en "
                + "France."
        case .coordinatesOutsideFrance:
            "Le point ne tombe dans aucune commune française (métropole et départements d'outre-mer), même "
                + "inversé : coordonnées fausses, tronquées ou dans une autre projection (Lambert 93…)."
        case .coordinatesPlaceholder:
            "[0,0], ou un même point donné à des stations différentes (adresses ou communes différentes) : "
                + "valeur par défaut d'un logiciel, pas la position de la station."
        case .coordinatesImprecise:
            "Trois décimales ou moins (±100 m), ou exactement le point de référence de la commune : la "
                + "station est placée au centre du village, pas à sa place. Relevez la position (5 à 6 décimales)."
        case .coordinatesOutsideCommune:
            "Le point ne tombe pas dans la commune de code_insee_commune : l'un des deux est faux. Le "
                + "message nomme la commune qui contient le point et sa distance à la commune annoncée."
        case .coordinatesNearBorder:
            "Le point est juste hors du contour de la commune annoncée, à moins de la précision des contours "
                + "(300 m) : rien à corriger en général."
        case .inseeIsPostcode:
            "code_insee_commune attend le code INSEE de la commune (COG), pas son code postal : Royan a le "
                + "code postal 17200 et le code INSEE 17306."
        case .inseeUnknown: "Ce code n'est ni un code de commune du COG 2026, ni un ancien code, ni un code postal."
        case .inseeObsolete:
            "La commune a fusionné (commune nouvelle) ou est devenue déléguée : la consolidation nationale "
                + "attend le code de la commune actuelle."
        case .inseeMissing:
            "code_insee_commune est vide : la consolidation nationale ne peut pas vérifier la commune. Le "
                + "code de la commune qui contient le point est proposé."
        case .inseeArrondissement:
            "À Paris, Lyon et Marseille, le code INSEE de la commune est 75056, 69123 ou 13055 ; 75115 ou "
                + "69382 désignent un arrondissement, que la consolidation nationale ne reconnaît pas comme "
                + "commune."
        case .postcodeMismatch:
            "Le code postal écrit dans adresse_station n'appartient ni à la commune du code INSEE ni à celle "
                + "qui contient le point."
        case .communeNameMismatch:
            "La commune nommée dans adresse_station (après le code postal) est une autre commune que celle "
                + "du code INSEE (comparaison sans accents, tirets ni majuscules, SAINT = ST)."
        case .geoSuspectInsee:
            "Pour cette station, le point et l'adresse désignent la même commune, le code INSEE une autre : "
                + "c'est le code qu'il faut corriger."
        case .geoSuspectCoordinates:
            "Pour cette station, le code INSEE et l'adresse désignent la même commune, le point une autre : "
                + "ce sont les coordonnées qu'il faut corriger."
        case .geoSuspectAddress:
            "Pour cette station, le point et le code INSEE désignent la même commune, l'adresse (code postal "
                + "ou nom) une autre."
        case .addressFarFromPoint:
            "Géocodée (BAN), l'adresse de la station est à plus de 500 m de ses coordonnées (seuil "
                + "réglable). Avec un géocodeur seulement (--geocoder ou --ban-index)."
        case .addressNotFound:
            "Le géocodeur ne trouve pas l'adresse de la station avec une confiance suffisante : vérifiez-la "
                + "(numéro, voie, code postal, commune)."
        }
    }
}
