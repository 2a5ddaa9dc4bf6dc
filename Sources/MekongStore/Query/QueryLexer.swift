/// Splits a pattern query into tokens, each with its line and column.
struct QueryLexer {
    private let characters: [Character]
    private var index = 0
    private var line = 1
    private var column = 1

    init(_ text: String) { characters = Array(text) }

    /// Every token of the query, ending with ``QueryToken/Kind/end``.
    static func tokens(of text: String) throws(PatternQueryError) -> [QueryToken] {
        var lexer = QueryLexer(text)
        var tokens: [QueryToken] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private var current: Character? { index < characters.count ? characters[index] : nil }
    private func peek(_ offset: Int = 1) -> Character? {
        index + offset < characters.count ? characters[index + offset] : nil
    }

    private mutating func advance() {
        if characters[index] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }

    private mutating func skipSpaceAndComments() {
        while let character = current {
            if character.isWhitespace {
                advance()
            } else if character == "/", peek() == "/" {
                while let next = current, next != "\n" { advance() }
            } else {
                return
            }
        }
    }

    private mutating func next() throws(PatternQueryError) -> QueryToken {
        skipSpaceAndComments()
        let startLine = line, startColumn = column
        func token(_ kind: QueryToken.Kind) -> QueryToken { QueryToken(kind: kind, line: startLine, column: startColumn) }
        guard let character = current else { return token(.end) }
        if character.isLetter || character == "_" {
            var name = ""
            while let next = current, next.isLetter || next.isNumber || next == "_" {
                name.append(next)
                advance()
            }
            return token(.name(name))
        }
        if character.isASCII, character.isNumber { return token(try number()) }
        switch character {
        case "'", "\"":
            return token(.string(try string(quote: character, line: startLine, column: startColumn)))
        case "`":
            advance()
            var name = ""
            while let next = current, next != "`" {
                name.append(next)
                advance()
            }
            guard current == "`" else {
                throw PatternQueryError(line: startLine, column: startColumn, message: "This backquoted name is not closed: end it with `.")
            }
            advance()
            return token(.quotedName(name))
        default:
            break
        }
        for symbol in ["<>", "<=", ">=", "..", "!="] {
            if character == symbol.first, peek() == symbol.last {
                advance()
                advance()
                // `!=` is a common slip for `<>`: accepted as the same operator.
                return token(.symbol(symbol == "!=" ? "<>" : symbol))
            }
        }
        if "()[]{}:,.|*-<>=;".contains(character) {
            advance()
            return token(.symbol(String(character)))
        }
        throw PatternQueryError(line: startLine, column: startColumn, message: "Unexpected character '\(character)'.")
    }

    /// An integer, or a number with a fraction (`1.5`); `1..3` is an integer, `..` and an integer.
    private mutating func number() throws(PatternQueryError) -> QueryToken.Kind {
        let startLine = line, startColumn = column
        var digits = ""
        while let next = current, next.isASCII, next.isNumber {
            digits.append(next)
            advance()
        }
        if current == ".", let after = peek(), after.isASCII, after.isNumber {
            digits.append(".")
            advance()
            while let next = current, next.isASCII, next.isNumber {
                digits.append(next)
                advance()
            }
            if let value = Double(digits) { return .real(value) }
        } else if let value = Int64(digits) {
            return .integer(value)
        }
        throw PatternQueryError(line: startLine, column: startColumn, message: "The number \(digits) is too large.")
    }

    /// A string between `quote`s, with the escapes \\ \' \" \n \t and \uXXXX.
    private mutating func string(quote: Character, line startLine: Int, column startColumn: Int) throws(PatternQueryError) -> String {
        advance()
        var text = ""
        while let character = current {
            if character == quote {
                advance()
                return text
            }
            if character == "\\" {
                let escapeLine = line, escapeColumn = column
                advance()
                guard let escaped = current else { break }
                advance()
                switch escaped {
                case "\\", "'", "\"": text.append(escaped)
                case "n": text.append("\n")
                case "t": text.append("\t")
                case "u":
                    var hex = ""
                    while hex.count < 4, let digit = current, digit.isHexDigit {
                        hex.append(digit)
                        advance()
                    }
                    guard hex.count == 4, let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
                        throw PatternQueryError(
                            line: escapeLine, column: escapeColumn, message: "\\u must be followed by four hexadecimal digits.")
                    }
                    text.unicodeScalars.append(scalar)
                default:
                    throw PatternQueryError(
                        line: escapeLine, column: escapeColumn,
                        message: "Unknown escape '\\\(escaped)' in a string: use \\\\, \\', \\\", \\n, \\t or \\uXXXX.")
                }
                continue
            }
            text.append(character)
            advance()
        }
        throw PatternQueryError(
            line: startLine, column: startColumn, message: "This string is not closed: end it with \(quote).")
    }
}
