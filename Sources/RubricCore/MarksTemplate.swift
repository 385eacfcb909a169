/// A rubric prepared for reading other revisions of it that only move marks: most commits
/// of a rubric's history move a mark and update the score, and such a revision is read here
/// in microseconds instead of parsed, for `rubric history` on a long history.
///
/// It is careful rather than clever: any change but `<mark>` tags (any case, no attributes)
/// and the score line, or a changed line holding a code span or a comment, sends the
/// revision to the full parse.
public struct MarksTemplate: Sendable {
    public let rubric: Rubric
    /// Each line's offset in the text without tags and without the score line (the
    /// "skeleton", which both files share), and its length there.
    let skeletonStart: [Int]
    /// Each level's span in the skeleton, by area.
    private let spans: [[ClosedRange<Int>?]]
    /// The lines on which each level is marked, as this file's own reading found it.
    private let markedLines: [[Set<Int>]]

    public init(_ rubric: Rubric) {
        self.rubric = rubric
        let scoreLine = rubric.scoreSection?.scoreLine?.lineIndex
        // What the skeleton leaves out, in the file's order: the score line and every tag.
        var starts: [Int] = [], leftOut: [(offset: Int, length: Int)] = [], skeleton = 0
        starts.reserveCapacity(rubric.lines.count)
        rubric.bytes.withUnsafeBufferPointer { bytes in
            for (index, line) in rubric.lines.enumerated() {
                starts.append(skeleton)
                if index == scoreLine {
                    leftOut.append((line.start, line.end - line.start))
                    continue
                }
                var removed = 0
                // Most lines hold no `<` at all: only those are looked at closely.
                if ASCII.firstIndex(of: 0x3C, in: bytes, from: line.start, end: line.end) != nil {
                    for tag in Self.withoutTags(rubric.bytes[line.start..<line.end]).tags {
                        leftOut.append((line.start + tag.lineOffset, tag.length))
                        removed += tag.length
                    }
                }
                skeleton += line.end - line.start - removed
            }
        }
        skeletonStart = starts
        // How much was left out before each entry of `leftOut`, so that an offset's place in
        // the skeleton is a binary search, not a sum.
        var leftOutBefore = [0]
        for part in leftOut { leftOutBefore.append(leftOutBefore.last! + part.length) }
        func inSkeleton(_ offset: Int) -> Int {
            var low = 0, high = leftOut.count
            while low < high {
                let middle = (low + high) / 2
                if leftOut[middle].offset < offset { low = middle + 1 } else { high = middle }
            }
            return offset - leftOutBefore[low]
        }
        let lines = rubric.lines
        func lineOf(_ offset: Int) -> Int {
            var low = 0, high = lines.count
            while low < high {
                let middle = (low + high) / 2
                if lines[middle].end > offset { high = middle } else { low = middle + 1 }
            }
            return min(low, lines.count - 1)
        }
        spans = rubric.areas.map { area in
            area.levels.map { $0.isMissing ? nil : inSkeleton($0.contentStart)...inSkeleton($0.textEnd) }
        }
        markedLines = rubric.areas.map { area in
            area.levels.map { level in level.tags.isEmpty ? [] : Set(level.tags.filter(\.isOpening).map { lineOf($0.range.lowerBound) }) }
        }
    }

    /// The level marked in each area of `other`, when `other` is this file with nothing
    /// changed but marks and the score line; nil when anything else changed.
    public func levels(in other: [UInt8]) -> [Int]? {
        let ranges = Self.lineRanges(other)
        let bytes = rubric.bytes, lines = rubric.lines
        guard ranges.count == lines.count else { return nil }
        let changed = lines.indices.filter { !Self.same(bytes, lines[$0].start..<lines[$0].end, other, ranges[$0]) }
        return levels(lines: { other[ranges[$0]] }, changed: changed)
    }

    private func levels(lines other: (Int) -> ArraySlice<UInt8>, changed: [Int]) -> [Int]? {
        var tracker = Tracker(self)
        for index in changed {
            guard tracker.replace(line: index, with: other(index)) else { return nil }
        }
        return tracker.levels
    }

    /// The levels when the lines `changed` open marks at `openings` (skeleton offsets) and
    /// every other line is as in this file.
    func levels(changed changedSet: Set<Int>, openings: [Int]) -> [Int] {
        spans.indices.map { area in
            var current = 0
            for (index, span) in spans[area].enumerated() {
                guard let span else { continue }
                // Marked on a line that didn't change, or by a tag added on a changed line within it.
                if markedLines[area][index].contains(where: { !changedSet.contains($0) }) || openings.contains(where: span.contains) {
                    current = index + 1
                }
            }
            return current
        }
    }

    /// Follows this file back through changes to single lines (a history undoing one patch
    /// after another), keeping where each changed line opens marks, so that each version's
    /// levels cost a look at the changed lines' marks, not a reading of the file.
    public struct Tracker: Sendable {
        public let template: MarksTemplate
        /// For each line changed since the template, where it now opens marks (skeleton offsets).
        private var openings: [Int: [Int]] = [:]

        public init(_ template: MarksTemplate) { self.template = template }

        /// Puts `line` in place of line `index`; false when that changes more than marks
        /// (then this version has to be read in full).
        public mutating func replace(line index: Int, with line: ArraySlice<UInt8>) -> Bool {
            let rubric = template.rubric
            guard rubric.lines.indices.contains(index) else { return false }
            if index == rubric.scoreSection?.scoreLine?.lineIndex { return true }
            let mine = rubric.bytes[rubric.lines[index].start..<rubric.lines[index].end]
            if mine.elementsEqual(line) {
                openings[index] = nil
                return true
            }
            let (text, _) = MarksTemplate.withoutTags(mine), (theirText, theirTags) = MarksTemplate.withoutTags(line)
            guard text == theirText, !text.contains(0x60), !MarksTemplate.holdsComment(text) else { return false }  // ` or <!--
            openings[index] = theirTags.filter(\.isOpening).map { template.skeletonStart[index] + $0.textOffset }
            return true
        }

        /// The level marked in each area of the version the replacements made.
        public var levels: [Int] { template.levels(changed: Set(openings.keys), openings: openings.values.flatMap { $0 }) }
    }

    private static func same(_ a: [UInt8], _ ra: Range<Int>, _ b: [UInt8], _ rb: Range<Int>) -> Bool {
        guard ra.count == rb.count else { return false }
        return a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in UnsafeBufferPointer(rebasing: pa[ra]).elementsEqual(UnsafeBufferPointer(rebasing: pb[rb])) }
        }
    }

    /// A line's bytes without `<mark>` and `</mark>` (any case), and each tag: its offset in
    /// the line, its length, and where it stood in the text left.
    static func withoutTags(_ line: ArraySlice<UInt8>) -> (text: [UInt8], tags: [(lineOffset: Int, length: Int, textOffset: Int, isOpening: Bool)]) {
        var text: [UInt8] = [], tags: [(Int, Int, Int, Bool)] = []
        text.reserveCapacity(line.count)
        var index = line.startIndex
        scanning: while index < line.endIndex {
            if line[index] == 0x3C {  // <
                for (tag, isOpening) in [(openingTag, true), (closingTag, false)] where matches(tag, line, at: index) {
                    tags.append((index - line.startIndex, tag.count, text.count, isOpening))
                    index += tag.count
                    continue scanning
                }
            }
            text.append(line[index])
            index += 1
        }
        return (text, tags)
    }

    private static let openingTag = Array("<mark>".utf8), closingTag = Array("</mark>".utf8)

    private static func matches(_ tag: [UInt8], _ line: ArraySlice<UInt8>, at index: Int) -> Bool {
        guard line.endIndex - index >= tag.count else { return false }
        return tag.indices.allSatisfy { ASCII.lower(line[index + $0]) == tag[$0] }
    }

    static func holdsComment(_ text: [UInt8]) -> Bool {
        text.indices.contains { index in
            text[index] == 0x3C && index + 3 < text.count && text[index + 1] == 0x21 && text[index + 2] == 0x2D && text[index + 3] == 0x2D
        }
    }

    /// Each line's bytes with its ending, as `Rubric.lines` has them.
    static func lineRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = [], start = 0
        bytes.withUnsafeBufferPointer { buffer in
            while let newline = buffer[start...].firstIndex(of: 0x0A) {
                ranges.append(start..<newline + 1)
                start = newline + 1
            }
        }
        if start < bytes.count { ranges.append(start..<bytes.count) }
        return ranges
    }
}
