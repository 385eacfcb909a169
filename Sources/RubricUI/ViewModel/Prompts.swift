/// The questions asked over the screens, and what each answer does.
extension AppState {
    mutating func answer(_ asked: Prompt, with key: Key) -> [Effect] {
        switch asked {
        case .quit: return answerQuit(key)
        case .conflict: return answerConflict(key)
        case .reload: return answerReload(key)
        case .readOnly: return answerReadOnly(key)
        case .newMaximum: return answerNewMaximum(key)
        case .rescue(let copy): answerRescue(copy, key); return []
        case .removeRescueCopies(let cleanup): return answerCleanup(cleanup, key)
        case .search: typeSearch(key); return []
        }
    }

    /// The question a prompt asks, as the message line shows it.
    public var promptText: String? {
        switch prompt {
        case .quit: "Save changes? (y)es (n)o (c)ancel"
        case .conflict: "The file changed on disk. (o)verwrite it, (r)eload it, or (c)ancel?"
        case .reload: "Reload and drop your unsaved changes? (y)es (n)o"
        case .readOnly(let owner): "\(fileName) is read-only\(owner.map { " (it belongs to \($0))" } ?? ""): (o)verwrite (c)ancel"
        case .rescue(let copy):
            "Unsaved marks in \(copy.name) (\(copy.others.isEmpty ? "newer than the file" : "\(copy.others.count + 1) rescue copies in all")): (o)pen (i)gnore"
        case .removeRescueCopies(let cleanup): "\(cleanup.question) (y)es (n)o"
        case .newMaximum(let stated, let saved):
            "The score line says \(stated); saving writes \(saved), as the file now reads (! says why). Save? (y)es (n)o"
        case .search: search.promptText(glyphs)
        case nil: nil
        }
    }

    private mutating func answerQuit(_ key: Key) -> [Effect] {
        switch key.promptAnswer {
        case .letter("y"):
            quitAfterSave = true
            return save()
        case .letter("n"): return [.quit]
        case .letter("c"), .cancel: prompt = nil
        default: break
        }
        return []
    }

    private mutating func answerConflict(_ key: Key) -> [Effect] {
        switch key.promptAnswer {
        case .letter("o"):
            saveAllowance.insert(.changedOnDisk)
            return save()
        case .letter("r"):
            if isModified { prompt = .reload; return [] }
            prompt = nil
            return [.reload]
        case .letter("c"), .cancel:
            endSaveAttempt()
        default: break
        }
        return []
    }

    private mutating func answerReadOnly(_ key: Key) -> [Effect] {
        switch key.promptAnswer {
        case .letter("o"):
            saveAllowance.insert(.readOnly)
            return save()
        case .letter("c"), .cancel:
            endSaveAttempt()
            message = Message(text: "Not saved: \(fileName) is read-only", isError: true)
        default: break
        }
        return []
    }

    private mutating func answerNewMaximum(_ key: Key) -> [Effect] {
        switch key.promptAnswer {
        case .letter("y"):
            acceptsNewMaximum = true
            return save()
        case .letter("n"), .cancel:
            endSaveAttempt()
            message = Message(text: "Not saved", isError: false)
        default: break
        }
        return []
    }

    /// A save ended without writing: nothing more is allowed over, and no quit follows.
    mutating func endSaveAttempt() {
        quitAfterSave = false
        saveAllowance.remove(.changedOnDisk)
        prompt = nil
    }

    private mutating func answerReload(_ key: Key) -> [Effect] {
        switch key.promptAnswer {
        case .letter("y"):
            prompt = nil
            quitAfterSave = false
            return [.reload]
        case .letter("n"), .letter("c"), .cancel:
            quitAfterSave = false
            prompt = nil
        default: break
        }
        return []
    }

    private mutating func answerRescue(_ copy: RescueCopy, _ key: Key) {
        let count = copy.others.count
        let others = "the \(count) other rescue \(count == 1 ? "copy" : "copies")"
        switch key.promptAnswer {
        case .letter("o"):
            // One undoable change, unsaved until the person saves.
            document.change(to: copy.marks, in: area)
            openedRescue = copy
            let loaded = "Marks from \(copy.name) loaded; save to keep them"
            message = Message(text: loaded, isError: false)
            prompt = count == 0 ? nil : .removeRescueCopies(RescueCleanup(paths: copy.others, question: "\(loaded). Remove \(others)?"))
        case .cancel:
            // Put off: offered again next time.
            prompt = nil
        case .letter("i"):
            // Declined: the copy and any others would be offered again at every start.
            let question = "Remove \(copy.name)\(count == 0 ? "" : " and \(others)"), whose marks are not in the file?"
            prompt = .removeRescueCopies(RescueCleanup(paths: [copy.path] + copy.others, question: question))
        default:
            return
        }
    }

    private mutating func answerCleanup(_ cleanup: RescueCleanup, _ key: Key) -> [Effect] {
        switch key.promptAnswer {
        case .letter("y"):
            prompt = nil
            return [.removeRescueCopies(paths: cleanup.paths)]
        case .letter("n"), .cancel:
            prompt = nil
        default:
            break
        }
        return []
    }
}
