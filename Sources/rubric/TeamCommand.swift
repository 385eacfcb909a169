import ArgumentParser
import Dispatch
import RubricCore
import RubricGit
import RubricReports
import RubricStore

#if canImport(Glibc)
import Glibc
#endif

extension TeamReport.Format: ExpressibleByArgument {}

struct TeamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "team",
        abstract: "A whole team's assessments at once: who is where in each area, the spread, the titles.",
        usage: "rubric team [PATH...] [--format text|json|csv|markdown] [--sort name|total|AREA] [--at REV] [--since REV]",
        discussion: """
            Each PATH (default .) is a file, or a folder searched for *.md files (hidden folders skipped, and what \
            .gitignore ignores where git is there). Every file that is a rubric is a person, named by its file name, \
            or its folder's for a file called rubric.md; other files are skipped and counted on stderr. \
            --at reads every file as git holds it at REV; --since adds each change from REV (↑ ↓) and who moved.
            """
    )

    @Argument(help: "Files or folders (default: the current folder).")
    var paths: [String] = []

    @Option(help: "Output format: text, json, csv or markdown.")
    var format: TeamReport.Format = .text

    @Option(help: ArgumentHelp("Order the rows by name, total (highest first) or an area's level (highest first).", valueName: "name|total|AREA"))
    var sort: String?

    @Option(help: ArgumentHelp("Read every file as git holds it at this revision.", valueName: "REV"))
    var at: String?

    @Option(help: ArgumentHelp("Add each person's change in each area since this revision.", valueName: "REV"))
    var since: String?

    func run() throws {
        let paths = self.paths.isEmpty ? ["."] : self.paths
        let place = paths.joined(separator: " ")
        if at == nil {
            for path in paths {
                var info = stat()
                if stat(path, &info) != 0 { throw fail(path, "no such file or folder") }
            }
        }
        var team = Team(try Self.members(paths, at: at, place: place, warn: true))
        guard !team.people.isEmpty else { throw fail(place, "holds no rubric (no .md file with an area)") }
        var options = TeamReport.Options()
        options.width = OutputWidth.current()
        options.colour = isatty(STDOUT_FILENO) == 1 && (getenv("NO_COLOR").map { String(cString: $0) } ?? "").isEmpty
        if let since {
            let before = Team(try Self.members(paths, at: since, place: place, warn: false))
            options.since = since
            options.changes = Self.changes(team, since: before)
        }
        if let sort { team = try Self.sorted(team, by: sort, changes: &options.changes, place: place) }
        print(TeamReport.render(team, as: format, options), terminator: "")
    }

    /// The people under `paths`, now or at a revision, parsed on every core; the files that
    /// are no rubric counted on stderr, the ones that can't be read said each.
    static func members(_ paths: [String], at revision: String?, place: String, warn: Bool) throws -> [Team.Member] {
        let files: [TeamFiles.File]
        if let revision {
            do { files = try TeamFiles.read(paths, at: revision) } catch { throw fail(place, error) }
        } else {
            files = TeamFiles.read(paths)
        }
        // Read, parsed and summed up on every core, each file let go once summed up.
        let parsed = Parsed(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let file = files[index]
            let outcome: Outcome
            switch file.content() {
            case .failure(let error): outcome = .unreadable("\(error)")
            case .success(let bytes):
                outcome = (try? Rubric(bytes: bytes)).map { .person(Team.Member(name: personName(file.path), file: file.path, key: file.key, rubric: $0)) } ?? .notARubric
            }
            parsed.set(index, outcome)
        }
        var members: [Team.Member] = [], skipped: [String] = []
        for (file, outcome) in zip(files, parsed.results) {
            switch outcome {
            case .unreadable(let reason): if warn { printError(UsageText.errorLine("\(SafeText.sanitized(file.path)): \(reason); skipped")) }
            case .person(let member): members.append(member)
            case .notARubric: skipped.append(PathName.base(file.path))
            }
        }
        if warn, !skipped.isEmpty {
            let shown = skipped.prefix(5).map(SafeText.sanitized).joined(separator: ", ") + (skipped.count > 5 ? ", …" : "")
            printError("skipped \(skipped.count) \(skipped.count == 1 ? "file that is not a rubric" : "files that are not rubrics"): \(shown)")
        }
        // Two people of one name are told apart by their paths.
        var counts: [String: Int] = [:]
        for member in members { counts[member.name, default: 0] += 1 }
        return members.map { member in
            guard counts[member.name, default: 0] > 1 else { return member }
            return member.named(member.file.hasSuffix(".md") ? String(member.file.dropLast(3)) : member.file)
        }
    }

    /// What changes when a file under `folder` does: the modification times of the folder, its
    /// subfolders and its markdown files, as the team screen compares them.
    static func signature(_ folder: String) -> [Int] {
        TeamFiles.read([folder]).flatMap { file -> [Int] in
            var info = stat()
            guard stat(file.path, &info) == 0 else { return [-1] }
            return [info.st_mtim.tv_sec, info.st_mtim.tv_nsec, Int(info.st_size)]
        }
    }


    /// Each person's change per column since `before`, matched by file; nil where either side lacks it.
    static func changes(_ team: Team, since before: Team) -> [[Int?]] {
        let earlier = Dictionary(before.people.map { ($0.key, $0) }) { first, _ in first }
        let columns = Dictionary(before.columns.enumerated().map { ($1.id, $0) }) { first, _ in first }
        return team.people.map { person in
            team.columns.enumerated().map { column, area in
                guard let now = person.levels[column], let then = earlier[person.key], let index = columns[area.id], let was = then.levels[index] else { return nil }
                return now - was
            }
        }
    }

    /// The team's rows in the order asked for (the changes with them).
    static func sorted(_ team: Team, by key: String, changes: inout [[Int?]]?, place: String) throws -> Team {
        var order = Array(team.people.indices)
        switch key.lowercased() {
        case "name": order.sort { (team.people[$0].name.lowercased(), $0) < (team.people[$1].name.lowercased(), $1) }
        case "total": order.sort { (-team.people[$0].total, $0) < (-team.people[$1].total, $1) }
        default:
            guard let column = team.column(named: key) else {
                throw fail(place, "--sort takes name, total or an area (areas: \(team.columns.map { SafeText.sanitized($0.name) }.joined(separator: ", ")))")
            }
            order.sort { (-(team.people[$0].levels[column] ?? -1), $0) < (-(team.people[$1].levels[column] ?? -1), $1) }
        }
        changes = changes.map { all in order.map { all[$0] } }
        return team.reordered(order)
    }
}

/// What a file turned out to be.
private enum Outcome {
    case person(Team.Member)
    case notARubric
    case unreadable(String)
}

/// Results written from several threads at once, each to its own slot.
private final class Parsed: @unchecked Sendable {
    private(set) var results: [Outcome]
    private let lock = Mutex()
    init(count: Int) { results = Array(repeating: .notARubric, count: count) }
    func set(_ index: Int, _ result: Outcome) { lock.locked { results[index] = result } }
}

/// A mutex over pthread's, as Foundation is not linked.
private final class Mutex: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }
    func locked(_ body: () -> Void) { pthread_mutex_lock(&mutex); body(); pthread_mutex_unlock(&mutex) }
}
