import MekongPluginAPI

/// Turns an article's body lines into paragraphs: caption markers, bylines, related-article teasers,
/// site boilerplate and the closing signature are taken out; author and source are kept.
struct BodyCleaner {
    /// The paragraphs that are the article's own content.
    var paragraphs: [DraftParagraph] = []
    var author: String?
    var source: String?
    /// The language and press the bylines, captions and abbreviations come from.
    let profile: LanguageProfile

    /// Cleans `lines` (normalized, one paragraph each; blank lines are ignored).
    ///
    /// - Parameter cutsTrailerAtByline: in the plain layout the byline closes the article and what follows
    ///   it is the site's trailer (teasers of other articles, share buttons, menus): drop it. The byline
    ///   only closes the article when less text follows it than precedes it, so a byline printed above the
    ///   body does not throw the body away.
    init(lines: [String], cutsTrailerAtByline: Bool, profile: LanguageProfile) {
        self.profile = profile
        paragraphs = Self.markCaptions(lines, profile: profile)
        if profile.readsBylines { removeBylines(cutsTrailer: cutsTrailerAtByline) }
        removeTeasers()
        paragraphs.removeAll { Self.isBoilerplate($0.text, profile: profile) }
        if profile.readsBylines { removeClosingSignature() }
    }

    /// Drops caption markers ("Chú thích ảnh"); the line after one is a caption.
    private static func markCaptions(_ lines: [String], profile: LanguageProfile) -> [DraftParagraph] {
        var result: [DraftParagraph] = []
        var nextIsCaption = false
        for line in lines where !line.isEmpty {
            if isCaptionMarker(line, profile: profile) {
                nextIsCaption = true
                continue
            }
            result.append(DraftParagraph(text: line, role: nextIsCaption ? .caption : .body))
            nextIsCaption = false
        }
        return result
    }

    private static func isCaptionMarker(_ line: String, profile: LanguageProfile) -> Bool {
        guard !profile.captionMarkers.isEmpty, line.hasScalarCount(atMost: 32) else { return false }
        return profile.captionMarkers.contains(line.lowercased())
    }

    private mutating func removeBylines(cutsTrailer: Bool) {
        var index = 0
        while index < paragraphs.count {
            guard paragraphs[index].role == .body, let byline = Byline.line(paragraphs[index].text, profile: profile) else {
                index += 1
                continue
            }
            adopt(byline)
            if cutsTrailer && index > 0 {
                let before = paragraphs[..<index].reduce(0) { $0 + $1.text.unicodeScalars.count }
                let after = paragraphs[(index + 1)...].reduce(0) { $0 + $1.text.unicodeScalars.count }
                if after < before {
                    paragraphs.removeSubrange(index...)
                    return
                }
            }
            paragraphs.remove(at: index)
        }
    }

    /// A teaser of another article repeats its title on two lines, then gives its lead: none of it is
    /// this article's content, so all three go.
    private mutating func removeTeasers() {
        var index = 0
        while index + 1 < paragraphs.count {
            let text = paragraphs[index].text
            // Byte equality is text equality here: both lines are NFC.
            let next = paragraphs[index + 1].text
            if text.utf8.count == next.utf8.count && text.utf8.elementsEqual(next.utf8) && Self.isTitleLike(text) {
                paragraphs.removeSubrange(index..<min(index + 3, paragraphs.count))
            } else {
                index += 1
            }
        }
    }

    private static func isTitleLike(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard scalars.count <= 250, let last = scalars.last, last != ".", last != ":" else { return false }
        return scalars.split(separator: " ").count >= 3
    }

    /// Share buttons, site menus, copyright and agency footers: a copyright sign in any language, the rest as the
    /// profile words them.
    private static func isBoilerplate(_ text: String, profile: LanguageProfile) -> Bool {
        guard text.hasScalarCount(atMost: 300) else { return false }
        let lower = text.lowercased()
        if lower.hasPrefix("©") { return true }
        if text.hasScalarCount(atMost: 30), profile.shareButtons.contains(where: lower.hasPrefix) { return true }
        if profile.boilerplatePrefixes.contains(where: lower.hasPrefix) { return true }
        return profile.boilerplateWordPairs.contains { lower.contains($0.first) && lower.contains($0.second) }
    }

    /// The reporter's name closing the last paragraph, on its own line ("Nguyễn Trường") or glued to
    /// the last sentence ("… phía Bắc. PV", "… 50%. Viết Tuân").
    private mutating func removeClosingSignature() {
        guard let last = paragraphs.indices.last, paragraphs[last].role == .body else { return }
        let text = paragraphs[last].text
        if paragraphs.count > 1, !Self.endsSentence(text), let byline = Byline.trailingName(text, profile: profile) {
            adopt(byline)
            paragraphs.removeLast()
            return
        }
        guard let (kept, tail) = Self.splitTail(text, abbreviations: profile.abbreviations),
            let byline = Byline.trailingName(tail, profile: profile)
        else { return }
        adopt(byline)
        paragraphs[last].text = kept
    }

    private static func endsSentence(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return last == "." || last == "!" || last == "?" || last == "…" || last == "\""
    }

    /// Splits off what follows the last sentence end ("…, 11:06. Lê Thanh" → "…, 11:06.", "Lê Thanh").
    private static func splitTail(_ text: String, abbreviations: Set<String>) -> (String, String)? {
        // Only the end of a long paragraph matters: look at its last 64 scalars.
        let view = text.unicodeScalars
        let windowStart = view.index(view.endIndex, offsetBy: -64, limitedBy: view.startIndex) ?? view.startIndex
        let scalars = Array(view[windowStart...])
        guard scalars.count >= 3 else { return nil }
        var index = scalars.count - 2
        while index > 0 {
            let scalar = scalars[index]
            if scalars[index + 1] == " " && (scalar == "." || scalar == "!" || scalar == "?" || scalar == "…") {
                if scalar == "." && precededByAbbreviation(scalars, period: index, abbreviations: abbreviations) { return nil }
                let tailStart = view.index(windowStart, offsetBy: index + 2)
                let kept = String(view[..<view.index(before: tailStart)])
                return (kept, String(view[tailStart...]))
            }
            index -= 1
        }
        return nil
    }

    private static func precededByAbbreviation(_ scalars: [Unicode.Scalar], period: Int, abbreviations: Set<String>) -> Bool {
        var start = period
        while start > 0 && scalars[start - 1].isLetter { start -= 1 }
        guard start < period else { return false }
        return Abbreviations.isAbbreviation(String(encoding: scalars[start..<period]), in: abbreviations)
    }

    private mutating func adopt(_ byline: Byline) {
        if author == nil { author = byline.author }
        if source == nil { source = byline.source }
    }
}
