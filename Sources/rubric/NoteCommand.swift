import ArgumentParser
import RubricCore
import RubricReports
import RubricStore

struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Add a line of evidence to an area, write the file and print the area's evidence.",
        usage: "rubric note [FILE] AREA TEXT... [--force]",
        discussion: """
            Appends '- TEXT' after the area's evidence in the file's evidence block, creating the area's \
            section (or the block, before the score section) where there is none. The words of TEXT may be \
            given unquoted. A read-only file is refused unless --force; nothing is written on an error.
            """
    )

    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("The file (default ./rubric.md), the area, and the text.", valueName: "[FILE] AREA TEXT..."))
    var arguments: [String] = []

    @Flag(help: "Write the file even when it is read-only (its mode is kept).")
    var force = false

    func validate() throws {
        let (_, rest) = fileAndRest(arguments.filter { $0 != "--" })
        if rest.count < 2 { throw ValidationError("expected [FILE] AREA TEXT...") }
    }

    func run() throws {
        let (file, rest) = fileAndRest(arguments.filter { $0 != "--" })
        let text = rest.dropFirst().joined(separator: " ")
        let (loaded, rubric) = try loadRubric(file)
        try refuseConflicts(in: rubric, named: file)
        let area = try areaIndex(rest[0], in: rubric, file: file)
        guard !text.contains(where: \.isNewline) else { throw fail(file, "a note is one line; edit the evidence in the editor for more") }
        guard !text.allSatisfy({ $0 == " " || $0 == "\t" }) else { throw fail(file, "a note needs some text") }
        let updated: [UInt8]
        do { updated = try rubric.bytes(withLevels: rubric.currentLevels, evidence: [.note(area: area, text: text)]) } catch { throw fail(file, error) }
        try save(updated, over: loaded, named: file, force: force)
        let saved = try parseRubric(updated, from: file)
        print(EvidenceReport.render(saved, area: area, as: .text), terminator: "")
    }
}
