/// Writing SVG by hand: escaped text, numbers as SVG wants them, and the colours of both
/// GitHub themes, so that a chart reads on a light page and on a dark one.
enum SVG {
    /// Text from a file as character data or an attribute value: never markup.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            // XML 1.0 allows no control characters but tab and newline, and not U+FFFE or U+FFFF.
            case _ where character.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value >= 0xFFFE && $0.value <= 0xFFFF }:
                out += " "
            default: out.append(character)
            }
        }
        return out
    }

    /// A coordinate with at most one decimal.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// About how wide a text is in the chart's 13 px sans-serif: what the layout reserves.
    static func textWidth(_ text: String, size: Double = 13) -> Double { Double(text.count) * size * 0.58 }

    /// The document's start: its size, a title for screen readers, and a style sheet with a
    /// light palette and a dark one chosen by `prefers-color-scheme`, as GitHub shows images
    /// on either. No scripts, fonts or images are fetched.
    static func header(width: Double, height: Double, title: String) -> String {
        """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(number(width))" height="\(number(height))" viewBox="0 0 \(number(width)) \(number(height))" role="img" aria-labelledby="title">
        <title id="title">\(escaped(title))</title>
        <style>
        svg { font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; font-size: 13px; }
        .background { fill: #ffffff; stroke: #d0d7de; }
        .text { fill: #1f2328; }
        .muted { fill: #59636e; }
        .track { fill: #eff2f5; }
        .tick { stroke: #d0d7de; }
        .a { fill: #1a7f37; }
        .b { fill: none; stroke: #8250df; stroke-width: 2; }
        .b-key { fill: #8250df; }
        .line-a { fill: none; stroke: #1a7f37; stroke-width: 2; }
        .target { stroke: #bc4c00; stroke-width: 2; }
        .h0 { fill: #eff2f5; } .h1 { fill: #dafbe1; } .h2 { fill: #aceebb; } .h3 { fill: #4ac26b; } .h4 { fill: #1a7f37; }
        .on-h4 { fill: #ffffff; }
        @media (prefers-color-scheme: dark) {
          .background { fill: #0d1117; stroke: #3d444d; }
          .text { fill: #f0f6fc; }
          .muted { fill: #9198a1; }
          .track { fill: #212830; }
          .tick { stroke: #3d444d; }
          .a { fill: #3fb950; }
          .b { stroke: #ab7df8; }
          .b-key { fill: #ab7df8; }
          .line-a { stroke: #3fb950; }
          .target { stroke: #f0883e; }
          .h0 { fill: #212830; } .h1 { fill: #033a16; } .h2 { fill: #04561f; } .h3 { fill: #1a7f37; } .h4 { fill: #3fb950; }
          .on-h4 { fill: #0d1117; }
        }
        </style>
        <rect class="background" x="0.5" y="0.5" width="\(number(width - 1))" height="\(number(height - 1))" rx="6"/>

        """
    }

    static func text(_ content: String, x: Double, y: Double, className: String = "text", anchor: String = "start", bold: Bool = false) -> String {
        "<text class=\"\(className)\" x=\"\(number(x))\" y=\"\(number(y))\" text-anchor=\"\(anchor)\"\(bold ? " font-weight=\"600\"" : "")>\(escaped(content))</text>\n"
    }

    static func rect(_ className: String, x: Double, y: Double, width: Double, height: Double, radius: Double = 2) -> String {
        "<rect class=\"\(className)\" x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(max(0, width)))\" height=\"\(number(height))\" rx=\"\(number(radius))\"/>\n"
    }
}
