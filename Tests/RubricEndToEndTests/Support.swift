import Foundation
import Testing

/// The `rubric` executable that `swift test` built next to the test bundle, or the one named
/// by `RUBRIC_TEST_BINARY` (to run these tests against the static release build).
let rubricBinary: URL = {
    if let chosen = ProcessInfo.processInfo.environment["RUBRIC_TEST_BINARY"], !chosen.isEmpty {
        return URL(fileURLWithPath: chosen)
    }
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var folder = executable.deletingLastPathComponent()
    // Inside `rubricPackageTests.xctest/...` on some layouts; walk up to the products folder.
    while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("rubric").path), folder.path != "/" {
        folder.deleteLastPathComponent()
    }
    return folder.appendingPathComponent("rubric")
}()

/// The example rubrics, shared with the other test targets.
let fixturesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("RubricCoreTests/Fixtures")

func fixtureBytes(_ name: String) -> Data {
    try! Data(contentsOf: fixturesFolder.appendingPathComponent(name))
}

/// A fresh folder for one test, removed when the value goes away.
final class Scratch {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("rubric-test-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Copies a fixture in and returns its path.
    func copy(_ fixture: String, as name: String? = nil) -> String {
        let target = url.appendingPathComponent(name ?? fixture)
        try! fixtureBytes(fixture).write(to: target)
        return target.path
    }

    func write(_ bytes: [UInt8], as name: String) -> String {
        let target = url.appendingPathComponent(name)
        try! Data(bytes).write(to: target)
        return target.path
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

struct RunResult {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// Runs the real binary to completion; `environment`, when given, is its whole environment.
/// With `user`, it runs as that user and group (with setpriv; the tests must be root).
func runRubric(_ arguments: [String], in folder: URL? = nil, environment: [String: String]? = nil, user: UInt32? = nil) throws -> RunResult {
    let process = Process()
    process.executableURL = user == nil ? rubricBinary : URL(fileURLWithPath: "/usr/bin/setpriv")
    process.arguments = user.map { ["--reuid=\($0)", "--regid=\($0)", "--clear-groups", rubricBinary.path] + arguments } ?? arguments
    if let folder { process.currentDirectoryURL = folder }
    if let environment { process.environment = environment }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return RunResult(status: process.terminationStatus,
                     stdout: String(decoding: stdout, as: UTF8.self),
                     stderr: String(decoding: stderr, as: UTF8.self))
}

func contents(_ path: String) -> Data { (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data() }

/// Runs git in `folder` as a test's author, with `environment` added (dates, say), and
/// returns what it printed; a failure is recorded.
@discardableResult
func runGit(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
    process.arguments = ["-c", "user.name=Ana", "-c", "user.email=ana@example.com"] + arguments
    process.currentDirectoryURL = folder
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "git \(arguments)")
    return String(decoding: data, as: UTF8.self)
}

/// Whether a process has ended: gone, or a zombie that its parent (itself hung up on, so
/// the zombie waits for init) has not collected yet.
func hasEnded(_ pid: Int32) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
          let end = stat.lastIndex(of: ")") else { return true }
    return stat[stat.index(end, offsetBy: 2)...].hasPrefix("Z")
}

/// The user the tests act as when they need someone who is not root and owns nothing here.
let nobody: UInt32 = 65534
