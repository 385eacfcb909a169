/// Where each part of the screen goes at a given size.
public struct ScreenLayout: Equatable, Sendable {
    public static let minimum = Size(width: 40, height: 10)

    public let size: Size

    public init(size: Size) { self.size = size }

    public var isTooSmall: Bool { size.width < Self.minimum.width || size.height < Self.minimum.height }
    public var titleRow: Int { 0 }
    public var tabRow: Int { 1 }
    public var borderRow: Int { 2 }
    public var bodyTop: Int { 3 }
    public var bodyHeight: Int { max(1, size.height - 6) }
    /// Where a screen's body goes: between the tabs' border and the score bar.
    public var body: Rect { Rect(x: 0, y: bodyTop, width: size.width, height: bodyHeight) }
    public var scoreRow: Int { size.height - 3 }
    public var messageRow: Int { size.height - 2 }
    public var hintRow: Int { size.height - 1 }
}
