import Foundation
import Testing

/// docs/rubric.1 is generated from the command definitions (swift package
/// --allow-writing-to-package-directory generate-manual): it must say every command, option
/// and help text the program has, or it is out of date.
@Suite("The man page")
struct ManualTests {
    @Test func theCheckedInPageSaysEveryCommandAndOption() throws {
        let page = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/rubric.1"), encoding: .utf8)
        let dump = try runRubric(["--experimental-dump-help"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        let command = try #require(root["command"] as? [String: Any])
        // `.It Fl -format Ar format`, or with a short name `.It Fl o , -output Ar output`.
        let optionLines = page.split(separator: "\n").filter { $0.hasPrefix(".It Fl") }.map { String($0) + " " }
        var missing: [String] = []
        func visit(_ command: [String: Any]) {
            if let name = command["commandName"] as? String, command["superCommands"] != nil, !page.contains(".It Em \(name)\n") { missing.append("command \(name)") }
            if let abstract = command["abstract"] as? String, !abstract.isEmpty, !page.contains(roff(abstract)) { missing.append("abstract '\(abstract)'") }
            for argument in command["arguments"] as? [[String: Any]] ?? [] where argument["shouldDisplay"] as? Bool != false {
                for name in argument["names"] as? [[String: Any]] ?? [] where name["kind"] as? String == "long" {
                    if let long = name["name"] as? String, !optionLines.contains(where: { $0.contains("-\(long) ") }) { missing.append("option --\(long) of \(command["commandName"] ?? "")") }
                }
                if let abstract = argument["abstract"] as? String, !abstract.isEmpty, !page.contains(roff(abstract)) { missing.append("help '\(abstract)'") }
            }
            for sub in command["subcommands"] as? [[String: Any]] ?? [] { visit(sub) }
        }
        visit(command)
        #expect(missing.isEmpty, "docs/rubric.1 is out of date (regenerate it: swift package --allow-writing-to-package-directory generate-manual, then copy .build/plugins/GenerateManual/outputs/rubric/rubric.1): \(missing)")
    }

    /// Text as the page writes it: roff escapes a backslash.
    private func roff(_ text: String) -> String { text.replacingOccurrences(of: "\\", with: "\\e") }
}
