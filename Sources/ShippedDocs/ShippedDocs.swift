/// The documents of `docs/` that the program shows itself (`rubric help format`), compiled
/// in by the EmbedFiles plugin (see `sources`): an installed binary has no docs folder.
public enum ShippedDocs {}
