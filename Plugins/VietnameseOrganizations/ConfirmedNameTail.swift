import MekongPluginAPI

/// A name cut before lower-case words that the article's full name of the body holds: "Cục Nghệ thuật biểu diễn
/// khẩn trương …" is cut before the verbal compound "biểu diễn", which the sentence might carry on, but where the
/// clause ends right after it ("Cục Nghệ thuật biểu diễn (Bộ …)") the grammar reads the whole name, and that name
/// says where every other mention of the body ends.
enum ConfirmedNameTail {
    /// The most lower-case words after a name that another name of the article may confirm.
    static let maxTailWords = 3

    /// `mentions` with each organization's name run on over the lower-case words after it when the article names a
    /// body with exactly that name and those words.
    static func extend(_ mentions: [EntityMention], document: Document) -> [EntityMention] {
        let tokens = document.tokens
        // The article's full names, sorted once an organization is followed by a lower-case word: names that start
        // alike stand together, so a name and those it runs on to are found by binary search.
        var sorted: [String]?
        func names() -> [String] {
            if let sorted { return sorted }
            let made = Array(Set(mentions.lazy.filter { $0.type == .organization && !$0.hints.isShortForm }.map(\.canonicalName)))
                .sorted()
            sorted = made
            return made
        }
        return mentions.map { mention in
            guard mention.type == .organization, !mention.hints.isNested else { return mention }
            let next = document.tokenIndex(atOrAfter: mention.span.end)
            guard next < tokens.count, tokens[next].span.start == mention.span.end + 1, tokens[next].kind == .word,
                !tokens[next].isCapitalized, !document.startsSentence[next]
            else { return mention }
            let all = names()
            guard Self.contains(all, startingWith: mention.canonicalName + " ") else { return mention }
            var end = next
            while end < tokens.count, end - next < maxTailWords, tokens[end].kind == .word, !tokens[end].isCapitalized,
                !document.startsSentence[end]
            {
                end += 1
            }
            for last in stride(from: end, to: next, by: -1) {
                let name = mention.canonicalName + " " + tokens[next..<last].map(\.text).joined(separator: " ")
                guard Self.contains(all, startingWith: name, exactly: true) else { continue }
                var extended = mention
                extended.span = TextSpan(start: mention.span.start, end: tokens[last - 1].span.end)
                extended.text = document.text(extended.span)
                extended.canonicalName = name
                extended.aliases = mention.aliases.filter { $0 != mention.text } + [extended.text]
                return extended
            }
            return mention
        }
    }

    /// Whether `sorted` holds a name that starts with `prefix` (or, `exactly`, is `prefix`): the names that start with
    /// it follow one another in sorted order, from the first that is not less than it.
    private static func contains(_ sorted: [String], startingWith prefix: String, exactly: Bool = false) -> Bool {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < prefix { low = middle + 1 } else { high = middle }
        }
        guard low < sorted.count else { return false }
        return exactly ? sorted[low] == prefix : sorted[low].hasPrefix(prefix)
    }
}
