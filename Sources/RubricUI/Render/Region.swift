import RubricCore

/// A rectangle of the screen, in cells.
public struct Rect: Equatable, Sendable {
    public var x: Int, y: Int, width: Int, height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x; self.y = y; self.width = max(0, width); self.height = max(0, height)
    }

    public func contains(x px: Int, y py: Int) -> Bool { px >= x && px < x + width && py >= y && py < y + height }
    public var right: Int { x + width }
    public var bottom: Int { y + height }
}

/// What a click can hit.
public enum HitTarget: Equatable, Sendable {
    /// An area's tab.
    case tab(AreaID)
    /// A level of the shown area, by its index (from 0, where levels are numbered from 1):
    /// its text selects it.
    case level(index: Int)
    /// A level's number and mark indicator: toggles the mark.
    case mark(index: Int)
    /// A level's `<details>` summary: opens or closes them.
    case details(index: Int)
    /// "? help" on the title line.
    case help
    /// An area's row in the overview.
    case overviewRow(AreaID)
    /// A title's row on the titles screen: selects it.
    case title(index: Int)
}

/// A part of a frame that a click can hit, as the view drew it.
public struct Region: Equatable, Sendable {
    public let rect: Rect
    public let target: HitTarget
}

/// A drawn state: the cells, and what a click on them means. The runtime keeps the last
/// frame to turn a click's position into a `HitTarget`, as ratatui apps keep their `Rect`s.
public struct Frame: Sendable {
    public let grid: Grid
    public let regions: [Region]

    /// What a click at a cell hits: the last region drawn there, as that one is on top.
    public func target(x: Int, y: Int) -> HitTarget? {
        regions.last { $0.rect.contains(x: x, y: y) }?.target
    }
}
