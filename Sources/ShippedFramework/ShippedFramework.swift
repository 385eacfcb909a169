/// The built-in framework's markdown (`default.md` beside this file), compiled in by the
/// EmbedFiles plugin (see `sources`), so that it is kept, read and checked as the markdown
/// file it is rather than as a string in the code.
public enum ShippedFramework {}
