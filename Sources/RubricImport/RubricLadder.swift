import RubricCore

extension ImportedLadder {
    /// A rubric in any layout, with its marks, as a ladder for the lists layout. A level
    /// keeps its markdown; a named level (a table's header, a level heading) starts with its
    /// name in bold; a level the file has no place for says there is no expectation.
    public init(_ rubric: Rubric, source: String) {
        self.init(title: nil, source: source + " (\(rubric.layout.rawValue) layout)", areas: rubric.areas.map { area in
            Area(group: rubric.group(of: area)?.name, name: area.name,
                 levels: area.levels.map { level in
                     guard !level.isMissing else { return ImportedLadder.noExpectation }
                     let text = Self.withoutLabel(Self.body(rubric.text(of: level)), area.name)
                     guard let name = level.name else { return text }
                     return text.isEmpty ? "**\(name)**" : "**\(name)**: \(text)"
                 },
                 current: area.currentLevel)
        })
    }

    /// A level's markdown without mark tags and without its own indentation: the first line
    /// as is, the others shifted left together, so nested lists keep their shape.
    static func body(_ raw: String) -> String {
        // The file's own tags go (in any case); the imported file's mark is written anew.
        let text = raw.replacing(/<\/?mark>/.ignoresCase(), with: "").replacing("\\|", with: "|")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Substring($0) }
        let indents = lines.dropFirst().filter { !$0.allSatisfy { $0 == " " || $0 == "\t" } }.map { $0.prefix { $0 == " " }.count }
        let shift = indents.min() ?? 0
        let rest = lines.dropFirst().map { $0.allSatisfy({ $0 == " " || $0 == "\t" }) ? "" : String($0.dropFirst(shift)) }
        var joined = ([String(lines[0])] + rest).joined(separator: "\n")
        while joined.last == "\n" || joined.last == " " { joined.removeLast() }
        return joined
    }

    /// A headings-layout entry starts with the area's label, which the `##` heading now says.
    static func withoutLabel(_ text: String, _ areaName: String) -> String {
        for prefix in ["**\(areaName)**:", "**\(areaName):**", "**\(areaName)**", "__\(areaName)__:", "__\(areaName):__", "\(areaName):"]
        where text.lowercased().hasPrefix(prefix.lowercased()) {
            return String(text.dropFirst(prefix.count).drop { $0 == " " })
        }
        return text
    }
}
