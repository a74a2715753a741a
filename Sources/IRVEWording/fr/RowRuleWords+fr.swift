import IRVEFindings

extension French {
    static func row(_ facts: RowRuleFacts) -> String {
        switch facts {
        case .operatorMismatch(let pdc, let pdcCode, let station, let stationCode):
            "Le code opérateur de « \(pdc) » (\(pdcCode)) diffère de celui de sa station « \(station) » "
                + "(\(stationCode)) : une station et ses points ont le même opérateur."
        case .powerBeyondWatts(let power):
            "Puissance de \(power) kW : impossible, que ce soit en kilowatts ou en watts. "
                + "Vérifiez la valeur (22 pour 22 kW)."
        case .powerInWatts(let power, let kilowatts):
            "Puissance de \(power) kW : c'est presque sûrement une valeur en watts. puissance_nominale est en "
                + "kilowatts : écrivez \(kilowatts)."
        case .powerTooLow(let power):
            "Puissance de \(power) kW : trop faible pour un point de recharge (au moins 1,5 kW ; une prise "
                + "domestique fait 2,3 à 3,7 kW)."
        case .powerDCOnlyTooLow(let power):
            "\(power) kW sur un point qui n'a que des prises rapides (CCS/CHAdeMO, courant continu) : c'est trop "
                + "peu (20 kW au moins). Vérifiez la puissance ou les prises."
        case .powerDomesticTooHigh(let power):
            "\(power) kW sur une simple prise domestique (E/F) : elle ne dépasse pas 3,7 kW. Vérifiez la "
                + "puissance ou les prises."
        case .powerACOnlyTooHigh(let power):
            "\(power) kW en courant alternatif (prise Type 2 ou E/F seulement) : le maximum est 43 kW. Une prise "
                + "rapide (CCS/CHAdeMO) manque-t-elle ?"
        case .commissioningInFuture(let date):
            "Mise en service le \(date), après aujourd'hui : une station pas encore ouverte ne se publie pas, ou "
                + "la date est fausse."
        case .updateInFuture(let date):
            "Date de mise à jour \(date), après aujourd'hui : indiquez la date réelle de la dernière mise à jour."
        case .datesInverted(let update, let commissioning):
            "date_maj (\(update)) est antérieure à la mise en service (\(commissioning)) : la dernière mise à jour "
                + "ne peut pas précéder l'ouverture."
        case .sirenChecksum(let siren):
            "Le SIREN « \(siren) » est impossible (sa clé de contrôle est fausse) : recopiez-le depuis "
                + "annuaire-entreprises.data.gouv.fr."
        case .idLocalMissing(let localColumn):
            "« Non concerné » sans \(localColumn) : remplissez l'identifiant local, seul moyen de reconnaître ce "
                + "point."
        case .idExampleCopied(let id):
            "« \(id) » est l'identifiant d'exemple du schéma : remplacez-le par l'identifiant réel attribué par "
                + "l'opérateur."
        case .idUnclean(let id, let normalized):
            "« \(id) » contient des « * », des espaces, des minuscules ou d'autres caractères (ancien format "
                + "AFIREV ?) : écrivez « \(normalized) »."
        case .idNotAFIREV(let id, let letter, let k):
            "« \(id) » ne suit pas la structure AFIREV : 2 lettres de pays, 3 caractères d'opérateur, "
                + "« \(letter) » pour \(kind(k)), puis l'identifiant."
        case .idWrongLetter(let id, let found, let expected, let k):
            "« \(id) » a « \(found) » en 6e position alors qu'il identifie \(kind(k)) : « \(expected) » attendu "
                + "(P pour une station, E pour un point de recharge)."
        case .phoneInvisible(let cleaned):
            "Le numéro contient des caractères invisibles (copiés-collés) : écrivez « \(cleaned) »."
        case .phoneLetters(let phone):
            "« \(phone.clipped(200, .fr)) » contient des lettres : seul un numéro de téléphone est attendu."
        case .phoneLostZero(let phone, let digits):
            "« \(phone.clipped(200, .fr)) » a perdu son zéro initial (le tableur l'a pris pour un nombre) : "
                + "écrivez « 0\(digits) »."
        case .phoneDigitCount(let phone):
            "« \(phone.clipped(200, .fr)) » n'a pas 10 chiffres : un numéro français s'écrit 0X XX XX XX XX (ou "
                + "+33 pour l'international)."
        case .horairesAllDay(let hours):
            "« \(hours) » : pour un accès permanent, écrivez exactement « 24/7 »."
        case .horairesSeconds(let hours, let fixed):
            "« \(hours) » : les heures s'écrivent hh:mm, sans secondes : « \(fixed) »."
        case .horairesFrenchDays(let hours):
            "« \(hours) » : les jours s'écrivent en anglais abrégé comme dans OpenStreetMap (Mo Tu We Th Fr Sa "
                + "Su), par exemple « Mo-Fr 08:00-19:00 »."
        case .placeholder(let column, let value, required: false):
            "« \(value) » dans \(column) tient lieu de valeur inconnue : laissez la cellule vide quand "
                + "l'information est inconnue."
        case .placeholder(let column, let value, required: true):
            "« \(value) » dans \(column) tient lieu de valeur inconnue : la colonne est obligatoire, écrivez "
                + "la valeur réelle."
        }
    }

    private static func kind(_ k: IdKind) -> String {
        switch k {
        case .station: "une station"
        case .chargePoint: "un point de recharge"
        }
    }
}
