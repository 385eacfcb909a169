/// A replacement of a byte range of the original text; an insertion has an empty range.
struct Splice {
    let range: Range<Int>
    let replacement: [UInt8]

    /// Applies non-overlapping splices in one pass. Splices at the same offset keep the order
    /// they were given in.
    static func apply(_ splices: [Splice], to bytes: [UInt8]) -> [UInt8] {
        let ordered = splices.enumerated().sorted {
            ($0.element.range.lowerBound, $0.offset) < ($1.element.range.lowerBound, $1.offset)
        }.map(\.element)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + splices.reduce(0) { $0 + $1.replacement.count })
        var cursor = 0
        for splice in ordered {
            out.append(contentsOf: bytes[cursor..<splice.range.lowerBound])
            out.append(contentsOf: splice.replacement)
            cursor = splice.range.upperBound
        }
        out.append(contentsOf: bytes[cursor...])
        return out
    }
}
