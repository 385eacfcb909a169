/// What a block declaration makes of the section it heads.
public enum BlockKind: String, CaseIterable, Sendable {
    /// The titles a total is worth, with what each requires.
    case titles
    /// Why each mark: a subsection per area.
    case evidence
}

/// A section that a `<!-- rubric: titles -->` or `<!-- rubric: evidence -->` declaration
/// right under its heading takes out of the ladder: its headings are no areas, its lists no
/// levels, and detecting the layout doesn't see it.
public struct Block: Equatable, Sendable {
    public let kind: BlockKind
    public let headingLineIndex: Int
    public let declarationLineIndex: Int
    /// From the heading to the next heading of its depth or shallower, the score section or
    /// the end of the file.
    public let lineIndices: Range<Int>
}

/// The file's blocks, one of each kind at most, and the declarations that make none.
struct Blocks {
    var titles: Block?
    var evidence: Block?
    /// A declaration that follows no heading, or a second block of a kind: reported, ignored.
    var problems: [Diagnostic] = []

    var all: [Block] { [titles, evidence].compactMap { $0 } }

    static func find(_ declarations: [Declaration], in document: ClassifiedLines) -> Blocks {
        var blocks = Blocks()
        for declaration in declarations {
            guard case .block(let kind) = declaration.setting else { continue }
            let line = declaration.lineIndex + 1
            var headingIndex = declaration.lineIndex - 1
            while headingIndex >= 0, document.kinds[headingIndex] == .blank { headingIndex -= 1 }
            guard headingIndex >= 0, case .heading(let heading) = document.kinds[headingIndex] else {
                blocks.problems.append(Diagnostic(line: line, message: "a <!-- rubric: \(kind.rawValue) --> declaration must come right under a heading (only blank lines between); it is ignored"))
                continue
            }
            if let first = kind == .titles ? blocks.titles : blocks.evidence {
                blocks.problems.append(Diagnostic(line: line, message: "a second \(kind.rawValue) block (the first is at line \(first.declarationLineIndex + 1)); it is ignored"))
                continue
            }
            var end = headingIndex + 1
            while end < document.lines.count {
                if case .heading(let next) = document.kinds[end],
                   next.level <= heading.level || ScoreSectionReader.isScoreHeading(document.kinds[end], in: document) { break }
                end += 1
            }
            let block = Block(kind: kind, headingLineIndex: headingIndex, declarationLineIndex: declaration.lineIndex, lineIndices: headingIndex..<end)
            if kind == .titles { blocks.titles = block } else { blocks.evidence = block }
        }
        return blocks
    }
}

extension ClassifiedLines {
    /// The same lines with the blocks' lines blank, as the layouts and the score section
    /// should see them.
    func hiding(_ blocks: [Block]) -> ClassifiedLines {
        guard !blocks.isEmpty else { return self }
        var kinds = self.kinds
        for block in blocks {
            for index in block.lineIndices { kinds[index] = .blank }
        }
        return ClassifiedLines(bytes: bytes, lines: lines, kinds: kinds, commentRanges: commentRanges, byteOrderMarkLength: byteOrderMarkLength)
    }
}
