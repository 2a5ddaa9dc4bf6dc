/// A paragraph of a document's stored text.
public struct Paragraph: Hashable, Sendable {
    /// What role the paragraph plays.
    public enum Role: String, Sendable {
        /// The headline.
        case title
        /// Body text, including the lead.
        case body
        /// A photo caption: content that states facts like the body.
        case caption
    }

    /// Where the paragraph lies in the document's text.
    public var span: TextSpan
    /// Whether it is the headline, body text or a caption.
    public var role: Role

    /// A paragraph at `span` with `role`.
    public init(span: TextSpan, role: Role) {
        self.span = span
        self.role = role
    }
}
