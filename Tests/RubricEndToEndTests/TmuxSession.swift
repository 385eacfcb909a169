import Foundation
import Testing

/// The real binary in a real pseudo-terminal: a private tmux server running one pane.
///
/// Tests type with `send-keys`, read the screen with `capture-pane`, and wait by polling
/// for what they expect to see, never by sleeping a fixed time.
final class TmuxSession {
    let socket = "rubric-test-\(UUID().uuidString.prefix(8))"
    let outputLog: URL?
    /// The shell that runs the program writes its exit status here (128 + N for signal N):
    /// tmux sometimes reports a dead pane without a status.
    let statusFile = FileManager.default.temporaryDirectory.appendingPathComponent("rubric-status-\(UUID().uuidString)")

    /// Starts `rubric arguments` in a `width`×`height` pane in `folder`. With `recordOutput`,
    /// every byte the program writes to the terminal is logged (the program waits for a
    /// first key, so the log starts before its first byte).
    /// With `user`, the program runs as that user and group (the tests must be root).
    convenience init(_ arguments: [String], width: Int = 80, height: Int = 24, in folder: URL? = nil, recordOutput: Bool = false,
                     environment: [String: String] = [:], user: UInt32? = nil) throws {
        let asUser = user.map { ["/usr/bin/setpriv", "--reuid=\($0)", "--regid=\($0)", "--clear-groups"] } ?? []
        let quoted = (asUser + [rubricBinary.path] + arguments).map(Self.shellQuote).joined(separator: " ")
        let settings = (Self.baseEnvironment.merging(environment) { $1 })
            .map { Self.shellQuote("\($0.key)=\($0.value)") }.sorted().joined(separator: " ")
        let log = recordOutput ? FileManager.default.temporaryDirectory.appendingPathComponent("rubric-output-\(UUID().uuidString)") : nil
        try self.init(width: width, height: height, folder: folder, outputLog: log) { statusFile in
            "\(recordOutput ? "read _gate; " : "")env -u NO_COLOR -u RUBRIC_THEME \(settings) \(quoted); echo $? > \(Self.shellQuote(statusFile.path))"
        }
    }

    /// A pane running an interactive shell instead, for job control (Ctrl-Z, `fg`).
    static func shell(width: Int, height: Int) throws -> TmuxSession {
        let settings = (Self.baseEnvironment.merging(["PS1": "$ "]) { $1 }).map { Self.shellQuote("\($0.key)=\($0.value)") }.sorted()
        return try TmuxSession(width: width, height: height, folder: nil, outputLog: nil) { _ in
            "env -u NO_COLOR -u RUBRIC_THEME \(settings.joined(separator: " ")) bash --norc --noprofile -i"
        }
    }

    static let baseEnvironment = ["TERM": "screen-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]

    private init(width: Int, height: Int, folder: URL?, outputLog: URL?, command: (URL) -> String) throws {
        self.outputLog = outputLog
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)",
                  "-c", folder?.path ?? FileManager.default.currentDirectoryPath, "sh", "-c", command(statusFile)])
        try tmux(["set-option", "-t", "main", "remain-on-exit", "on"])
        if let outputLog {
            try tmux(["pipe-pane", "-t", "main", "-o", "cat >> \(Self.shellQuote(outputLog.path))"])
            try tmux(["send-keys", "-t", "main", "Enter"])
        }
    }

    deinit {
        _ = try? tmux(["kill-server"])
        if let outputLog { try? FileManager.default.removeItem(at: outputLog) }
        try? FileManager.default.removeItem(at: statusFile)
    }

    /// Presses keys, in tmux's names ("Down", "Space", "C-s") or as literal text.
    func press(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", "main", key]) }
    }

    /// Writes bytes to the program as the terminal would (mouse reports, for one).
    func send(bytes text: String) throws {
        try tmux(["send-keys", "-t", "main", "-H"] + text.utf8.map { String($0, radix: 16) })
    }

    /// A left click at a cell (0-based), as an SGR mouse report: press, then release.
    func click(x: Int, y: Int) throws {
        try send(bytes: "\u{1b}[<0;\(x + 1);\(y + 1)M\u{1b}[<0;\(x + 1);\(y + 1)m")
    }

    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "main"]) }

    /// The screen with its attributes as SGR sequences, trailing blanks kept.
    func screenWithAttributes() throws -> String { try tmux(["capture-pane", "-p", "-e", "-N", "-t", "main"]) }

    /// Waits until the screen shows `text`; fails the test with the screen if it never does.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try poll(timeout: timeout, sourceLocation: sourceLocation, what: "'\(text)' on screen") {
            let shown = try screen()
            return shown.contains(text) ? shown : nil
        }
    }

    /// Waits for the program to end and returns its exit status (128 + N for signal N).
    @discardableResult
    func waitForExit(timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) throws -> Int32 {
        try poll(timeout: timeout, sourceLocation: sourceLocation, what: "the program to exit") {
            let text = (try? String(contentsOf: statusFile, encoding: .utf8)) ?? ""
            return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Closes the terminal under the program, as closing a terminal window does: tmux
    /// closes the pane's pseudo-terminal and hangs up its processes.
    func closeTerminal() throws {
        try tmux(["kill-session", "-t", "main"])
    }

    /// The program's process id: the child of the pane's shell.
    func pid() throws -> Int32 {
        let shell = try tmux(["display-message", "-p", "-t", "main", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        return Int32(children.split(separator: " ").first ?? "")!
    }

    /// Everything written to the terminal so far.
    func output() -> Data { outputLog.flatMap { try? Data(contentsOf: $0) } ?? Data() }

    /// Everything written to the terminal, once the log holds `last`: tmux copies the pane's
    /// output to the log as it comes, so the bytes written on the way out may follow the exit.
    func output(through last: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Data {
        try poll(timeout: 5, sourceLocation: sourceLocation, what: "the log to hold what was written last") {
            let output = output()
            return output.range(of: Data(last.utf8)) != nil ? output : nil
        }
    }

    func poll<T>(timeout: Double, sourceLocation: SourceLocation, what: String, _ check: () throws -> T?) throws -> T {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let value = try check() { return value }
            usleep(20_000)
        }
        let shown = (try? screen()) ?? "(no screen)"
        Issue.record("timed out waiting for \(what); the screen was:\n\(shown)", sourceLocation: sourceLocation)
        throw TimedOut()
    }

    struct TimedOut: Error {}

    /// Presses a key that changes the screen (a move) and returns the frame it drew: the
    /// screen once it differs from `previous` and has stopped changing (the same on two
    /// looks in a row, so a frame still being written is never taken for the whole).
    func frame(after key: String, from previous: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try press(key)
        var last: String?
        return try poll(timeout: 5, sourceLocation: sourceLocation, what: "the frame after \(key)") {
            let now = try screen()
            defer { last = now }
            return now != previous && now == last ? now : nil
        }
    }

    /// Presses Ctrl-L and returns the screen once the program has cleared it (`clear` is
    /// ESC [ H ESC [ J here) and written the whole frame again: its output stops growing.
    /// Needs `recordOutput`.
    func redrawn(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let clear = Data("\u{1B}[H\u{1B}[J".utf8)
        func clears() -> Int { output().ranges(of: clear).count }
        let before = clears()
        try press("C-l")
        var lastLength = -1
        return try poll(timeout: 5, sourceLocation: sourceLocation, what: "a redraw") {
            let length = output().count
            defer { lastLength = length }
            return clears() > before && length == lastLength ? try screen() : nil
        }
    }

    /// Runs a tmux command and returns what it printed.
    ///
    /// Spawned by hand rather than with Foundation's Process, for two reasons: a test
    /// runner blocks most signals and a child inherits that mask (a tmux server with SIGCHLD
    /// blocked never sees its pane exit, and one with SIGTERM blocked can't be stopped), and
    /// the server that `new-session` starts must not inherit the test process's other
    /// descriptors, or the pipes of other tests never close.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let closeInherited = #"for fd in /proc/$$/fd/*; do fd=${fd##*/}; [ "$fd" -gt 2 ] && eval "exec $fd>&-"; done; exec tmux "$@""#
        let argv = ["/bin/bash", "-c", closeInherited, "tmux", "-L", socket, "-u"] + arguments
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw SpawnFailed() }
        fds.forEach { _ = fcntl($0, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (cArguments + cEnvironment).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/bash", &actions, &attributes, cArguments, cEnvironment)
        close(fds[1])
        defer { close(fds[0]) }
        guard spawned == 0 else { throw SpawnFailed() }
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(fds[0], &buffer, buffer.count)
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            output += buffer[0..<count]
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return String(decoding: output, as: UTF8.self)
    }

    struct SpawnFailed: Error {}

    static func shellQuote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}

extension TmuxSession {
    /// The editor on a copy of the example rubric in `scratch`, once its first frame is up.
    static func openExample(in scratch: Scratch, recordOutput: Bool = false) throws -> (path: String, session: TmuxSession) {
        let path = scratch.copy("technical.md")
        let session = try TmuxSession([path], recordOutput: recordOutput)
        try session.waitFor("Score 15/35")
        return (path, session)
    }
}
