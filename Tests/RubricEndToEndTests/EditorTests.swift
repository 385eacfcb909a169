import Foundation
import Testing

/// The editor end to end, in a real terminal: open, move, mark, save, quit, and compare the
/// file's bytes.
@Suite("The editor in a terminal", .serialized)
struct EditorTests {
    let example = String(decoding: fixtureBytes("technical.md"), as: UTF8.self)

    /// The example with Engineering moved from level 2 to level 4.
    var engineeringAtFour: Data {
        var text = example
        text = text.replacingOccurrences(of: "2. <mark>Actively improves the code-base", with: "2. Actively improves the code-base")
        text = text.replacingOccurrences(of: "trade-offs.</details></mark>", with: "trade-offs.</details>")
        text = text.replacingOccurrences(of: "4. Looks to innovate, be a force multiplier within the team(?)",
                                         with: "4. <mark>Looks to innovate, be a force multiplier within the team(?)</mark>")
        return Data(text.replacingOccurrences(of: "15/35", with: "17/35").utf8)
    }

    @Test func moveToggleSaveQuit() throws {
        let scratch = Scratch()
        let (path, session) = try TmuxSession.openExample(in: scratch)
        try session.press("Right", "Down", "Down", "Space")
        try session.waitFor("Engineering 4/5")
        try session.waitFor("● unsaved")
        try session.press("s")
        try session.waitFor("Saved to \(path)")
        #expect(contents(path) == engineeringAtFour)
        try session.press("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test func resizeToSmallAndLarge() throws {
        let scratch = Scratch()
        let (path, session) = try TmuxSession.openExample(in: scratch)
        try session.resize(width: 30, height: 8)
        try session.waitFor("Terminal too small")
        try session.resize(width: 140, height: 40)
        try session.waitFor("Deploying software 2/5")
        let screen = try session.waitFor("Quality 3/5")
        #expect(screen.contains("Architecture 2/5 │ Engineering 2/5"))
        try session.resize(width: 41, height: 11)
        try session.waitFor("Architecture 2/5 │")
        try session.press("End", "Space", "s")
        try session.waitFor("Saved to")
        try session.press("q")
        #expect(try session.waitForExit() == 0)
        #expect(String(decoding: contents(path), as: UTF8.self).contains("5. <mark>Actively researches"))
    }

    @Test func wideCharactersShowAndSave() throws {
        let scratch = Scratch()
        let path = scratch.copy("unicode-combining.md")
        let session = try TmuxSession([path], width: 50, height: 12)
        let screen = try session.waitFor("理解する")
        #expect(screen.contains("設計 🏗️ 2/3") || screen.contains("設計 🏗 2/3"))
        #expect(screen.contains(" 3 ○ Leads 設計レビュー"))
        // A combining accent reaches the terminal with its letter, in one cell.
        #expect(screen.contains(" 1 ○ 理解する — basic cafe\u{301}\n") || screen.contains(" 1 ○ 理解する — basic café\n"), "\(screen)")
        try session.press("3", "s")
        try session.waitFor("Saved to")
        try session.press("q")
        #expect(try session.waitForExit() == 0)
        let text = String(decoding: contents(path), as: UTF8.self)
        #expect(text.contains("2. Explains ✅ trade-offs 👩‍💻\n3. <mark>Leads 設計レビュー</mark>\n"))
        #expect(text.hasSuffix("## Score\n\n3/3\n"))
    }

    @Test func escapeSequencesInTheFileNeverReachTheTerminal() throws {
        let scratch = Scratch()
        let path = scratch.copy("control-chars.md")
        let session = try TmuxSession([path], recordOutput: true)
        try session.waitFor("Design ␛[31mred␛[0m")
        try session.press("q")
        #expect(try session.waitForExit() == 0)
        // The terminal is given back at the end: the main screen and the cursor.
        let output = try session.output(through: "\u{1B}[?1049l")
        #expect(output.range(of: Data("\u{1B}[31mred".utf8)) == nil)
        #expect(output.range(of: Data("\u{07}".utf8)) == nil)
        #expect(output.range(of: Data("\u{202E}".utf8)) == nil)
        #expect(output.range(of: Data("␛[31mred".utf8)) != nil)
    }

    @Test func startsFromTheBuiltInFrameworkAndCreatesTheFile() throws {
        let scratch = Scratch()
        let session = try TmuxSession([], in: scratch.url)
        try session.waitFor("Score  0/35")
        #expect(try session.screen().split(separator: "\n").contains { $0.contains("Score") && $0.hasSuffix(" new") })
        try session.press("2", "s")
        try session.waitFor("Saved to rubric.md")
        try session.press("q")
        #expect(try session.waitForExit() == 0)
        let text = String(decoding: contents(scratch.path("rubric.md")), as: UTF8.self)
        #expect(text.contains("2. <mark>Explains the architecture of the wider system"))
        #expect(text.hasSuffix("## Score\n\n2/35\n"))
    }

    @Test func helpOverlay() throws {
        let scratch = Scratch()
        let session = try TmuxSession([scratch.copy("technical.md")])
        try session.waitFor("Score 15/35")
        try session.press("?")
        try session.waitFor("Keys")
        try session.press("End")
        try session.waitFor("q Ctrl-C   quit (asks first when there are unsaved changes)")
        try session.press("x")
        try session.waitFor("? help")
        try session.press("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test func hangUpKeepsUnsavedWorkBesideTheFile() throws {
        let scratch = Scratch()
        let (path, session) = try TmuxSession.openExample(in: scratch, recordOutput: true)
        try session.press("4")
        try session.waitFor("Score 17/35")
        kill(try session.pid(), SIGHUP)
        #expect(try session.waitForExit() == 128 + SIGHUP)
        #expect(contents(path) == fixtureBytes("technical.md"))
        let rescued = String(decoding: contents(path + ".save"), as: UTF8.self)
        #expect(rescued.contains("4. <mark>Actively contributes towards creating"))
        #expect(rescued.hasSuffix("17/35"))
        // The terminal is given back: the log ends with the main screen restored.
        #expect(!(try session.output(through: "\u{1B}[?1049l")).isEmpty)
    }

    @Test func aCrashRestoresTheTerminal() throws {
        let scratch = Scratch()
        let session = try TmuxSession([scratch.copy("technical.md")], recordOutput: true)
        try session.waitFor("Score 15/35")
        kill(try session.pid(), SIGSEGV)
        #expect(try session.waitForExit() == 128 + SIGSEGV)
        // The terminal is given back: the log ends with the main screen restored.
        #expect(!(try session.output(through: "\u{1B}[?1049l")).isEmpty)
    }

    @Test func refusesWithoutATerminal() throws {
        let scratch = Scratch()
        let result = try runRubric([scratch.copy("technical.md")])
        #expect(result.status == 2)
        #expect(result.stderr.contains("needs a terminal"))
    }
}
