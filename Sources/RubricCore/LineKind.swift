/// What a line is, as far as the rubric's structure is concerned.
///
/// Positions are kept in 32 bits (see `Line`): one of these per line, a quarter of a million
/// in a 10 MB file, in 20 bytes rather than 48.
enum LineKind: Equatable {
    case blank
    /// An ATX heading, with its title without the `#` marks.
    case heading(Heading)
    /// An ordered list item, with its delimiter (`.` or `)`).
    case orderedItem(ListMarker, delimiter: UInt8)
    /// A bullet list item (`-`, `*` or `+`).
    case bulletItem(ListMarker)
    /// A line that starts another kind of block (a quote, a thematic break) and so can't be
    /// a lazy continuation.
    case blockStart(indent: Int32)
    /// A fence that opens a code block.
    case fenceOpen(indent: Int32)
    /// A line inside a fenced code block, or the fence that closes it.
    case code
    /// Any other text, including a line that starts inside an HTML comment.
    case text(indent: Int32)

    struct Heading: Equatable {
        private let storedLevel: UInt8
        private let textStart: Int32, textEnd: Int32

        init(level: Int, text: Range<Int>) {
            storedLevel = UInt8(level)
            textStart = Int32(text.lowerBound)
            textEnd = Int32(text.upperBound)
        }

        /// 1 to 6, the number of `#`s.
        var level: Int { Int(storedLevel) }
        var text: Range<Int> { Int(textStart)..<Int(textEnd) }
    }

    /// Where a list item's marker and text are. `contentColumn` is where its text starts
    /// (CommonMark's rule for what indentation continues the item); `contentStart` is that byte.
    struct ListMarker: Equatable {
        private let storedIndent: Int32, storedMarkerEnd: Int32, storedContentStart: Int32, storedContentColumn: Int32

        init(indent: Int, markerEnd: Int, contentStart: Int, contentColumn: Int) {
            storedIndent = Int32(indent)
            storedMarkerEnd = Int32(markerEnd)
            storedContentStart = Int32(contentStart)
            storedContentColumn = Int32(contentColumn)
        }

        var indent: Int { Int(storedIndent) }
        /// The byte after the marker.
        var markerEnd: Int { Int(storedMarkerEnd) }
        var contentStart: Int { Int(storedContentStart) }
        var contentColumn: Int { Int(storedContentColumn) }
    }

    /// A fence that opens a code block, a line inside one, or the fence that closes it.
    var isFencedCode: Bool {
        switch self {
        case .code, .fenceOpen: true
        default: false
        }
    }

    var indent: Int {
        switch self {
        case .orderedItem(let marker, _), .bulletItem(let marker):
            return marker.indent
        case .blockStart(let indent), .fenceOpen(let indent), .text(let indent):
            return Int(indent)
        case .heading, .blank, .code:
            return 0
        }
    }
}

/// A fenced code block or HTML comment still open at the end of the file.
public struct Unclosed: Equatable, Sendable {
    public let start: Int
    /// What closes it: the fence's characters, or `-->`.
    public let closer: [UInt8]
}

/// Classifies lines one by one, tracking fenced code blocks and HTML comments, which hide
/// everything inside them from the structure. Linear in the input: each byte is looked at
/// a bounded number of times, whatever the nesting or the unclosed constructs.
struct LineClassifier {
    private let bytes: [UInt8]
    private var fence: (char: UInt8, length: Int, start: Int)?
    private var inComment = false
    /// Byte ranges inside HTML comments, in order; marks there don't count.
    private(set) var commentRanges: [Range<Int>] = []
    private var commentStart = 0

    private static let commentOpen = Array("<!--".utf8)
    private static let commentClose = Array("-->".utf8)

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func classify(from start: Int, to end: Int) -> LineKind {
        if let open = fence {
            if let close = fenceRun(from: start, to: end), close.char == open.char, close.length >= open.length,
               onlyBlanks(from: close.after, to: end) {
                fence = nil
            }
            return .code
        }
        let startsInComment = inComment
        let (indent, first) = indentation(from: start, to: end)
        // A fence's info string is not HTML: a `<!--` there opens no comment.
        if !startsInComment, let run = fenceRun(from: start, to: end),
           run.char != 0x60 || ASCII.find([0x60], in: bytes, from: run.after, end: end) == nil {
            fence = (run.char, run.length, start)
            return .fenceOpen(indent: Int32(indent))
        }
        scanComments(from: start, to: end)
        if first == end { return startsInComment ? .text(indent: 0) : .blank }
        if startsInComment || ASCII.matches(bytes, at: first, Self.commentOpen, end: end) {
            return .text(indent: Int32(indent))
        }
        // (A backtick run whose info string holds a backtick is text, not a fence.)
        if indent < 4, let heading = heading(from: first, to: end) { return heading }
        if let item = orderedItem(indent: indent, from: first, to: end) { return item }
        if !isThematicBreak(from: first, to: end), let item = bulletItem(indent: indent, from: first, to: end) { return item }
        if isOtherBlockStart(from: first, to: end) { return .blockStart(indent: Int32(indent)) }
        return .text(indent: Int32(indent))
    }

    /// Closes an unterminated comment at the end of the file, and says what construct (if
    /// any) was still open there: text appended to the file would be inside it.
    mutating func finish(at end: Int) -> Unclosed? {
        if let open = fence {
            return Unclosed(start: open.start, closer: Array(repeating: open.char, count: open.length))
        }
        if inComment {
            commentRanges.append(commentStart..<end)
            inComment = false
            return Unclosed(start: commentStart, closer: Array("-->".utf8))
        }
        return nil
    }

    // MARK: - Pieces of syntax

    private func indentation(from start: Int, to end: Int) -> (column: Int, first: Int) {
        var column = 0, i = start
        while i < end, ASCII.isBlank(bytes[i]) {
            column = bytes[i] == ASCII.tab ? column + 4 - column % 4 : column + 1
            i += 1
        }
        return (column, i)
    }

    private func onlyBlanks(from start: Int, to end: Int) -> Bool {
        var i = start
        while i < end { if !ASCII.isBlank(bytes[i]) { return false }; i += 1 }
        return true
    }

    /// A run of three or more backticks or tildes starting the line.
    private func fenceRun(from start: Int, to end: Int) -> (char: UInt8, length: Int, after: Int)? {
        let first = indentation(from: start, to: end).first
        guard first < end, bytes[first] == 0x60 || bytes[first] == 0x7E else { return nil }
        let char = bytes[first]
        var i = first
        while i < end, bytes[i] == char { i += 1 }
        return i - first >= 3 ? (char, i - first, i) : nil
    }

    private func heading(from first: Int, to end: Int) -> LineKind? {
        var i = first
        while i < end, bytes[i] == ASCII.hash { i += 1 }
        let level = i - first
        guard level >= 1, level <= 6, i == end || ASCII.isBlank(bytes[i]) else { return nil }
        while i < end, ASCII.isBlank(bytes[i]) { i += 1 }
        var textEnd = end
        while textEnd > i, ASCII.isBlank(bytes[textEnd - 1]) { textEnd -= 1 }
        // An optional closing sequence of #s, preceded by a blank, is not part of the title.
        var closing = textEnd
        while closing > i, bytes[closing - 1] == ASCII.hash { closing -= 1 }
        if closing < textEnd, closing == i || ASCII.isBlank(bytes[closing - 1]) {
            textEnd = closing
            while textEnd > i, ASCII.isBlank(bytes[textEnd - 1]) { textEnd -= 1 }
        }
        return .heading(LineKind.Heading(level: level, text: i..<textEnd))
    }

    private func orderedItem(indent: Int, from first: Int, to end: Int) -> LineKind? {
        var i = first
        while i < end, ASCII.isDigit(bytes[i]), i - first < 9 { i += 1 }
        guard i > first, i < end, bytes[i] == 0x2E || bytes[i] == 0x29 else { return nil }
        let delimiter = bytes[i]
        guard let (markerEnd, contentStart, contentColumn) = itemContent(indent: indent, first: first, markerEnd: i + 1, end: end) else { return nil }
        return .orderedItem(LineKind.ListMarker(indent: indent, markerEnd: markerEnd, contentStart: contentStart, contentColumn: contentColumn),
                            delimiter: delimiter)
    }

    private func bulletItem(indent: Int, from first: Int, to end: Int) -> LineKind? {
        guard bytes[first] == 0x2D || bytes[first] == 0x2A || bytes[first] == 0x2B else { return nil }
        guard let (markerEnd, contentStart, contentColumn) = itemContent(indent: indent, first: first, markerEnd: first + 1, end: end) else { return nil }
        return .bulletItem(LineKind.ListMarker(indent: indent, markerEnd: markerEnd, contentStart: contentStart, contentColumn: contentColumn))
    }

    /// Where a list item's text starts, in bytes and columns, after its marker: nil when no
    /// blank follows the marker (then it is no marker).
    private func itemContent(indent: Int, first: Int, markerEnd: Int, end: Int) -> (Int, Int, Int)? {
        guard markerEnd == end || ASCII.isBlank(bytes[markerEnd]) else { return nil }
        var column = indent + (markerEnd - first)
        let markerColumn = column
        var j = markerEnd
        while j < end, ASCII.isBlank(bytes[j]) {
            column = bytes[j] == ASCII.tab ? column + 4 - column % 4 : column + 1
            j += 1
        }
        // CommonMark: text after five or more spaces is indented code inside the item, whose
        // content column is then one past the marker.
        let contentColumn = (j == end || column - markerColumn > 4) ? markerColumn + 1 : column
        return (markerEnd, j, contentColumn)
    }

    /// Quotes and thematic breaks interrupt a paragraph, so they end a level's lazy
    /// continuation (bullet items do too, as their own kind).
    private func isOtherBlockStart(from first: Int, to end: Int) -> Bool {
        bytes[first] == 0x3E || isThematicBreak(from: first, to: end)  // > or a break
    }

    /// `---`, `***`, `* * *`: three or more of one of `-` `*` `_`, and only blanks besides.
    private func isThematicBreak(from first: Int, to end: Int) -> Bool {
        let b = bytes[first]
        guard b == 0x2D || b == 0x2A || b == 0x5F else { return false }
        var count = 0, i = first
        while i < end {
            if bytes[i] == b { count += 1 } else if !ASCII.isBlank(bytes[i]) { return false }
            i += 1
        }
        return count >= 3
    }

    /// Records the HTML comments on this line (or continuing from the one before).
    private mutating func scanComments(from start: Int, to end: Int) {
        var i = start
        while i < end {
            if inComment {
                guard let close = ASCII.find(Self.commentClose, in: bytes, from: i, end: end) else { return }
                commentRanges.append(commentStart..<close + 3)
                inComment = false
                i = close + 3
            } else {
                guard let open = ASCII.find(Self.commentOpen, in: bytes, from: i, end: end) else { return }
                inComment = true
                commentStart = open
                i = open + 4
            }
        }
    }
}
