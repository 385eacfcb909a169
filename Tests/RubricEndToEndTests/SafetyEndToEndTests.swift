import Foundation
import Testing

/// Nothing the person did is lost: someone else's edit, a hang-up, a stop.
@Suite("Keeping work safe in a terminal", .serialized)
struct SafetyEndToEndTests {
    let example = String(decoding: fixtureBytes("technical.md"), as: UTF8.self)

    @Test func changedOnDiskOffersOverwrite() throws {
        let scratch = Scratch()
        let (path, session) = try TmuxSession.openExample(in: scratch)
        try session.press("5")
        try session.waitFor("Score 18/35")
        let theirs = example.replacingOccurrences(of: "# Technical", with: "# Technical (edited)")
        try Data(theirs.utf8).write(to: URL(fileURLWithPath: path))
        try session.press("s")
        try session.waitFor("The file changed on disk. (o)verwrite it, (r)eload it, or (c)ancel?")
        #expect(contents(path) == Data(theirs.utf8))
        try session.press("c")
        try session.waitFor("● unsaved")
        try session.press("s")
        try session.waitFor("changed on disk")
        try session.press("o")
        try session.waitFor("Saved to")
        let saved = String(decoding: contents(path), as: UTF8.self)
        #expect(saved.hasPrefix("# Technical\n") && saved.contains("5. <mark>Actively researches") && saved.hasSuffix("18/35"))
        try session.press("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test func changedOnDiskOffersReload() throws {
        let scratch = Scratch()
        let (path, session) = try TmuxSession.openExample(in: scratch)
        try session.press("5")
        try session.waitFor("Score 18/35")
        let theirs = example.replacingOccurrences(of: "2. <mark>Articulates the logical, component and physical architecture of the distributed system their teams services contributes towards</mark>",
                                                  with: "2. Articulates the logical, component and physical architecture of the distributed system their teams services contributes towards")
        try Data(theirs.utf8).write(to: URL(fileURLWithPath: path))
        try session.press("C-s")
        try session.waitFor("changed on disk")
        try session.press("r")
        try session.waitFor("Reload and drop your unsaved changes? (y)es (n)o")
        try session.press("y")
        try session.waitFor("Reloaded from disk")
        try session.waitFor("Architecture 0/5")
        try session.press("q")
        #expect(try session.waitForExit() == 0)
        #expect(contents(path) == Data(theirs.utf8))
    }

    @Test func terminationKeepsWorkInTheNextFreeRescueName() throws {
        let scratch = Scratch()
        let path = scratch.copy("technical.md")
        try Data("older rescue".utf8).write(to: URL(fileURLWithPath: path + ".save"))
        // Older than the file, so not offered at start.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: path + ".save")
        let session = try TmuxSession([path], recordOutput: true)
        try session.waitFor("Score 15/35")
        try session.press("1")
        try session.waitFor("Score 14/35")
        kill(try session.pid(), SIGTERM)
        #expect(try session.waitForExit() == 128 + SIGTERM)
        #expect(contents(path) == fixtureBytes("technical.md"))
        #expect(contents(path + ".save") == Data("older rescue".utf8))
        #expect(String(decoding: contents(path + ".save.1"), as: UTF8.self).contains("1. <mark>Understands the logical"))
        // The terminal is given back: the log ends with the main screen restored.
        #expect(!(try session.output(through: "\u{1B}[?1049l")).isEmpty)
    }

    /// Closing the terminal sends the program more than one hang-up (the kernel's, and
    /// tmux's own): the rescue copy must still be written whole, every time.
    @Test func closingTheTerminalKeepsACompleteRescueCopyEveryTime() throws {
        let scratch = Scratch()
        let path = scratch.copy("technical.md")
        let expected = Data(example
            .replacingOccurrences(of: "2. <mark>Articulates the logical, component and physical architecture of the distributed system their teams services contributes towards</mark>",
                                  with: "2. Articulates the logical, component and physical architecture of the distributed system their teams services contributes towards")
            .replacingOccurrences(of: "4. Actively contributes towards creating and incrementally improving the architecture in line with the architectural goals",
                                  with: "4. <mark>Actively contributes towards creating and incrementally improving the architecture in line with the architectural goals</mark>")
            .replacingOccurrences(of: "\n15/35", with: "\n17/35").utf8)
        var wrong: [String] = []
        for attempt in 1...30 {
            unlink(path + ".save")
            let session = try TmuxSession([path])
            try session.waitFor("Score 15/35")
            let pid = try session.pid()
            try session.press("4")
            try session.waitFor("Score 17/35")
            try session.closeTerminal()
            try session.poll(timeout: 10, sourceLocation: #_sourceLocation, what: "the program to end") { hasEnded(pid) ? true : nil }
            let saved = contents(path + ".save")
            if saved != expected { wrong.append("attempt \(attempt): \(saved.count) of \(expected.count) bytes") }
        }
        #expect(wrong.isEmpty)
        #expect(contents(path) == fixtureBytes("technical.md"))
    }

    @Test(.enabled(if: geteuid() == 0, "needs root to act as two users"))
    func aReadOnlyFileThatCantBeWrittenOverSaysWhy() throws {
        // A user the system names (daemon, 1, in every Debian image), and one it doesn't.
        for (owner, name, folderMode, why) in [(1, "daemon", 0o755, "its folder is not writable"),
                                               (4321, "user 4321", 0o777, "writing over it would take it from user 4321")] {
            let scratch = Scratch()
            let path = scratch.copy("technical.md")
            chmod(scratch.url.path, mode_t(folderMode))
            chown(path, uid_t(owner), gid_t(owner))
            chmod(path, 0o444)
            let session = try TmuxSession([path], width: 120, user: nobody)
            try session.waitFor("Score 15/35")
            try session.press("1", "s")
            try session.waitFor("Not saved: technical.md is read-only (it belongs to \(name)) and \(why)")
            try session.press("q", "n")
            #expect(try session.waitForExit() == 0)
            #expect(contents(path) == fixtureBytes("technical.md"))
        }
    }

    @Test func aNewerRescueCopyIsOfferedAtStart() throws {
        let scratch = Scratch()
        let path = scratch.copy("technical.md")
        let rescued = example.replacingOccurrences(of: "5. Drives code quality best practice and innovation across ASOS",
                                                   with: "5. <mark>Drives code quality best practice and innovation across ASOS</mark>")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: path)
        try Data(rescued.utf8).write(to: URL(fileURLWithPath: path + ".save"))
        let session = try TmuxSession([path])
        try session.waitFor("Unsaved changes in technical.md.save (newer than the file): (o)pen (i)gnore")
        try session.press("o")
        try session.waitFor("Marks from technical.md.save loaded")
        try session.waitFor("Score 17/35")
        try session.press("s")
        // The file now holds the copy's marks: the copy has done its job and goes.
        try session.waitFor("Saved; removed technical.md.save, whose marks the file now holds")
        try session.press("q")
        #expect(try session.waitForExit() == 0)
        #expect(String(decoding: contents(path), as: UTF8.self).contains("5. <mark>Drives code quality best practice"))
        #expect(!FileManager.default.fileExists(atPath: path + ".save"))
    }

    @Test func suspendAndResume() throws {
        let scratch = Scratch()
        let path = scratch.copy("technical.md")
        let session = try TmuxSession.shell(width: 80, height: 24)
        try session.press("'\(rubricBinary.path)' '\(path)'", "Enter")
        try session.waitFor("Score 15/35")
        try session.press("4", "C-z")
        try session.waitFor("Stopped")
        try session.press("fg", "Enter")
        try session.waitFor("Score 17/35")
        try session.press("s")
        try session.waitFor("Saved to")
        try session.press("q")
        try session.waitFor("$ ")
        #expect(String(decoding: contents(path), as: UTF8.self).contains("4. <mark>Actively contributes"))
    }
}
