import Foundation
import Testing
@testable import RubricStore

/// Saving a person's file: atomically, keeping what it is, and never half-written.
@Suite("Safe save", .serialized)
struct SafeSaveTests {
    let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rubric-save-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    func write(_ text: String, _ name: String) -> String {
        let path = folder.appendingPathComponent(name).path
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    func read(_ path: String) -> String { String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self) }

    /// Files in the folder other than the ones named: a leftover temporary file would show here.
    func strays(except names: Set<String>) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !names.contains($0) }
    }

    @Test func replaceKeepsModeAndLeavesNoTemporaryFile() throws {
        let path = write("old", "r.md")
        chmod(path, 0o604)
        let loaded = try LoadedFile.read(path)
        let saved = try SafeSave.replace(loaded, with: Array("new".utf8))
        #expect(read(path) == "new")
        #expect(saved.identity.mode & 0o7777 == 0o604)
        #expect(saved.identity.inode != loaded.identity.inode)  // a new file, renamed into place
        #expect(strays(except: ["r.md"]).isEmpty)
    }

    @Test func hardLinkedFilesAreWrittenInPlace() throws {
        let path = write("old", "a.md")
        let other = folder.appendingPathComponent("b.md").path
        #expect(link(path, other) == 0)
        let loaded = try LoadedFile.read(path)
        let saved = try SafeSave.replace(loaded, with: Array("new".utf8))
        #expect(read(other) == "new")
        #expect(saved.identity.inode == loaded.identity.inode && saved.identity.linkCount == 2)
        #expect(strays(except: ["a.md", "b.md"]).isEmpty)
    }

    @Test func changedOnDiskIsNotOverwritten() throws {
        let path = write("old", "c.md")
        let loaded = try LoadedFile.read(path)
        _ = write("someone else's", "c.md")
        #expect(throws: FileError.changedOnDisk) { try SafeSave.replace(loaded, with: Array("mine".utf8)) }
        #expect(read(path) == "someone else's")
        _ = try SafeSave.replace(loaded, with: Array("mine".utf8), allowing: .changedOnDisk)
        #expect(read(path) == "mine")
    }

    @Test func aMissingFolderIsAnErrorInWords() throws {
        let sub = folder.appendingPathComponent("gone")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        let path = sub.appendingPathComponent("d.md").path
        _ = FileManager.default.createFile(atPath: path, contents: Data("old".utf8))
        let loaded = try LoadedFile.read(path)
        try FileManager.default.removeItem(at: sub)
        #expect(throws: FileError.changedOnDisk) { try SafeSave.replace(loaded, with: Array("new".utf8)) }
        #expect {
            try SafeSave.replace(loaded, with: Array("new".utf8), allowing: .changedOnDisk)
        } throws: { "\($0)".contains("no such file or directory") }
    }

    @Test func createNeverReplaces() throws {
        let path = write("mine", "e.md")
        #expect(throws: FileError.alreadyExists) { try SafeSave.create(path, bytes: Array("new".utf8)) }
        #expect(read(path) == "mine")
        let fresh = folder.appendingPathComponent("f.md").path
        _ = try SafeSave.create(fresh, bytes: Array("new".utf8))
        #expect(read(fresh) == "new")
        #expect(strays(except: ["e.md", "f.md"]).isEmpty)
    }

    @Test func onlyRegularFilesAreRead() throws {
        #expect(throws: FileError.isDirectory) { try LoadedFile.read(folder.path) }
        let fifo = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(throws: FileError.notRegularFile(kind: "a FIFO")) { try LoadedFile.read(fifo) }
        #expect(throws: FileError.notRegularFile(kind: "a character device")) { try LoadedFile.read("/dev/null") }
    }

    /// A full disk, on a 64 KiB tmpfs (needs the right to mount, as root in CI has).
    @Test(.enabled(if: TinyDisk.canMount)) func aFullDiskLeavesTheOriginalUntouched() throws {
        let disk = try TinyDisk()
        defer { disk.unmount() }
        let path = disk.path + "/full.md"
        let original = String(repeating: "a", count: 20_000)
        _ = FileManager.default.createFile(atPath: path, contents: Data(original.utf8))
        _ = FileManager.default.createFile(atPath: disk.path + "/filler", contents: Data(count: 30_000))
        let loaded = try LoadedFile.read(path)
        #expect {
            try SafeSave.replace(loaded, with: Array(String(repeating: "b", count: 20_000).utf8))
        } throws: { "\($0)".contains("no space left on device") }
        #expect(read(path) == original)
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path).sorted() == ["filler", "full.md"])
    }

    @Test func aReadOnlyFileIsRefusedUnlessAllowedAndKeepsItsMode() throws {
        let path = write("old", "ro.md")
        chmod(path, 0o444)
        let loaded = try LoadedFile.read(path)
        #expect(throws: FileError.readOnly) { try SafeSave.replace(loaded, with: Array("new".utf8)) }
        #expect(read(path) == "old")
        _ = try SafeSave.replace(loaded, with: Array("new".utf8), allowing: .readOnly)
        #expect(read(path) == "new")
        var info = stat()
        stat(path, &info)
        #expect(info.st_mode & 0o7777 == 0o444)
        #expect(strays(except: ["ro.md"]).isEmpty)
    }

    @Test func theNewestRescueCopyIsPendingWithTheCount() throws {
        func age(_ path: String, _ seconds: Double) throws {
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -seconds)], ofItemAtPath: path)
        }
        let path = write("file", "p.md")
        try age(path, 300)
        #expect(RescueFile.pending(for: path) == nil)
        try age(write("a", "p.md.save"), 200)
        try age(write("b", "p.md.save.1"), 100)
        try age(write("c", "p.md.save.3"), 150)  // a gap in the names is fine
        #expect(RescueFile.pending(for: path) == RescueFile.Pending(fresh: [path + ".save.1", path + ".save.3", path + ".save"], stale: []))
        // Equal times: the later name, written after the earlier one.
        try age(path + ".save.3", 100)
        let tie = try #require(RescueFile.pending(for: path))
        #expect(tie.newest == path + ".save.3" || tie.newest == path + ".save.1")
        // Copies older than the file are not offered; with the file gone, they are.
        try age(path, 0)
        #expect(RescueFile.pending(for: path) == nil)
        unlink(path)
        #expect(RescueFile.pending(for: path)?.count == 3)
    }

    /// A copy cut short (empty, as older versions could leave) never hides an older whole one:
    /// the whole one is offered, and the others are what removing the rest would remove.
    @Test func theNewestReadableCopyIsOffered() throws {
        func age(_ path: String, _ seconds: Double) throws {
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -seconds)], ofItemAtPath: path)
        }
        let path = write("## A\n\n1. a\n2. b\n", "o.md")
        try age(path, 300)
        try age(write("## A\n\n1. a\n2. <mark>b</mark>\n", "o.md.save"), 100)
        try age(write("", "o.md.save.1"), 50)
        try age(write("## A\n\n1. <mark>a</mark>\n2. b\n", "o.md.save.2"), 400)
        let pending = try #require(RescueFile.pending(for: path))
        #expect(pending == RescueFile.Pending(fresh: [path + ".save.1", path + ".save"], stale: [path + ".save.2"]))
        let offered = RescueFile.offer(pending)
        #expect(offered.path == path + ".save" && (try? offered.content.get())?.total == 2)
        #expect(pending.others(than: offered.path) == [path + ".save.1", path + ".save.2"])
        // With nothing readable, the newest is said, with why.
        unlink(path + ".save")
        let unusable = RescueFile.offer(try #require(RescueFile.pending(for: path)))
        #expect(unusable.path == path + ".save.1")
        guard case .failure(.empty) = unusable.content else { Issue.record("\(unusable.content)"); return }
    }

    @Test func aRescueCopyGoesToTheFirstFreeNameWhole() throws {
        let path = write("file", "w.md")
        _ = write("older", "w.md.save")
        let writer = RescueWriter(for: path)
        let bytes = Array("marked document".utf8)
        #expect(bytes.withUnsafeBufferPointer { writer.write($0) })
        #expect(read(path + ".save") == "older")
        #expect(read(path + ".save.1") == "marked document")
        #expect(strays(except: ["w.md", "w.md.save", "w.md.save.1"]).isEmpty)
    }

    @Test(.enabled(if: TinyDisk.canMount, "needs to mount a tmpfs (root)"))
    func aRescueCopyThatDoesNotFitLeavesNothing() throws {
        let disk = try TinyDisk()
        defer { disk.unmount() }
        let path = disk.path + "/full.md"
        _ = FileManager.default.createFile(atPath: path, contents: Data("file".utf8))
        let bytes = [UInt8](repeating: 0x61, count: 100_000)
        #expect(!bytes.withUnsafeBufferPointer { RescueWriter(for: path).write($0) })
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path) == ["full.md"])
    }
}

/// A small tmpfs mounted for one test.
struct TinyDisk {
    let path: String

    static let canMount: Bool = {
        guard let disk = try? TinyDisk() else { return false }
        disk.unmount()
        return true
    }()

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("rubric-disk-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        guard mount("tmpfs", path, "tmpfs", 0, "size=64k") == 0 else {
            try? FileManager.default.removeItem(atPath: path)
            throw CocoaError(.fileWriteNoPermission)
        }
    }

    func unmount() {
        umount(path)
        try? FileManager.default.removeItem(atPath: path)
    }
}
