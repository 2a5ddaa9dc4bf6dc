/// A sentence of a document: its span and the tokens inside it.
public struct Sentence: Hashable, Sendable {
    /// Where the sentence lies in the document's text.
    public var span: TextSpan
    /// Indexes into ``Document/tokens``.
    public var tokens: Range<Int>
    /// Index into ``Document/paragraphs``.
    public var paragraph: Int

    /// A sentence at `span` made of the tokens `tokens`, in the paragraph with index `paragraph`.
    public init(span: TextSpan, tokens: Range<Int>, paragraph: Int) {
        self.span = span
        self.tokens = tokens
        self.paragraph = paragraph
    }
}
