import RubricCore
import RubricStyle

/// A `<details>` block of a level: its summary line and the text it hides.
public struct DisplayDetails: Equatable, Sendable {
    public let summary: String
    public let body: String
}

/// A level as a person reads it: no markup, control characters made visible.
public struct DisplayLevel: Equatable, Sendable {
    public var text: String
    public var details: [DisplayDetails]
    /// The level's name where the layout gives one (a table's header, a level heading).
    public var name: String? = nil
}

extension DisplayLevel {
    func folded(_ glyphs: Glyphs) -> DisplayLevel {
        guard glyphs.isASCII else { return self }
        return DisplayLevel(text: glyphs.text(text),
                            details: details.map { DisplayDetails(summary: glyphs.text($0.summary), body: glyphs.text($0.body)) },
                            name: name.map(glyphs.text))
    }
}

/// An area as shown on screen.
public struct DisplayArea: Equatable, Sendable {
    public let name: String
    public let group: String?
    /// Paragraphs of the text around the list, without blank lines.
    public let description: [String]
    public let levels: [DisplayLevel]
}

extension DisplayArea {
    /// The display form of one area, built when it is shown: a file with thousands of areas
    /// opens without converting every one of them first.
    /// With ASCII glyphs, characters ASCII lacks become `?` here, before wrapping, so the
    /// lines are laid out at the widths they are drawn with.
    public init(_ rubric: Rubric, area index: Int, glyphs: Glyphs = .unicode) {
        let area = rubric.areas[index]
        self.init(
            name: glyphs.text(SafeText.sanitized(area.name)),
            group: rubric.group(of: area).map { glyphs.text(SafeText.sanitized($0.name)) },
            description: MarkupText.paragraphs(rubric.descriptionText(of: area)).map(glyphs.text),
            levels: area.levels.map { level in
                var shown = MarkupText.level(rubric.text(of: level))
                shown.name = level.name.map(SafeText.sanitized)
                // A level the file has no place for (a row without the cell) says so.
                if level.isMissing { shown.text = "(not in this file: no cell or entry for this level)" }
                return shown.folded(glyphs)
            }
        )
    }
}
