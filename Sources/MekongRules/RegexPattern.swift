import Foundation

/// A compiled regular expression over sentence text, with the names of its groups.
struct RegexPattern: @unchecked Sendable {
    // NSRegularExpression is immutable once made and documented as safe to use from several threads.
    let expression: NSRegularExpression
    /// The `(?<name>…)` groups, in order.
    let groupNames: [String]

    /// Compiles `source` (put in NFC first, like the text it runs on).
    static func compile(_ source: String) -> Result<RegexPattern, CompileError> {
        let normalized = source.precomposedStringWithCanonicalMapping
        do {
            let expression = try NSRegularExpression(pattern: normalized)
            return .success(RegexPattern(expression: expression, groupNames: groupNames(in: normalized)))
        } catch {
            return .failure(CompileError(reason: "\(error.localizedDescription)"))
        }
    }

    struct CompileError: Error {
        let reason: String
    }

    /// The names of `(?<name>` groups, skipping escaped parentheses and lookbehinds (`(?<=`, `(?<!`).
    static func groupNames(in source: String) -> [String] {
        let scalars = Array(source.unicodeScalars)
        var names: [String] = []
        var index = 0
        var inClass = false
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\\" {
                index += 2
                continue
            }
            if inClass {
                if scalar == "]" { inClass = false }
            } else if scalar == "[" {
                inClass = true
            } else if scalar == "(", index + 3 < scalars.count, scalars[index + 1] == "?", scalars[index + 2] == "<",
                scalars[index + 3] != "=", scalars[index + 3] != "!"
            {
                var end = index + 3
                var name = ""
                while end < scalars.count, scalars[end] != ">" {
                    name.unicodeScalars.append(scalars[end])
                    end += 1
                }
                names.append(name)
                index = end
            }
            index += 1
        }
        return names
    }
}
