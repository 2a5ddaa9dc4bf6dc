/// The plain layout: the first non-empty line is the headline, the rest are paragraphs.
enum PlainLayout {
    static func parse(_ lines: [String]) -> ArticleDraft {
        var draft = ArticleDraft(layout: .plain)
        guard let titleIndex = lines.firstIndex(where: { !$0.isEmpty }) else { return draft }
        draft.title = lines[titleIndex]
        draft.adopt(BodyCleaner(lines: Array(lines[(titleIndex + 1)...]), cutsTrailerAtByline: true))
        return draft
    }
}
