import MekongPluginAPI

/// Builds the ``MekongPluginAPI/Document`` extractors see from a ``ParsedArticle``: the ``MekongCore/Article``
/// with its id and hash, the paragraphs, the tokens and the sentences.
public struct DocumentBuilder: Sendable {
    /// Splits the text into tokens.
    public let tokenizer: Tokenizer
    /// Groups the tokens into sentences.
    public let sentenceSplitter: SentenceSplitter

    /// A builder with the given tokenizer and splitter (the defaults suit Vietnamese news).
    public init(tokenizer: Tokenizer = Tokenizer(), sentenceSplitter: SentenceSplitter = SentenceSplitter()) {
        self.tokenizer = tokenizer
        self.sentenceSplitter = sentenceSplitter
    }

    /// The document for `parsed`, read from `path`.
    ///
    /// The article id is ``MekongCore/StableID/article(_:)`` of the file's canonical path (absolute, links
    /// resolved), so the same file reached through another spelling of its path is the same article; or of
    /// the text's SHA-256 when the path is `-` (standard input), so the same content read twice from stdin
    /// gets one id. The article keeps `path` as given, for display.
    ///
    /// `identity`, when given, replaces the canonical path: an article read on another machine (a PostgreSQL
    /// queue entry) keeps the identity ``identity(ofPath:)`` gave it where it was enqueued.
    public func document(for parsed: ParsedArticle, path: String, identity: String? = nil) -> Document {
        let sha256 = SHA256.hex(parsed.text.utf8)
        let identity = identity ?? (path == ArticleReader.standardInput ? sha256 : CanonicalPath.of(path))
        var article = Article(
            id: StableID.article(identity), title: parsed.title, path: path,
            url: parsed.url, source: parsed.source, author: parsed.author, published: parsed.published,
            sha256: sha256, text: parsed.text)
        article.publishedFrom = parsed.publishedFrom
        let tokens = tokenizer.tokens(in: parsed.text)
        let sentences = sentenceSplitter.sentences(paragraphs: parsed.paragraphs, tokens: tokens)
        return Document(article: article, paragraphs: parsed.paragraphs, sentences: sentences, tokens: tokens)
    }

    /// What the id of the article at `path` is made of: its canonical path (absolute, links resolved), or nil
    /// for standard input, whose id is made of its text.
    public static func identity(ofPath path: String) -> String? {
        path == ArticleReader.standardInput ? nil : CanonicalPath.of(path)
    }
}
