/// What a layout parser finds in a file, before the stored text and its offsets are assembled.
struct ArticleDraft {
    var layout: ArticleLayout
    var title = ""
    /// Whether ``title`` is the article's headline and opens the stored text (false for a title made from
    /// a URL slug, whose diacritics ``SlugTitleRestorer`` takes back from the text where it can: such a title
    /// is never added to the text).
    var titleIsHeadline = true
    var url: String?
    var source: String?
    var author: String?
    var published: String?
    var paragraphs: [DraftParagraph] = []

    init(layout: ArticleLayout) { self.layout = layout }

    /// Takes the body's paragraphs and whatever author and source the cleaner found, keeping metadata the
    /// headers already stated.
    mutating func adopt(_ body: BodyCleaner) {
        paragraphs = body.paragraphs
        if author == nil { author = body.author }
        if source == nil { source = body.source }
    }
}
