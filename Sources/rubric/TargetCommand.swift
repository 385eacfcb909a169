import ArgumentParser
import RubricCore
import RubricReports
import RubricStore

struct TargetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "target",
        abstract: "Print the target title and what it still takes, set it, or clear it.",
        usage: "rubric target [FILE] [NAME] [--clear] [--force]",
        discussion: """
            FILE defaults to ./rubric.md; a first argument that is an existing file or ends in .md is the file. \
            NAME is one of the ladder's titles, in any case (the words may be given unquoted). Setting or clearing \
            writes the score section's 'Target:' line and brings the score line up to date, as a save does. \
            A read-only file is refused unless --force.
            """
    )

    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("The file (default ./rubric.md), then the title to aim for.", valueName: "[FILE] [NAME]"))
    var arguments: [String] = []

    @Flag(help: "Remove the target line.")
    var clear = false

    @Flag(help: "Write the file even when it is read-only (its mode is kept).")
    var force = false

    func validate() throws {
        if let unknown = arguments.first(where: { $0.hasPrefix("-") }) { throw ValidationError("Unknown option '\(unknown)'") }
        if clear, !request.name.isEmpty { throw ValidationError("give a title or --clear, not both") }
    }

    /// The file and the title's words.
    var request: (file: String, name: String) {
        guard let first = arguments.first, first.hasSuffix(".md") || LoadedFile.exists(first) else {
            return (DefaultFramework.fileName, arguments.joined(separator: " "))
        }
        return (first, arguments.dropFirst().joined(separator: " "))
    }

    func run() throws {
        let (file, name) = request
        let (loaded, rubric) = try loadRubric(file)
        guard clear || !name.isEmpty else {
            let lines = TitlesReport.targetLines(rubric)
            print(lines.isEmpty ? "No target" + (rubric.titles.isEmpty ? "" : " (titles: \(titleList(rubric)))") : lines.joined(separator: "\n"))
            return
        }
        try refuseConflicts(in: rubric, named: file)
        let change: TargetChange
        if clear {
            // Nothing to clear: nothing is written (not even a stale score corrected).
            guard rubric.scoreSection?.targetLine != nil else { print("No target"); return }
            change = .clear
        } else {
            guard !rubric.titles.isEmpty else {
                throw fail(file, "has no titles to aim for: add a titles block ('rubric help format', \"Titles\")")
            }
            guard let title = rubric.titles.first(where: { $0.isNamed(name) }) else {
                throw fail(file, "no title '\(SafeText.sanitized(name))' (titles: \(titleList(rubric)))")
            }
            change = .set(title.name)
        }
        let updated = rubric.bytes(withLevels: rubric.currentLevels, target: change)
        try save(updated, over: loaded, named: file, force: force)
        let saved = try parseRubric(updated, from: file)
        let lines = TitlesReport.targetLines(saved)
        print(lines.isEmpty ? "No target" : lines.joined(separator: "\n"))
    }

    private func titleList(_ rubric: Rubric) -> String { rubric.titles.map { SafeText.sanitized($0.name) }.joined(separator: ", ") }
}
