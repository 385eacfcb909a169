/// Makes text from a file safe to show on a terminal.
///
/// A file is data: a control character, an escape sequence or a bidirectional override
/// written in it must never act on the person's terminal. Each becomes a visible
/// placeholder instead: C0 controls their Unicode control picture (ESC shows as ␛), DEL as
/// ␡, C1 controls and bidi controls as �. A tab becomes a space.
public enum SafeText {
    public static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsReplacing) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(replacement(for: scalar)) }
        return String(out)
    }

    static func needsReplacing(_ scalar: Unicode.Scalar) -> Bool {
        replacement(for: scalar) != scalar
    }

    static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x09: return " "
        case 0x00..<0x20: return Unicode.Scalar(0x2400 + scalar.value)!
        case 0x7F: return "\u{2421}"
        case 0x80...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: return "\u{FFFD}"
        default: return scalar
        }
    }
}
