import IRVEFindings

extension French: RuleCatalogueWords {
    static func ruleTitle(_ code: RuleCode) -> String {
        switch code {
        case .duplicateIdPdc: "Identifiant de point de recharge en double"
        case .stationIncoherent: "Station décrite de façon contradictoire"
        case .nbrePdcMismatch: "nbre_pdc différent du nombre de lignes de la station"
        case .idStructure: "Identifiant mal construit"
        case .idOperatorMismatch: "Code opérateur différent entre station et point"
        case .idExampleCopied: "Identifiant d'exemple recopié"
        case .idLocalMissing: "« Non concerné » sans identifiant local"
        case .powerInWatts: "Puissance saisie en watts"
        case .powerImplausible: "Puissance peu plausible"
        case .dateInFuture: "Date dans le futur"
        case .datesInverted: "Mise à jour antérieure à la mise en service"
        case .sirenChecksum: "SIREN invalide (clé de contrôle)"
        case .phoneFormat: "Numéro de téléphone mal écrit"
        case .horairesFormat: "Horaires mal écrits"
        case .connectorsAsPdc: "Prises déclarées comme points de recharge"
        case .placeholderText: "Bouche-trou dans une colonne de texte"
        }
    }

    static func ruleExplanation(_ code: RuleCode) -> String {
        switch code {
        case .duplicateIdPdc:
            "Chaque point de recharge (une ligne) doit avoir son propre id_pdc_itinerance ; « Non concerné » "
                + "excepté. Un doublon fait disparaître des points lors de la consolidation nationale."
        case .stationIncoherent:
            "Les colonnes qui décrivent la station (nom, adresse, coordonnées, commune, implantation, nombre "
                + "de points, aménageur, opérateur…) sont répétées sur chaque ligne de la station et doivent y "
                + "être identiques."
        case .nbrePdcMismatch:
            "nbre_pdc est le nombre de points de recharge de la station ; le fichier doit contenir une ligne "
                + "par point. Vérifiez l'un ou l'autre (nbre_pdc ne compte pas les prises)."
        case .idStructure:
            "Un identifiant d'itinérance s'écrit : code pays (FR), code opérateur AFIREV de 3 caractères, P "
                + "pour une station ou E pour un point de recharge, puis l'identifiant, en majuscules, sans « * » "
                + "ni espace."
        case .idOperatorMismatch:
            "Le code opérateur (3 caractères après le code pays) doit être le même dans l'identifiant de la "
                + "station et dans celui de ses points de recharge."
        case .idExampleCopied:
            "L'identifiant est celui de l'exemple du schéma (FRA68P68021001, FRA68E680210015…) : il faut "
                + "l'identifiant réel attribué par l'opérateur."
        case .idLocalMissing:
            "Quand l'identifiant d'itinérance vaut « Non concerné », l'identifiant local (id_station_local "
                + "ou id_pdc_local) est indispensable pour reconnaître le point."
        case .powerInWatts:
            "puissance_nominale est en kilowatts : au-delà de 500, la valeur est presque sûrement en watts "
                + "(22000 pour 22 kW)."
        case .powerImplausible:
            "Une puissance inférieure à 1,5 kW, ou incompatible avec les prises déclarées (3,7 kW sur une "
                + "prise CCS seule, 50 kW sur une prise domestique…), est sans doute une erreur."
        case .dateInFuture: "date_mise_en_service et date_maj ne peuvent pas être postérieures à aujourd'hui."
        case .datesInverted: "date_maj (dernière mise à jour des données) ne peut pas précéder date_mise_en_service."
        case .sirenChecksum:
            "Un SIREN a une clé de contrôle (formule de Luhn) : ce numéro ne peut pas exister. Recopiez-le "
                + "depuis annuaire-entreprises.data.gouv.fr."
        case .phoneFormat:
            "Un numéro français a 10 chiffres et commence par 0 (un tableur enlève souvent ce zéro) ; pas de "
                + "lettres ni de caractères invisibles."
        case .horairesFormat:
            "horaires s'écrit « 24/7 » ou au format OpenStreetMap (jours en anglais abrégés Mo Tu We Th Fr "
                + "Sa Su, heures hh:mm sans secondes), par exemple « Mo-Fr 08:00-19:00 »."
        case .connectorsAsPdc:
            "Plusieurs lignes d'une station ont la même puissance, une seule prise chacune et des "
                + "identifiants qui se suivent : ce sont probablement les prises d'un même point de recharge, qui "
                + "doit tenir sur une seule ligne avec toutes ses prises à true."
        case .placeholderText:
            "« N/A », « XX », « Inconnu », « non précisé », « null »… écrits dans une colonne de texte libre "
                + "(num_pdl, tarification, observations, identifiants locaux, restriction_gabarit…) pour dire "
                + "« inconnu » : le schéma les accepte comme du texte et la consolidation les publie tels quels. "
                + "Laissez la cellule vide quand l'information est inconnue, ou écrivez la vraie valeur si la "
                + "colonne est obligatoire."
        }
    }

    static var rulesHeading: String { "Règles métier IRVE (au-delà du schéma) — désactivables avec --disable CODE\n\n" }
    static var rulesTableHeader: String { "| code | gravité | règle | explication |\n" }

    static func ruleSeverity(_ severity: Severity) -> String {
        switch severity {
        case .error: "erreur"
        case .warning: "avertissement"
        case .info: "information"
        }
    }
}
