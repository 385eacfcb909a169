// The import's property for the fuzzer: whatever rubric an input is, its import reads back as
// the same ladder, or is refused (and then nothing would be written).
enum ImportFuzzCheck {
    static func check(_ bytes: [UInt8]) {
        guard let rubric = try? Rubric(bytes: bytes) else { return }
        guard let markdown = try? ImportedLadder(rubric, source: "fuzz.md").verifiedMarkdown() else { return }
        guard let read = try? Rubric(bytes: Array(markdown.utf8)) else { fatalError("a verified import doesn't parse") }
        if read.areas.map(\.maximum) != rubric.areas.map(\.maximum) || read.currentLevels != rubric.currentLevels {
            fatalError("a verified import reads as another ladder")
        }
    }
}
