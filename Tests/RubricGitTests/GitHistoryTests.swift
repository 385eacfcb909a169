import Foundation
import RubricCore
import RubricGit
import RubricStore
import Testing

/// The revisions read have the marks of the bytes git holds, commit by commit, through
/// renames and merges.
@Suite("Reading a file's history from git")
struct GitHistoryTests {
    private let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rubric-git-\(UUID().uuidString)")

    @discardableResult
    private func git(_ arguments: String...) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = ["-c", "user.name=Ana", "-c", "user.email=ana@example.com", "-c", "core.autocrlf=false"] + arguments
        process.currentDirectoryURL = folder
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments)")
        return [UInt8](data)
    }

    private func commit(_ bytes: [UInt8], as name: String = "rubric.md", _ message: String) throws {
        try Data(bytes).write(to: folder.appendingPathComponent(name))
        try git("add", name)
        try git("commit", "-qm", message)
    }

    /// Edits of every kind a patch can hold: marks moved, lines added and removed at the
    /// start, the middle and the end, the final newline dropped and restored, CRLF lines,
    /// and a rename.
    @Test func everyRevisionIsTheBytesGitHolds() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try git("init", "-q")
        var text = fixture("technical.md")
        try commit(text, "first")
        let rubric = try Rubric(bytes: text)
        text = try rubric.bytes(settingArea: 2, to: 4)
        try commit(text, "mark")
        text = Array("Intro line\n\n".utf8) + text
        try commit(text, "a line at the start")
        text = Array(text.dropLast(40))
        try commit(text, "the end cut, no final newline")
        text += Array("\n".utf8)
        try commit(text, "the final newline back")
        text = Array(String(decoding: text, as: UTF8.self).replacingOccurrences(of: "## Storage\n", with: "## Storage\r\nA note.\r\n").utf8)
        try commit(text, "CRLF lines in the middle")
        try git("mv", "rubric.md", "ana.md")
        try git("commit", "-qm", "renamed")
        text = Array(String(decoding: text, as: UTF8.self).replacingOccurrences(of: "Intro line\n\n", with: "").utf8)
        try commit(text, as: "ana.md", "the intro gone")
        let history = try GitHistory.read(folder.appendingPathComponent("ana.md").path)
        // Read from the patches: a commit that only moved a mark is known by its marks alone.
        #expect(history.revisions.contains { $0.known != nil })
        #expect(history.revisions.map(\.subject) == ["the intro gone", "renamed", "CRLF lines in the middle", "the final newline back",
                                                     "the end cut, no final newline", "a line at the start", "mark", "first"])
        for revision in history.revisions {
            let path = revision.subject == "the intro gone" || revision.subject == "renamed" ? "ana.md" : "rubric.md"
            let held = try git("show", "\(revision.commit):\(path)")
            // Read from patches: the marks are known, and they are the marks of the bytes git holds.
            let levels = try revision.known.map(\.levels) ?? Rubric(bytes: revision.bytes ?? []).currentLevels
            #expect(levels == (try Rubric(bytes: held)).currentLevels, "\(revision.subject)")
        }
    }

    /// Commits of two branches interleave in the log, and the merge is listed too.
    @Test func aMergeOfTwoChangedBranches() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try git("init", "-q", "-b", "main")
        let first = fixture("technical.md")
        try commit(first, "first")
        let rubric = try Rubric(bytes: first)
        try git("checkout", "-q", "-b", "side")
        try commit(try rubric.bytes(settingArea: 0, to: 3), "side")
        try git("checkout", "-q", "main")
        try commit(try rubric.bytes(settingArea: 6, to: 4), "main")
        try git("merge", "-q", "--no-edit", "-X", "ours", "side")
        let history = try GitHistory.read(folder.appendingPathComponent("rubric.md").path)
        #expect(history.revisions.count == 4 && history.revisions[0].parents.count == 2 && history.revisions.allSatisfy { $0.known == nil && $0.bytes != nil })
        for revision in history.revisions {
            #expect(revision.bytes == (try git("show", "\(revision.commit):rubric.md")), "\(revision.subject)")
        }
    }
}
