/// The geographic coherence checks (stage `geo`): coordinates ↔ commune ↔ postcode ↔ address.
/// Distinct, explicit names where the national consolidation has one ambiguous flag. Here, below
/// IRVEGeo and IRVERules: the geographic checks take their severities from it, and the rule
/// catalogue (`RuleCatalog.geographic`) lists it.
public enum GeoRuleCatalog {
    public static func severity(_ code: String) -> Severity { byCode[code]?.severity ?? .warning }

    private static let byCode: [String: Rule] = Dictionary(rules.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })

    public static let rules: [Rule] = [
        Rule(
            code: "coordinates-swapped", severity: .error,
            titleFR: "Latitude et longitude inversées", titleEN: "Latitude and longitude swapped",
            explanationFR:
                "coordonneesXY s'écrit [longitude, latitude] (la longitude d'abord, environ 2 en métropole, puis la "
                + "latitude, environ 47). Le point tel qu'écrit tombe hors de France, le point inversé tombe en "
                + "France.",
            explanationEN:
                "coordonneesXY is [longitude, latitude]. The point as written is outside France, the swapped one is "
                + "in France."
        ),
        Rule(
            code: "coordinates-outside-france", severity: .error,
            titleFR: "Point hors de France", titleEN: "Point outside France",
            explanationFR:
                "Le point ne tombe dans aucune commune française (métropole et départements d'outre-mer), même "
                + "inversé : coordonnées fausses, tronquées ou dans une autre projection (Lambert 93…).",
            explanationEN:
                "The point falls in no French commune, even swapped: wrong, truncated or projected coordinates."),
        Rule(
            code: "coordinates-placeholder", severity: .error,
            titleFR: "Coordonnées bouche-trou", titleEN: "Placeholder coordinates",
            explanationFR:
                "[0,0], ou un même point donné à des stations différentes (adresses ou communes différentes) : "
                + "valeur par défaut d'un logiciel, pas la position de la station.",
            explanationEN:
                "[0,0], or one point shared by unrelated stations: a default value, not the station's position."),
        Rule(
            code: "coordinates-imprecise", severity: .warning,
            titleFR: "Coordonnées imprécises", titleEN: "Imprecise coordinates",
            explanationFR:
                "Trois décimales ou moins (±100 m), ou exactement le point de référence de la commune : la station "
                + "est placée au centre du village, pas à sa place. Relevez la position (5 à 6 décimales).",
            explanationEN:
                "Three decimals or fewer (±100 m), or exactly the commune's reference point: not the station's "
                + "position."
        ),
        Rule(
            code: "coordinates-outside-commune", severity: .warning,
            titleFR: "Point hors de la commune annoncée", titleEN: "Point outside the announced commune",
            explanationFR:
                "Le point ne tombe pas dans la commune de code_insee_commune : l'un des deux est faux. Le message "
                + "nomme la commune qui contient le point et sa distance à la commune annoncée.",
            explanationEN: "The point is not in the commune of code_insee_commune: one of them is wrong."),
        Rule(
            code: "coordinates-near-border", severity: .info,
            titleFR: "Point à la limite de la commune", titleEN: "Point on the commune's border",
            explanationFR:
                "Le point est juste hors du contour de la commune annoncée, à moins de la précision des contours "
                + "(300 m) : rien à corriger en général.",
            explanationEN: "The point is just outside the announced commune, within the contours' precision (300 m)."),
        Rule(
            code: "insee-is-postcode", severity: .error,
            titleFR: "Code postal à la place du code INSEE", titleEN: "Postcode instead of INSEE code",
            explanationFR:
                "code_insee_commune attend le code INSEE de la commune (COG), pas son code postal : Royan a le code "
                + "postal 17200 et le code INSEE 17306.",
            explanationEN: "code_insee_commune takes the commune's INSEE code, not its postcode."),
        Rule(
            code: "insee-unknown", severity: .error,
            titleFR: "Code INSEE inconnu", titleEN: "Unknown INSEE code",
            explanationFR: "Ce code n'est ni un code de commune du COG 2026, ni un ancien code, ni un code postal.",
            explanationEN: "Neither a COG 2026 commune code, nor an old code, nor a postcode."),
        Rule(
            code: "insee-obsolete", severity: .error,
            titleFR: "Code INSEE d'une commune qui n'existe plus", titleEN: "INSEE code of a former commune",
            explanationFR:
                "La commune a fusionné (commune nouvelle) ou est devenue déléguée : la consolidation nationale "
                + "attend le code de la commune actuelle.",
            explanationEN: "The commune merged or became delegated: the current commune's code is expected."),
        Rule(
            code: "insee-missing", severity: .warning,
            titleFR: "Code INSEE absent", titleEN: "INSEE code missing",
            explanationFR:
                "code_insee_commune est vide : la consolidation nationale ne peut pas vérifier la commune. Le code "
                + "de la commune qui contient le point est proposé.",
            explanationEN: "code_insee_commune is empty; the code of the commune containing the point is proposed."),
        Rule(
            code: "insee-arrondissement", severity: .warning,
            titleFR: "Code d'arrondissement municipal", titleEN: "Municipal arrondissement code",
            explanationFR:
                "À Paris, Lyon et Marseille, le code INSEE de la commune est 75056, 69123 ou 13055 ; 75115 ou 69382 "
                + "désignent un arrondissement, que la consolidation nationale ne reconnaît pas comme commune.",
            explanationEN:
                "In Paris, Lyon and Marseille the commune code is 75056, 69123 or 13055; arrondissement codes are "
                + "not communes."
        ),
        Rule(
            code: "postcode-mismatch", severity: .warning,
            titleFR: "Code postal de l'adresse incohérent", titleEN: "Address postcode inconsistent",
            explanationFR:
                "Le code postal écrit dans adresse_station n'appartient ni à la commune du code INSEE ni à celle qui "
                + "contient le point.",
            explanationEN:
                "The postcode in adresse_station belongs neither to the INSEE code's commune nor to the point's."),
        Rule(
            code: "commune-name-mismatch", severity: .warning,
            titleFR: "Nom de commune de l'adresse incohérent", titleEN: "Address commune name inconsistent",
            explanationFR:
                "La commune nommée dans adresse_station (après le code postal) est une autre commune que celle du "
                + "code INSEE (comparaison sans accents, tirets ni majuscules, SAINT = ST).",
            explanationEN: "The commune named in adresse_station is another commune than the INSEE code's."),
        Rule(
            code: "geo-suspect-insee", severity: .warning,
            titleFR: "Station : le code INSEE est probablement faux",
            titleEN: "Station: the INSEE code is probably wrong",
            explanationFR:
                "Pour cette station, le point et l'adresse désignent la même commune, le code INSEE une autre : "
                + "c'est le code qu'il faut corriger.",
            explanationEN: "The point and the address agree on a commune, the INSEE code names another."),
        Rule(
            code: "geo-suspect-coordinates", severity: .warning,
            titleFR: "Station : les coordonnées sont probablement fausses",
            titleEN: "Station: the coordinates are probably wrong",
            explanationFR:
                "Pour cette station, le code INSEE et l'adresse désignent la même commune, le point une autre : ce "
                + "sont les coordonnées qu'il faut corriger.",
            explanationEN: "The INSEE code and the address agree on a commune, the point falls in another."),
        Rule(
            code: "geo-suspect-address", severity: .warning,
            titleFR: "Station : l'adresse est probablement fausse", titleEN: "Station: the address is probably wrong",
            explanationFR:
                "Pour cette station, le point et le code INSEE désignent la même commune, l'adresse (code postal ou "
                + "nom) une autre.",
            explanationEN: "The point and the INSEE code agree, the address names another commune."),
        Rule(
            code: "address-far-from-point", severity: .warning,
            titleFR: "Adresse loin du point", titleEN: "Address far from the point",
            explanationFR:
                "Géocodée (BAN), l'adresse de la station est à plus de 500 m de ses coordonnées (seuil réglable). "
                + "Avec un géocodeur seulement (--geocoder ou --ban-index).",
            explanationEN: "The geocoded address is more than 500 m from the coordinates. Only with a geocoder."),
        Rule(
            code: "address-not-found", severity: .info,
            titleFR: "Adresse introuvable", titleEN: "Address not found",
            explanationFR:
                "Le géocodeur ne trouve pas l'adresse de la station avec une confiance suffisante : vérifiez-la "
                + "(numéro, voie, code postal, commune).",
            explanationEN: "The geocoder cannot find the station's address with enough confidence."),
    ]
}
