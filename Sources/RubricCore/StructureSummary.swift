/// What a file holds when no layout finds an area in it, so the refusal can say what was
/// found and what to do.
public struct StructureSummary: Equatable, Sendable, CustomStringConvertible {
    public let headings: Int
    public let numberedLists: Int
    public let bulletItems: Int
    public let tables: Int
    /// YAML front matter that holds a whole ladder (`topics:`): `rubric import` reads it.
    public let hasYAMLLadder: Bool

    init(_ document: ClassifiedLines) {
        var headings = 0, numberedLists = 0, bulletItems = 0
        // A numbered list starts at an item whose previous non-blank line is not part of one.
        var inNumberedList = false
        for kind in document.kinds where kind != .blank {
            switch kind {
            case .orderedItem(let marker, _) where marker.indent <= 3:
                if !inNumberedList { numberedLists += 1 }
                inNumberedList = true
                continue
            case .heading: headings += 1
            case .bulletItem: bulletItems += 1
            default: break
            }
            inNumberedList = inNumberedList && kind.indent > 0
        }
        self.headings = headings
        self.numberedLists = numberedLists
        self.bulletItems = bulletItems
        self.tables = PipeTable.all(in: document).count
        self.hasYAMLLadder = FrontMatter.range(in: document.bytes).map { FrontMatter.mentionsLadder(document.bytes[$0]) } ?? false
    }

    public var description: String {
        func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        return [count(headings, "heading", "headings"), count(numberedLists, "numbered list", "numbered lists"),
                count(bulletItems, "bullet item", "bullet items"), count(tables, "table", "tables")].joined(separator: ", ")
    }
}

/// YAML front matter: a `---` first line, up to the next `---` or `...` line.
public enum FrontMatter {
    /// The bytes between the fences, if the file starts with front matter.
    public static func range(in bytes: [UInt8]) -> Range<Int>? {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard bytes[start...].starts(with: Array("---\n".utf8)) || bytes[start...].starts(with: Array("---\r\n".utf8)) else { return nil }
        let body = start + (bytes[start + 3] == 0x0D ? 5 : 4)
        var lineStart = body
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            var content = lineEnd
            if content > lineStart, bytes[content - 1] == 0x0D { content -= 1 }
            let line = bytes[lineStart..<content]
            if line.elementsEqual(Array("---".utf8)) || line.elementsEqual(Array("...".utf8)) { return body..<lineStart }
            lineStart = lineEnd + 1
        }
        return nil
    }

    /// Whether the front matter holds a ladder: a top-level `topics:` key.
    public static func mentionsLadder(_ yaml: ArraySlice<UInt8>) -> Bool {
        String(decoding: yaml, as: UTF8.self).split(separator: "\n").contains { $0.hasPrefix("topics:") }
    }
}
