import RubricCore
import RubricStyle

/// Every level of a rubric as the search reads it: its text as shown, lower-cased, kept as
/// UTF-8 in two buffers (names and text; details), each level's part ended by a NUL, which no
/// file and no typed query holds. A keystroke is then one pass over the bytes, eight at a
/// time, instead of a Unicode comparison per level: at 5 MB, milliseconds instead of half a
/// second. Matching is by bytes of the lower-cased text, as grep matches.
public struct SearchIndex: Sendable {
    private var levels: [(area: AreaID, level: Int)] = []
    private var text: [UInt8] = []
    private var details: [UInt8] = []
    /// Where each level's part starts in `text` and in `details`.
    private var textStarts: [Int] = []
    private var detailStarts: [Int] = []

    public init(_ rubric: Rubric, ids: [AreaID], glyphs: Glyphs) {
        for index in rubric.areas.indices {
            for (level, shown) in DisplayArea(rubric, area: index, glyphs: glyphs).levels.enumerated() {
                levels.append((ids[index], level))
                textStarts.append(text.count)
                text += ((shown.name ?? "") + "\n" + shown.text).lowercased().utf8
                text.append(0)
                detailStarts.append(details.count)
                details += shown.details.map { $0.summary + "\n" + $0.body }.joined(separator: "\n").lowercased().utf8
                details.append(0)
            }
        }
    }

    /// The levels whose text, else whose details, hold `wanted` (lower-cased UTF-8), in order.
    func matches(of wanted: [UInt8]) -> [Search.Match] {
        let inText = Self.levels(holding: wanted, in: text, starts: textStarts)
        let inDetails = Self.levels(holding: wanted, in: details, starts: detailStarts)
        return levels.indices.compactMap { index in
            guard inText[index] || inDetails[index] else { return nil }
            return Search.Match(area: levels[index].area, level: levels[index].level, inDetails: !inText[index])
        }
    }

    /// For each level, whether its part of `bytes` holds `wanted`.
    private static func levels(holding wanted: [UInt8], in bytes: [UInt8], starts: [Int]) -> [Bool] {
        var found = [Bool](repeating: false, count: starts.count)
        bytes.withUnsafeBufferPointer { buffer in
            var from = 0, level = 0
            while let hit = ASCII.firstIndex(of: wanted, in: buffer, from: from) {
                // The level the hit is in: parts are in order, so the cursor only moves on.
                while level + 1 < starts.count, starts[level + 1] <= hit { level += 1 }
                found[level] = true
                // One hit is enough: go on from the next level's part.
                guard level + 1 < starts.count else { break }
                from = starts[level + 1]
            }
        }
        return found
    }
}
