import RubricCore

extension ImportedLadder {
    /// A rubric in any layout, with its marks, as a ladder for the lists layout. A level
    /// keeps its markdown; a named level (a table's header, a level heading) starts with its
    /// name in bold; a level the file has no place for says there is no expectation.
    /// The introduction and the areas' descriptions come along; what can't (text that
    /// belongs to no area, cells beyond a table's header) is listed in `notCarried`.
    public init(_ rubric: Rubric, source: String) {
        self.init(title: rubric.title, source: source + " (\(rubric.layout.rawValue) layout)", areas: rubric.areas.map { area in
            Area(group: rubric.group(of: area)?.name, name: area.name,
                 levels: area.levels.map { level in
                     guard !level.isMissing else { return ImportedLadder.noExpectation }
                     let text = Self.withoutLabel(Self.body(rubric.text(of: level)), area.name)
                     guard let name = level.name else { return text }
                     return text.isEmpty ? "**\(name)**" : "**\(name)**: \(text)"
                 },
                 current: area.currentLevel,
                 description: Self.body(rubric.descriptionText(of: area)).split(separator: "\n", omittingEmptySubsequences: false)
                    .drop { $0.allSatisfy(\.isWhitespace) }.joined(separator: "\n"))
        })
        introduction = rubric.introduction
        for index in rubric.areas.indices { evidence[index] = rubric.evidenceText(ofArea: index) }
        evidenceNotes = rubric.evidenceNotes ?? ""
        for problem in rubric.evidence?.sections.filter({ $0.areaIndex == nil }) ?? [] {
            notCarried.append("the evidence section '\(problem.title)' (line \(problem.headingLineIndex + 1)) names no area, or one named before it, and is not carried over")
        }
        if let target = rubric.scoreSection?.targetLine {
            notCarried.append("the target line (line \(target.lineIndex + 1)) is not carried over, as the titles it names are not")
        }
        if let titles = rubric.titlesBlock {
            notCarried.append("the titles block (line \(titles.headingLineIndex + 1)) is not carried over; copy it into the new file to keep the titles")
        }
        let outside = rubric.linesOutsideTheLadder
        if !outside.isEmpty {
            notCarried.append("\(Self.lineList(outside)) \(outside.count == 1 ? "belongs" : "belong") to no area, level or description "
                + "(a level's summary, text under a group) and \(outside.count == 1 ? "is" : "are") not carried over")
        }
        for area in rubric.areas {
            let extra = rubric.cellsBeyondTheHeader(of: area)
            if extra > 0 { notCarried.append("the row of '\(area.name)' has \(extra) \(extra == 1 ? "cell" : "cells") beyond the header's levels, not carried over") }
        }
    }

    /// Line indices as a person reads them: "line 4", "lines 4-6, 9".
    static func lineList(_ indices: [Int]) -> String {
        var runs: [ClosedRange<Int>] = []
        for index in indices.sorted() {
            if let last = runs.last, index == last.upperBound + 1 { runs[runs.count - 1] = last.lowerBound...index } else { runs.append(index...index) }
        }
        let text = runs.map { $0.count == 1 ? "\($0.lowerBound + 1)" : "\($0.lowerBound + 1)-\($0.upperBound + 1)" }.joined(separator: ", ")
        return (indices.count == 1 ? "line " : "lines ") + text
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
