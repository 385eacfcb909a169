/// A pipe table as GitHub reads one: a header row, a delimiter row (`| --- | :-: |`), then
/// body rows up to the first line that is not a row. Cells split at pipes, except an
/// escaped one (`\|`).
struct PipeTable {
    let headerLine: Int
    let bodyLines: Range<Int>
    /// The header's cells: the table's width.
    let header: [Cell]

    /// One cell: the bytes between its pipes, and its text without the blanks around it.
    struct Cell {
        let range: Range<Int>
        let text: Range<Int>
        var isEmpty: Bool { text.isEmpty }
    }

    /// Every table in the file, outside code, comments and the score section, in order.
    static func all(in document: ClassifiedLines) -> [PipeTable] {
        var tables: [PipeTable] = []
        var index = 0
        let count = document.lines.count
        while index + 1 < count {
            guard isRowCandidate(document, index), isDelimiterRow(document, index + 1),
                  cells(document, index).count == cells(document, index + 1).count else { index += 1; continue }
            var end = index + 2
            while end < count, isRowCandidate(document, end) { end += 1 }
            tables.append(PipeTable(headerLine: index, bodyLines: (index + 2)..<end, header: cells(document, index)))
            index = end
        }
        return tables
    }

    /// The cells of a row line.
    static func cells(_ document: ClassifiedLines, _ index: Int) -> [Cell] {
        let bytes = document.bytes
        let line = document.lines[index]
        var start = document.textStart(of: index)
        while start < line.contentEnd, ASCII.isBlank(bytes[start]) { start += 1 }
        var end = line.contentEnd
        while end > start, ASCII.isBlank(bytes[end - 1]) { end -= 1 }
        // A leading and a trailing pipe frame the row; they don't make cells.
        if start < end, bytes[start] == pipe { start += 1 }
        if end > start, bytes[end - 1] == pipe, !(end - 2 >= start && bytes[end - 2] == backslash) { end -= 1 }
        var cells: [Cell] = []
        var cellStart = start
        var i = start
        while i <= end {
            if i == end || (bytes[i] == pipe && bytes[i - 1] != backslash) {
                cells.append(cell(bytes, cellStart..<i))
                cellStart = i + 1
            }
            i += 1
        }
        return cells
    }

    private static let pipe = UInt8(ascii: "|")
    private static let backslash = UInt8(ascii: "\\")

    private static func cell(_ bytes: [UInt8], _ range: Range<Int>) -> Cell {
        var start = range.lowerBound, end = range.upperBound
        while start < end, ASCII.isBlank(bytes[start]) { start += 1 }
        while end > start, ASCII.isBlank(bytes[end - 1]) { end -= 1 }
        return Cell(range: range, text: start..<end)
    }

    /// A text line with a pipe in it, outside code and comments.
    private static func isRowCandidate(_ document: ClassifiedLines, _ index: Int) -> Bool {
        guard case .text = document.kinds[index], !document.isScoreLine(index) else { return false }
        let line = document.lines[index]
        guard document.comment(containing: line.start) == nil else { return false }
        return ASCII.find([pipe], in: document.bytes, from: line.start, end: line.contentEnd) != nil
    }

    /// `| --- | :--: |`: every cell dashes, with an optional colon at either end.
    private static func isDelimiterRow(_ document: ClassifiedLines, _ index: Int) -> Bool {
        guard isRowCandidate(document, index) else { return false }
        let cells = cells(document, index)
        return cells.allSatisfy { cell in
            var bytes = document.bytes[cell.text]
            if bytes.first == UInt8(ascii: ":") { bytes = bytes.dropFirst() }
            if bytes.last == UInt8(ascii: ":") { bytes = bytes.dropLast() }
            return !bytes.isEmpty && bytes.allSatisfy { $0 == UInt8(ascii: "-") }
        }
    }
}
