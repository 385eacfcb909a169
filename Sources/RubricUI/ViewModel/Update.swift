import RubricCore

/// The view model's one transition function: `(State, Event) -> (State, [Effect])`.
///
/// Pure, like bubbletea's Update: no I/O, no clock, no terminal. The runtime turns keys,
/// clicks, resizes and the results of effects into events and performs the effects returned.
public func update(_ state: AppState, _ event: Event) -> (AppState, [Effect]) {
    var next = state
    let effects = next.handle(event)
    return (next, effects)
}

extension AppState {
    mutating func handle(_ event: Event) -> [Effect] {
        switch event {
        case .key(let key):
            message = nil
            if let prompt { return answer(prompt, with: key) }
            let behavior = screen.behavior
            return behavior.perform(behavior.keys(self).action(for: key), in: &self)
        case .click(let target):
            guard prompt == nil, !isTooSmall else { return [] }
            message = nil
            // A box closes on a click anywhere, as on any key.
            if screen.isBox { screens.removeLast(); return [] }
            guard let target else { return [] }
            let behavior = screen.behavior
            return actions(for: target).flatMap { behavior.perform($0, in: &self) }
        case .wheel(let step):
            guard prompt == nil, !isTooSmall else { return [] }
            return screen.behavior.perform(step < 0 ? .up : .down, in: &self)
        case .resize(let newSize):
            size = newSize
            if screen.isBox { boxScroll = BoxLayout(state: self).clamped(scroll: boxScroll) }
            return []
        case .saveSucceeded(let path, let saved):
            document.saved(as: saved)
            prompt = nil
            saveAllowance.remove(.changedOnDisk)
            message = Message(text: "Saved to \(glyphs.text(SafeText.sanitized(path)))", isError: false)
            var effects: [Effect] = []
            // The rescue copy's work is now in the file: the copy has done its job.
            if let copy = openedRescue, copy.marks == document.marks, copy.target == document.target,
               copy.evidence.allSatisfy({ document.evidenceText(of: $0.key) == ($0.value.isEmpty ? nil : $0.value) }) {
                openedRescue = nil
                effects.append(.removeRescueCopies(paths: [copy.path]))
                message = Message(text: "Saved; removed \(copy.name), whose marks the file now holds", isError: false)
            }
            return effects + (quitAfterSave ? [.quit] : [.check])
        case .saveFailed(let reason):
            endSaveAttempt()
            message = Message(text: "Not saved: \(glyphs.text(SafeText.sanitized(reason)))", isError: true)
            return []
        case .fileChangedOnDisk:
            prompt = .conflict
            return []
        case .fileIsReadOnly(let file):
            let owner = file.owner.map { glyphs.text(SafeText.sanitized($0)) }
            guard let blocker = file.blocker else {
                prompt = .readOnly(owner: owner)
                return []
            }
            // Offering to write over it would offer what can only fail, or take the file.
            endSaveAttempt()
            let whose = owner.map { " (it belongs to \($0))" } ?? ""
            message = Message(text: "Not saved: \(fileName) is read-only\(whose) and \(glyphs.text(SafeText.sanitized(blocker)))", isError: true)
            return []
        case .reloaded(let newRubric):
            replaceRubric(newRubric)
            message = Message(text: "Reloaded from disk", isError: false)
            return [.check]
        case .reloadFailed(let reason):
            prompt = nil
            message = Message(text: "Not reloaded: \(glyphs.text(SafeText.sanitized(reason)))", isError: true)
            return []
        case .historyLoaded(let loaded, let warnings):
            history = .loaded(loaded)
            historySelection = 0
            historyScroll = 0
            // Said as the command line says it, the first and how many more.
            if let first = warnings.first {
                let more = warnings.count > 1 ? " (and \(warnings.count - 1) more: rubric history lists them)" : ""
                message = Message(text: glyphs.text(SafeText.sanitized(first)) + more, isError: true)
            }
            return []
        case .historyFailed(let reason):
            history = .failed(glyphs.text(SafeText.sanitized(reason)))
            return []
        case .rescueCopiesRemoved(let count, let failure):
            if let failure {
                message = Message(text: glyphs.text(SafeText.sanitized(failure)), isError: true)
            } else if message == nil {
                message = Message(text: "Removed \(count) rescue \(count == 1 ? "copy" : "copies")", isError: false)
            }
            return []
        case .checked(let found, let bytes):
            // A check of a document since replaced (by a save or a reload) is out of date.
            guard bytes == rubric.bytes else { return [] }
            // Announced once, when they first appear, unless something else is being said.
            if !found.isEmpty, problems.isEmpty, message == nil, prompt == nil {
                message = Message(text: "\(found.count) \(found.count == 1 ? "problem" : "problems") in this file: ! lists them", isError: true)
            }
            problems = found
            return []
        case .searchIndexed(let index, let request):
            adoptSearchIndex(index, request: request)
            return []
        case .evidenceEdited(let id, let text):
            let name = areaNames[document.position(of: id) ?? 0]
            do {
                let changed = try document.setEvidence(text, of: id)
                refusedEvidence[id] = nil
                message = Message(text: changed ? "Evidence for \(name) changed: s saves it, u undoes it" : "Evidence for \(name) unchanged", isError: false)
            } catch {
                refusedEvidence[id] = text
                message = Message(text: "Evidence not taken: a shallow heading, an open fence or a declaration in it would change the file; E reopens your text",
                                  isError: true)
            }
            return []
        case .evidenceEditFailed(let reason):
            message = Message(text: "Evidence unchanged: \(glyphs.text(SafeText.sanitized(reason)))", isError: true)
            return []
        }
    }

    /// What a click on a drawn part asks, as the keys would: a tab or an overview row opens
    /// its area, a level's text selects it, its mark indicator selects and toggles it, a
    /// details line selects it and opens or closes its details, "? help" opens the help.
    private func actions(for target: HitTarget) -> [Action] {
        switch target {
        case .level(let index), .mark(let index), .details(let index):
            // A level of the shown area, as the frame clicked on showed it; a stale one is ignored.
            guard index < document.area(area)?.maximum ?? 0, screens.last == .levels else { return [] }
        default:
            break
        }
        return switch target {
        case .tab(let id), .overviewRow(let id): [.openArea(id)]
        case .level(let index): [.select(index: index)]
        case .mark(let index): [.select(index: index), .toggle]
        case .details(let index): [.select(index: index), .details]
        case .help: [.help]
        case .title(let index): [.select(index: index)]
        }
    }

    // MARK: - What every full screen's keys do

    /// The keys the levels screen and the overview share: searching, history, saving,
    /// quitting, the boxes, and the terminal's own. Nil for an action that isn't one of them.
    mutating func performShared(_ action: Action) -> [Effect]? {
        switch action {
        case .mark(let level):
            let selected = selectedArea
            let count = document.area(selected)?.maximum ?? 0
            guard level <= count else {
                message = Message(text: "\(areaNames[document.position(of: selected) ?? 0]) has \(count) levels", isError: true)
                return []
            }
            if level > 0 { cursors[selected] = level - 1 }
            setLevel(level, of: selected)
        case .history: return openHistory()
        case .titles: openTitles()
        case .showEvidence: openBox(.evidence)
        case .editEvidence:
            let id = selectedArea
            return [.editEvidence(area: id, text: refusedEvidence[id] ?? document.evidenceText(of: id) ?? "")]
        case .openArea(let id): open(area: id)
        case .search: return beginSearch()
        case .nextDifference: goToDifference(step: 1)
        case .previousDifference: goToDifference(step: -1)
        case .takeOther: takeOthersLevel()
        case .stopComparing: stopComparing()
        case .nextMatch: goToMatch(step: 1)
        case .previousMatch: goToMatch(step: -1)
        case .undo: stepHistory(undo: true)
        case .redo: stepHistory(undo: false)
        case .save: return save()
        case .quit:
            if isModified { prompt = .quit; return [] }
            return [.quit]
        case .help: openBox(.help)
        case .problems:
            if problems.isEmpty {
                message = Message(text: "No problems: 'rubric check' finds nothing to report", isError: false)
            } else {
                openBox(.problems)
            }
        case .redraw: return [.redraw]
        case .suspend: return [.suspend]
        default: return nil
        }
        return []
    }

    private mutating func openBox(_ box: Screen) {
        screens.append(box)
        boxScroll = 0
    }

    /// Marks a level of an area, as one undoable change; a level the file has no place for
    /// can't be marked.
    mutating func setLevel(_ level: Int, of id: AreaID) {
        if level > 0, let shown = document.area(id), shown.levels[level - 1].isMissing {
            message = Message(text: "\(areaNames[document.position(of: id) ?? 0]) has no level \(level) in this file to mark (its cell or entry is missing)", isError: true)
            return
        }
        document.setLevel(level, of: id)
    }

    /// Undo or redo, then show the area that changed, with its level selected.
    private mutating func stepHistory(undo: Bool) {
        guard let step = undo ? document.undo() : document.redo() else {
            message = Message(text: undo ? "Nothing to undo" : "Nothing to redo", isError: false)
            return
        }
        guard let changed = step else {
            message = Message(text: "Target: " + (document.target.map { glyphs.text(SafeText.sanitized($0)) } ?? "none"), isError: false)
            return
        }
        area = changed
        let level = document.level(of: changed)
        if level > 0 { cursors[changed] = level - 1 }
        if screen == .overview {
            overviewSelection = changed
            OverviewScreen.keepInView(&self)
        } else {
            LevelsScreen.keepInView(&self)
        }
    }

    mutating func save() -> [Effect] {
        if let stated = statedScore, !acceptsNewMaximum {
            prompt = .newMaximum(stated: stated, saved: Rubric.scoreText(total: total, maximum: maximum))
            return []
        }
        prompt = nil
        return [.save(bytes: document.bytes, allowing: saveAllowance)]
    }
}
