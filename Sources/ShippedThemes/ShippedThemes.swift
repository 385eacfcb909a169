/// The theme files of the repository's `themes/` folder, compiled in by the EmbedFiles
/// plugin (see `sources`).
public enum ShippedThemes {}
