import RubricStyle

/// A theme file as read: what it sets, before inheritance fills in the rest.
public struct ThemeDefinition: Equatable, Sendable {
    /// What a role sets; nil fields come from the inherited theme (or the terminal default).
    public struct PartialStyle: Equatable, Sendable {
        public var foreground: ThemeColor?
        public var background: ThemeColor?
        public var modifiers: Set<Modifier>?
    }

    public let name: String
    /// Where it comes from, for messages: a path, or "built-in".
    public let origin: String
    public let description: String?
    public let inherits: String?
    public let styles: [Role: PartialStyle]

    /// Reads a theme file's text. Every complaint names the line.
    public static func parse(_ text: String, name: String, origin: String) throws(ThemeError) -> ThemeDefinition {
        func error(_ line: Int?, _ message: String) -> ThemeError { ThemeError(origin: origin, line: line, message: message) }
        let document: (entries: [TOMLEntry], tables: [(path: [String], line: Int)])
        do { document = try TOMLReader.read(text) } catch { throw ThemeError(origin: origin, line: error.line, message: error.message) }
        for table in document.tables {
            guard table.path.first == "roles", table.path.count <= 2 else {
                throw error(table.line, "unknown table [\(table.path.joined(separator: "."))] (a theme has [roles.NAME] tables)")
            }
            if table.path.count == 2, Role(rawValue: table.path[1]) == nil { throw error(table.line, unknownRole(table.path[1])) }
        }
        var description: String?
        var inherits: String?
        var styles: [Role: PartialStyle] = [:]
        for entry in document.entries {
            switch entry.path.count {
            case 1:
                guard case .string(let value) = entry.value else { throw error(entry.line, "'\(entry.path[0])' must be a string") }
                switch entry.path[0] {
                case "description": description = value
                case "inherits": inherits = value
                case "name": break  // the file name names the theme; this is for people reading it
                default: throw error(entry.line, "unknown key '\(entry.path[0])' (a theme has description, inherits and [roles.NAME] tables)")
                }
            case 3 where entry.path[0] == "roles":
                guard let role = Role(rawValue: entry.path[1]) else { throw error(entry.line, unknownRole(entry.path[1])) }
                var style = styles[role] ?? PartialStyle()
                switch entry.path[2] {
                case "fg": style.foreground = try color(entry, origin: origin)
                case "bg": style.background = try color(entry, origin: origin)
                case "modifiers": style.modifiers = try modifiers(entry, origin: origin)
                default: throw error(entry.line, "unknown key '\(entry.path[2])' in role '\(role.rawValue)' (keys: fg, bg, modifiers)")
                }
                styles[role] = style
            default:
                throw error(entry.line, "unknown key '\(entry.path.joined(separator: "."))' (a role is set as [roles.NAME] with fg, bg and modifiers)")
            }
        }
        return ThemeDefinition(name: name, origin: origin, description: description, inherits: inherits, styles: styles)
    }

    /// This definition over a base theme: each field it sets replaces the base's.
    public func applied(over base: Theme) -> Theme {
        var result = base
        result.name = name
        for (role, partial) in styles {
            var style = base.style(role)
            if let foreground = partial.foreground { style.foreground = foreground }
            if let background = partial.background { style.background = background }
            if let modifiers = partial.modifiers { style.modifiers = modifiers }
            result.styles[role] = style
        }
        return result
    }

    private static func unknownRole(_ name: String) -> String {
        "unknown role '\(name)' (roles: \(Role.allCases.map(\.rawValue).joined(separator: ", ")))"
    }

    private static func color(_ entry: TOMLEntry, origin: String) throws(ThemeError) -> ThemeColor {
        let parsed: ThemeColor?
        switch entry.value {
        case .integer(let index): parsed = (0...255).contains(index) ? .indexed(index) : nil
        case .string(let text): parsed = ThemeColor(name: text)
        default: parsed = nil
        }
        guard let parsed else {
            throw ThemeError(origin: origin, line: entry.line,
                             message: "unknown colour \(describe(entry.value)) (use one of the 16 colour names, default, 0-255 or #rrggbb)")
        }
        return parsed
    }

    private static func modifiers(_ entry: TOMLEntry, origin: String) throws(ThemeError) -> Set<Modifier> {
        guard case .array(let items) = entry.value else {
            throw ThemeError(origin: origin, line: entry.line, message: "modifiers must be a list, such as [\"bold\", \"underline\"]")
        }
        var result: Set<Modifier> = []
        for item in items {
            guard case .string(let name) = item, let modifier = Modifier(rawValue: name) else {
                throw ThemeError(origin: origin, line: entry.line,
                                 message: "unknown modifier \(describe(item)) (modifiers: \(Modifier.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            result.insert(modifier)
        }
        return result
    }

    private static func describe(_ value: TOMLValue) -> String {
        switch value {
        case .string(let s): return "'\(s)'"
        case .integer(let i): return "\(i)"
        case .boolean(let b): return "\(b)"
        case .array: return "(a list)"
        }
    }
}

/// A theme that can't be used: which file, which line, what is wrong.
public struct ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
    public let origin: String
    public let line: Int?
    public let message: String

    public init(origin: String, line: Int?, message: String) {
        self.origin = origin
        self.line = line
        self.message = message
    }

    public var description: String { line.map { "\(origin):\($0): \(message)" } ?? "\(origin): \(message)" }
}

extension ThemeColor {
    public static let ansiNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
                                   "bright_black", "bright_red", "bright_green", "bright_yellow",
                                   "bright_blue", "bright_magenta", "bright_cyan", "bright_white"]

    /// A colour from its name in a theme: an ANSI name, `default`, or `#rrggbb`.
    public init?(name: String) {
        let lower = name.lowercased()
        if lower == "default" { self = .terminalDefault; return }
        if let index = Self.ansiNames.firstIndex(of: lower) { self = .indexed(index); return }
        if lower == "gray" || lower == "grey" { self = .indexed(8); return }
        let hex = Array(lower.utf8)
        guard hex.count == 7, hex[0] == UInt8(ascii: "#"), lower.dropFirst().allSatisfy(\.isHexDigit), let value = Int(String(lower.dropFirst()), radix: 16) else { return nil }
        self = .rgb(red: value >> 16, green: (value >> 8) & 0xFF, blue: value & 0xFF)
    }
}
