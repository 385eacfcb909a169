extension Theme {
    /// The look when no theme is chosen: the terminal's own background, a few ANSI colours,
    /// and attributes that keep the selection and marks visible without colour.
    public static let standard = Theme(name: "default", styles: [
        .normal: RoleStyle(),
        .title: RoleStyle(foreground: .indexed(15), background: .indexed(4), modifiers: [.bold]),
        .tab: RoleStyle(),
        .activeTab: RoleStyle(foreground: .indexed(0), background: .indexed(6), modifiers: [.bold, .underline]),
        .levelText: RoleStyle(),
        .selectedRow: RoleStyle(modifiers: [.reverse]),
        .markIndicator: RoleStyle(foreground: .indexed(2), modifiers: [.bold]),
        .selectedMarkIndicator: RoleStyle(foreground: .indexed(2), modifiers: [.bold, .reverse]),
        .scoreFilled: RoleStyle(foreground: .indexed(2)),
        .scoreEmpty: RoleStyle(foreground: .indexed(8), modifiers: [.dim]),
        .scoreText: RoleStyle(modifiers: [.bold]),
        .keyHint: RoleStyle(foreground: .indexed(7), modifiers: [.dim]),
        .message: RoleStyle(foreground: .indexed(6)),
        .error: RoleStyle(foreground: .indexed(1), modifiers: [.bold]),
        .details: RoleStyle(foreground: .indexed(5)),
        .border: RoleStyle(foreground: .indexed(8)),
        .description: RoleStyle(modifiers: [.dim]),
        .modified: RoleStyle(foreground: .indexed(3), modifiers: [.bold]),
    ])
}
