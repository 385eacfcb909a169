import RubricStyle

/// One tab per area, "Architecture 2/5". When they don't all fit, the window of tabs slides
/// so the current one shows, and ◀ ▶ say more exist on that side.
enum TabBar {
    /// Draws the tabs and returns each drawn tab's region, for clicks.
    static func draw(_ state: AppState, row: Int, into grid: inout Grid) -> [Region] {
        let separator = state.glyphs.tabSeparator
        let document = state.document
        // "Architecture 2/5", or with a second assessment both levels, "Architecture 2 ◆3",
        // flagged where they differ.
        // Only the tabs near the current one are labelled and measured: a large file has
        // thousands of areas, and a row shows a dozen.
        func label(_ index: Int) -> String {
            let id = document.areaIDs[index], level = document.level(of: id)
            guard let other = state.against else { return " \(state.areaNames[index]) \(level)/\(state.rubric.areas[index].maximum) " }
            let flag = state.differs(id) ? state.glyphs.differs : ""
            return " \(flag)\(state.areaNames[index]) \(state.glyphs.pair(String(level), other.level(of: id).map(String.init) ?? "-")) "
        }
        let count = state.areaNames.count
        // The overview's selected area is the one its tab shows as current.
        let current = document.position(of: state.selectedArea) ?? 0
        let gap = CharacterWidth.of(separator)
        let (first, last) = allFit(count: count, width: { CharacterWidth.of(label($0)) }, gap: gap, room: grid.width)
            ? (0, count - 1)
            : window(around: current, count: count, width: { CharacterWidth.of(label($0)) }, gap: gap, room: grid.width - 4)
        var x = first > 0 ? 2 : 0
        if first > 0 { grid.put(state.glyphs.moreLeft, x: 0, y: row, role: .border) }
        let limit = last < count - 1 ? grid.width - 2 : grid.width
        var regions: [Region] = []
        for index in first...last {
            if index > first { x = grid.put(separator, x: x, y: row, role: .border, limit: limit) }
            var label = label(index)
            if CharacterWidth.of(label) > limit - x { label = TextWrap.truncated(label, width: max(2, limit - x), ellipsis: state.glyphs.ellipsis) }
            let start = x
            x = grid.put(label, x: x, y: row, role: index == current ? .activeTab : .tab, limit: limit)
            regions.append(Region(rect: Rect(x: start, y: row, width: x - start, height: 1), target: .tab(document.areaIDs[index])))
        }
        if last < count - 1 { grid.put(state.glyphs.moreRight, x: grid.width - 1, y: row, role: .border) }
        // ◀ and ▶ open the hidden tab next to the ones shown.
        if first > 0 { regions.append(Region(rect: Rect(x: 0, y: row, width: 2, height: 1), target: .tab(document.areaIDs[first - 1]))) }
        if last < count - 1 {
            regions.append(Region(rect: Rect(x: grid.width - 2, y: row, width: 2, height: 1), target: .tab(document.areaIDs[last + 1])))
        }
        return regions
    }

    /// Whether every tab fits in `room`, measuring no more tabs than fill it.
    private static func allFit(count: Int, width: (Int) -> Int, gap: Int, room: Int) -> Bool {
        var used = -gap
        for index in 0..<count {
            used += gap + width(index)
            if used > room { return false }
        }
        return true
    }

    /// The run of tabs to show: from the first tab when the current one fits with it,
    /// else starting only as far right as needed; then as many more as fit.
    private static func window(around current: Int, count: Int, width: (Int) -> Int, gap: Int, room: Int) -> (Int, Int) {
        var first = current, last = current
        var used = width(current)
        while first > 0 {
            let wider = used + gap + width(first - 1)
            guard wider <= room else { break }
            used = wider
            first -= 1
        }
        while last + 1 < count {
            let wider = used + gap + width(last + 1)
            guard wider <= room else { break }
            used = wider
            last += 1
        }
        return (first, last)
    }
}
