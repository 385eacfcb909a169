import ShippedFramework

/// The framework a new rubric starts from: seven areas of five levels each, unmarked, in
/// words any engineering organisation can start from and edit. The markdown is
/// `Sources/ShippedFramework/default.md`, compiled in so that `rubric init` and a first run
/// need no file. `rubric check` finds nothing in it (a test says so).
public enum DefaultFramework {
    public static let fileName = "rubric.md"

    public static var bytes: [UInt8] { Array(markdown.utf8) }

    static var markdown: String { ShippedFramework.sources.first { $0.name == "default" }?.text ?? "" }
}
