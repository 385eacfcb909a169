/// Why a file can't be used as a rubric, or why a request against it can't be met.
///
/// Each case renders as one line that a person can act on; callers prefix the file name.
public enum RubricError: Error, Equatable, Sendable, CustomStringConvertible {
    case notUTF8(byteOffset: Int)
    case containsNUL(byteOffset: Int)
    case noAreas
    case areaNotFound(String, available: [String])
    case areaAmbiguous(String, candidates: [String])
    case levelOutOfRange(area: String, level: Int, max: Int)

    public var description: String {
        switch self {
        case .notUTF8(let offset):
            return "not UTF-8 text: invalid byte sequence at byte \(offset)"
        case .containsNUL(let offset):
            return "not a text file: NUL byte at byte \(offset)"
        case .noAreas:
            return "no areas: expected a '## ' heading followed by a numbered list"
        case .areaNotFound(let name, let available):
            return "no area matches '\(name)' (areas: \(available.joined(separator: ", ")))"
        case .areaAmbiguous(let name, let candidates):
            return "'\(name)' matches several areas: \(candidates.joined(separator: ", "))"
        case .levelOutOfRange(let area, let level, let max):
            return "level \(level) is out of range for '\(area)' (0 to \(max); 0 clears the mark)"
        }
    }
}
