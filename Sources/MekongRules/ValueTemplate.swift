/// A string of a rule pack that may take text from a pattern's captures: `$name` or `${name}` stands for
/// the captured text, `$$` for a dollar sign ("Giám đốc $org", "${date}").
struct ValueTemplate: Sendable, Hashable {
    enum Piece: Sendable, Hashable {
        case text(String)
        case capture(String)
    }

    let pieces: [Piece]

    /// The capture names the template refers to, in order.
    var captures: [String] {
        pieces.compactMap {
            if case .capture(let name) = $0 { name } else { nil }
        }
    }

    /// Parses `source`; a failure with a reason when a `$` is not followed by a capture name.
    static func parse(_ source: String) -> Result<ValueTemplate, TemplateError> {
        var pieces: [Piece] = []
        var text = ""
        var scalars = Substring(source).unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            guard scalar == "$" else {
                text.unicodeScalars.append(scalar)
                continue
            }
            if scalars.first == "$" {
                scalars.removeFirst()
                text += "$"
                continue
            }
            var name = ""
            if scalars.first == "{" {
                scalars.removeFirst()
                while let next = scalars.first, next != "}" {
                    name.unicodeScalars.append(next)
                    scalars.removeFirst()
                }
                guard scalars.popFirst() == "}" else { return .failure(TemplateError(reason: "\"${\" is not closed by \"}\"")) }
            } else {
                while let next = scalars.first, next.isASCII, next.properties.isAlphabetic || ("0"..."9").contains(next) {
                    name.unicodeScalars.append(next)
                    scalars.removeFirst()
                }
            }
            guard Vocabulary.isValidCaptureName(name) else {
                return .failure(TemplateError(reason: "\"$\" must be followed by a capture name (or written \"$$\")"))
            }
            if !text.isEmpty { pieces.append(.text(text)) }
            text = ""
            pieces.append(.capture(name))
        }
        if !text.isEmpty { pieces.append(.text(text)) }
        return .success(ValueTemplate(pieces: pieces))
    }

    /// The value with each capture replaced by `lookup(name)` (empty when it captured nothing), trimmed.
    func render(_ lookup: (String) -> String?) -> String {
        var result = ""
        for piece in pieces {
            switch piece {
            case .text(let text): result += text
            case .capture(let name): result += lookup(name) ?? ""
            }
        }
        return result.trimmingWhitespace()
    }

    struct TemplateError: Error {
        let reason: String
    }
}

extension String {
    /// The string without leading and trailing white space (including line breaks).
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
