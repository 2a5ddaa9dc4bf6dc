import MekongPluginAPI
import VietnameseLexicon

/// A body's name never runs into a rank and the name after it: "Bộ trưởng Bộ Công an Thượng tướng Tô Lâm" names "Bộ
/// Công an", and "Thượng tướng Tô Lâm" is the holder (``VietnameseLexicon/ranks``). The grammar reads capitalized
/// words as more of a name; this cuts a mention back to the word before the rank, and drops a nested mention that
/// holds the rank, or a mention whose canonical name does not end with the words it would cut.
enum RankTail {
    /// `mentions` with every organization cut before a rank that a capitalized word follows.
    static func trim(_ mentions: [EntityMention], in document: Document) -> [EntityMention] {
        let keys = document.tokenKeys
        let tokens = document.tokens
        var result: [EntityMention] = []
        result.reserveCapacity(mentions.count)
        for mention in mentions {
            guard mention.type == .organization else {
                result.append(mention)
                continue
            }
            let start = document.tokenIndex(atOrAfter: mention.span.start)
            let end = document.tokenIndex(atOrAfter: mention.span.end)
            guard let rank = (start + 1..<max(start + 1, end - 2)).first(where: { index in
                tokens[index].isCapitalized && tokens[index + 2].isCapitalized && VietnameseLexicon.rankStarts(in: keys, at: index)
            }) else {
                result.append(mention)
                continue
            }
            let tail = document.text(TextSpan(start: tokens[rank].span.start, end: mention.span.end))
            // A nested mention, or one named with other words than the text's: drop it rather than guess its name.
            guard !mention.hints.isNested, rank - start >= 2, mention.canonicalName.hasSuffix(" " + tail) else { continue }
            var cut = mention
            cut.span = TextSpan(start: mention.span.start, end: tokens[rank - 1].span.end)
            cut.text = document.text(cut.span)
            cut.canonicalName = String(mention.canonicalName.dropLast(tail.count + 1))
            cut.aliases = mention.aliases.filter { !$0.hasSuffix(tail) }
            result.append(cut)
        }
        return result
    }
}
