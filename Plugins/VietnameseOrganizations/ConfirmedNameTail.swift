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
        let names = Set(mentions.lazy.filter { $0.type == .organization && !$0.hints.isShortForm }.map(\.canonicalName))
        guard names.count > 1 else { return mentions }
        let tokens = document.tokens
        // Every shorter name a longer one runs on from ("Cục Nghệ thuật" of "Cục Nghệ thuật biểu diễn"), computed only
        // when a mention is followed by a lower-case word.
        var runsOn: Set<String>?
        return mentions.map { mention in
            guard mention.type == .organization, !mention.hints.isNested else { return mention }
            let next = document.tokenIndex(atOrAfter: mention.span.end)
            guard next < tokens.count, tokens[next].span.start == mention.span.end + 1, tokens[next].kind == .word,
                !tokens[next].isCapitalized, !document.startsSentence[next]
            else { return mention }
            if runsOn == nil { runsOn = Self.shorterForms(of: names) }
            guard runsOn?.contains(mention.canonicalName) == true else { return mention }
            var end = next
            while end < tokens.count, end - next < maxTailWords, tokens[end].kind == .word, !tokens[end].isCapitalized,
                !document.startsSentence[end]
            {
                end += 1
            }
            for last in stride(from: end, to: next, by: -1) {
                let name = mention.canonicalName + " " + tokens[next..<last].map(\.text).joined(separator: " ")
                guard names.contains(name) else { continue }
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

    /// The names that `names` hold before a space: "Cục Nghệ thuật biểu diễn" holds "Cục" and "Cục Nghệ thuật".
    private static func shorterForms(of names: Set<String>) -> Set<String> {
        var forms: Set<String> = []
        for name in names {
            var index = name.startIndex
            while let space = name[index...].firstIndex(of: " ") {
                forms.insert(String(name[..<space]))
                index = name.index(after: space)
            }
        }
        return forms
    }
}
