/// Counts of the HTML blocks a level may hold (`<details>` and `<summary>`), to report one
/// left open or closed twice: a markdown host then folds away the rest of the file. The
/// editor shows such a level as well as it can, and a save keeps its bytes as they are.
struct TagBalance {
    private static let pairs: [(name: String, open: [UInt8], close: [UInt8])] = ["details", "summary"].map {
        ($0, Array("<\($0)".utf8), Array("</\($0)>".utf8))
    }

    /// A sentence for each unbalanced tag in `text`, or none.
    static func problems(in text: String) -> [String] {
        let bytes = Array(text.utf8)
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
}
