import ArgumentParser
import RubricCore
import RubricStore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write the built-in framework (seven areas, no marks) to a new file."
    )

    @Argument(help: "The file to create.")
    var file: String = DefaultFramework.fileName

    func run() throws {
        do { _ = try SafeSave.create(file, bytes: DefaultFramework.bytes) } catch { throw fail(file, error) }
        print("Created \(SafeText.sanitized(file))")
    }
}
