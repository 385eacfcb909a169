import Foundation
import Testing

/// The overview, search and the mouse in a real terminal: keys and SGR mouse reports in,
/// the file's bytes out.
@Suite("Overview, search and mouse in a terminal")
struct ScreensEndToEndTests {
    /// The example's bytes with one area's mark moved from `from` to `to`.
    private func expected(moving area: String, from: Int, to: Int, total: String) throws -> String {
        var text = String(decoding: fixtureBytes("technical.md"), as: UTF8.self)
        let section = try #require(text.range(of: "## \(area)\n"))
        let rest = text[section.upperBound...]
        let levels = rest.components(separatedBy: "\n").prefix { !$0.hasPrefix("## ") }
        let old = try #require(levels.first { $0.hasPrefix("\(from). <mark>") })
        let oldTarget = try #require(levels.first { $0.hasPrefix("\(to). ") })
        let unmarked = old.replacingOccurrences(of: "<mark>", with: "").replacingOccurrences(of: "</mark>", with: "")
        let marked = "\(to). <mark>" + oldTarget.dropFirst("\(to). ".count) + "</mark>"
        text = text.replacingOccurrences(of: old, with: unmarked).replacingOccurrences(of: oldTarget, with: marked)
        return text.replacingOccurrences(of: "15/35", with: total)
    }

    @Test func clicksOpenATabAndToggleAMark() throws {
        let scratch = Scratch()
        let path = scratch.copy("technical.md")
        // xterm-256color's terminfo asks for SGR mouse reports (kmous=\E[<).
        let session = try TmuxSession([path], environment: ["TERM": "xterm-256color"])
        try session.waitFor("Score 15/35")
        let tabs = try session.screen().split(separator: "\n", omittingEmptySubsequences: false)[1]
        let column = try #require(tabs.range(of: "Operations")).lowerBound.utf16Offset(in: tabs)
        try session.click(x: column + 2, y: 1)
        try session.waitFor("Creates alerts and dashboards")
        let rows = try session.screen().split(separator: "\n", omittingEmptySubsequences: false)
        let row = try #require(rows.firstIndex { $0.hasPrefix(" 4 ○") })
        try session.click(x: 3, y: row)
        try session.waitFor("Score 17/35")
        try session.press("s")
        try session.waitFor("Saved to")
        try session.press("q")
        #expect(try session.waitForExit() == 0)
        #expect(String(decoding: contents(path), as: UTF8.self) == (try expected(moving: "Operations", from: 2, to: 4, total: "17/35")))
    }

    /// Keys this terminal codes otherwise than its terminfo says (tmux sends End as ESC [ 4 ~
    /// where xterm-256color's terminfo has ESC O F) are dropped whole, never read as Esc (quit)
    /// and then letters or digits (a mark).
    @Test func unknownKeySequencesDoNothing() throws {
        let scratch = Scratch()
        let path = scratch.copy("technical.md")
        let session = try TmuxSession([path], environment: ["TERM": "xterm-256color"])
        try session.waitFor("Score 15/35")
        try session.press("o")
        try session.waitFor("▌  Architecture")
        for (index, sequence) in ["\u{1b}[4~", "\u{1b}[25~", "\u{1b}[1;2P", "\u{1b}Ox", "\u{1b}4"].enumerated() {
            // Each followed by a move, which shows the program is still there and in the overview.
            try session.send(bytes: sequence)
            try session.press(index.isMultiple(of: 2) ? "j" : "k")
            try session.waitFor(index.isMultiple(of: 2) ? "▌  Engineering" : "▌  Architecture")
            #expect(try session.screen().contains("Score 15/35"), "\(sequence.debugDescription)")
        }
        try session.press("q")
        #expect(try session.waitForExit() == 0)
        #expect(contents(path) == fixtureBytes("technical.md"))
    }

    @Test func noMouseLeavesTheTerminalsSelectionAlone() throws {
        let scratch = Scratch()
        let path = scratch.copy("technical.md")
        for (arguments, environment, asked) in [([path], [:], true), ([path, "--no-mouse"], [:], false), ([path], ["RUBRIC_NO_MOUSE": "1"], false)] {
            let session = try TmuxSession(arguments, recordOutput: true, environment: ["TERM": "xterm-256color"].merging(environment) { $1 })
            try session.waitFor("Score 15/35")
            try session.press("q")
            #expect(try session.waitForExit() == 0)
            let output = String(decoding: try session.output(through: "\u{1b}[?1049l"), as: UTF8.self)
            // Mouse reporting on (1000) with SGR reports (1006), and off again at the end.
            #expect(output.contains("\u{1b}[?1006;1000h") == asked, "\(arguments) \(environment)")
            #expect(output.contains("\u{1b}[?1006;1000l") == asked)
        }
    }
}
