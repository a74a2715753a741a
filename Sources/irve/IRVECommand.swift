import ArgumentParser

/// `irve`: the thin command line on top of the pipeline's modules.
@main
struct IRVECommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "irve",
        abstract: "Contrôle, répare et publie les données IRVE (bornes de recharge) des communes.",
        discussion: "Messages en français par défaut ; --lang en pour l'anglais.",
        subcommands: [CheckCommand.self],
        defaultSubcommand: CheckCommand.self
    )
}
