#if canImport(Glibc)
import Glibc
#endif

/// Environment variables, looked up one name at a time.
///
/// The process's own are read with `getenv` when asked for: copying the whole environment into
/// a dictionary at start cost a tenth of a millisecond of the editor's first frame. Tests
/// write one as a dictionary literal.
public struct Environment: Sendable, ExpressibleByDictionaryLiteral {
    private let lookup: @Sendable (String) -> String?

    public init(_ lookup: @escaping @Sendable (String) -> String?) {
        self.lookup = lookup
    }

    public init(dictionaryLiteral elements: (String, String)...) {
        let values = Dictionary(elements, uniquingKeysWith: { _, last in last })
        lookup = { values[$0] }
    }

    /// This process's environment.
    public static let process = Environment { name in getenv(name).map { String(cString: $0) } }

    public subscript(name: String) -> String? { lookup(name) }
}
