import Foundation
import Testing

/// What a new user meets in the first minutes, end to end in a real terminal: small and odd
/// sizes, a non-UTF-8 locale, a dumb terminal, emoji, problems in the file, new and
/// read-only files, rescue copies.
@Suite("First minutes in a terminal", .serialized)
struct FirstMinutesTests {
    @Test func asciiOutsideAUTF8Locale() throws {
        let scratch = Scratch()
        let session = try TmuxSession([scratch.copy("unicode.md")], width: 60, height: 16, recordOutput: true,
                                      environment: ["LANG": "C", "LC_ALL": "C"])
        let screen = try session.waitFor("Score 2/3")
        #expect(screen.contains(">2 [x] Explains ? trade-offs ?"), "\(screen)")
        #expect(screen.contains(" 1 [ ] ???? ? basic"))
        #expect(screen.contains("########") && screen.contains("----") && screen.contains(" ?? ? 2/3"))
        try session.press("?")
        try session.waitFor("+- Keys -")
        try session.press("x", "q")
        #expect(try session.waitForExit() == 0)
        // Not one byte outside ASCII reached the terminal.
        #expect(session.output().allSatisfy { $0 < 0x80 })
    }

    @Test(arguments: ["dumb", "no-such-terminal"])
    func aTerminalThatCannotPlaceTheCursorIsRefused(term: String) throws {
        let scratch = Scratch()
        let path = scratch.copy("technical.md")
        let session = try TmuxSession([path], recordOutput: true, environment: ["TERM": term])
        #expect(try session.waitForExit() == 2)
        let said = try session.screen()
        #expect(said.contains("rubric: TERM=\(term) "), "\(said)")
        #expect(!session.output().contains(0x1B), "an escape sequence reached the terminal")
        #expect(contents(path) == fixtureBytes("technical.md"))
    }

    @Test func theSelectedLevelIsHighlightedAcrossTheRow() throws {
        let scratch = Scratch()
        let session = try TmuxSession([scratch.copy("technical.md")], width: 60, height: 16, environment: ["NO_COLOR": "1"])
        try session.waitFor("Score 15/35")
        let rows = try session.screenWithAttributes().split(separator: "\n", omittingEmptySubsequences: false)
        // Reverse video from the first column of the selected level to the end of its last line.
        let first = try #require(rows.firstIndex { $0.contains("2 ● Articulates") })
        #expect(rows[first].hasPrefix("\u{1B}[7m"), "\(rows[first])")
        for row in rows[first...(first + 2)] {
            #expect(!row.contains("\u{1B}[0m"), "\(row)")
            #expect(row.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression).count == 60)
        }
        // Off the selection, the marked level is bold and underlined, its neighbours plain.
        try session.press("Down")
        try session.waitFor("▌3 ○")
        let moved = try session.screenWithAttributes().split(separator: "\n")
        let marked = try #require(moved.first { $0.contains("Articulates") })
        #expect(marked.contains("\u{1B}[1;4m") || marked.contains("\u{1B}[0;1;4m"), "\(marked)")
    }

    @Test func scrollingLineByLineKeepsALevelNumberOnTop() throws {
        let scratch = Scratch()
        // 40x12: a six-line body, where the levels wrap to three and four lines.
        let session = try TmuxSession([scratch.copy("technical.md")], width: 40, height: 12)
        try session.waitFor("Score")
        try session.press("g")
        var previous = try session.waitFor("▌1 ○")
        for key in ["j", "j", "j", "j", "k", "k", "k", "k"] {
            // Every key moves the selection, so the frame after it differs from the one before.
            let shown = try session.frame(after: key, from: previous)
            previous = shown
            let top = String(shown.split(separator: "\n", omittingEmptySubsequences: false)[3])
            #expect(top.range(of: #"^[▌ ]\d [●○] "#, options: .regularExpression) != nil, "after \(key): '\(top)'")
        }
    }

    /// After scrolling past each sequence, the terminal shows what a full redraw shows: no
    /// leftover cells from a width the terminal and the grid disagree on.
    @Test(arguments: ["👩‍💻 pairs", "🇬🇧 flag", "👍🏽 skin tone", "✔️ check"])
    func emojiSequencesLeaveNothingBehind(emoji: String) throws {
        let scratch = Scratch()
        // Each level puts the sequence at other columns, so scrolling moves it over other text.
        let levels = (1...8).map { "\($0). \(String(repeating: "ab", count: $0)) \(emoji) and \(emoji)\(emoji) text that wraps here" }
        let path = scratch.write(Array("## Area\n\n\(levels.joined(separator: "\n"))\n".utf8), as: "emoji.md")
        let session = try TmuxSession([path], width: 40, height: 10, recordOutput: true)
        var previous = try session.waitFor("0/8")
        for key in ["j", "j", "j", "j", "j", "j", "j", "k", "k", "k", "k", "k", "k"] {
            let shown = try session.frame(after: key, from: previous)
            let redrawn = try session.redrawn()
            #expect(shown == redrawn, "after \(key):\n\(shown)\n---\n\(redrawn)")
            previous = redrawn
        }
    }

    @Test func problemsAreAnnouncedAndListed() throws {
        let scratch = Scratch()
        let session = try TmuxSession([scratch.copy("technical.md")])
        try session.waitFor("1 problem in this file: ! lists them")
        try session.press("!")
        try session.waitFor("Problems")
        let listed = try session.waitFor("line 22")
        #expect(listed.contains("level 3 of area 'Engineering' has unbalanced"), "\(listed)")
        try session.press("q")
        try session.waitFor("q quit")
        try session.press("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test func anEmptyFileOpensFromTheFrameworkAndSaysNew() throws {
        let scratch = Scratch()
        let path = scratch.write(Array("\n  \n".utf8), as: "blank.md")
        let session = try TmuxSession([path])
        try session.waitFor("Score  0/35")
        #expect(try session.screen().split(separator: "\n").contains { $0.contains("Score") && $0.hasSuffix(" new") })
        try session.press("3", "s")
        try session.waitFor("Saved to")
        try session.waitFor("saved")
        try session.press("q")
        #expect(try session.waitForExit() == 0)
        let check = try runRubric(["score", path, "--format", "csv"])
        #expect(check.status == 0 && check.stdout.contains("Architecture,3,5"))
        // The commands still refuse an empty file.
        let empty = scratch.write([], as: "empty.md")
        #expect(try runRubric(["score", empty]).stderr.contains("no areas"))
    }

    @Test func aReadOnlyFileIsAskedAboutAndKeepsItsMode() throws {
        let scratch = Scratch()
        let path = scratch.copy("technical.md")
        chmod(path, 0o444)
        let session = try TmuxSession([path])
        try session.waitFor("Score 15/35")
        try session.press("3", "s")
        try session.waitFor("technical.md is read-only: (o)verwrite (c)ancel")
        try session.press("c")
        try session.waitFor("Not saved: technical.md is read-only")
        #expect(contents(path) == fixtureBytes("technical.md"))
        try session.press("s")
        try session.waitFor("is read-only")
        try session.press("o")
        try session.waitFor("Saved to")
        try session.press("q")
        #expect(try session.waitForExit() == 0)
        #expect(String(decoding: contents(path), as: UTF8.self).contains("3. <mark>Contributes and challenges"))
        var info = stat()
        stat(path, &info)
        #expect(info.st_mode & 0o7777 == 0o444)
    }

    @Test func theNewestRescueCopyIsOfferedWithTheCount() throws {
        let scratch = Scratch()
        let path = scratch.copy("technical.md")
        let example = String(decoding: fixtureBytes("technical.md"), as: UTF8.self)
        let older = example.replacingOccurrences(of: "15/35", with: "15/35 ")  // any readable copy
        let newer = example.replacingOccurrences(of: "1. Understands the logical", with: "1. <mark>Understands the logical</mark>")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -120)], ofItemAtPath: path)
        try Data(older.utf8).write(to: URL(fileURLWithPath: path + ".save"))
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: path + ".save")
        try Data(newer.utf8).write(to: URL(fileURLWithPath: path + ".save.1"))
        let session = try TmuxSession([path], width: 60)
        // Wrapped over two lines at 60 columns: every choice shows.
        let screen = try session.waitFor("(i)gnore")
        #expect(screen.contains("Unsaved changes in technical.md.save.1 (2 rescue copies in"), "\(screen)")
        try session.press("i")
        try session.waitFor("Remove technical.md.save.1 and the 1 other rescue copy")
        try session.press("y")
        try session.waitFor("Removed 2 rescue copies")
        try session.press("q")
        #expect(try session.waitForExit() == 0)
        #expect(!FileManager.default.fileExists(atPath: path + ".save") && !FileManager.default.fileExists(atPath: path + ".save.1"))
    }

    /// A copy cut short by a hang-up (as versions before the rescue was written whole could
    /// leave) is said, not passed over.
    @Test func anEmptyRescueCopyIsSaid() throws {
        let scratch = Scratch()
        let path = scratch.copy("technical.md")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: path)
        try Data().write(to: URL(fileURLWithPath: path + ".save"))
        let session = try TmuxSession([path])
        try session.waitFor("technical.md.save is empty (a rescue cut short): remove it? (y)es (n)o")
        try session.press("n", "q")
        #expect(try session.waitForExit() == 0)
        #expect(FileManager.default.fileExists(atPath: path + ".save"))
    }
}
