/// A pattern ready to match.
enum CompiledPattern: Sendable {
    case tokens(TokenPattern)
    case regex(RegexPattern)
}
