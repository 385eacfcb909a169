/// Numbers over time as a line of block characters, one a value, from `low` to `high`
/// (a flat line in the middle when they are equal).
public enum Sparkline {
    static let unicodeBlocks = Array("▁▂▃▄▅▆▇█")
    /// For terminals that can show only ASCII.
    static let asciiBlocks = Array("_.-=+*#@")

    public static func text(_ values: [Int], low: Int, high: Int, ascii: Bool = false) -> String {
        let blocks = ascii ? asciiBlocks : unicodeBlocks
        let range = high - low
        return String(values.map { blocks[range <= 0 ? 3 : min(7, max(0, ($0 - low) * 7 / range))] })
    }

    /// From the lowest of the values to the highest.
    public static func text(_ values: [Int], ascii: Bool = false) -> String {
        text(values, low: values.min() ?? 0, high: values.max() ?? 0, ascii: ascii)
    }
}
