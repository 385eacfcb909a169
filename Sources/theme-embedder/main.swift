import Foundation

// Writes a Swift file holding each theme file's name and text:
// theme-embedder OUTPUT THEME.toml...
let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: theme-embedder OUTPUT THEME.toml...\n".utf8))
    exit(64)
}
var source = "// Generated from themes/ by the EmbedThemes plugin. Edit the theme files, not this.\n"
source += "extension ShippedThemes {\n    public static let sources: [(name: String, text: String)] = [\n"
for path in arguments.dropFirst() {
    let url = URL(fileURLWithPath: path)
    let text = try String(contentsOf: url, encoding: .utf8)
    let name = url.deletingPathExtension().lastPathComponent
    // A raw string with enough #s that no line of the theme can end it.
    var hashes = "#"
    while text.contains("\"" + hashes) { hashes += "#" }
    source += "        (\"\(name)\", \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)),\n"
}
source += "    ]\n}\n"
try source.write(to: URL(fileURLWithPath: output), atomically: true, encoding: .utf8)
