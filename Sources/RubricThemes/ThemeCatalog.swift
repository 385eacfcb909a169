import RubricStore
import RubricStyle
import ShippedThemes

#if canImport(Glibc)
import Glibc
#endif

/// Finds themes: the person's own folder first (`$XDG_CONFIG_HOME/rubric/themes`, else
/// `~/.config/rubric/themes`), then the ones built into the program.
public struct ThemeCatalog: Sendable {
    /// A theme file found, before parsing.
    public struct Entry: Sendable {
        public let name: String
        /// A path, or "built-in".
        public let origin: String
        public let text: String
    }

    public static let defaultName = "default"
    public static let monochromeName = "monochrome"
    public let userFolder: String?

    public init(environment: Environment) {
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
            userFolder = config + "/rubric/themes"
        } else if let home = environment["HOME"], !home.isEmpty {
            userFolder = home + "/.config/rubric/themes"
        } else {
            userFolder = nil
        }
    }

    /// Every theme by name; a user theme hides a shipped one of the same name.
    public func entries() -> [Entry] {
        let user = userThemeNames().compactMap(userEntry)
        let userNames = Set(user.map(\.name))
        let shipped = ShippedThemes.sources.filter { !userNames.contains($0.name) }
            .map { Entry(name: $0.name, origin: "built-in", text: $0.text) }
        return (user + shipped).sorted { $0.name < $1.name }
    }

    /// The theme a person asked for: a name, or a path to a `.toml` file.
    public func theme(_ nameOrPath: String) throws(ThemeError) -> Theme {
        try resolve(try entry(nameOrPath), chain: [])
    }

    /// The definition behind a name or path, unresolved.
    public func definition(_ nameOrPath: String) throws(ThemeError) -> ThemeDefinition {
        let found = try entry(nameOrPath)
        return try ThemeDefinition.parse(found.text, name: found.name, origin: found.origin)
    }

    /// What to show when nothing is chosen: `--theme` beats `RUBRIC_THEME`; without either,
    /// `NO_COLOR` (any non-empty value, as no-color.org says) means monochrome.
    public static func choice(option: String?, environment: Environment) -> String {
        if let option, !option.isEmpty { return option }
        if let chosen = environment["RUBRIC_THEME"], !chosen.isEmpty { return chosen }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return monochromeName }
        return defaultName
    }

    // MARK: - Lookup

    private func entry(_ nameOrPath: String) throws(ThemeError) -> Entry {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") {
            do {
                let file = try LoadedFile.read(nameOrPath)
                let base = PathName.base(nameOrPath)
                let name = base.hasSuffix(".toml") ? String(base.dropLast(5)) : base
                return Entry(name: name, origin: nameOrPath, text: String(decoding: file.bytes, as: UTF8.self))
            } catch {
                throw ThemeError(origin: nameOrPath, line: nil, message: "\(error)")
            }
        }
        if let found = userEntry(nameOrPath) { return found }
        if let shipped = ShippedThemes.sources.first(where: { $0.name == nameOrPath }) {
            return Entry(name: shipped.name, origin: "built-in", text: shipped.text)
        }
        let names = entries().map(\.name).joined(separator: ", ")
        throw ThemeError(origin: "theme '\(nameOrPath)'", line: nil, message: "no such theme (available: \(names))")
    }

    private func resolve(_ entry: Entry, chain: [String]) throws(ThemeError) -> Theme {
        let definition = try ThemeDefinition.parse(entry.text, name: entry.name, origin: entry.origin)
        guard let parentName = definition.inherits else {
            return definition.applied(over: Theme(name: entry.name, styles: [:]))
        }
        // A theme may inherit from a shipped theme of its own name (a user's "default" that
        // changes two roles): look past itself to the built-in one.
        let parent: Entry
        if parentName == entry.name, entry.origin != "built-in",
           let shipped = ShippedThemes.sources.first(where: { $0.name == parentName }) {
            parent = Entry(name: shipped.name, origin: "built-in", text: shipped.text)
        } else {
            parent = try self.entry(parentName)
        }
        let chain = chain + [entry.origin + ":" + entry.name]
        guard !chain.contains(parent.origin + ":" + parent.name) else {
            let names = chain.map { String($0.split(separator: ":").last ?? "") } + [parent.name]
            throw ThemeError(origin: entry.origin, line: nil, message: "themes inherit in a circle: \(names.joined(separator: " → "))")
        }
        return definition.applied(over: try resolve(parent, chain: chain))
    }

    private func userEntry(_ name: String) -> Entry? {
        guard let folder = userFolder else { return nil }
        let path = "\(folder)/\(name).toml"
        guard let file = try? LoadedFile.read(path) else { return nil }
        return Entry(name: name, origin: path, text: String(decoding: file.bytes, as: UTF8.self))
    }

    private func userThemeNames() -> [String] {
        guard let folder = userFolder, let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let item = readdir(directory) {
            let name = withUnsafeBytes(of: item.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasSuffix(".toml"), !name.hasPrefix(".") { names.append(String(name.dropLast(5))) }
        }
        return names.sorted()
    }
}
