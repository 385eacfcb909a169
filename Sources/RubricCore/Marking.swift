/// Writing marks back, by the format's five rules: only the tags of changed areas and the
/// score line change; every other byte is the original one.
extension Rubric {
    /// The file's bytes with each area at the given level (0 clears it) and the score line
    /// brought up to date. Areas whose level is unchanged keep their bytes, even with two marks.
    public func bytes(withLevels levels: [Int]) -> [UInt8] {
        precondition(levels.count == areas.count, "one level per area")
        var splices: [Splice] = []
        for (area, level) in zip(areas, levels) where level != area.currentLevel {
            precondition((0...area.maximum).contains(level), "level within the area's range")
            precondition(level == 0 || !area.levels[level - 1].isMissing, "a level with a place in the file")
            splices += markSplices(area, level: level)
        }
        if let score = scoreSplice(total: levels.reduce(0, +)) { splices.append(score) }
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

    /// The score line as the format writes it.
    public static func scoreText(total: Int, maximum: Int) -> String { "\(total)/\(maximum)" }

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

    /// The change to the score line, or nil when it already says the right score (however
    /// it is spaced: an up-to-date file saves byte-identical).
    private func scoreSplice(total: Int) -> Splice? {
        let text = Array(Self.scoreText(total: total, maximum: maximum).utf8)
        let eol = lineEnding.bytes
        if let section = scoreSection {
            if let line = section.scoreLine {
                if line.total == total, line.maximum == maximum { return nil }
                return Splice(range: line.valueRange, replacement: text)
            }
            let last = lines[section.lastContentLineIndex]
            if last.hasEnding {
                // After a lone CR ending the file, complete it to CRLF first (see LineSplitter).
                let completion: [UInt8] = last.end == bytes.count && bytes.last == 0x0D ? [0x0A] : []
                return Splice(range: last.end..<last.end, replacement: completion + closing(before: last.end) + eol + text + eol)
            }
            return Splice(range: last.end..<last.end, replacement: eol + closing(before: last.end) + eol + text)
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
        return Splice(range: bytes.count..<bytes.count, replacement: tail)
    }
}
