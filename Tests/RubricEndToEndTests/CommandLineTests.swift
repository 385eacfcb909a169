import Foundation
import Testing

@Suite("The command line contract")
struct CommandLineTests {
    @Test func scoreAsText() throws {
        let scratch = Scratch()
        let result = try runRubric(["score", scratch.copy("technical.md")])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 8)
        #expect(lines[0] == "Technical  Architecture        2/5  ██░░░")
        #expect(lines[6] == "Technical  Quality             3/5  ███░░")
        #expect(lines[7] == "Total 15/35 (43%)")
    }

    @Test func scoreAsJSONParses() throws {
        let scratch = Scratch()
        let result = try runRubric(["score", scratch.copy("technical.md"), "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["total"] as? Int == 15)
        #expect(object["max"] as? Int == 35)
        let areas = try #require(object["areas"] as? [[String: Any]])
        #expect(areas.count == 7)
        #expect(areas[6]["name"] as? String == "Quality" && areas[6]["level"] as? Int == 3 && areas[6]["max"] as? Int == 5)
        #expect(areas[0]["group"] as? String == "Technical")
    }

    @Test func scoreAsCSV() throws {
        let scratch = Scratch()
        let result = try runRubric(["score", scratch.copy("technical.md"), "--format", "csv"])
        #expect(result.stdout.hasPrefix("group,name,level,max,levelName,layout,points,title,target\nTechnical,Architecture,2,5,,lists,,,\n"))
        #expect(result.stdout.split(separator: "\n").count == 8)
    }

    @Test func checkExitCodes() throws {
        let scratch = Scratch()
        let clean = try runRubric(["check", scratch.copy("nested.md")])
        #expect(clean.status == 0 && clean.stdout.hasSuffix("nested.md: layout lists: the first of lists, bullets, table, headings to find an area with two or more levels; 1 area, score 2/3\n"))
        let uneven = try runRubric(["check", scratch.copy("two-groups.md")])
        #expect(uneven.status == 1 && uneven.stdout.contains("two-groups.md:15: area 'Mentoring' has 3 levels where most areas have 2"))
        let example = try runRubric(["check", scratch.copy("technical.md")])
        #expect(example.status == 1 && example.stdout.contains("technical.md:22: level 3 of area 'Engineering' has unbalanced HTML"))
        let twoMarks = try runRubric(["check", scratch.copy("two-marks.md")])
        #expect(twoMarks.status == 1)
        #expect(twoMarks.stdout.contains("two-marks.md:1: area 'Design' has 2 marked levels"))
        #expect(try runRubric(["check", scratch.path("missing.md")]).status == 2)
    }

    @Test func markWritesTheFileAndPrintsTheScore() throws {
        let scratch = Scratch()
        let path = scratch.copy("technical.md")
        let utf8 = ["LANG": "C.UTF-8"]
        let result = try runRubric(["mark", path, "qual", "5"], environment: utf8)
        #expect(result.status == 0)
        #expect(result.stdout == "Quality: 3 → 5\n17/35\n")
        var expected = String(decoding: fixtureBytes("technical.md"), as: UTF8.self)
        expected = expected.replacingOccurrences(of: "3. <mark>Optimises the tests used within the team by understanding when to shift left and right. Ensures there is confidence in the tests by ensuring they are not brittle</mark>",
                                                 with: "3. Optimises the tests used within the team by understanding when to shift left and right. Ensures there is confidence in the tests by ensuring they are not brittle")
        expected = expected.replacingOccurrences(of: "5. Drives code quality best practice and innovation across ASOS",
                                                 with: "5. <mark>Drives code quality best practice and innovation across ASOS</mark>")
        expected = expected.replacingOccurrences(of: "15/35", with: "17/35")
        #expect(contents(path) == Data(expected.utf8))
        #expect(try runRubric(["mark", path, "7", "3"], environment: utf8).stdout == "Quality: 5 → 3\n15/35\n")
        #expect(contents(path) == fixtureBytes("technical.md"))
        #expect(try runRubric(["mark", path, "e", "2"], environment: utf8).stdout == "Engineering: already 2\n15/35\n")
        #expect(try runRubric(["mark", path, "e", "3"], environment: ["LANG": "C", "LC_ALL": "C"]).stdout == "Engineering: 2 -> 3\n16/35\n")
    }

    @Test func markSaysWhenTheMaximumChanges() throws {
        let scratch = Scratch()
        let text = String(decoding: fixtureBytes("technical.md"), as: UTF8.self).replacingOccurrences(of: "\n## Engineering\n", with: "\n##Engineering\n")
        let path = scratch.write(Array(text.utf8), as: "typo.md")
        let result = try runRubric(["mark", path, "storage", "3"])
        #expect(result.status == 0 && result.stderr == "rubric: \(path): the score line said 15/35; it now says 14/30, as the file reads ('rubric check' says why)\n")
    }

    @Test func markKeepsTheFileMode() throws {
        let scratch = Scratch()
        let path = scratch.copy("technical.md")
        chmod(path, 0o640)
        #expect(try runRubric(["mark", path, "1", "1"]).status == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
    }

    /// Saving someone else's file (writable by others, in a shared folder) keeps it theirs:
    /// a new file renamed over it would belong to whoever saved.
    @Test(.enabled(if: geteuid() == 0, "needs root to act as two users"))
    func markKeepsSomeoneElsesFileTheirs() throws {
        let scratch = Scratch()
        let path = scratch.copy("technical.md")
        chmod(scratch.url.path, 0o777)
        chown(path, 4321, 4321)
        chmod(path, 0o666)
        let result = try runRubric(["mark", path, "storage", "3"], user: nobody)
        #expect(result.status == 0, "\(result.stderr)")
        var info = stat()
        stat(path, &info)
        #expect(info.st_uid == 4321 && info.st_gid == 4321)
        #expect(String(decoding: contents(path), as: UTF8.self).contains("3. <mark>"))
    }

    @Test func markThroughASymlinkKeepsTheLink() throws {
        let scratch = Scratch()
        let target = scratch.copy("technical.md")
        let link = scratch.path("link.md")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(try runRubric(["mark", link, "1", "1"]).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(String(decoding: contents(target), as: UTF8.self).contains("1. <mark>Understands the logical"))
    }

    @Test(arguments: [
        (["mark", "FILE", "s", "1"], "matches several areas: Secure engineering, Storage"),
        (["mark", "FILE", "People", "1"], "no area matches 'People'"),
        (["mark", "FILE", "1", "6"], "level 6 is out of range for 'Architecture' (0 to 5"),
        (["mark", "FILE", "9", "1"], "no area matches '9'"),
        (["mark", "FILE", "storage", "-1"], "level -1 is out of range for 'Storage' (0 to 5; 0 clears the mark)"),
        (["mark", "FILE", "storage", "two"], "level 'two' is not a number for 'Storage' (0 to 5"),
    ])
    func badMarkRequestsLeaveTheFileAlone(arguments: [String], message: String) throws {
        let scratch = Scratch()
        let path = scratch.copy("technical.md")
        let result = try runRubric(arguments.map { $0 == "FILE" ? path : $0 })
        #expect(result.status != 0 && result.status < 128)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains(path) && result.stderr.contains(message))
        #expect(contents(path) == fixtureBytes("technical.md"))
    }

    @Test(arguments: ["score", "check", "mark"])
    func unusableFilesGiveOneLine(command: String) throws {
        let scratch = Scratch()
        let cases: [(String, String)] = [
            (scratch.path("missing.md"), "no such file or directory"),
            (scratch.url.path, "is a directory"),
            (scratch.write(Array("## A\n\n1. x\n".utf8) + [0xC3, 0x28], as: "latin.md"), "not UTF-8 text: invalid byte sequence at byte 11"),
            (scratch.write(Array("## A\n\n1. x\0\n".utf8), as: "nul.md"), "NUL byte at byte 10"),
            (scratch.write(Array("# Just a title\n".utf8), as: "none.md"), "no areas"),
            (scratch.write([], as: "empty.md"), "no areas"),
        ]
        for (path, message) in cases {
            let before = contents(path)
            let arguments = command == "mark" ? [command, path, "1", "1"] : [command, path]
            let result = try runRubric(arguments)
            #expect(result.status == 2, "\(path)")
            #expect(result.stderr == "rubric: \(path): \(result.stderr.dropFirst("rubric: \(path): ".count))")
            #expect(result.stderr.contains(message), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
            #expect(contents(path) == before)
        }
    }

    @Test func initWritesTheFrameworkOnce() throws {
        let scratch = Scratch()
        let first = try runRubric(["init"], in: scratch.url)
        #expect(first.status == 0)
        let written = contents(scratch.path("rubric.md"))
        #expect(String(decoding: written, as: UTF8.self).hasSuffix("## Score\n\n0/35\n"))
        let score = try runRubric(["score", scratch.path("rubric.md"), "--format", "csv"])
        #expect(score.stdout.split(separator: "\n").count == 8)
        let again = try runRubric(["init"], in: scratch.url)
        #expect(again.status == 2 && again.stderr.contains("already exists"))
        #expect(try runRubric(["init", scratch.path("other.md")]).status == 0)
    }

    @Test func versionAndHelp() throws {
        #expect(try runRubric(["--version"]).stdout == "0.1.0\n")
        for command in ["score", "check", "mark", "init", "open"] {
            let help = try runRubric([command, "--help"])
            let usage = command == "open" ? "USAGE: rubric [FILE]" : "USAGE: rubric \(command)"
            #expect(help.status == 0 && help.stdout.contains(usage), "\(command)")
        }
        #expect(try runRubric(["--help"]).stdout.contains("SUBCOMMANDS"))
    }

    /// `rubric FILE` skips ArgumentParser for speed; it must still mean exactly `rubric open FILE`.
    @Test func theEditorShortcutBehavesLikeOpen() throws {
        let scratch = Scratch()
        let files: [[String]] = [
            [],
            [scratch.write(Array("## A\n\n1. x\0\n".utf8), as: "nul.md")],
            [scratch.url.path],
            [scratch.path("new.md")],
            [scratch.copy("technical.md")],
        ]
        for file in files {
            let shortcut = try runRubric(file, in: scratch.url)
            let explicit = try runRubric(["open"] + file, in: scratch.url)
            #expect(shortcut.status == 2 && shortcut.status == explicit.status, "\(file)")
            #expect(shortcut.stderr == explicit.stderr && !shortcut.stderr.isEmpty, "\(file)")
            #expect(shortcut.stdout == explicit.stdout)
        }
    }

    @Test func subcommandNamesAndOptionsStillReachTheParser() throws {
        let help = try runRubric(["--help"]).stdout
        let listed = help.split(separator: "\n", omittingEmptySubsequences: false).drop { !$0.hasPrefix("SUBCOMMANDS") }.dropFirst()
            .prefix { !$0.isEmpty }.filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
            .compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(listed == ["open", "score", "check", "mark", "titles", "target", "evidence", "note", "packet", "team", "compare", "chart", "history", "init", "import", "themes"])
        let scratch = Scratch()
        for name in listed + ["help"] {
            // Were the shortcut to take the name for a file, the editor would name it in its complaint.
            let result = try runRubric([name], in: scratch.url)
            #expect(!result.stderr.hasPrefix("rubric: \(name): the editor needs a terminal"), "\(name)")
        }
        #expect(try runRubric(["mark", "x"]).stderr.hasPrefix("rubric: expected an area and a level\nUsage: rubric mark [FILE] AREA LEVEL"))
        #expect(try runRubric(["help"]).stdout.contains("SUBCOMMANDS"))
        // The format's rules come with the binary, as the errors that point to them say.
        let docs = fixturesFolder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/format.md")
        let format = try runRubric(["help", "format"], in: scratch.url)
        let rules = try String(contentsOf: docs, encoding: .utf8)
        #expect(format.status == 0 && format.stdout == rules)
        let notRubric = scratch.url.appendingPathComponent("notes.md")
        try Data("# Notes\n\nNothing here.\n".utf8).write(to: notRubric)
        #expect(try runRubric(["score", notRubric.path]).stderr.hasSuffix("'rubric help format' shows the layouts rubric reads\n"))
        let badTheme = try runRubric(["--theme", "no-such-theme", "x.md"])
        #expect(badTheme.status == 2 && badTheme.stderr.contains("no such theme"))
        #expect(try runRubric(["-x"]).stderr.hasPrefix("rubric: Unknown option '-x'"))
    }

    @Test func namesFromTheFileAreSanitizedOnOutput() throws {
        let scratch = Scratch()
        let result = try runRubric(["score", scratch.copy("control-chars.md")])
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(result.stdout.contains("Design ␛[31mred␛[0m"))
    }

    @Test func scoreCheckAndMarkDefaultToRubricMdInTheFolder() throws {
        let scratch = Scratch()
        _ = scratch.copy("technical.md", as: "rubric.md")
        let score = try runRubric(["score"], in: scratch.url)
        #expect(score.status == 0 && score.stdout.contains("15/35"))
        #expect(try runRubric(["check"], in: scratch.url).status == 1)
        let mark = try runRubric(["mark", "storage", "4"], in: scratch.url)
        #expect(mark.status == 0 && mark.stdout.hasSuffix("\n17/35\n"), "\(mark.stderr)")
        #expect(try runRubric(["score", "--format", "csv"], in: scratch.url).stdout.contains("Storage,4,5"))
        let empty = Scratch()
        let missing = try runRubric(["score"], in: empty.url)
        #expect(missing.status == 2 && missing.stderr.hasPrefix("rubric: rubric.md: cannot open"))
    }

    @Test(arguments: [["score", "--format", "xml"], ["mark"], ["mark", "a", "b", "c", "d"], ["--bogus"], ["score", "--nope"],
                      ["mark", "f.md", "storage", "3", "--frce"]])
    func usageErrorsExitTwoInOneStyle(arguments: [String]) throws {
        let result = try runRubric(arguments)
        #expect(result.status == 2, "\(arguments)")
        #expect(result.stderr.hasPrefix("rubric: "), "\(result.stderr)")
        #expect(result.stderr.contains("Usage: rubric"), "\(result.stderr)")
        #expect(!result.stderr.contains("Error:"))
    }

    @Test func rootHelpShowsTheEditorAndTheSubcommands() throws {
        let help = try runRubric(["--help"]).stdout
        #expect(help.contains("USAGE: rubric [FILE] [--against OTHER] [--theme NAME|PATH] [--no-mouse]"))
        #expect(help.contains("rubric <subcommand>"))
        #expect(help.contains("SUBCOMMANDS"))
        let completion = try runRubric(["--generate-completion-script", "bash"])
        #expect(completion.status == 0 && completion.stdout.contains("_rubric"))
    }

    @Test func markTakesDoubleDashAndNegativeLevels() throws {
        let scratch = Scratch()
        let path = scratch.copy("technical.md")
        #expect(try runRubric(["mark", "--", path, "storage", "3"], environment: ["LANG": "C.UTF-8"]).stdout == "Storage: 2 → 3\n16/35\n")
        #expect(try runRubric(["mark", path, "--", "storage", "-1"]).stderr.contains("level -1 is out of range"))
    }

    @Test func markRefusesAReadOnlyFileUnlessForced() throws {
        let scratch = Scratch()
        let path = scratch.copy("technical.md")
        chmod(path, 0o444)
        let refused = try runRubric(["mark", path, "storage", "4"])
        #expect(refused.status == 2)
        #expect(refused.stderr == "rubric: \(path): is read-only; not written (--force writes it anyway)\n")
        #expect(contents(path) == fixtureBytes("technical.md"))
        let forced = try runRubric(["mark", path, "storage", "4", "--force"])
        #expect(forced.status == 0 && forced.stdout.hasSuffix("\n17/35\n"))
        var info = stat()
        stat(path, &info)
        #expect(info.st_mode & 0o7777 == 0o444)
    }

    @Test func theBuiltInFrameworkPassesCheck() throws {
        let scratch = Scratch()
        #expect(try runRubric(["init"], in: scratch.url).status == 0)
        let check = try runRubric(["check"], in: scratch.url)
        #expect(check.status == 0 && check.stdout.split(separator: "\n").count == 1, "\(check.stdout)")
    }

    @Test func importSaysWhatItDoesNotCarry() throws {
        let scratch = Scratch()
        let table = scratch.copy("table.md")
        let result = try runRubric(["import", table])
        #expect(result.status == 0 && result.stdout.contains("## Systems"))
        #expect(result.stderr == "rubric: table.md: warning: line 11 belongs to no area, level or description (a level's summary, text under a group) and is not carried over\n")
    }

    @Test func importWritesTheListsLayoutAndNeverOverwrites() throws {
        let scratch = Scratch()
        let yaml = scratch.copy("frontmatter.md")
        let printed = try runRubric(["import", yaml])
        #expect(printed.status == 0 && printed.stdout.contains("## Pipelines\n\n1. Level 1\n") && printed.stdout.hasSuffix("## Score\n\n0/6\n"))
        let out = scratch.path("new.md")
        let created = try runRubric(["import", scratch.copy("table.md"), "-o", out])
        #expect(created.status == 0 && created.stdout == "Created \(out): 3 areas, score 3/12\n", "\(created.stderr)")
        #expect(try runRubric(["check", out]).status == 0)
        let again = try runRubric(["import", yaml, "-o", out])
        #expect(again.status == 2 && again.stderr == "rubric: \(out): already exists; not overwriting it\n")
        #expect(try runRubric(["score", out, "--format", "csv"]).stdout.contains("Technical,Systems,3,4"))
        // The YAML file itself is refused by the other commands, with the way out.
        #expect(try runRubric(["score", yaml]).stderr.hasSuffix("convert it with: rubric import \(yaml) -o NEW.md\n"))
        // The editor refuses it in the same words, before it needs a terminal.
        let editor = try runRubric([yaml]), check = try runRubric(["check", yaml])
        #expect(editor.status == 2 && editor.stderr == check.stderr && editor.stderr.contains("convert it with: rubric import"))
    }

    @Test func markTakesALevelsName() throws {
        let scratch = Scratch()
        let table = scratch.copy("table.md")
        #expect(try runRubric(["mark", table, "mentoring", "senior (p3)"], environment: ["LANG": "C.UTF-8"]).stdout == "Mentoring: 0 → 3 (Senior (P3))\n6/12\n")
        #expect(try runRubric(["score", table, "--format", "csv"]).stdout.contains("Team,Mentoring,3,4,Senior (P3),table,,,\n"))
        let wrong = try runRubric(["mark", table, "mentoring", "principal"])
        #expect(wrong.status == 2 && wrong.stderr.contains("or one of the level names: Associate (P1), Engineer (P2), Senior (P3), Staff (P4)"))
    }

    @Test func scoreNamesTheLevelAndTheLayout() throws {
        let scratch = Scratch()
        let table = scratch.copy("table.md")
        #expect(try runRubric(["score", table]).stdout.contains("Technical  Systems      3/4  ███░  Senior (P3)\n"))
        let json = try runRubric(["score", table, "--format", "json"]).stdout
        #expect(json.hasPrefix(#"{"layout":"table","total":3,"max":12,"title":null,"target":null,"gap":null,"areas":[{"group":"Technical","name":"Systems","level":3,"max":4,"levelName":"Senior (P3)"}"#))
        #expect(try runRubric(["check", table]).stdout.hasPrefix("\(table): layout table: the first of lists, bullets, table, headings"))
    }

    /// The score report in each format, from the command line that writes it.
    @Test func scoreReportsInEveryFormat() throws {
        let scratch = Scratch()
        let path = scratch.copy("two-groups.md")
        #expect(try runRubric(["score", path, "--format", "json"]).stdout ==
            #"{"layout":"lists","total":3,"max":7,"title":null,"target":null,"gap":null,"areas":[{"group":null,"name":"Loose","level":0,"max":2,"levelName":null},{"group":"Technical","name":"Design","level":1,"max":2,"levelName":null},{"group":"People","name":"Mentoring","level":2,"max":3,"levelName":null}]}"# + "\n")
        #expect(try runRubric(["score", path, "--format", "csv"]).stdout == "group,name,level,max,levelName,layout,points,title,target\n,Loose,0,2,,lists,,,\nTechnical,Design,1,2,,lists,,,\nPeople,Mentoring,2,3,,lists,,,\n")
        #expect(try runRubric(["score", path]).stdout == """
                       Loose      0/2  ░░
            Technical  Design     1/2  █░
            People     Mentoring  2/3  ██░
            Total 3/7 (43%)

            """)
    }

    /// Quotes, commas and a spreadsheet formula in names: escaped in JSON and CSV, and a CSV
    /// field that a spreadsheet would run is prefixed with a quote.
    @Test func scoreEscapesNamesForJSONAndCSV() throws {
        let scratch = Scratch()
        let path = scratch.copy("special-names.md")
        let json = try runRubric(["score", path, "--format", "json"]).stdout
        #expect(json.contains(#"{"group":null,"name":"Design \"quoted\", with a comma","level":1"#), "\(json)")
        let csv = try runRubric(["score", path, "--format", "csv"]).stdout
        #expect(csv == "group,name,level,max,levelName,layout,points,title,target\n,\"Design \"\"quoted\"\", with a comma\",1,2,,lists,,,\n,'=SUM(A1),2,2,,lists,,,\n", "\(csv)")
    }
}
