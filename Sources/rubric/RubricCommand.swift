import ArgumentParser

@main
struct RubricCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rubric",
        abstract: "Assess yourself against an engineering career rubric kept in markdown.",
        discussion: """
            With no subcommand, opens FILE (default ./rubric.md) in the full-screen editor. \
            A FILE that doesn't exist yet starts from the built-in framework; the first save creates it.
            """,
        version: "0.1.0",
        subcommands: [OpenCommand.self, ScoreCommand.self, CheckCommand.self, MarkCommand.self, InitCommand.self, ThemesCommand.self],
        defaultSubcommand: OpenCommand.self
    )
}
