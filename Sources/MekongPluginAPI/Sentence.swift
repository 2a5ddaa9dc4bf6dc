/// A sentence of a document: its span and the tokens inside it.
public struct Sentence: Hashable, Sendable {
    public var span: TextSpan
    /// Indexes into ``Document/tokens``.
    public var tokens: Range<Int>
    /// Index into ``Document/paragraphs``.
    public var paragraph: Int

    public init(span: TextSpan, tokens: Range<Int>, paragraph: Int) {
        self.span = span
        self.tokens = tokens
        self.paragraph = paragraph
    }
}
