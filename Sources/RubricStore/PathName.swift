/// Paths as messages show them.
public enum PathName {
    /// The last component: `people/ana.md` is `ana.md`.
    public static func base(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// The folder part: `people/ana.md` is `people`, `ana.md` is `.`, `/ana.md` is `/`.
    public static func folder(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
