import CNcursesw

/// The locale's character set, for output outside the full screen (`rubric themes`).
public enum TerminalLocale {
    /// Whether the locale the environment names is UTF-8. Sets LC_CTYPE from it first.
    public static func isUTF8() -> Bool {
        _ = rubric_setlocale_ctype()
        return rubric_locale_is_utf8() != 0
    }
}
