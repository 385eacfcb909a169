/// The theme files of the repository's `themes/` folder, compiled in by the EmbedThemes
/// plugin (see `sources`).
public enum ShippedThemes {}
