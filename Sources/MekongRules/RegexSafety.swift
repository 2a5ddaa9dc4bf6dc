/// The safe subset of regular expressions a rule pack may use, checked when the pack is loaded.
///
/// ICU matches by backtracking, so some patterns take time exponential in the length of the sentence:
/// `(a+)+$` on forty a's and a b takes seconds, on a few thousand it never ends. Refused:
///
/// - **backreferences** (`\1`, `\k<name>`): no matcher without backtracking supports them;
/// - **nested quantifiers**: a group repeated by `*`, `+` or `{n,}`/`{n,m}` whose body begins with a
///   repeated element (`(a+)+`, `(\w+\s?)*`, `(?:x*y)+`). A group whose body starts with a literal
///   (`(?: [\p{L}]+)*`, each repetition starting with a space) is accepted: its repetitions cannot overlap.
///
/// What this check cannot see (overlapping alternatives such as `(a|aa)+`) is stopped at match time by
/// ``RegexPattern/timeBudget``.
enum RegexSafety {
    /// One open group, as the scan sees it.
    private struct Group {
        /// Whether the current alternative has had its first element yet.
        var firstSeen = false
        /// Whether some alternative of the group begins with a repeated element.
        var startsRepeated = false
        /// Whether the group is the first element of its parent's alternative.
        var isFirstInParent = false
    }

    /// Why `source` is outside the safe subset, or nil when it is inside.
    static func problem(in source: String) -> String? {
        let scalars = Array(source.unicodeScalars)
        var groups: [Group] = []
        var index = 0
        // About the element just scanned, for a quantifier after it: whether it is the first element of its
        // group's alternative, and whether it is a group that begins with a repeated element.
        var lastIsFirst = false
        var lastStartsRepeated = false

        /// Records the start of an element in the innermost group.
        func element() {
            guard var group = groups.last else {
                lastIsFirst = false
                return
            }
            lastIsFirst = !group.firstSeen
            group.firstSeen = true
            groups[groups.count - 1] = group
        }

        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "\\":
                guard index + 1 < scalars.count else { return nil }
                let next = scalars[index + 1]
                if ("1"..."9").contains(next) || next == "k" {
                    return "it uses a backreference (\\\(Character(next)))"
                }
                element()
                lastStartsRepeated = false
                index += 2
                // \p{…}, \x{…}, \N{…} take a braced argument.
                if ["p", "P", "x", "N"].contains(next), index < scalars.count, scalars[index] == "{" {
                    while index < scalars.count, scalars[index] != "}" { index += 1 }
                    index += 1
                }
                continue
            case "[":
                element()
                lastStartsRepeated = false
                // Skip the class; `]` first in it, or escaped, is literal.
                index += 1
                if index < scalars.count, scalars[index] == "^" { index += 1 }
                if index < scalars.count, scalars[index] == "]" { index += 1 }
                var depth = 1
                while index < scalars.count, depth > 0 {
                    if scalars[index] == "\\" {
                        index += 2
                        continue
                    }
                    if scalars[index] == "[" { depth += 1 }
                    if scalars[index] == "]" { depth -= 1 }
                    index += 1
                }
                continue
            case "(":
                element()
                let isFirst = lastIsFirst
                index += 1
                if index < scalars.count, scalars[index] == "?" {
                    // (?:  (?<name>  (?i)  (?i:  — and lookarounds (?=  (?!  (?<=  (?<!, whose bodies are
                    // scanned like any other.
                    index += 1
                    if index + 1 < scalars.count, scalars[index] == "<", scalars[index + 1] != "=", scalars[index + 1] != "!" {
                        while index < scalars.count, scalars[index] != ">" { index += 1 }
                        index += 1
                    } else if index < scalars.count, scalars[index] == "<" {
                        index += 2
                    } else if index < scalars.count, ["=", "!", ":", ">"].contains(scalars[index]) {
                        index += 1
                    } else {
                        // Inline flags: (?i) or (?i:
                        while index < scalars.count, scalars[index] != ":", scalars[index] != ")" { index += 1 }
                        if index < scalars.count, scalars[index] == ":" { index += 1 }
                    }
                }
                groups.append(Group(isFirstInParent: isFirst))
                continue
            case ")":
                let closed = groups.popLast() ?? Group()
                lastStartsRepeated = closed.startsRepeated
                lastIsFirst = closed.isFirstInParent
                // A group that begins its parent's alternative passes on how it begins: ((a+)b)+ is (a+…)+.
                if closed.startsRepeated, closed.isFirstInParent, var parent = groups.last {
                    parent.startsRepeated = true
                    groups[groups.count - 1] = parent
                }
            case "*", "+", "?", "{":
                let repeats = scalar != "?" && !(scalar == "{" && isFixedCount(scalars, at: index))
                if repeats, lastStartsRepeated {
                    return "a repeated group begins with a repeated element (a nested quantifier, as in (a+)+)"
                }
                if repeats, lastIsFirst, var group = groups.last {
                    group.startsRepeated = true
                    groups[groups.count - 1] = group
                }
                if scalar == "{" {
                    while index < scalars.count, scalars[index] != "}" { index += 1 }
                }
                // A lazy or possessive mark (`*?`, `++`) belongs to this quantifier.
                if index + 1 < scalars.count, scalars[index + 1] == "?" || scalars[index + 1] == "+" { index += 1 }
                lastStartsRepeated = false
            case "|":
                if var group = groups.last {
                    group.firstSeen = false
                    groups[groups.count - 1] = group
                }
                lastStartsRepeated = false
                lastIsFirst = false
            case "^", "$":
                break
            default:
                element()
                lastStartsRepeated = false
            }
            index += 1
        }
        return nil
    }

    /// Whether the `{` at `index` is a fixed count such as `{4}` (no repetition to backtrack over).
    private static func isFixedCount(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var end = index + 1
        while end < scalars.count, ("0"..."9").contains(scalars[end]) { end += 1 }
        return end < scalars.count && scalars[end] == "}" && end > index + 1
    }
}
