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

    public var span: TextSpan
    public var role: Role

    public init(span: TextSpan, role: Role) {
        self.span = span
        self.role = role
    }
}
