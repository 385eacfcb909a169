import Foundation
import Testing

/// The other layouts in the editor, end to end: open a table and a headings ladder, mark,
/// save, and compare the file's bytes with what the format says a save writes.
@Suite("Layouts in a terminal", .serialized)
struct LayoutsEndToEndTests {
    @Test func markAndSaveATable() throws {
        let scratch = Scratch()
        let path = scratch.copy("table-crlf-bom.md")
        let session = try TmuxSession([path])
        try session.waitFor("Score 2/9")
        let screen = try session.waitFor("Mid")
        #expect(screen.contains("reviews | pairs") && screen.contains("Code 2/3"), "\(screen)")
        // Code to Senior; Ops to Junior; Short's level 2 has no cell and is refused.
        try session.press("3", "Right", "1", "Right", "2")
        try session.waitFor("Short has no level 2 in this file to mark")
        try session.press("s")
        try session.waitFor("Saved to")
        try session.press("q")
        #expect(try session.waitForExit() == 0)
        let expected = String(decoding: fixtureBytes("table-crlf-bom.md"), as: UTF8.self)
            .replacingOccurrences(of: "| <mark>reviews \\| pairs</mark> |   designs   |", with: "| reviews \\| pairs |   <mark>designs</mark>   |")
            .replacingOccurrences(of: "| Ops | runs |", with: "| Ops | <mark>runs</mark> |")
            .replacingOccurrences(of: "2/9", with: "4/9")
        #expect(contents(path) == Data(expected.utf8))
    }

    @Test func markAndSaveAHeadingsLadder() throws {
        let scratch = Scratch()
        let path = scratch.copy("headings.md")
        let session = try TmuxSession([path])
        try session.waitFor("Support Engineer I")
        try session.press("3", "Right", "Right", "0", "s")
        try session.waitFor("Saved to")
        try session.press("q")
        #expect(try session.waitForExit() == 0)
        let expected = String(decoding: fixtureBytes("headings.md"), as: UTF8.self)
            .replacingOccurrences(of: "**Empathy**: teaches others to handle escalations.", with: "<mark>**Empathy**: teaches others to handle escalations.</mark>")
            .replacingOccurrences(of: "- Knowledge: <mark>keeps articles up to date.</mark>", with: "- Knowledge: keeps articles up to date.")
            + "\n## Score\n\n4/9\n"
        #expect(contents(path) == Data(expected.utf8))
    }
}
