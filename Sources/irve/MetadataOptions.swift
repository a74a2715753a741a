import ArgumentParser
import IRVEFindings
import IRVEPublish

/// The fields of the "fiche descriptive" a user may set, shared by `describe` and `publish`.
struct MetadataOptions: ParsableArguments {
    @Option(name: .long, help: "Titre du jeu de données.") var title: String?
    @Option(name: .long, help: "Organisation data.gouv.fr (nom) sous laquelle publier.") var org: String?
    @Option(name: .long, help: "Identifiant de l'organisation data.gouv.fr.") var orgId: String?
    @Option(name: .long, help: "Fréquence de mise à jour (irregular, monthly, annual… ou irrégulière, mensuelle…).")
    var frequency: String?
    @Option(name: .long, help: "Licence (lov2 par défaut).") var license: String?
    @Option(name: .long, help: "Nom du point de contact.") var contactName: String?
    @Option(name: .long, help: "Adresse électronique du point de contact.") var contactEmail: String?
    @Option(name: .long, help: "Mot-clé ajouté (répétable).") var tag: [String] = []
    @Option(name: .long, help: "Titre de la ressource.") var resourceTitle: String?
    @Option(name: .long, help: "Description de la ressource.") var resourceDescription: String?
    @Option(name: .long, help: "Début de la couverture temporelle (AAAA-MM-JJ).") var temporalStart: String?
    @Option(name: .long, help: "Fin de la couverture temporelle (AAAA-MM-JJ).") var temporalEnd: String?
    @Option(name: .long, help: "Version de schéma déclarée (par défaut celle du fichier).") var schemaVersion: String?
    @Option(
        name: .long,
        help: "Fiche de métadonnées « clé : valeur » (par défaut FICHIER.fiche.txt ou fiche.txt à côté du fichier).")
    var metadata: String?

    var overrides: MetadataOverrides {
        var m = MetadataOverrides()
        m.title = title
        m.organization = org
        m.organizationID = orgId
        m.frequency = frequency
        m.license = license
        m.contactName = contactName
        m.contactEmail = contactEmail
        m.tags = tag
        m.resourceTitle = resourceTitle
        m.resourceDescription = resourceDescription
        m.temporalStart = temporalStart
        m.temporalEnd = temporalEnd
        m.schemaVersion = schemaVersion
        return m
    }

    /// Command line over the metadata file over what the data says.
    func resolve(for path: String) throws(PublishError) -> MetadataOverrides {
        guard let file = MetadataOverrides.file(for: path, explicit: metadata) else { return overrides }
        return overrides.over(try MetadataOverrides.load(path: file))
    }
}
