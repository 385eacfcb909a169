import ArgumentParser
import ShippedDocs

#if canImport(Glibc)
import Glibc
#endif

@main
struct RubricCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rubric",
        abstract: "Assess yourself against an engineering career rubric kept in markdown.",
        usage: """
            rubric [FILE] [--against OTHER] [--theme NAME|PATH] [--no-mouse]
              rubric <subcommand> [...]
            """,
        discussion: """
            With no subcommand, opens FILE (default ./rubric.md) in the full-screen editor. \
            A FILE that doesn't exist yet, or is empty, starts from the built-in framework; the first save writes it.
            Exit status: 0 success, 1 when check finds something (or themes a broken theme), 2 a usage error or a file that can't be used.
            'rubric help format' shows the file format's rules: the layouts rubric reads and exactly what a save writes.
            """,
        version: "0.1.0",
        subcommands: [OpenCommand.self, ScoreCommand.self, CheckCommand.self, MarkCommand.self, TitlesCommand.self, TargetCommand.self, EvidenceCommand.self, NoteCommand.self, PacketCommand.self, TeamCommand.self, CompareCommand.self, ChartCommand.self, HistoryCommand.self, InitCommand.self, ImportCommand.self,
                      ThemesCommand.self],
        defaultSubcommand: OpenCommand.self
    )

    /// `rubric` and `rubric FILE` open the editor without ArgumentParser: its reflection costs
    /// about 1.5 ms, a sixth of the time to the first frame (Benchmarks/terminal-cost.py).
    /// Everything else, including every option, is parsed by ArgumentParser as usual.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            if let file = editorShortcut(arguments) {
                try OpenCommand.open(file, themeName: nil)
            } else if arguments == ["help", "format"] {
                // A topic rather than a command: the rules of the format, which the error
                // messages point to, carried by the binary itself.
                print(formatRules, terminator: "")
            } else {
                var command = try parseAsRoot(arguments)
                try command.run()
            }
        } catch {
            exitReportingUsage(error)
        }
    }

    /// Exits as ArgumentParser would, except that a usage error is one `rubric: …` line, the
    /// usage, and exit status 2, so scripts can rely on 0/1/2 as with `diff` and `grep`.
    static func exitReportingUsage(_ error: Error) -> Never {
        let code = exitCode(for: error)
        // Help, the version and an exit status already said: as ArgumentParser does them.
        if code == .success || error is ExitCode { exit(withError: error) }
        guard code == .validationFailure else {
            // Any other error in the one style, never ArgumentParser's "Error: ".
            printError(UsageText.errorLine(message(for: error)))
            Glibc.exit(ExitStatus.unusableInput)
        }
        let usage = fullMessage(for: error).split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
        printError(([UsageText.errorLine(message(for: error))] + usage.map(String.init)).joined(separator: "\n"))
        Glibc.exit(ExitStatus.unusableInput)
    }

    /// docs/format.md as compiled in.
    static var formatRules: String { ShippedDocs.sources.first { $0.name == "format" }?.text ?? "" }

    /// The subcommands' names and ArgumentParser's own `help`, written out rather than read
    /// from `configuration`, whose construction alone cost 40 µs. A test checks them against
    /// the names `rubric --help` lists.
    static let commandNames: Set<String> = ["open", "score", "check", "mark", "titles", "target", "evidence", "note", "packet", "team", "compare", "chart", "history", "init", "import", "themes", "help"]

    /// The file that `arguments` would open with default options, when ArgumentParser would
    /// read them as exactly that: no argument, or one that is neither an option nor a
    /// subcommand's name.
    static func editorShortcut(_ arguments: [String]) -> String? {
        switch arguments.count {
        case 0:
            return OpenCommand.defaultFile
        case 1:
            let argument = arguments[0]
            return argument.hasPrefix("-") || commandNames.contains(argument) ? nil : argument
        default:
            return nil
        }
    }
}
