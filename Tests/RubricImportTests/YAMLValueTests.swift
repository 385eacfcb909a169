import Testing
@testable import RubricImport

/// The YAML the front matter import reads through libyaml: what a scalar means, and the
/// bounds that keep a hostile text from exhausting memory or the stack.
@Suite("YAML") struct YAMLValueTests {
    private func read(_ text: String) throws(YAMLValue.Unreadable) -> YAMLValue { try YAMLValue.read(Array(text.utf8)) }

    @Test func scalarsKeepTheirTextAndOnlyPlainOnesCanBeNull() throws {
        let value = try read("a: ~\nb: \"~\"\nc:\nd: Yes\ne: 02\nf: [x, 'y']\n")
        #expect(value == .mapping(["a": .null, "b": .scalar("~"), "c": .null, "d": .scalar("Yes"), "e": .scalar("02"),
                                   "f": .sequence([.scalar("x"), .scalar("y")])]))
        #expect(value.pairs?["e"]?.number == 2)
        #expect(try read("") == .null)
    }

    @Test func aliasesAreFollowed() throws {
        #expect(try read("a: &x [1, 2]\nb: *x\n").pairs?["b"] == .sequence([.scalar("1"), .scalar("2")]))
    }

    @Test func aProblemSaysWhere() {
        #expect(throws: YAMLValue.Unreadable(reason: "did not find expected ',' or ']' at line 2, column 1")) {
            try read("topics: [a\n")
        }
    }

    @Test func aliasBombsAndDeepNestingAreRefused() {
        var bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 { bomb += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        #expect(throws: YAMLValue.Unreadable(reason: "its aliases expand to too many values")) { try read(bomb) }
        let deep = String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000)
        #expect(throws: YAMLValue.Unreadable(reason: "nested more than 256 deep")) { try read(deep) }
    }
}
