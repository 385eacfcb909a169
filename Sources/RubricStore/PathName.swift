/// Paths as messages show them.
public enum PathName {
    /// The last component: `people/ana.md` is `ana.md`.
    public static func base(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
