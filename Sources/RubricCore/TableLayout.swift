/// Pipe tables of three or more columns: each row an area, named by its first cell; the
/// other columns its levels, named by the header. A row with a bold first cell and nothing
/// else is a group for the rows below it; before any, the nearest heading above the table
/// is their group.
enum TableLayout {
    static func read(_ document: ClassifiedLines) -> LayoutResult {
        var result = LayoutResult()
        let tables = PipeTable.all(in: document).filter { $0.header.count >= 3 }
        let headings = headingsAbove(tables.map(\.headerLine), in: document)
        for (table, headingAbove) in zip(tables, headings) {
            let levelNames = table.header.dropFirst().map { Plain.inline(document.bytes[$0.text]) }
            var group: Int?
            if let heading = headingAbove {
                if let known = result.groups.firstIndex(where: { $0.lineIndex == heading.lineIndex }) {
                    group = known
                } else {
                    result.groups.append(heading)
                    group = result.groups.count - 1
                }
            }
            for row in table.bodyLines {
                let cells = PipeTable.cells(document, row)
                guard let first = cells.first, !first.isEmpty else { continue }
                let name = Plain.inline(document.bytes[first.text])
                if cells.dropFirst().allSatisfy(\.isEmpty), isBold(document.bytes[first.text]) {
                    result.groups.append(Group(name: name, lineIndex: row))
                    group = result.groups.count - 1
                    continue
                }
                let levels = levelNames.indices.map { column in
                    let index = column + 1
                    guard index < cells.count else {
                        return Level.missing(lineIndex: row, at: document.lines[row].contentEnd, name: levelNames[column])
                    }
                    return level(cells[index], row: row, name: levelNames[column], in: document)
                }
                result.areas.append(Area(name: name, lineIndex: row, group: group, levels: levels, descriptionLines: []))
            }
        }
        return result
    }

    /// A cell as a level: the mark wraps its text, inside the padding; an empty cell gets
    /// `<mark></mark>` where its text would start (after one blank, when it has one).
    private static func level(_ cell: PipeTable.Cell, row: Int, name: String, in document: ClassifiedLines) -> Level {
        let start = cell.isEmpty ? min(cell.range.lowerBound + 1, cell.range.upperBound) : cell.text.lowerBound
        // A cell inside an HTML comment (one opened in an earlier cell) is hidden text: a mark
        // there would not count, so it is no place for one.
        if document.comment(containing: start) != nil {
            return .missing(lineIndex: row, at: start, name: name)
        }
        let end = cell.isEmpty ? start : cell.text.upperBound
        return Level(lineIndex: row, lastLineIndex: row, markerEnd: start, contentStart: start, textEnd: end,
                     closingTagOffset: end, tags: document.markTags(from: start, to: end, lines: row...row),
                     needsBlankAfterMarker: false, name: name)
    }

    private static func isBold(_ text: ArraySlice<UInt8>) -> Bool {
        (text.starts(with: Array("**".utf8)) && text.reversed().starts(with: Array("**".utf8)))
            || (text.starts(with: Array("__".utf8)) && text.reversed().starts(with: Array("__".utf8)))
    }

    /// The nearest heading above each of the lines (in order), as groups: one pass over
    /// the file, however many tables it holds.
    private static func headingsAbove(_ lines: [Int], in document: ClassifiedLines) -> [Group?] {
        var found: [Group?] = []
        var last: Group?
        var index = 0
        for line in lines {
            while index < line {
                if case .heading(let heading) = document.kinds[index] { last = Group(name: Plain.inline(document.bytes[heading.text]), lineIndex: index) }
                index += 1
            }
            found.append(last)
        }
        return found
    }
}

/// Inline markdown as plain text, for names: mark tags, emphasis markers and `\|` escapes go.
enum Plain {
    static func inline(_ slice: ArraySlice<UInt8>) -> String {
        let bytes = Array(slice)
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\\"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "|") {
                out.append(bytes[i + 1])
                i += 2
            } else if ASCII.matches(bytes, at: i, ClassifiedLines.openTag, end: bytes.count) {
                i += ClassifiedLines.openTag.count
            } else if ASCII.matches(bytes, at: i, ClassifiedLines.closeTag, end: bytes.count) {
                i += ClassifiedLines.closeTag.count
            } else if b == UInt8(ascii: "*") || (b == UInt8(ascii: "_") && isEmphasisUnderscore(bytes, i)) {
                i += 1
            } else {
                out.append(b)
                i += 1
            }
        }
        return String(Substring(String(decoding: out, as: UTF8.self)).trimmingCharacters())
    }

    /// An underscore at a word's edge (`_x_`, `__x__`), not inside one (`snake_case`).
    private static func isEmphasisUnderscore(_ bytes: [UInt8], _ i: Int) -> Bool {
        func isWord(_ j: Int) -> Bool {
            guard j >= 0, j < bytes.count else { return false }
            let c = bytes[j]
            return c >= 0x80 || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
        }
        return !(isWord(i - 1) && isWord(i + 1))
    }
}
