#if canImport(Glibc)
import Glibc
#endif

/// Runs a program found on PATH with an argument list (never a shell, so nothing in an
/// argument is ever interpreted), feeding it `input` and collecting what it writes.
///
/// Standard input, output and error are pipes served together with poll, so a program that
/// writes a lot before reading all its input (`git cat-file --batch`) never deadlocks.
public enum Subprocess {
    public struct Result: Sendable {
        public let status: Int32
        public let output: [UInt8]
        public let errorOutput: [UInt8]
        /// The first line of standard error, for a message.
        public var firstErrorLine: String {
            String(decoding: errorOutput, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? "exit status \(status)"
        }
    }

    public enum Failure: Error, Equatable, Sendable {
        /// The program is not on PATH.
        case notFound(String)
        case cannotStart(String, code: Int32)
    }

    /// Runs `program` with `arguments` in the current folder. With `reading`, standard
    /// output goes to it piece by piece as it arrives (and `Result.output` is empty), so the
    /// caller can work while the program is still writing.
    public static func run(_ program: String, _ arguments: [String], input: [UInt8] = [],
                           reading: ((ArraySlice<UInt8>) -> Void)? = nil) throws(Failure) -> Result {
        var toChild: [Int32] = [0, 0], fromChild: [Int32] = [0, 0], errorsFromChild: [Int32] = [0, 0]
        guard pipe(&toChild) == 0 else { throw .cannotStart(program, code: errno) }
        guard pipe(&fromChild) == 0 else {
            toChild.forEach { close($0) }
            throw .cannotStart(program, code: errno)
        }
        guard pipe(&errorsFromChild) == 0 else {
            (toChild + fromChild).forEach { close($0) }
            throw .cannotStart(program, code: errno)
        }
        // None leaks into another program started meanwhile (the child's copies are dup2'd).
        for fd in toChild + fromChild + errorsFromChild { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errorsFromChild[1], 2)
        for fd in toChild + fromChild + errorsFromChild { posix_spawn_file_actions_addclose(&actions, fd) }
        let pid: pid_t
        do {
            defer { close(toChild[0]); close(fromChild[1]); close(errorsFromChild[1]) }
            pid = try spawn([program] + arguments, actions: &actions)
        } catch {
            close(toChild[1]); close(fromChild[0]); close(errorsFromChild[0])
            throw error
        }
        let (output, errorOutput) = exchange(input, to: toChild[1], from: fromChild[0], errors: errorsFromChild[0], reading: reading)
        return Result(status: wait(for: pid), output: output, errorOutput: errorOutput)
    }

    /// Starts a program found on PATH with default signal handling and nothing blocked,
    /// whatever this process (a terminal program, a test runner) has set: its pid. Without
    /// `actions` it shares this process's standard input and output (the terminal, for an
    /// editor).
    public static func spawn(_ argv: [String], actions: UnsafePointer<posix_spawn_file_actions_t>? = nil) throws(Failure) -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let arguments = argv.map { strdup($0) } + [nil]
        defer { arguments.forEach { free($0) } }
        var pid: pid_t = 0
        let code = posix_spawnp(&pid, argv[0], actions, &attributes, arguments, environ)
        guard code == 0 else { throw code == ENOENT ? .notFound(argv[0]) : .cannotStart(argv[0], code: code) }
        return pid
    }

    /// Waits for a child: its exit status, or 128 and the signal that ended it, as shells say.
    public static func wait(for pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// Writes `input` and reads both outputs until the child closes them.
    private static func exchange(_ input: [UInt8], to stdin: Int32, from stdout: Int32, errors stderr: Int32,
                                 reading: ((ArraySlice<UInt8>) -> Void)?) -> ([UInt8], [UInt8]) {
        var output: [UInt8] = [], errorOutput: [UInt8] = [], written = 0
        output.reserveCapacity(1 << 20)
        var writing: Int32? = stdin
        // Writes take what the pipe has room for, so reading the outputs never waits on them.
        _ = fcntl(stdin, F_SETFL, fcntl(stdin, F_GETFL) | O_NONBLOCK)
        if input.isEmpty { close(stdin); writing = nil }
        // A child that exits before reading all its input must not kill this process. Set
        // for good rather than for the call, as calls may run at once on several threads.
        signal(SIGPIPE, SIG_IGN)
        var open: Set<Int32> = [stdout, stderr]
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while !open.isEmpty || writing != nil {
            var waits = open.sorted().map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            if let writing { waits.append(pollfd(fd: writing, events: Int16(POLLOUT), revents: 0)) }
            guard poll(&waits, nfds_t(waits.count), -1) >= 0 || errno == EINTR else {
                (Array(open) + (writing.map { [$0] } ?? [])).forEach { close($0) }
                break
            }
            for wait in waits where wait.revents != 0 {
                if wait.fd == writing {
                    let count = input.withUnsafeBytes { write(wait.fd, $0.baseAddress! + written, min(1 << 16, $0.count - written)) }
                    if count > 0 { written += count }
                    if count < 0 && errno != EINTR && errno != EAGAIN || written == input.count {
                        close(wait.fd)
                        writing = nil
                    }
                } else {
                    let count = chunk.withUnsafeMutableBytes { read(wait.fd, $0.baseAddress, $0.count) }
                    if count > 0 {
                        if wait.fd != stdout {
                            errorOutput += chunk[0..<count]
                        } else if let reading {
                            reading(chunk[0..<count])
                        } else {
                            output += chunk[0..<count]
                        }
                    } else if count == 0 || errno != EINTR {
                        close(wait.fd)
                        open.remove(wait.fd)
                    }
                }
            }
        }
        return (output, errorOutput)
    }
}
