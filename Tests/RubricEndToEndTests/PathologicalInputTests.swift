import Foundation
import Testing

/// Inputs built to hurt a parser, as cmark's pathological tests are: each must give a result
/// or one clear error line, never a crash or a hang. Their timings are measured by the
/// benchmarks, not asserted here. The sizes are the smallest that still make a quadratic
/// step take minutes (this runs the debug build, about ten times slower than a release).
@Suite("Pathological input")
struct PathologicalInputTests {
    static let cases: [(String, @Sendable () -> String)] = [
        ("a 1 MB line", { "## A\n\n1. " + String(repeating: "word ", count: 200_000) + "\n2. <mark>b</mark>\n" }),
        ("100,000 nested list items", { "## A\n\n" + String(repeating: "1. ", count: 100_000) + "deep\n2. <mark>b</mark>\n" }),
        ("30,000 nested lines", { "## A\n\n" + (0..<30_000).map { String(repeating: " ", count: min($0, 40) * 3) + "1. item\n" }.joined() }),
        ("50,000 unclosed code fences", { "## A\n\n1. a\n\n" + String(repeating: "```\n## B\n1. x\n", count: 50_000) }),
        ("300,000 unclosed HTML comments", { "## A\n\n1. a\n" + String(repeating: "<!-- \n", count: 300_000) }),
        ("50,000 areas", { (0..<50_000).map { "## Area \($0)\n\n1. a\n2. <mark>b</mark>\n\n" }.joined() }),
        ("100,000 marks in one level", { "## A\n\n1. " + String(repeating: "<mark>x</mark>", count: 100_000) + "\n2. b\n" }),
    ]

    @Test(arguments: cases.indices)
    func givesAResultOrOneClearLine(index: Int) throws {
        let (name, make) = Self.cases[index]
        let scratch = Scratch()
        let path = scratch.write(Array(make().utf8), as: "input.md")
        for command in [["score", path, "--format", "csv"], ["check", path]] {
            let result = try runRubric(command)
            #expect(result.status >= 0 && result.status < 128, "\(name): \(command[0]) exited \(result.status)")
            #expect(result.status == 2 ? result.stderr.split(separator: "\n").count == 1 : result.stderr.isEmpty, "\(name)")
            if command[0] == "score" { #expect(result.status == 0 && result.stdout.hasPrefix("group,name,level,max,levelName,layout,points,title,target\n"), "\(name)") }
        }
        let before = contents(path)
        let marked = try runRubric(["mark", path, "1", "1"])
        #expect(marked.status == 0, "\(name): \(marked.stderr)")
        #expect(contents(path) != before)
    }
}
