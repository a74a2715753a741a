import IRVEFindings

extension French: HostingWords {
    static func hosting(_ p: HostingPhrase) -> String {
        switch p {
        case .hostedPrivacyNote(let minutes):
            "Cet assistant est hébergé : le fichier déposé est envoyé à son serveur, qui l'efface "
                + "\(duration(minutes)) après votre dernière action. Il n'est transmis à personne d'autre, sauf si vous le publiez sur "
                + "data.gouv.fr."
        case .tooManySessions(let limit):
            "L'assistant accueille déjà \(count(limit)) personnes, son maximum : réessayez dans quelques minutes."
        case .diskFull:
            "L'espace réservé aux fichiers déposés est plein : réessayez dans quelques minutes."
        case .checksBusy(let seconds):
            "Toutes les vérifications sont occupées depuis \(count(seconds)) s : réessayez dans un instant."
        case .tooManyRequests(let perMinute):
            "Trop de demandes depuis votre adresse (plus de \(count(perMinute)) par minute) : patientez un peu."
        case .tooSlow(let seconds):
            "L'envoi a duré plus de \(count(seconds)) s et a été interrompu : "
                + "réessayez avec une meilleure connexion."
        case .formTooLarge: "Le formulaire envoyé est trop volumineux."
        case .loginHeading: "Accès réservé"
        case .loginHint: "Cet assistant est réservé aux communes accompagnées : saisissez le mot de passe reçu."
        case .passwordLabel: "Mot de passe"
        case .loginButton: "Entrer"
        case .wrongPassword: "Mot de passe incorrect."
        case .publicWarning(let url):
            "Attention : l'assistant est accessible depuis d'autres machines (\(url)). Placez-le derrière un "
                + "proxy HTTPS (voir docs/hosting.md) et protégez-le au besoin par --password-file."
        case .hostNeedsPublic(let host):
            "--host \(host) rendrait l'assistant accessible depuis d'autres machines : ajoutez --public pour le "
                + "confirmer."
        case .limitTooSmall(let option, let minimum):
            "\(option) doit être un nombre supérieur ou égal à \(count(minimum))."
        case .passwordFileUnreadable(let path): "Le fichier de mot de passe « \(path) » est illisible."
        case .passwordFileEmpty(let path): "Le fichier de mot de passe « \(path) » est vide."
        }
    }

    /// "2 h", "30 min", "1 h 30 min".
    private static func duration(_ minutes: Int) -> String {
        let (h, m) = (minutes / 60, minutes % 60)
        if h == 0 { return "\(count(m)) min" }
        return m == 0 ? "\(count(h)) h" : "\(count(h)) h \(m) min"
    }
}
