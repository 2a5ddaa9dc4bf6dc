/// A token of a pattern query, with where it starts.
struct QueryToken: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// A name: a variable, label, property, function or keyword (keywords are told apart by the parser).
        case name(String)
        /// A name written between backquotes: never a keyword.
        case quotedName(String)
        case string(String)
        case integer(Int64)
        case real(Double)
        /// Punctuation and operators: ( ) [ ] { } : , . .. | * - < > = <> <= >= ;
        case symbol(String)
        case end
    }

    let kind: Kind
    let line: Int
    let column: Int

    /// How the token reads in an error message.
    var quoted: String {
        switch kind {
        case .name(let name), .quotedName(let name): "'\(name)'"
        case .string(let text): "the string \"\(text)\""
        case .integer(let number): "\(number)"
        case .real(let number): "\(number)"
        case .symbol(let symbol): "'\(symbol)'"
        case .end: "the end of the query"
        }
    }

    /// Whether the token is the keyword `word` (case-insensitive), not a backquoted name.
    func isKeyword(_ word: String) -> Bool {
        if case .name(let name) = kind { return name.uppercased() == word }
        return false
    }

    func isSymbol(_ symbol: String) -> Bool { kind == .symbol(symbol) }
}
