/// A paragraph or a list item, as the bullets and headings layouts read them: where its
/// text starts, where its first paragraph ends (a new `</mark>` goes there, so nested
/// criteria stay outside the mark), and where it ends.
struct Entry {
    let lineIndex: Int
    let markerEnd: Int
    let contentStart: Int
    let isItem: Bool
    /// The last line of the first paragraph.
    let paragraphLastLine: Int
    /// The last non-blank line.
    let lastLine: Int
    /// The first line after the entry and the blanks that follow it.
    let nextLine: Int

    /// The entry starting at `index`: a list item indented at most three columns, or a
    /// paragraph. Nil for anything else (a heading, code, a blank line).
    static func scan(_ document: ClassifiedLines, at index: Int, before limit: Int) -> Entry? {
        let kinds = document.kinds
        switch kinds[index] {
        case .bulletItem(let marker) where marker.indent <= 3, .orderedItem(let marker, _) where marker.indent <= 3:
            return item(document, at: index, markerEnd: marker.markerEnd, contentStart: marker.contentStart, contentColumn: marker.contentColumn, before: limit)
        case .text(let indent) where indent <= 3:
            let start = document.textStart(of: index) + indentBytes(document, index)
            // A comment is no paragraph, even indented.
            guard document.comment(containing: start) == nil else { return nil }
            // Lines that each start with a label of one kind are entries of their own, even
            // without a blank line between them (`**Mastery**: ...` then `**Scope**: ...`).
            let labelKind = Label.read(document.bytes, from: start, to: document.lines[index].contentEnd)?.isBold
            var last = index
            var next = index + 1
            while next < limit, case .text = kinds[next] {
                if let labelKind, Label.read(document.bytes, from: document.lines[next].start, to: document.lines[next].contentEnd)?.isBold == labelKind {
                    break
                }
                last = next
                next += 1
            }
            return Entry(lineIndex: index, markerEnd: start, contentStart: start, isItem: false,
                         paragraphLastLine: last, lastLine: last, nextLine: skippingBlanks(document, from: next, before: limit))
        default:
            return nil
        }
    }

    private static func item(_ document: ClassifiedLines, at index: Int, markerEnd: Int, contentStart: Int, contentColumn: Int,
                             before limit: Int) -> Entry {
        let kinds = document.kinds
        var last = index, paragraphLast = index
        var paragraphOpen = true, afterBlank = false
        var next = index + 1
        scan: while next < limit {
            let kind = kinds[next]
            switch kind {
            case .blank:
                afterBlank = true
                paragraphOpen = false
            case .heading:
                break scan
            case .code:
                last = next
                paragraphOpen = false
            default:
                if kind.indent >= contentColumn {
                    // Nested content: a nested list or a second paragraph ends the first one.
                    if kind.isListItem { paragraphOpen = false }
                    if case .fenceOpen = kind { paragraphOpen = false }
                    if paragraphOpen { paragraphLast = next }
                    last = next
                } else if !afterBlank, case .text = kind {
                    // A lazy continuation line of the item's text.
                    if paragraphOpen { paragraphLast = next }
                    last = next
                } else {
                    break scan
                }
                if kind != .blank { afterBlank = false }
            }
            next += 1
        }
        return Entry(lineIndex: index, markerEnd: markerEnd, contentStart: contentStart, isItem: true,
                     paragraphLastLine: paragraphLast, lastLine: last, nextLine: skippingBlanks(document, from: last + 1, before: limit))
    }

    private static func skippingBlanks(_ document: ClassifiedLines, from index: Int, before limit: Int) -> Int {
        var i = index
        while i < limit, document.kinds[i] == .blank { i += 1 }
        return i
    }

    private static func indentBytes(_ document: ClassifiedLines, _ index: Int) -> Int {
        let start = document.textStart(of: index)
        var i = start
        while i < document.lines[index].contentEnd, ASCII.isBlank(document.bytes[i]) { i += 1 }
        return i - start
    }

    /// The entry as a level: its text to the end, a mark around its first paragraph.
    func level(in document: ClassifiedLines, name: String? = nil) -> Level {
        let textEnd = document.lines[lastLine].contentEnd
        return Level(lineIndex: lineIndex, lastLineIndex: lastLine, markerEnd: markerEnd, contentStart: contentStart,
                     textEnd: textEnd, closingTagOffset: document.lines[paragraphLastLine].contentEnd,
                     tags: document.markTags(from: contentStart, to: textEnd, lines: lineIndex...lastLine),
                     needsBlankAfterMarker: isItem, name: name)
    }

    /// The label the entry starts with, if any.
    func label(in document: ClassifiedLines) -> Label? {
        Label.read(document.bytes, from: contentStart, to: document.lines[lineIndex].contentEnd)
    }
}

extension LineKind {
    var isListItem: Bool {
        switch self {
        case .bulletItem, .orderedItem: true
        default: false
        }
    }
}
