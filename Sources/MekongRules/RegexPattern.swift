import Foundation

/// A compiled regular expression over sentence text, with the names of its groups.
struct RegexPattern: @unchecked Sendable {
    // NSRegularExpression is immutable once made and documented as safe to use from several threads.
    let expression: NSRegularExpression
    /// The `(?<name>…)` groups, in order.
    let groupNames: [String]

    /// How long one pattern may run over one sentence. ICU backtracks, so a pattern like `(a|aa)+$` that the
    /// load-time check cannot see can still take exponential time; it is stopped here.
    static let timeBudget: TimeInterval = 0.5

    /// Compiles `source` (put in NFC first, like the text it runs on), after checking it against the safe
    /// subset (``RegexSafety``).
    static func compile(_ source: String) -> Result<RegexPattern, CompileError> {
        let normalized = source.precomposedStringWithCanonicalMapping
        if let problem = RegexSafety.problem(in: normalized) {
            return .failure(CompileError(reason: problem, unsafe: true))
        }
        do {
            let expression = try NSRegularExpression(pattern: normalized)
            return .success(RegexPattern(expression: expression, groupNames: groupNames(in: normalized)))
        } catch {
            return .failure(CompileError(reason: "\(error.localizedDescription)"))
        }
    }

    struct CompileError: Error {
        let reason: String
        /// Whether the pattern compiles but is refused as unsafe (rather than invalid).
        var unsafe = false
    }

    /// The matches in `range` of `text`, or nil when matching ran past ``timeBudget`` and was stopped.
    func matches(in text: String, range: NSRange) -> [NSTextCheckingResult]? {
        var results: [NSTextCheckingResult] = []
        var exceeded = false
        let deadline = Date(timeIntervalSinceNow: Self.timeBudget)
        // With .reportProgress ICU calls back periodically while it backtracks, so a runaway match can be
        // stopped; a deadline, not a step count, because the callback's rate depends on the pattern.
        expression.enumerateMatches(in: text, options: [.reportProgress], range: range) { result, _, stop in
            if let result { results.append(result) }
            if Date() > deadline {
                exceeded = true
                stop.pointee = true
            }
        }
        return exceeded ? nil : results
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
