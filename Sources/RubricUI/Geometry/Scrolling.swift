/// The one scroll policy of every list on screen (levels, overview, history, the boxes):
/// move as little as possible from where the list is, so that what must be seen is.
enum Scrolling {
    /// The first row to show, nearest `current`, so that `rows` are in view in a window of
    /// `height` rows over a list of `count`: all of them when they fit, else the window stays
    /// within them (a tall level is read line by line). Never past the list's end, where a
    /// taller window would show more above. Nil `rows` only keeps the window in the list.
    static func top(revealing rows: ClosedRange<Int>? = nil, near current: Int, height: Int, count: Int) -> Int {
        var top = current
        if let rows {
            let first = rows.lowerBound, last = rows.upperBound - height + 1
            top = min(max(current, min(first, last)), max(first, last))
        }
        return max(0, min(top, count - height))
    }
}
