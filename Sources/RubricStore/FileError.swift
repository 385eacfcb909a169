#if canImport(Glibc)
import Glibc
#endif

/// Why a file could not be read or written, in words a person can act on.
public enum FileError: Error, Equatable, Sendable, CustomStringConvertible {
    case system(operation: String, code: Int32)
    case isDirectory
    case notRegularFile(kind: String)
    case changedOnDisk
    case alreadyExists
    case readOnly

    public var description: String {
        switch self {
        case .system(let operation, let code):
            return "\(operation): \(Self.words(for: code))"
        case .isDirectory:
            return "is a directory, not a file"
        case .notRegularFile(let kind):
            return "is \(kind), not a regular file"
        case .changedOnDisk:
            return "the file changed on disk since it was opened"
        case .alreadyExists:
            return "already exists; not overwriting it"
        case .readOnly:
            return "is read-only"
        }
    }

    /// The C library's message for an error number, in lower case ("no space left on device").
    static func words(for code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        let message = String(cString: text)
        return message.prefix(1).lowercased() + message.dropFirst()
    }

    static func lastError(_ operation: String) -> FileError { .system(operation: operation, code: errno) }
}
