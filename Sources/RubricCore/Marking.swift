/// Writing marks back, by the format's five rules: only the tags of changed areas and the
/// score line change; every other byte is the original one.
extension Rubric {
    /// The file's bytes with each area at the given level (0 clears it) and the score line
    /// brought up to date. Areas whose level is unchanged keep their bytes, even with two marks.
    public func bytes(withLevels levels: [Int], target: TargetChange = .keep) -> [UInt8] {
        precondition(levels.count == areas.count, "one level per area")
        var splices: [Splice] = []
        for (area, level) in zip(areas, levels) where level != area.currentLevel {
            precondition((0...area.maximum).contains(level), "level within the area's range")
            precondition(level == 0 || !area.levels[level - 1].isMissing, "a level with a place in the file")
            splices += markSplices(area, level: level)
        }
        splices += scoreSplices(levels: levels, target: target)
        return Splice.apply(splices, to: bytes)
    }

    /// The bytes with one area set to `level`, after checking the level is in range and has
    /// a place in the file.
    public func bytes(settingArea index: Int, to level: Int) throws(RubricError) -> [UInt8] {
        let area = areas[index]
        guard (0...area.maximum).contains(level) else {
            throw .levelOutOfRange(area: area.name, level: level, max: area.maximum)
        }
        guard level == 0 || !area.levels[level - 1].isMissing else { throw .levelMissing(area: area.name, level: level) }
        var levels = currentLevels
        levels[index] = level
        return bytes(withLevels: levels)
    }

    /// The score as the format writes it.
    public static func scoreText(total: Int, maximum: Int) -> String { "\(total)/\(maximum)" }

    /// The title a save writes on the score line for these levels: only a titles block's.
    public func writtenTitle(levels: [Int]) -> String? {
        titleSource == .block ? titleIndex(levels: levels).map { titles[$0].name } : nil
    }

    /// The score line a save writes for these levels: `total/maximum`, then ` · TITLE` where
    /// the titles block gives one.
    public func scoreLineText(levels: [Int]) -> String {
        Self.scoreText(total: total(of: levels), maximum: maximum) + (writtenTitle(levels: levels).map { " · " + $0 } ?? "")
    }

    /// The score as a whole percentage, rounded half up (0 for an empty ladder).
    public static func percent(total: Int, maximum: Int) -> Int {
        maximum == 0 ? 0 : (total * 200 + maximum) / (2 * maximum)
    }

    private func markSplices(_ area: Area, level: Int) -> [Splice] {
        var splices: [Splice] = []
        for (offset, item) in area.levels.enumerated() {
            if offset + 1 == level {
                if !item.isMarked { splices += wrap(item) }
            } else {
                splices += item.tags.map { Splice(range: $0.range, replacement: []) }
            }
        }
        return splices
    }

    /// `<mark>` after the marker and its blanks, `</mark>` at the end of the last non-blank line
    /// (outside fenced code).
    private func wrap(_ level: Level) -> [Splice] {
        // With nothing after the marker, a blank keeps `1.` a list marker.
        let open = level.needsBlankAfterMarker && level.contentStart == level.markerEnd ? [ASCII.space] + ClassifiedLines.openTag : ClassifiedLines.openTag
        // A tag inside an HTML comment would not count: the opening one goes after a comment
        // the text starts with, the closing one before a comment the text ends in.
        var openAt = level.contentStart
        if let comment = comment(containing: openAt) {
            // A level that is all comment gets an empty mark in front of it.
            guard comment.upperBound < level.closingTagOffset else {
                return [Splice(range: comment.lowerBound..<comment.lowerBound, replacement: open + ClassifiedLines.closeTag)]
            }
            openAt = comment.upperBound
        }
        var closeAt = level.closingTagOffset
        if closeAt > 0, let comment = comment(containing: closeAt - 1), comment.lowerBound >= openAt {
            closeAt = comment.lowerBound
        }
        if level.isEmpty || closeAt <= openAt {
            return [Splice(range: openAt..<openAt, replacement: open + ClassifiedLines.closeTag)]
        }
        return [Splice(range: openAt..<openAt, replacement: open),
                Splice(range: closeAt..<closeAt, replacement: ClassifiedLines.closeTag)]
    }

    /// The line that closes a construct left open before `offset`, for text inserted there.
    private func closing(before offset: Int) -> [UInt8] {
        guard let unclosed = unclosedAtEnd, unclosed.start < offset else { return [] }
        return unclosed.closer + lineEnding.bytes
    }

    /// The changes to the score section: the score line brought up to date (however it is
    /// spaced, an up-to-date line is left alone, so an unchanged file saves byte-identical), a
    /// missing one added, and the target line set or cleared.
    private func scoreSplices(levels: [Int], target: TargetChange) -> [Splice] {
        let text = Array(scoreLineText(levels: levels).utf8)
        let eol = lineEnding.bytes
        var splices: [Splice] = []
        // A target line to add after the score line: a blank line, then it.
        var newTarget: [UInt8]?
        switch target {
        case .keep:
            break
        case .set(let name):
            if let line = scoreSection?.targetLine {
                splices.append(Splice(range: line.nameRange, replacement: [ASCII.space] + Array(name.utf8)))
            } else {
                newTarget = Array("Target: \(name)".utf8)
            }
        case .clear:
            if let line = scoreSection?.targetLine { splices.append(targetDeletion(line)) }
        }
        /// What follows score text that ends with a line ending (or doesn't).
        func afterScore(ended: Bool) -> [UInt8] {
            guard let newTarget else { return [] }
            return ended ? eol + newTarget + eol : eol + eol + newTarget
        }
        if let section = scoreSection {
            if let line = section.scoreLine {
                if let change = scoreLineChange(line, levels: levels, text: text) { splices.append(change) }
                if newTarget != nil {
                    let whole = lines[line.lineIndex]
                    let completion: [UInt8] = whole.end == bytes.count && bytes.last == 0x0D ? [0x0A] : []
                    splices.append(Splice(range: whole.end..<whole.end, replacement: completion + afterScore(ended: whole.hasEnding)))
                }
                return splices
            }
            let last = lines[section.lastContentLineIndex]
            if last.hasEnding {
                // After a lone CR ending the file, complete it to CRLF first (see LineSplitter).
                let completion: [UInt8] = last.end == bytes.count && bytes.last == 0x0D ? [0x0A] : []
                splices.append(Splice(range: last.end..<last.end, replacement: completion + closing(before: last.end) + eol + text + eol + afterScore(ended: true)))
            } else {
                splices.append(Splice(range: last.end..<last.end, replacement: eol + closing(before: last.end) + eol + text + afterScore(ended: false)))
            }
            return splices
        }
        // No score section: append one, keeping the file's final-newline habit.
        let endsWithNewline = lines.last?.hasEnding ?? false
        var tail: [UInt8] = []
        if let last = lines.last {
            if !last.hasEnding { tail += eol }
            // A file ending in a lone CR: complete it to CRLF, or the CR would start the next line.
            if bytes.last == 0x0D { tail += [0x0A] }
            if last.contentEnd > last.start { tail += eol }
        }
        tail += closing(before: bytes.count)
        tail += Array("## Score".utf8) + eol + eol + text
        if endsWithNewline { tail += eol }
        tail += afterScore(ended: endsWithNewline)
        splices.append(Splice(range: bytes.count..<bytes.count, replacement: tail))
        return splices
    }

    /// The rewrite of a stale score line, or nil. Without a titles block, text after `·` is the
    /// person's and stays; with one, the title after it is the save's to keep right.
    private func scoreLineChange(_ line: ScoreSection.ScoreLine, levels: [Int], text: [UInt8]) -> Splice? {
        let numbersAreRight = line.total == total(of: levels) && line.maximum == maximum
        if titleSource == .block {
            if numbersAreRight, line.statedTitle == writtenTitle(levels: levels) { return nil }
            return Splice(range: line.valueRange, replacement: text)
        }
        if numbersAreRight { return nil }
        return Splice(range: line.statedTitle == nil ? line.valueRange : line.valueRange.lowerBound..<line.numbersEnd, replacement: text)
    }

    /// The target line gone, and the blank line before it where the score line comes right
    /// before that (what setting a target adds).
    private func targetDeletion(_ target: ScoreSection.TargetLine) -> Splice {
        let index = target.lineIndex
        var start = lines[index].start
        if index >= 2, index - 2 == scoreSection?.scoreLine?.lineIndex, kinds[index - 1] == .blank {
            start = lines[index - 1].start
        }
        return Splice(range: start..<lines[index].end, replacement: [])
    }
}

/// What a save does to the score section's `Target:` line.
public enum TargetChange: Equatable, Sendable {
    case keep
    /// Sets it to this title's name, adding the line where there is none.
    case set(String)
    case clear
}
