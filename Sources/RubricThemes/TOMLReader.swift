/// A value in a theme file.
public enum TOMLValue: Equatable, Sendable {
    case string(String)
    case integer(Int)
    case boolean(Bool)
    case array([TOMLValue])
}

/// A key with its full dotted path (table headers and inline tables included) and the line
/// it is on, so every later complaint about it can name the line.
public struct TOMLEntry: Equatable, Sendable {
    public let path: [String]
    public let value: TOMLValue
    public let line: Int
}

public struct TOMLError: Error, Equatable, Sendable, CustomStringConvertible {
    public let line: Int
    public let message: String
    public var description: String { "line \(line): \(message)" }
}

/// Reads the part of TOML that theme files need: comments, `[table]` headers, dotted and
/// quoted keys, strings, integers, booleans, arrays and inline tables. Anything else (dates,
/// floats, multi-line strings, arrays of tables) is refused with its line, not misread.
///
/// Written here rather than taken from a TOML library so that a theme costs the program's
/// start nothing: the libraries available link Foundation, ICU and the C++ runtime.
public struct TOMLReader {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var entries: [TOMLEntry] = []
    /// Each key's path joined with NULs (theme keys are plain names): a set of strings is set
    /// up faster than a set of arrays, and this runs at every start.
    private var seen: Set<String> = []
    public private(set) var tables: [(path: [String], line: Int)] = []

    public static func read(_ text: String) throws(TOMLError) -> (entries: [TOMLEntry], tables: [(path: [String], line: Int)]) {
        var reader = TOMLReader(scalars: Array(text.unicodeScalars))
        try reader.document()
        return (reader.entries, reader.tables)
    }

    private init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private func fail(_ message: String) -> TOMLError { TOMLError(line: line, message: message) }

    private mutating func advance() {
        if current == "\n" { line += 1 }
        index += 1
    }

    private mutating func skipBlanks() { while current == " " || current == "\t" { advance() } }

    private mutating func skipBlanksCommentsAndNewlines() {
        while let c = current {
            if c == " " || c == "\t" || c == "\n" || c == "\r" { advance() }
            else if c == "#" { while let d = current, d != "\n" { advance() } }
            else { break }
        }
    }

    /// After a statement: blanks, an optional comment, then the end of the line.
    private mutating func endOfLine() throws(TOMLError) {
        skipBlanks()
        if current == "#" { while let c = current, c != "\n" { advance() } }
        if current == "\r" { advance() }
        guard current == nil || current == "\n" else { throw fail("unexpected '\(current!)' after the value") }
    }

    private mutating func document() throws(TOMLError) {
        var table: [String] = []
        while true {
            skipBlanksCommentsAndNewlines()
            guard let c = current else { return }
            if c == "[" {
                advance()
                if current == "[" { throw fail("arrays of tables ([[...]]) are not used in theme files") }
                skipBlanks()
                table = try keyPath()
                skipBlanks()
                guard current == "]" else { throw fail("expected ']' to close the table header") }
                advance()
                if tables.contains(where: { $0.path == table }) { throw fail("table [\(table.joined(separator: "."))] appears twice") }
                tables.append((table, line))
                try endOfLine()
            } else {
                try keyValue(in: table)
                try endOfLine()
            }
        }
    }

    private mutating func keyValue(in table: [String]) throws(TOMLError) {
        let keyLine = line
        let path = table + (try keyPath())
        skipBlanks()
        guard current == "=" else { throw fail("expected '=' after the key '\(path.last ?? "")'") }
        advance()
        skipBlanks()
        if current == "{" {
            advance()
            skipBlanks()
            if current == "}" { advance(); return }
            while true {
                skipBlanks()
                try keyValue(in: path)
                skipBlanks()
                if current == "," { advance(); continue }
                guard current == "}" else { throw fail("expected ',' or '}' in the inline table") }
                advance()
                return
            }
        }
        let value = try self.value()
        guard seen.insert(path.joined(separator: "\u{0}")).inserted else { throw TOMLError(line: keyLine, message: "the key '\(path.joined(separator: "."))' is set twice") }
        entries.append(TOMLEntry(path: path, value: value, line: keyLine))
    }

    private mutating func keyPath() throws(TOMLError) -> [String] {
        var path = [try key()]
        skipBlanks()
        while current == "." {
            advance()
            skipBlanks()
            path.append(try key())
            skipBlanks()
        }
        return path
    }

    private mutating func key() throws(TOMLError) -> String {
        if current == "\"" { return try basicString() }
        if current == "'" { return try literalString() }
        var text = ""
        while let c = current, ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "_" || c == "-" {
            text.unicodeScalars.append(c)
            advance()
        }
        guard !text.isEmpty else { throw fail(current.map { "unexpected '\($0)' where a key should be" } ?? "a key is missing") }
        return text
    }

    private mutating func value() throws(TOMLError) -> TOMLValue {
        guard let c = current else { throw fail("a value is missing") }
        switch c {
        case "\"": return .string(try basicString())
        case "'": return .string(try literalString())
        case "[": return try array()
        case "t", "f": return try boolean()
        case "+", "-", "0"..."9": return try integer()
        default: throw fail("unexpected '\(c)' where a value should be")
        }
    }

    private mutating func array() throws(TOMLError) -> TOMLValue {
        advance()
        var items: [TOMLValue] = []
        while true {
            skipBlanksCommentsAndNewlines()
            if current == "]" { advance(); return .array(items) }
            items.append(try value())
            skipBlanksCommentsAndNewlines()
            if current == "," { advance(); continue }
            guard current == "]" else { throw fail("expected ',' or ']' in the array") }
        }
    }

    private mutating func boolean() throws(TOMLError) -> TOMLValue {
        for (word, value) in [("true", true), ("false", false)] where matches(word) {
            index += word.unicodeScalars.count
            return .boolean(value)
        }
        throw fail("unexpected word where a value should be (strings need quotes)")
    }

    private func matches(_ word: String) -> Bool {
        let w = Array(word.unicodeScalars)
        return index + w.count <= scalars.count && Array(scalars[index..<index + w.count]) == w
    }

    private mutating func integer() throws(TOMLError) -> TOMLValue {
        var text = ""
        while let c = current, c == "+" || c == "-" || c == "_" || ("0"..."9").contains(c) || c == "." || c == "e" || c == "x" {
            if c != "_" { text.unicodeScalars.append(c) }
            advance()
        }
        guard let number = Int(text) else { throw fail("'\(text)' is not a whole number") }
        return .integer(number)
    }

    private mutating func literalString() throws(TOMLError) -> String {
        advance()
        if matches("''") { throw fail("multi-line strings are not used in theme files") }
        var text = ""
        while let c = current, c != "'" {
            guard c != "\n" else { throw fail("the string is not closed on its line") }
            text.unicodeScalars.append(c)
            advance()
        }
        guard current == "'" else { throw fail("the string is not closed") }
        advance()
        return text
    }

    private mutating func basicString() throws(TOMLError) -> String {
        advance()
        if matches("\"\"") { throw fail("multi-line strings are not used in theme files") }
        var text = ""
        while let c = current, c != "\"" {
            guard c != "\n" else { throw fail("the string is not closed on its line") }
            advance()
            guard c == "\\" else { text.unicodeScalars.append(c); continue }
            guard let e = current else { break }
            advance()
            switch e {
            case "\"": text += "\""
            case "\\": text += "\\"
            case "n": text += "\n"
            case "t": text += "\t"
            case "r": text += "\r"
            case "b": text += "\u{8}"
            case "f": text += "\u{C}"
            case "u", "U":
                var hex = ""
                for _ in 0..<(e == "u" ? 4 : 8) { if let h = current { hex.unicodeScalars.append(h); advance() } }
                guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else { throw fail("bad escape \\\(e)\(hex)") }
                text.unicodeScalars.append(scalar)
            default: throw fail("unknown escape '\\\(e)' in a string")
            }
        }
        guard current == "\"" else { throw fail("the string is not closed") }
        advance()
        return text
    }
}
