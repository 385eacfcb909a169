/// Something `rubric check` reports: valid enough to use, but probably not what was meant.
public struct Diagnostic: Equatable, Sendable {
    /// How much a finding matters: an error is something the file says wrongly (a stale score,
    /// a conflict, a title or target that can't be right), a warning something that is probably
    /// not what was meant (a typo, levels that differ in number).
    public enum Severity: String, Sendable { case error, warning }

    /// 1-based line number.
    public let line: Int
    public let message: String
    public let severity: Severity

    public init(line: Int, message: String, severity: Severity = .warning) {
        self.line = line
        self.message = message
        self.severity = severity
    }
}

extension Rubric {
    /// Everything worth a person's attention, in line order.
    public var diagnostics: [Diagnostic] {
        var found: [Diagnostic] = []
        for area in areas {
            let unbalancedDescription = TagBalance.problems(in: descriptionText(of: area))
            if !unbalancedDescription.isEmpty {
                found.append(.init(line: area.lineIndex + 1,
                                   message: "the description of area '\(area.name)' has unbalanced HTML: \(unbalancedDescription.joined(separator: "; "))"))
            }
            let marked = area.markedLevels
            if marked.count > 1 {
                let list = marked.map(String.init).joined(separator: ", ")
                found.append(.init(line: area.lineIndex + 1,
                                   message: "area '\(area.name)' has \(marked.count) marked levels (\(list)); level \(area.currentLevel) counts"))
            }
            for (offset, level) in area.levels.enumerated() {
                if level.isMissing {
                    found.append(.init(line: level.lineIndex + 1, message: "level \(offset + 1) of area '\(area.name)' is missing (no cell or entry for it), so it can't be marked"))
                } else if level.isEmpty {
                    found.append(.init(line: level.lineIndex + 1, message: "level \(offset + 1) of area '\(area.name)' is empty"))
                }
                let unbalanced = TagBalance.problems(in: text(of: level))
                if !unbalanced.isEmpty {
                    found.append(.init(line: level.lineIndex + 1, message: "level \(offset + 1) of area '\(area.name)' has unbalanced HTML: \(unbalanced.joined(separator: "; "))"))
                }
            }
        }
        for index in headingsWithoutLevels {
            found.append(.init(line: index + 1, message: "heading has no levels (no numbered list under it), so it is not an area"))
        }
        for index in conflictMarkerLines {
            found.append(.init(line: index + 1, message: "a merge conflict marker: resolve the conflict (keep one side, one score) before marking", severity: .error))
        }
        found += scoreDiagnostics()
        found += titleDiagnostics()
        found += declarationProblems
        found += evidence?.problems ?? []
        found += typoDiagnostics()
        found += levelCountDiagnostics()
        found += layoutDiagnostics()
        return found.sorted { $0.line < $1.line }
    }

    /// Each marked area with no evidence: what `rubric check --evidence` adds, for a ladder
    /// whose marks are expected to be argued for.
    public var missingEvidence: [Diagnostic] {
        areas.indices.filter { areas[$0].currentLevel > 0 && evidenceText(ofArea: $0) == nil }.map { index in
            Diagnostic(line: areas[index].lineIndex + 1, message: "area '\(areas[index].name)' is marked at \(areas[index].currentLevel) with no evidence")
        }
    }

    /// A detected layout that reads far less of the file than another would (less than half
    /// its levels): detection takes the first layout with a two-level area, and a how-to list
    /// can come before the ladder. (Bullets and headings can read one file either way round,
    /// with about as many levels: that is no reason to warn.)
    private func layoutDiagnostics() -> [Diagnostic] {
        guard layoutChoice != .declared else { return [] }
        let levels = areas.reduce(0) { $0 + $1.maximum }
        let document = self.document
        let better = Layout.allCases.filter { $0 != layout }.map { ($0, $0.read(document).areas) }
            .filter { _, areas in areas.reduce(0) { $0 + $1.maximum } >= 2 * levels }
            .max { $0.1.reduce(0) { $0 + $1.maximum } < $1.1.reduce(0) { $0 + $1.maximum } }
        guard let (other, otherAreas) = better else { return [] }
        let count = otherAreas.reduce(0) { $0 + $1.maximum }
        return [Diagnostic(line: 1, message: "the \(other.rawValue) layout finds \(otherAreas.count) areas with \(count) levels in all, more than the "
            + "\(layout.rawValue) layout's \(areas.count) with \(levels); to read the file that way, add <!-- rubric: layout=\(other.rawValue) --> on a line of its own")]
    }

    /// Areas whose number of levels differs from most areas': often a sign that the file is
    /// read in the wrong layout (or a level is missing).
    private func levelCountDiagnostics() -> [Diagnostic] {
        var counts: [Int: Int] = [:]
        for area in areas { counts[area.maximum, default: 0] += 1 }
        guard counts.count > 1, let usual = counts.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) })?.key else { return [] }
        return areas.filter { $0.maximum != usual }.map { area in
            Diagnostic(line: area.lineIndex + 1, message: "area '\(area.name)' has \(area.maximum) \(area.maximum == 1 ? "level" : "levels") "
                + "where most areas have \(usual) (read as the \(layout.rawValue) layout; a <!-- rubric: layout=NAME --> comment can choose another)")
        }
    }

    private func scoreDiagnostics() -> [Diagnostic] {
        let expected = Self.scoreText(total: total, maximum: maximum)
        guard let section = scoreSection else {
            return [.init(line: lines.count, message: "no '## Score' section (the score is \(expected))", severity: .error)]
        }
        guard let line = section.scoreLine else {
            return [.init(line: section.headingLineIndex + 1, message: "score section has no 'N/M' line (the score is \(expected))", severity: .error)]
        }
        if line.total != total || line.maximum != maximum {
            return [.init(line: line.lineIndex + 1,
                          message: "stale score: says \(Self.scoreText(total: line.total, maximum: line.maximum)), the marks give \(expected)", severity: .error)]
        }
        let title = writtenTitle(levels: currentLevels)
        if titleSource == .block, line.statedTitle != title {
            let says = line.statedTitle.map { "'\($0)'" } ?? "no title"
            return [.init(line: line.lineIndex + 1, message: "stale title: says \(says), the marks give \(title.map { "'\($0)'" } ?? "no title")", severity: .error)]
        }
        return []
    }

    /// Requirements that can never be met, and a target that names no title.
    private func titleDiagnostics() -> [Diagnostic] {
        var found: [Diagnostic] = []
        for title in titles {
            for requirement in title.requirements {
                guard case .invalid(let reason) = requirement.rule, let index = title.lineIndex else { continue }
                found.append(.init(line: index + 1, message: "title '\(title.name)': requirement '\(requirement.text)' \(reason.hasPrefix("can't") || reason.hasPrefix("names") ? "" : "can never be met: ")\(reason)",
                                   severity: .error))
            }
        }
        let known = titles.isEmpty ? "the ladder has no titles" : "titles: " + titles.map(\.name).joined(separator: ", ")
        if let target = scoreSection?.targetLine, targetTitleIndex == nil {
            let named = target.name.isEmpty ? "the Target: line names no title" : "unknown target '\(target.name)'"
            found.append(.init(line: target.lineIndex + 1, message: "\(named) (\(known))", severity: .error))
        }
        for index in scoreSection?.otherTargetLineIndices ?? [] {
            found.append(.init(line: index + 1, message: "a second Target: line (the first counts); it is ignored"))
        }
        return found
    }
}
