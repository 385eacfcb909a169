/// A title a total is worth (`Senior Engineer`), and what it takes.
public struct Title: Equatable, Sendable {
    /// As the titles block writes it, without markup; what a target line names.
    public let name: String
    /// The line of its item in the titles block; nil for a title a level's name implies.
    public let lineIndex: Int?
    /// All must be met. None: always met.
    public let requirements: [Requirement]

    /// Whether a target line naming `text` means this title (without case or surrounding blanks).
    public func isNamed(_ text: String) -> Bool { Label.key(text) == Label.key(name) }
}

/// One condition of a title, read against the ladder's areas.
public struct Requirement: Equatable, Sendable {
    public enum Rule: Equatable, Sendable {
        /// Every area at this level or above.
        case everyArea(level: Int)
        /// At least `count` areas at this level or above.
        case areas(count: Int, level: Int)
        /// The area at this index at this level or above.
        case area(index: Int, level: Int)
        /// A total of at least this many points.
        case points(Int)
        /// Unreadable, naming no area or several, or impossible: never met, and reported.
        case invalid(reason: String)
    }

    /// As written in the block.
    public let text: String
    public let rule: Rule
}

/// Where a ladder's titles come from.
public enum TitleSource: Equatable, Sendable {
    case none
    /// A titles block: its titles go on the score line.
    case block
    /// No titles block, but levels with names (a table's header, level headings): one title per
    /// name, requiring every area at that level. Shown and offered as targets, never written.
    case levelNames
}

extension Rubric {
    /// The title of a set of levels (one per area): the last whose requirements are all met.
    public func titleIndex(levels: [Int]) -> Int? {
        titles.indices.last { meets(title: $0, levels: levels) }
    }

    /// Whether a set of levels meets every requirement of a title.
    public func meets(title index: Int, levels: [Int]) -> Bool {
        titles[index].requirements.allSatisfy { isMet($0, levels: levels) }
    }

    /// The title the current marks give, if any.
    public var currentTitle: Title? { titleIndex(levels: currentLevels).map { titles[$0] } }

    /// The title a target line names, if it names one.
    public var targetTitleIndex: Int? {
        guard let name = scoreSection?.targetLine?.name else { return nil }
        return titles.firstIndex { $0.isNamed(name) }
    }

    public func isMet(_ requirement: Requirement, levels: [Int]) -> Bool {
        switch requirement.rule {
        case .everyArea(let level): levels.allSatisfy { $0 >= level }
        case .areas(let count, let level): levels.lazy.filter { $0 >= level }.count >= count
        case .area(let index, let level): levels[index] >= level
        case .points(let points): total(of: levels) >= points
        case .invalid: false
        }
    }
}
