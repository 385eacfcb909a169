import ArgumentParser
import RubricCore
import RubricStore

struct MarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mark",
        abstract: "Set an area's level, write the file and print the new score."
    )

    @Argument(help: "The rubric file.")
    var file: String

    @Argument(help: "The area: its 1-based number, or its name (any case; a unique prefix is enough).")
    var area: String

    @Argument(help: "The level to mark; 0 clears the area.")
    var level: Int

    func run() throws {
        let (loaded, rubric) = try loadRubric(file)
        let updated: [UInt8]
        do {
            updated = try rubric.bytes(settingArea: try rubric.areaIndex(matching: area), to: level)
        } catch {
            throw fail(file, error)
        }
        if updated != loaded.bytes {
            do { _ = try SafeSave.replace(loaded, with: updated) } catch { throw fail(file, error) }
        }
        let saved = try Rubric(bytes: updated)
        print(Rubric.scoreText(total: saved.total, maximum: saved.maximum))
    }
}
