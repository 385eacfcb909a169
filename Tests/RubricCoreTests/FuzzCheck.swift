// Shared by the libFuzzer target (Fuzz/run, compiled into one module with RubricCore's
// sources) and by `swift test`, which replays the corpus and every crash found.
#if canImport(RubricCore)
import RubricCore
#endif

/// The properties every input must keep. A violation traps, which is what libFuzzer and a
/// test both notice.
enum FuzzCheck {
    static func check(_ bytes: [UInt8]) {
        guard let rubric = try? Rubric(bytes: bytes) else { return }
        let levels = rubric.currentLevels
        // Saving with no change: only the score line may differ, and doing it again changes nothing.
        let saved = rubric.bytes(withLevels: levels)
        guard let reloaded = try? Rubric(bytes: saved) else { fail("saved bytes don't parse") }
        if reloaded.currentLevels != levels { fail("levels changed by a save") }
        if reloaded.bytes(withLevels: levels) != saved { fail("a second save changed the bytes") }
        if rubric.scoreSection?.scoreLine.map({ $0.total == rubric.total && $0.maximum == rubric.maximum }) == true,
           saved != bytes { fail("an up-to-date file changed on save") }
        // Marking a level and restoring the old one gives back the saved bytes when the area's
        // mark was written the way the program writes it.
        let seed = bytes.reduce(0) { ($0 &* 31 &+ Int($1)) & 0xFFFF }
        let area = seed % rubric.areas.count
        let target = (seed / 7) % (rubric.areas[area].maximum + 1)
        let marked = rubric.bytes(withLevels: levels.replacing(area, with: target))
        guard let remarked = try? Rubric(bytes: marked) else { fail("marked bytes don't parse") }
        if remarked.areas[area].currentLevel != target { fail("the new mark isn't read back") }
        if remarked.areas.count != rubric.areas.count { fail("marking changed the areas") }
        let restored = remarked.bytes(withLevels: levels)
        if isCanonical(rubric, rubric.areas[area]), restored != saved { fail("restoring the old level changed bytes") }
    }

    /// At most one mark, wrapping the level's text exactly where a save would put the tags.
    static func isCanonical(_ rubric: Rubric, _ area: Area) -> Bool {
        let marked = area.levels.filter(\.isMarked)
        if marked.isEmpty { return area.levels.allSatisfy { $0.tags.isEmpty } }
        guard marked.count == 1, let level = marked.first, level.tags.count == 2,
              level.contentStart > level.markerEnd else { return false }
        let others = area.levels.filter { !$0.isMarked }
        return others.allSatisfy { $0.tags.isEmpty }
            && level.tags[0].isOpening && level.tags[0].range.lowerBound == level.contentStart
            && !level.tags[1].isOpening && level.tags[1].range.upperBound == level.closingTagOffset
    }

    static func fail(_ message: String) -> Never { fatalError("fuzz property: \(message)") }
}

extension Array {
    fileprivate func replacing(_ index: Int, with value: Element) -> [Element] {
        var copy = self
        copy[index] = value
        return copy
    }
}
