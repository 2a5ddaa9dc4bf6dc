/// One ingested article: its stored (NFC-normalized) text and what is known about it.
///
/// All offsets elsewhere in Mekong count Unicode scalars from the start of ``text``.
public struct Article: Codable, Hashable, Sendable, Identifiable {
    /// A stable id derived from the article's path or, for standard input, its content.
    public var id: String
    /// The headline; for a file without one, its URL slug with the diacritics the text writes those words with,
    /// the words it could not restore between brackets as the slug spells them ("[Loat] mặt hàng Bộ trưởng …");
    /// empty when nothing is known.
    public var title: String
    /// Where the article was read from (as given on the command line), or `-` for standard input.
    public var path: String
    /// The article's web address, when the file records it.
    public var url: String?
    /// The outlet or agency that published it ("TTXVN", "dantri.com.vn").
    public var source: String?
    /// The reporter, from the byline or the closing signature, when known.
    public var author: String?
    /// ISO 8601 date (`2021-04-29`) when known: from the file's metadata or, when it has none, from the date
    /// the article's lead gives ("Ngày 7/2/2017, …"); ``publishedFrom`` says which.
    public var published: String?
    /// Where ``published`` was read; nil when there is no date, or for an article stored before Mekong
    /// recorded it. Set after ``init(id:title:path:url:source:author:published:sha256:text:)``, whose
    /// signature plugins compiled against it rely on.
    public var publishedFrom: DateOrigin?
    /// SHA-256 of the stored text, hex; the same content ingested again changes nothing.
    public var sha256: String
    /// The body text, NFC-normalized, without byline, teasers and site boilerplate.
    public var text: String

    /// An article from its parts; `text` should already be NFC-normalized and `sha256` be its hash.
    public init(
        id: String, title: String, path: String, url: String? = nil, source: String? = nil, author: String? = nil,
        published: String? = nil, sha256: String, text: String
    ) {
        self.id = id
        self.title = title
        self.path = path
        self.url = url
        self.source = source
        self.author = author
        self.published = published
        self.sha256 = sha256
        self.text = text
    }
}
