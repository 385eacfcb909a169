import RubricCore

/// A ladder on its way to the lists layout: areas in order, each with its levels' text and
/// the level the person is at. `markdown` writes it as the example's layout, score included.
public struct ImportedLadder: Equatable, Sendable {
    public struct Area: Equatable, Sendable {
        public var group: String?
        public var name: String
        /// Each level's text in markdown, first line first; never empty.
        public var levels: [String]
        public var current: Int
    }

    public var title: String?
    /// Where it came from, for the line under the title.
    public var source: String
    public var areas: [Area]

    /// The text a level gets when the ladder sets no expectation there, so that level N
    /// means the same in every area.
    public static let noExpectation = "No expectation is set at this level."

    /// The ladder in the lists layout: `#` groups, `##` areas, numbered levels with the
    /// current one marked, and the score. `rubric check` finds nothing to report in it.
    public func markdown() -> String {
        var out = ""
        if let title { out += "**\(Self.oneLine(title))**\n\n" }
        out += "Imported from \(source) by `rubric import`.\n"
        var group: String?
        for area in areas {
            if let areaGroup = area.group, areaGroup != group {
                out += "\n# \(Self.oneLine(areaGroup))\n"
                group = areaGroup
            }
            out += "\n## \(Self.oneLine(area.name))\n\n"
            for (index, text) in area.levels.enumerated() {
                var body = text.isEmpty ? Self.noExpectation : text
                if index + 1 == area.current { body = "<mark>" + body + "</mark>" }
                let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
                out += "\(index + 1). " + lines[0] + "\n"
                for line in lines.dropFirst() { out += (line.isEmpty ? "" : "   " + line) + "\n" }
            }
        }
        let total = areas.reduce(0) { $0 + $1.current }
        let maximum = areas.reduce(0) { $0 + $1.levels.count }
        out += "\n## Score\n\n\(Rubric.scoreText(total: total, maximum: maximum))\n"
        return out
    }

    /// A heading's text must stay on one line.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    }
}
