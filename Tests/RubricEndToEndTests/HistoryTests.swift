import Foundation
import Testing

/// `rubric history` on repositories the tests build, commit by commit.
@Suite("rubric history")
struct HistoryTests {
    /// A scratch repository with the example as rubric.md and a first commit.
    private final class Repository {
        let scratch = Scratch()
        var day = 1

        init() throws {
            _ = scratch.copy("technical.md", as: "rubric.md")
            try git("init", "-q", "-b", "main")
            try commit("First assessment", adding: "rubric.md")
        }

        func git(_ arguments: String...) throws { try run(arguments) }

        @discardableResult
        func run(_ arguments: [String], environment: [String: String] = [:]) throws -> String {
            try runGit(arguments, in: scratch.url, environment: environment)
        }

        /// Commits what is staged (and `adding`), a day after the last commit.
        func commit(_ subject: String, adding path: String? = nil) throws {
            if let path { try git("add", path) }
            let date = String(format: "2026-%02d-%02dT10:00:00+00:00", 1 + day / 28, 1 + day % 28)
            day += 1
            try run(["commit", "-qam", subject], environment: ["GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date])
        }

        func mark(_ area: String, _ level: String, file: String = "rubric.md") throws {
            #expect(try runRubric(["mark", scratch.path(file), area, level]).status == 0)
        }

        func history(_ arguments: [String] = []) throws -> RunResult {
            try runRubric(["history"] + arguments, in: scratch.url)
        }

        func json(_ arguments: [String] = []) throws -> [[String: Any]] {
            let result = try history(arguments + ["--format", "json"])
            return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        }
    }

    @Test func marksChangingAndProseOnlyCommits() throws {
        let repository = try Repository()
        try repository.mark("Storage", "3")
        try repository.commit("Storage up")
        // Only prose: left out.
        let path = repository.scratch.path("rubric.md")
        try (String(decoding: contents(path), as: UTF8.self) + "\nA note on the review.\n").write(toFile: path, atomically: false, encoding: .utf8)
        try repository.commit("Reword")
        try repository.mark("Quality", "4")
        try repository.commit("Quality up")
        let entries = try repository.json()
        #expect(entries.map { $0["subject"] as? String } == ["Quality up", "Storage up", "First assessment"])
        #expect(entries.map { $0["total"] as? Int } == [17, 16, 15])
        #expect(entries[0]["date"] as? String == "2026-01-05T10:00:00+00:00" && entries[0]["author"] as? String == "Ana")
        let areas = try #require(entries[1]["areas"] as? [[String: Any]])
        #expect(areas[4]["name"] as? String == "Storage" && areas[4]["level"] as? Int == 3 && areas[4]["max"] as? Int == 5)
        let text = try repository.history().stdout
        #expect(text.contains("17/35  2   2   2   2   3   2   4↑   Quality up"))
        #expect(text.contains("16/35  2   2   2   2   3↑  2   3    Storage up"))
        #expect(text.contains("total over time, oldest first: ▁▄█ 15 → 17 of 35"))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test func theHistoryChartAndTheScreen() throws {
        let repository = try Repository()
        try repository.mark("Storage", "3")
        try repository.commit("Storage up")
        let chart = try runRubric(["chart", "--history", "rubric.md"], in: repository.scratch.url)
        #expect(chart.status == 0 && chart.stdout.hasPrefix("<svg ") && chart.stdout.contains(">2026-01-02</text>"))
        #expect(try runRubric(["chart", "--history", "--against", "x.md"], in: repository.scratch.url).status == 2)
        // In the editor, started from another folder: H reads the file's own repository.
        let session = try TmuxSession([repository.scratch.path("rubric.md")])
        try session.waitFor("Score 16/35")
        try session.press("H")
        try session.waitFor("Total               ▁█  15 → 16")
        try session.press("End")
        try session.waitFor("▌ ")
        try session.press("Enter")
        try session.waitFor("● rubric.md 16/35  ◆ ")
        try session.press("]")
        try session.waitFor("≠Storage 3 ◆2")
        try session.press("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test func renamesAreFollowedAndUncommittedChangesComeFirst() throws {
        let repository = try Repository()
        try repository.git("mv", "rubric.md", "ana.md")
        try repository.commit("Rename")
        try repository.mark("Operations", "3", file: "ana.md")
        try repository.commit("Operations up")
        try repository.mark("Storage", "1", file: "ana.md")
        let entries = try repository.json(["ana.md"])
        #expect(entries.map { $0["subject"] as? String } == ["uncommitted changes", "Operations up", "First assessment"])
        #expect(entries[0]["commit"] is NSNull && entries[0]["total"] as? Int == 15)
    }

    @Test func aBranchAndAMerge() throws {
        let repository = try Repository()
        try repository.git("checkout", "-q", "-b", "review")
        try repository.mark("Architecture", "3")
        try repository.commit("Architecture up on the branch")
        try repository.git("checkout", "-q", "main")
        try repository.mark("Quality", "4")
        try repository.commit("Quality up on main")
        // The score lines conflict; the marks, on other lines, merge.
        try repository.run(["merge", "-q", "--no-edit", "-X", "ours", "review"], environment: ["GIT_AUTHOR_DATE": "2026-02-01T10:00:00+00:00",
                                                                                  "GIT_COMMITTER_DATE": "2026-02-01T10:00:00+00:00"])
        let entries = try repository.json()
        let subjects = entries.compactMap { $0["subject"] as? String }
        #expect(subjects.first == "Merge branch 'review'" && entries.first?["total"] as? Int == 17)
        #expect(Set(subjects) == ["Merge branch 'review'", "Architecture up on the branch", "Quality up on main", "First assessment"])
    }

    @Test func aCommitWhereTheFileIsNotARubricIsLeftOutWithAWarning() throws {
        let repository = try Repository()
        let path = repository.scratch.path("rubric.md")
        let good = contents(path)
        try "Nothing here yet.\n".write(toFile: path, atomically: false, encoding: .utf8)
        try repository.commit("Emptied by mistake")
        try good.write(to: URL(fileURLWithPath: path))
        try repository.mark("Storage", "3")
        try repository.commit("Back, and Storage up")
        let result = try repository.history(["--format", "json"])
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix("rubric: warning: ") && result.stderr.contains("rubric.md is not a rubric there"))
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(entries.map { $0["subject"] as? String } == ["Back, and Storage up", "First assessment"])
    }

    /// Subjects get the terminal's width (80 when not a terminal); names are headed by their
    /// letters, an emoji before them aside, and columns are counted in terminal cells.
    @Test func theTextFitsTheTerminalAndAbbreviatesNamesWithoutTheirEmoji() throws {
        let scratch = Scratch()
        _ = scratch.write(Array("## 👩‍💼 Leadership\n\n1. <mark>a</mark>\n2. b\n\n## 漢字の名前\n\n1. a\n2. <mark>b</mark>\n".utf8), as: "rubric.md")
        try runGit(["init", "-q", "-b", "main"], in: scratch.url)
        try runGit(["add", "rubric.md"], in: scratch.url)
        let subject = "A subject long enough to be cut at eighty columns but not at a hundred and forty, as terminals are"
        try runGit(["commit", "-qm", subject], in: scratch.url)
        let piped = try runRubric(["history"], in: scratch.url, environment: ["LANG": "C.UTF-8", "PATH": ProcessInfo.processInfo.environment["PATH"] ?? ""])
        let lines = piped.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0] == "commit   date        total  Lea 漢   subject", "\(piped.stdout)")
        #expect(lines[1].count == 80 && lines[1].hasSuffix("…") && lines[1].contains("1   2    A subject long enough"), "\(lines[1])")
        // The score's columns count cells too: the CJK name (10 cells) is padded to the other's 13.
        #expect(try runRubric(["score"], in: scratch.url).stdout.hasPrefix("👩‍💼 Leadership  1/2  █░\n漢字の名前     2/2  ██\n"))
        let session = try TmuxSession(["history"], width: 140, in: scratch.url)
        #expect(try session.waitForExit() == 0)
        #expect(try session.screen().contains("2    \(subject)\n"))
    }

    @Test func aShallowCloneSaysWhatIsMissing() throws {
        let repository = try Repository()
        try repository.mark("Storage", "3")
        try repository.commit("Storage up")
        let clone = Scratch()
        try runGit(["clone", "-q", "--depth", "1", "file://\(repository.scratch.url.path)", clone.path("copy")], in: clone.url)
        let result = try runRubric(["history", "--format", "json"], in: URL(fileURLWithPath: clone.path("copy")))
        #expect(result.status == 0 && result.stderr.contains("shallow clone"))
        #expect(result.stdout.contains("\"subject\":\"Storage up\""))
    }

    @Test func outsideARepositoryUntrackedAndWithoutGitAreOneLineAndExitTwo() throws {
        let outside = Scratch()
        _ = outside.copy("technical.md", as: "rubric.md")
        let notRepository = try runRubric(["history"], in: outside.url)
        #expect(notRepository.status == 2 && notRepository.stderr == "rubric: rubric.md: is not in a git repository, so it has no history\n")
        let repository = try Repository()
        _ = repository.scratch.copy("technical.md", as: "new.md")
        let untracked = try repository.history(["new.md"])
        #expect(untracked.status == 2 && untracked.stderr == "rubric: new.md: is not tracked by git (git add and commit it first)\n")
        // A file that isn't there is said as every command says it, in or out of a repository.
        let empty = Scratch()
        for (arguments, folder) in [(["history", "nosuch.md"], repository.scratch.url), (["history"], empty.url),
                                    (["chart", "--history"], empty.url), (["history", "nodir/nosuch.md"], repository.scratch.url)] {
            let missing = try runRubric(arguments, in: folder)
            let name = arguments.count > 1 && !arguments[1].hasPrefix("-") ? arguments[1] : "rubric.md"
            #expect(missing.status == 2 && missing.stderr == "rubric: \(name): cannot open: no such file or directory\n", "\(arguments)")
        }
        let noGit = try runRubric(["history"], in: repository.scratch.url, environment: ["PATH": "/nonexistent", "LANG": "C.UTF-8"])
        #expect(noGit.status == 2 && noGit.stderr.contains("git is not installed"))
    }
}

@Suite("History details")
struct HistoryDetailTests {
    /// A commit on main that moves Quality shows no change in Deploying, though the branch
    /// commit listed below it moved Deploying: arrows compare with the commit's parent.
    @Test func arrowsCompareWithTheParentNotTheRowBelow() throws {
        let scratch = Scratch()
        let path = scratch.copy("technical.md", as: "rubric.md")
        func commit(_ message: String, _ day: Int) throws {
            let date = "2026-03-\(String(format: "%02d", day))T10:00:00+00:00"
            try runGit(["commit", "-qam", message], in: scratch.url, environment: ["GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date])
        }
        try runGit(["init", "-q", "-b", "main"], in: scratch.url)
        try runGit(["add", "rubric.md"], in: scratch.url)
        try commit("first", 1)
        try runGit(["checkout", "-q", "-b", "side"], in: scratch.url)
        #expect(try runRubric(["mark", path, "Deploying", "4"]).status == 0)
        try commit("deploy 4 on the branch", 2)
        try runGit(["checkout", "-q", "main"], in: scratch.url)
        #expect(try runRubric(["mark", path, "Quality", "4"]).status == 0)
        try commit("quality 4 on main", 3)
        let text = try runRubric(["history", "rubric.md"], in: scratch.url).stdout
        let main = try #require(text.split(separator: "\n").first { $0.hasSuffix("quality 4 on main") })
        #expect(!main.contains("↓") && main.contains("4↑"), "\(main)")
    }

    @Test func markRefusesAFileWithMergeConflictMarkersAndCheckListsThem() throws {
        let scratch = Scratch()
        var text = String(decoding: fixtureBytes("technical.md"), as: UTF8.self)
        text = text.replacingOccurrences(of: "## Score\n\n15/35", with: "## Score\n\n<<<<<<< HEAD\n15/35\n=======\n16/35\n>>>>>>> side\n")
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("<<<<<<<") }! + 1
        let path = scratch.write(Array(text.utf8), as: "conflict.md")
        let marked = try runRubric(["mark", path, "1", "3"])
        #expect(marked.status == 2 && marked.stderr.contains("has merge conflict markers (line \(line))"), "\(marked.stderr)")
        #expect(contents(path) == Data(text.utf8))
        let checked = try runRubric(["check", path])
        #expect(checked.status == 1 && checked.stdout.components(separatedBy: "merge conflict marker").count - 1 == 3)
    }
}
