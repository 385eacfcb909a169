/// Lines that look like the ladder's structure with a typo in it: a heading without the
/// space after its `#`s, a level's number without its `.`, a mark tag misspelt or left
/// open. Each one silently changes what the file reads as (an area swallowed by the one
/// before it, a list cut short, a mark that counts where it shouldn't), so `check` says
/// what it sees at the line where it sees it.
extension Rubric {
    func typoDiagnostics() -> [Diagnostic] {
        var found: [Diagnostic] = []
        let frontMatterEnd = FrontMatter.range(in: bytes)?.upperBound ?? -1
        // The area each line is under: the last area heading above it with no heading between.
        var under: Area?, nextArea = 0
        for (index, line) in lines.enumerated() {
            if nextArea < areas.count, areas[nextArea].lineIndex == index {
                under = areas[nextArea]
                nextArea += 1
            } else if case .heading = kinds[index] {
                under = nil
            }
            guard case .text(let indent) = kinds[index], indent <= 3, line.start > frontMatterEnd,
                  commentRanges.range(containing: line.start) == nil else { continue }
            let start = line.start + Int(indent)
            if let heading = headingWithoutSpace(from: start, to: line.contentEnd) {
                found.append(Diagnostic(line: index + 1, message: "looks like a heading without the space after its #s, so it is read as text; "
                    + "write '\(heading)' to make it one"))
            } else if layout == .lists, let area = under, let number = levelWithoutDelimiter(from: start, to: line.contentEnd, after: area) {
                found.append(Diagnostic(line: index + 1, message: "looks like level \(number) of area '\(area.name)' without the '.' after "
                    + "its number, so the area's levels end at \(area.maximum); write '\(number). ' to make it a level"))
            }
        }
        for area in areas {
            for (offset, level) in area.levels.enumerated() where !level.isMissing {
                let opened = level.tags.filter(\.isOpening).count, closed = level.tags.count - opened
                guard opened != closed else { continue }
                let problem = opened > closed ? "has <mark> without </mark>" : "has </mark> without <mark>"
                found.append(Diagnostic(line: level.lineIndex + 1, message: "level \(offset + 1) of area '\(area.name)' \(problem)"))
            }
        }
        return found + misspeltMarkTags()
    }

    /// `##Engineering` as the heading it was meant to be, or nil for a line that isn't
    /// one: 2 to 6 `#`s directly followed by a letter. (One `#` before a word is as often
    /// a hashtag, `#hiring`, as a heading.)
    private func headingWithoutSpace(from start: Int, to end: Int) -> String? {
        var i = start
        while i < end, bytes[i] == UInt8(ascii: "#") { i += 1 }
        let hashes = i - start
        guard (2...6).contains(hashes), i < end, Self.isLetter(bytes[i]) else { return nil }
        return String(repeating: "#", count: hashes) + " " + ASCII.string(bytes, i..<end)
    }

    /// A line such as `3 Continuously improves …` under an area of 2 levels: the number of
    /// the level that would come next, without the `.` or `)` that makes it one.
    private func levelWithoutDelimiter(from start: Int, to end: Int, after area: Area) -> Int? {
        var i = start
        while i < end, i - start < 2, ASCII.isDigit(bytes[i]) { i += 1 }
        guard i > start, i + 1 < end, ASCII.isBlank(bytes[i]), !ASCII.isBlank(bytes[i + 1]),
              let number = Int(ASCII.string(bytes, start..<i)), number == area.maximum + 1 else { return nil }
        return number
    }

    /// Tags one letter away from `<mark>` or `</mark>` (`</mrak>`, `<makr>`, `<mak>`),
    /// outside code (fenced, or a backtick span) and comments, which a markdown host shows as
    /// text and `rubric` ignores.
    private func misspeltMarkTags() -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (index, line) in lines.enumerated() {
            if case .code = kinds[index] { continue }
            var i = line.start, inSpan = false
            while i < line.contentEnd {
                defer { i += 1 }
                if bytes[i] == UInt8(ascii: "`") { inSpan.toggle() }
                guard !inSpan, bytes[i] == UInt8(ascii: "<"), commentRanges.range(containing: i) == nil else { continue }
                var nameStart = i + 1
                if nameStart < line.contentEnd, bytes[nameStart] == UInt8(ascii: "/") { nameStart += 1 }
                var nameEnd = nameStart
                while nameEnd < line.contentEnd, nameEnd - nameStart <= 5, Self.isASCIILetter(bytes[nameEnd]) { nameEnd += 1 }
                guard nameEnd < line.contentEnd, bytes[nameEnd] == UInt8(ascii: ">") else { continue }
                let name = bytes[nameStart..<nameEnd].map(ASCII.lower)
                guard name != Array("mark".utf8), Self.oneEditApart(name, Array("mark".utf8)) else { continue }
                let tag = ASCII.string(bytes, i..<nameEnd + 1)
                let meant = nameStart > i + 1 ? "</mark>" : "<mark>"
                found.append(Diagnostic(line: index + 1, message: "'\(tag)' looks like a misspelt \(meant), which rubric doesn't read as one"))
            }
        }
        return found
    }

    /// One insertion, deletion, substitution or swap of neighbours turns `a` into `b`.
    static func oneEditApart(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        if a.count == b.count {
            let differing = a.indices.filter { a[$0] != b[$0] }
            if differing.count == 1 { return true }
            return differing.count == 2 && differing[1] == differing[0] + 1
                && a[differing[0]] == b[differing[1]] && a[differing[1]] == b[differing[0]]
        }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard long.count == short.count + 1 else { return false }
        let split = zip(short, long).prefix { $0 == $1 }.count
        return short[split...].elementsEqual(long[(split + 1)...])
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }

    /// An ASCII letter, or the start of a non-ASCII character (a letter in most scripts).
    private static func isLetter(_ byte: UInt8) -> Bool { isASCIILetter(byte) || byte >= 0xC0 }
}
