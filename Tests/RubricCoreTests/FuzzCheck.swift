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
        // Up to date: the score's numbers and, with a titles block, the title after them.
        if rubric.scoreSection?.scoreLine.map({ $0.total == rubric.total && $0.maximum == rubric.maximum
            && (rubric.titleSource != .block || $0.statedTitle == rubric.writtenTitle(levels: levels)) }) == true,
           saved != bytes { fail("an up-to-date file changed on save") }
        // Marking a level and restoring the old one gives back the saved bytes when the area's
        // marks are written the way the program writes them. (Elsewhere, removing a stray tag
        // can change what a line is, `<mark>## x` becoming a heading: only parsing is checked.)
        let seed = bytes.reduce(0) { ($0 &* 31 &+ Int($1)) & 0xFFFF }
        let area = seed % rubric.areas.count
        var target = (seed / 7) % (rubric.areas[area].maximum + 1)
        // A level the layout has no place for can't be marked (the editor and `mark` refuse).
        if target > 0, rubric.areas[area].levels[target - 1].isMissing { target = 0 }
        let marked = rubric.bytes(withLevels: levels.replacing(area, with: target))
        guard let remarked = try? Rubric(bytes: marked) else { fail("marked bytes don't parse") }
        guard isCanonical(rubric, rubric.areas[area]) else { return }
        if remarked.areas.count != rubric.areas.count { fail("marking changed the areas") }
        if remarked.areas[area].currentLevel != target { fail("the new mark isn't read back") }
        if remarked.bytes(withLevels: levels) != saved { fail("restoring the old level changed bytes") }
    }

    /// At most one mark, in lower case, wrapping the level's text exactly where a save would
    /// put the tags;
    /// and a blank after every list marker (marking `1.` must add one, or `1.<mark>` would not
    /// be a list item, and unmarking leaves it).
    static func isCanonical(_ rubric: Rubric, _ area: Area) -> Bool {
        guard area.levels.allSatisfy({ !$0.needsBlankAfterMarker || $0.contentStart > $0.markerEnd }) else { return false }
        // A level whose text starts on the line after its marker: a tag written on the marker's
        // line moves the column its continuation lines must reach.
        guard area.levels.allSatisfy({ $0.contentStart < rubric.lines[$0.lineIndex].contentEnd || $0.lastLineIndex == $0.lineIndex })
        else { return false }
        // A score line written "2 / 3" is left alone while right, and rewritten "2/3" after a change.
        if let line = rubric.scoreSection?.scoreLine,
           Array(rubric.bytes[line.valueRange]) != Array("\(line.total)/\(line.maximum)".utf8) { return false }
        // Removing a tag must not change what its line is: a tag alone on its line leaves a
        // blank line (ending the list), `</mark>## x` leaves a heading.
        for tag in area.levels.flatMap(\.tags) where lineChangesWithoutTags(rubric, around: tag.range.lowerBound, table: rubric.layout == .table) {
            return false
        }
        let marked = area.levels.filter(\.isMarked)
        if marked.isEmpty { return area.levels.allSatisfy { $0.tags.isEmpty } }
        guard marked.count == 1, let level = marked.first, level.tags.count == 2,
              !level.needsBlankAfterMarker || level.contentStart > level.markerEnd else { return false }
        let others = area.levels.filter { !$0.isMarked }
        return others.allSatisfy { $0.tags.isEmpty }
            && level.tags[0].isOpening && level.tags[0].range.lowerBound == level.contentStart
            && Array(rubric.bytes[level.tags[0].range]) == Array("<mark>".utf8)
            && ![0x20, 0x09].contains(rubric.bytes[level.tags[0].range.upperBound])  // "<mark> x" reads back as "<mark>x"
            && Array(rubric.bytes[level.tags[1].range]) == Array("</mark>".utf8)
            && !level.tags[1].isOpening && level.tags[1].range.upperBound == level.closingTagOffset
    }

    /// Whether removing the tags could make the line another kind of line: a heading, a quote,
    /// a list item, a fence, a table row (outside the table layout, whose rows stay rows), an
    /// HTML line or a setext underline.
    static func lineChangesWithoutTags(_ rubric: Rubric, around offset: Int, table: Bool) -> Bool {
        var start = offset, end = offset
        while start > 0, rubric.bytes[start - 1] != 0x0A { start -= 1 }
        while end < rubric.bytes.count, rubric.bytes[end] != 0x0A { end += 1 }
        var text = String(decoding: rubric.bytes[start..<end], as: UTF8.self).lowercased()
        text = text.split(separator: "<mark>", omittingEmptySubsequences: false).joined()
        text = text.split(separator: "</mark>", omittingEmptySubsequences: false).joined()
        let rest = text.drop { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let first = rest.first else { return true }
        if "-*+".contains(first) {
            // A bullet needs a blank after it (`**Label**` is bold text, not an item); a run of
            // the one character is a thematic break.
            let second = rest.dropFirst().first
            return second == nil || second == " " || second == "\t" || rest.allSatisfy { $0 == first || $0 == " " }
        }
        if first == "|" { return !table }
        return "#>`~<=".contains(first) || first.isNumber
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
