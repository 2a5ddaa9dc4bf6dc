/// The plain layout: the first non-empty line is the headline, the rest are paragraphs.
///
/// An article that is one line and nothing else (a whole story pasted on one line) is its own body: the
/// line is kept as a body paragraph, and as the title without opening the stored text twice.
enum PlainLayout {
    static func parse(_ lines: [String]) -> ArticleDraft {
        var draft = ArticleDraft(layout: .plain)
        guard let titleIndex = lines.firstIndex(where: { !$0.isEmpty }) else { return draft }
        draft.title = lines[titleIndex]
        draft.adopt(BodyCleaner(lines: Array(lines[(titleIndex + 1)...]), cutsTrailerAtByline: true))
        if draft.paragraphs.isEmpty, lines[(titleIndex + 1)...].allSatisfy(\.isEmpty) {
            draft.titleIsHeadline = false
            draft.paragraphs = [DraftParagraph(text: draft.title, role: .body)]
        }
        return draft
    }
}
