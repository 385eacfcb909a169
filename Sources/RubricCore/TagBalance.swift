/// Counts of the HTML blocks a level may hold (`<details>` and `<summary>`), to report one
/// left open or closed twice: a markdown host then folds away the rest of the file. The
/// editor shows such a level as well as it can, and a save keeps its bytes as they are.
/// Tags inside code (fenced blocks, `inline spans`) are text, not HTML, and don't count.
enum TagBalance {
    private static let pairs: [(name: String, open: [UInt8], close: [UInt8])] = ["details", "summary"].map {
        ($0, Array("<\($0)".utf8), Array("</\($0)>".utf8))
    }

    /// A phrase for each unbalanced tag in `text`, or none.
    static func problems(in text: String) -> [String] {
        let bytes = withoutCode(Array(text.utf8))
        return pairs.compactMap { pair in
            let opened = count(pair.open, in: bytes, followedByEndOfName: true)
            let closed = count(pair.close, in: bytes, followedByEndOfName: false)
            guard opened != closed else { return nil }
            return "<\(pair.name)> opened \(opened), closed \(closed)"
        }
    }

    /// Occurrences of an ASCII tag in any case; an opening tag must end its name there
    /// (`<details>` or `<details open>`, not `<detailsx>`).
    private static func count(_ tag: [UInt8], in bytes: [UInt8], followedByEndOfName: Bool) -> Int {
        var found = 0
        var from = 0
        while let start = ASCII.find(tag, in: bytes, from: from, end: bytes.count) {
            from = start + tag.count
            let next = from < bytes.count ? bytes[from] : 0
            if !followedByEndOfName || next == UInt8(ascii: ">") || ASCII.isBlank(next) || next == 0x0A || next == 0x0D { found += 1 }
        }
        return found
    }

    /// The text with fenced code lines and backtick spans left out.
    static func withoutCode(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(UInt8(ascii: "`")) || bytes.contains(UInt8(ascii: "~")) else { return bytes }
        var kept: [UInt8] = []
        var inFence = false
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let trimmed = line.drop { ASCII.isBlank($0) }
            if trimmed.starts(with: Array("```".utf8)) || trimmed.starts(with: Array("~~~".utf8)) {
                inFence.toggle()
                continue
            }
            guard !inFence else { continue }
            var inSpan = false
            for byte in line {
                if byte == UInt8(ascii: "`") { inSpan.toggle(); continue }
                if !inSpan { kept.append(byte) }
            }
            kept.append(0x0A)
        }
        return kept
    }
}
