import ArgumentParser
import RubricCore
import RubricImport
import RubricStore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Write a ladder in the lists layout, marks and score carried over.",
        usage: "rubric import SRC [-o OUT]",
        discussion: """
            SRC is a rubric in any layout rubric reads, or a ladder kept as YAML front matter (topics, their \
            content, each a level and its criteria). Without -o, the new file goes to standard output. OUT is \
            never overwritten.
            """
    )

    @Argument(help: "The ladder to import.")
    var source: String

    @Option(name: [.short, .customLong("output")], help: "The file to write (it must not exist).")
    var output: String?

    func run() throws {
        let loaded: LoadedFile
        do { loaded = try LoadedFile.read(source) } catch { throw fail(source, error) }
        let name = SafeText.sanitized(PathName.base(source))
        let ladder: ImportedLadder
        if let front = FrontMatter.range(in: loaded.bytes), FrontMatter.mentionsLadder(loaded.bytes[front]) {
            do { ladder = try ImportedLadder(frontMatter: loaded.bytes, source: name) } catch { throw fail(source, error) }
        } else {
            let (_, rubric) = try loadRubric(source)
            ladder = ImportedLadder(rubric, source: name)
        }
        // Checked before anything is written: a file that would read as another ladder is none.
        let markdown: String
        do { markdown = try ladder.verifiedMarkdown() } catch { throw fail(source, error) }
        // Said, not dropped without a word: what the new file doesn't hold, once it is written.
        func warn() { for dropped in ladder.notCarried { printError(UsageText.errorLine("\(name): warning: \(SafeText.sanitized(dropped))")) } }
        guard let output else {
            print(markdown, terminator: "")
            warn()
            return
        }
        do { _ = try SafeSave.create(output, bytes: Array(markdown.utf8)) } catch { throw fail(output, error) }
        warn()
        let count = ladder.areas.count
        print("Created \(SafeText.sanitized(output)): \(count) \(count == 1 ? "area" : "areas"), score \(ladder.areas.reduce(0) { $0 + $1.current })/\(ladder.areas.reduce(0) { $0 + $1.levels.count })")
    }
}
