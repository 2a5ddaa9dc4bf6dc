import MekongPluginAPI

/// One article as read from its file: metadata and the normalized, cleaned text with its paragraphs.
///
/// ``text`` is the paragraphs joined by `"\n"`; the headline, when the file has one, is the first paragraph
/// (role ``Paragraph/Role/title``). Paragraph spans count Unicode scalars of ``text``.
public struct ParsedArticle: Sendable, Hashable {
    /// The headline; for the headered layout, which has none, the URL slug's words with the diacritics the
    /// text writes them with and the others between brackets (see ``ArticleReader``; not part of ``text``);
    /// empty when nothing is known.
    public var title: String
    /// The article's web address, when the file records it.
    public var url: String?
    /// The outlet or agency ("TTXVN", "baochinhphu.vn").
    public var source: String?
    /// The reporter, from the byline or the closing signature.
    public var author: String?
    /// ISO 8601 date (`2021-04-29`) when the file states one that parses or, failing that, when the lead
    /// gives one this reader trusts ("Ngày 7/2/2017, …"; see ``ArticleReader``).
    public var published: String?
    /// Where ``published`` was read: the file's metadata or the lead; nil when there is no date. The
    /// initializer takes a date as the metadata's.
    public var publishedFrom: DateOrigin?
    /// The stored text: NFC, normalized (see ``TextNormalizer``), without byline, teasers or boilerplate.
    public var text: String
    /// The paragraphs of ``text``, in order, each with its role.
    public var paragraphs: [Paragraph]
    /// The layout the file was detected to have.
    public var layout: ArticleLayout

    /// An article from its parts; ``paragraphs`` must be spans of ``text``.
    public init(
        title: String, url: String? = nil, source: String? = nil, author: String? = nil, published: String? = nil,
        text: String, paragraphs: [Paragraph], layout: ArticleLayout
    ) {
        self.title = title
        self.url = url
        self.source = source
        self.author = author
        self.published = published
        self.publishedFrom = published == nil ? nil : .metadata
        self.text = text
        self.paragraphs = paragraphs
        self.layout = layout
    }

    /// The text of paragraph `index` (which must be a valid index into ``paragraphs``).
    public func text(ofParagraph index: Int) -> String {
        let span = paragraphs[index].span
        var view = String.UnicodeScalarView()
        var offset = 0
        for scalar in text.unicodeScalars {
            if offset >= span.end { break }
            if offset >= span.start { view.append(scalar) }
            offset += 1
        }
        return String(view)
    }
}
