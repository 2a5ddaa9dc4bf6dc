/// Turns text into Graphviz attribute values that show exactly that text.
///
/// Labels and tooltips are Graphviz "escString"s: a backslash starts an escape (`\N` is the node name,
/// `\n` a line break) and HTML entities (`&amp;`) are decoded. Quotes need nothing here: cgraph quotes
/// values when it writes DOT, and the SVG renderer escapes XML itself.
enum GraphvizText {
    /// The most characters a label line shows; longer text is cut with an ellipsis.
    static let labelCharacterLimit = 200
    /// The most lines a label shows. Graphviz crashes on labels of more than 32,768 lines, and a name of
    /// many lines is not a name anyway.
    static let labelLineLimit = 4
    /// The most characters a tooltip shows (the full text, unless it is longer than this).
    static let tooltipCharacterLimit = 10_000
    /// The most lines a tooltip shows.
    static let tooltipLineLimit = 100

    /// `text` without control characters, cut to `lines` lines of at most `characters` characters each
    /// (line count and total length); whether anything was cut.
    static func bounded(_ text: String, lines: Int, characters: Int) -> (text: String, truncated: Bool) {
        let clean = text.removingControlCharacters(keepingLineBreaks: true).replacingOccurrences(of: "\t", with: " ")
        var kept: [String] = []
        var truncated = false
        var remaining = characters
        for line in clean.split(separator: "\n", omittingEmptySubsequences: false) {
            if kept.count == lines || remaining <= 0 {
                truncated = true
                break
            }
            if line.count > remaining {
                kept.append(GraphvizText.truncated(String(line), limit: remaining))
                truncated = true
                break
            }
            kept.append(String(line))
            remaining -= line.count
        }
        if truncated, let last = kept.last, !last.hasSuffix("…") { kept[kept.count - 1] = last + "…" }
        return (kept.joined(separator: "\n"), truncated)
    }

    /// A label's text within ``labelLineLimit`` and ``labelCharacterLimit``, and whether it was cut.
    static func boundedLabel(_ text: String) -> (text: String, truncated: Bool) {
        bounded(text, lines: labelLineLimit, characters: labelCharacterLimit)
    }

    /// A tooltip's text within ``tooltipLineLimit`` and ``tooltipCharacterLimit``.
    static func boundedTooltip(_ text: String) -> String {
        bounded(text, lines: tooltipLineLimit, characters: tooltipCharacterLimit).text
    }

    /// The label value that displays `lines` verbatim, one centred line each.
    ///
    /// Graphviz reads a label once for object escapes (`\N`, `\G`…, keeping `\\`) and once for line
    /// escapes (`\n`, `\\` → `\`), so a literal backslash is written as two.
    static func label(_ lines: [String]) -> String {
        lines.map { escaped($0, backslash: #"\\"#) }.joined(separator: #"\n"#)
    }

    /// The label value that displays `lines` verbatim, each line flush left (`\l` ends a left-justified line).
    static func leftAlignedLabel(_ lines: [String]) -> String {
        lines.map { escaped($0, backslash: #"\\"#) + #"\l"# }.joined()
    }

    /// The tooltip value that displays `lines` verbatim, one line each.
    ///
    /// Graphviz 2.43 unescapes a tooltip twice: every `\x` loses its backslash, then object escapes
    /// (`\N`, `\\` → `\`) are applied. A literal backslash is therefore written as four.
    static func tooltip(_ lines: [String]) -> String {
        lines.map { escaped($0, backslash: #"\\\\"#) }.joined(separator: #"\n"#)
    }

    /// `text` with backslashes replaced by `backslash`, its line breaks as `\n` escapes, and ampersands
    /// that would start an entity written as `&amp;`.
    private static func escaped(_ text: String, backslash: String) -> String {
        var result = ""
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "\\":
                result += backslash
            case "\r":
                // A CR LF pair is one line break.
                if index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                result += #"\n"#
            case "\n", "\u{2028}", "\u{2029}":
                result += #"\n"#
            case "&" where startsEntity(scalars, at: index):
                result += "&amp;"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
                // Control characters make SVG ill-formed and mean nothing in a drawing.
                break
            default:
                result.unicodeScalars.append(scalar)
            }
            index += 1
        }
        return result
    }

    /// `text` cut to at most `limit` characters, at a word boundary when one is near, with an ellipsis.
    static func truncated(_ text: String, limit: Int) -> String {
        let trimmed = text.trimmingWhitespace()
        guard trimmed.count > limit else { return trimmed }
        let cut = trimmed.prefix(max(limit - 1, 0))
        // Prefer ending at a space in the last fifth, so a word is not split.
        if let space = cut.lastIndex(where: \.isWhitespace), cut.distance(from: space, to: cut.endIndex) < limit / 5 {
            return String(cut[..<space]).trimmingWhitespace() + "…"
        }
        return String(cut) + "…"
    }

    private static func isEntityCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    /// Whether the `&` at `index` begins something Graphviz reads as an entity: `&name;` or `&#123;`.
    private static func startsEntity(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var cursor = index + 1
        if cursor < scalars.count, scalars[cursor] == "#" { cursor += 1 }
        let start = cursor
        while cursor < scalars.count, cursor - start <= 32, isEntityCharacter(scalars[cursor]) { cursor += 1 }
        return cursor > start && cursor < scalars.count && scalars[cursor] == ";"
    }
}

extension String {
    /// The string without leading and trailing whitespace and newlines.
    fileprivate func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}

extension Substring {
    fileprivate func trimmingWhitespace() -> String { String(self).trimmingWhitespace() }
}
