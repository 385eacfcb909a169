import RubricCore
import RubricGit
import RubricStore

#if canImport(Glibc)
import Glibc
#endif

/// The person's own editor, run on a text as git runs it on a commit message: `$VISUAL`,
/// else `$EDITOR`, else `vi`, through the shell so that `code --wait` works; the text in a
/// temporary file, read back when the editor exits with status 0.
enum ExternalEditor {
    enum Failure: Error, CustomStringConvertible {
        case cannotStart(String)
        case exited(String, status: Int32)
        case file(String)

        var description: String {
            switch self {
            case .cannotStart(let editor): "the editor could not be started (\(editor))"
            case .exited(let editor, let status) where status == 127: "the editor was not found (\(editor))"
            case .exited(let editor, let status): "the editor exited with status \(status) (\(editor))"
            case .file(let reason): "the text could not go through a temporary file (\(reason))"
            }
        }
    }

    /// The command that edits, from the environment.
    static var command: String {
        for name in ["VISUAL", "EDITOR"] {
            if let value = getenv(name).map({ String(cString: $0) }), !value.allSatisfy({ $0 == " " }) { return value }
        }
        return "vi"
    }

    /// `text` as the editor leaves it. The terminal must be the editor's meanwhile.
    static func edit(_ text: String) throws(Failure) -> String {
        let folder = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        var template = Array("\(folder)/rubric-evidence-XXXXXX.md".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 3) }
        guard fd >= 0 else { throw .file(String(cString: strerror(errno))) }
        let path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        defer { unlink(path) }
        let bytes = Array((text.isEmpty ? "" : text + "\n").utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == bytes.count else { throw .file(String(cString: strerror(errno))) }
        let editor = command
        let status = run(["/bin/sh", "-c", "\(editor) \"$1\"", "sh", path])
        guard let status else { throw .cannotStart(editor) }
        guard status == 0 else { throw .exited(editor, status: status) }
        guard let bytes = try? LoadedFile.read(path).bytes, let result = String(validating: bytes, as: UTF8.self) else {
            throw .file("it could not be read back")
        }
        return result
    }

    /// Runs a program on this process's terminal and waits for it: its exit status (128 and
    /// the signal when a signal ended it), nil when it could not start. Ctrl-C and Ctrl-\ are
    /// the editor's meanwhile, as git leaves them: this process ignores them until it exits.
    private static func run(_ argv: [String]) -> Int32? {
        let interrupt = signal(SIGINT, SIG_IGN), quit = signal(SIGQUIT, SIG_IGN)
        defer { signal(SIGINT, interrupt); signal(SIGQUIT, quit) }
        guard let pid = try? Subprocess.spawn(argv) else { return nil }
        return Subprocess.wait(for: pid)
    }

}
