import Foundation

/// The plain layout: the first non-empty line is the headline, the rest are paragraphs.
///
/// An article that is one line and nothing else (a whole story pasted on one line) is its own body: the
/// line is kept as a body paragraph, and as the title without opening the stored text twice. A line reads
/// as a story, not a bare headline, when it holds more than one sentence or is longer than any headline.
enum PlainLayout {
    /// Headlines are shorter than this many characters.
    static let longestHeadline = 160

    static func parse(_ lines: [String], profile: LanguageProfile) -> ArticleDraft {
        var draft = ArticleDraft(layout: .plain)
        guard let titleIndex = lines.firstIndex(where: { !$0.isEmpty }) else { return draft }
        draft.title = lines[titleIndex]
        draft.adopt(BodyCleaner(lines: Array(lines[(titleIndex + 1)...]), cutsTrailerAtByline: true, profile: profile))
        if draft.paragraphs.isEmpty, lines[(titleIndex + 1)...].allSatisfy(\.isEmpty), isStory(draft.title) {
            draft.titleIsHeadline = false
            draft.paragraphs = [DraftParagraph(text: draft.title, role: .body)]
            draft.title = headline(of: draft.title)
        }
        return draft
    }

    /// Whether a lone line is a story: several sentences, or longer than a headline.
    static func isStory(_ line: String) -> Bool {
        if line.count >= longestHeadline { return true }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        for end in [". ", "? ", "! "] {
            if let range = trimmed.range(of: end), range.upperBound < trimmed.endIndex { return true }
        }
        return false
    }

    /// A title for a story that has none: its first sentence, cut to a headline's length.
    static func headline(of story: String) -> String {
        var title = Substring(story)
        if let end = story.range(of: ". ") { title = story[..<end.lowerBound] }
        guard title.count >= longestHeadline else { return String(title) }
        let cut = title.prefix(longestHeadline - 1)
        let word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return String(word) + "…"
    }
}
