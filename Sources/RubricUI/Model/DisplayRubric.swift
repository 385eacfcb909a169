import RubricCore

/// A `<details>` block of a level: its summary line and the text it hides.
public struct DisplayDetails: Equatable, Sendable {
    public let summary: String
    public let body: String
}

/// A level as a person reads it: no markup, control characters made visible.
public struct DisplayLevel: Equatable, Sendable {
    public let text: String
    public let details: [DisplayDetails]
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
    public init(_ rubric: Rubric, area index: Int) {
        let area = rubric.areas[index]
        self.init(
            name: SafeText.sanitized(area.name),
            group: rubric.group(of: area).map { SafeText.sanitized($0.name) },
            description: MarkupText.paragraphs(rubric.descriptionText(of: area)),
            levels: area.levels.map { MarkupText.level(rubric.text(of: $0)) }
        )
    }
}
