/// A `<!-- rubric: ... -->` comment on a line of its own: what the file says about itself
/// (its layout, what each level is worth) or about the section it heads (a block of titles or
/// evidence, which is not ladder). Keys and names are read without case; one that rubric does
/// not know is an error naming the line, never a silent default.
struct Declaration: Equatable {
    enum Setting: Equatable {
        case layout(Layout)
        /// What each level is worth, from level 0 up.
        case points([Int])
        case block(BlockKind)
    }

    let setting: Setting
    let lineIndex: Int

    /// Reads what follows `rubric:`.
    init(_ text: Substring, lineIndex: Int) throws(RubricError) {
        self.lineIndex = lineIndex
        let key = text.prefix { $0.isLetter }.lowercased()
        let value = text.dropFirst(key.count).drop { $0 == " " || $0 == "\t" || $0 == "=" }.trimmingCharacters()
        switch key {
        case "layout":
            guard let layout = Layout(rawValue: value.lowercased()) else { throw .unknownLayout(String(value), line: lineIndex + 1) }
            setting = .layout(layout)
        case "points":
            setting = .points(try Self.points(value, line: lineIndex + 1))
        default:
            guard value.isEmpty, let kind = BlockKind(rawValue: key) else {
                throw .unknownDeclaration(String(text), line: lineIndex + 1)
            }
            setting = .block(kind)
        }
    }

    /// `0,1,3,6,12,20`: whole numbers, separated by commas, never decreasing.
    private static func points(_ text: Substring, line: Int) throws(RubricError) -> [Int] {
        guard !text.isEmpty else { throw .badPoints("needs what each level is worth, from level 0 up: points=0,1,3,6,12", line: line) }
        var values: [Int] = []
        for piece in text.split(separator: ",", omittingEmptySubsequences: false) {
            let number = piece.trimmingCharacters()
            guard !number.isEmpty, number.count <= 9, number.allSatisfy(\.isASCII), let value = Int(number), value >= 0 else {
                throw .badPoints("'\(number)' is not a whole number", line: line)
            }
            if let last = values.last, value < last {
                throw .badPoints("\(value) for level \(values.count) is less than \(last) for level \(values.count - 1); points never decrease", line: line)
            }
            values.append(value)
        }
        return values
    }
}

extension ClassifiedLines {
    /// Every declaration, in the file's order.
    func declarations() throws(RubricError) -> [Declaration] {
        var found: [Declaration] = []
        for comment in commentRanges where comment.count > 7 && isAloneOnItsLines(comment) {
            var text = Substring(ASCII.string(bytes, (comment.lowerBound + 4)..<max(comment.lowerBound + 4, comment.upperBound - 3)))
            text = text.drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
            guard text.lowercased().hasPrefix("rubric:") else { continue }
            found.append(try Declaration(text.dropFirst(7).trimmingCharacters(), lineIndex: lineIndex(at: comment.lowerBound)))
        }
        return found
    }

    /// The index of the line that holds a byte offset.
    func lineIndex(at offset: Int) -> Int {
        var low = 0, high = lines.count
        while low < high {
            let mid = (low + high) / 2
            if lines[mid].end <= offset { low = mid + 1 } else { high = mid }
        }
        return min(low, lines.count - 1)
    }
}

extension ClassifiedLines {
    /// Only blanks between the comment and the edges of the lines it starts and ends on.
    func isAloneOnItsLines(_ range: Range<Int>) -> Bool {
        var before = range.lowerBound
        while before > 0, bytes[before - 1] != 0x0A {
            before -= 1
            guard ASCII.isBlank(bytes[before]) || before < byteOrderMarkLength else { return false }
        }
        var after = range.upperBound
        while after < bytes.count, bytes[after] != 0x0A, bytes[after] != 0x0D {
            guard ASCII.isBlank(bytes[after]) else { return false }
            after += 1
        }
        return true
    }
}

extension Substring {
    func trimmingCharacters() -> Substring {
        var s = self
        while let c = s.first, c == " " || c == "\t" || c == "\n" || c == "\r" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" || c == "\n" || c == "\r" { s = s.dropLast() }
        return s
    }
}
