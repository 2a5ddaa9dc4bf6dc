import MekongCore
import MekongPluginAPI
import VietnameseLexicon

/// A bare territorial body among the posts of one person takes the territory of its neighbour in the chain:
/// "Phó Bí thư Thành ủy, Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung" names "Thành ủy Hà Nội", and "Bí thư Tỉnh ủy
/// Nghệ An, Chủ tịch HĐND tỉnh" names "Hội đồng nhân dân tỉnh Nghệ An". The neighbour must name the same kind of
/// territory ("thành phố" for a Thành ủy), so "Bí thư Thành ủy, Chủ tịch UBND quận 1" completes nothing; a territory
/// named by its number keeps its unit word ("Phó Bí thư Quận ủy, Chủ tịch UBND Q.1" names "Quận ủy Quận 1").
enum PostChainPlace {
    /// Completes the short forms of `mentions` whose neighbour in a chain of posts names their territory.
    static func complete(_ mentions: [EntityMention], document: Document, lexicon: VietnameseLexicon) -> [EntityMention] {
        let order = mentions.indices.filter { mentions[$0].type == .organization && !mentions[$0].hints.isNested }
            .sorted { mentions[$0].span.start < mentions[$1].span.start }
        var result = mentions
        for (position, index) in order.enumerated() where mentions[index].hints.isShortForm {
            guard let unit = unitWord(of: mentions[index].canonicalName) else { continue }
            let neighbours = [position + 1, position - 1].filter { order.indices.contains($0) }.map { order[$0] }
            for neighbour in neighbours {
                let (first, second) = mentions[neighbour].span.start > mentions[index].span.start
                    ? (mentions[index], mentions[neighbour]) : (mentions[neighbour], mentions[index])
                guard !mentions[neighbour].hints.isShortForm, let place = mentions[neighbour].hints.place,
                    separatedByATitle(first, second, document: document, lexicon: lexicon),
                    TokenKeys.split(mentions[neighbour].canonicalName).containsSequence(territoryWords(unit: unit, place: place))
                else { continue }
                // "Phó Bí thư Quận ủy, Chủ tịch UBND Q.1": a territory named by its number keeps its unit word.
                let named = place.first?.isNumber == true ? unit.prefix(1).uppercased() + unit.dropFirst() + " " + place : place
                result[index].canonicalName = mentions[index].canonicalName + " " + named
                result[index].hints.isShortForm = false
                result[index].hints.place = place
                break
            }
        }
        return result
    }

    /// The words that name a territory of `place` with its unit word: "tỉnh Nghệ An", but "Thành phố Hồ Chí Minh",
    /// whose name holds the unit word itself ("Chủ tịch HĐND TP.HCM").
    private static func territoryWords(unit: String, place: String) -> [String] {
        let placeWords = TokenKeys.split(place)
        let unitWords = TokenKeys.split(unit)
        return placeWords.starts(with: unitWords) ? placeWords : unitWords + placeWords
    }

    /// The unit word of the territory a bare committee leads ("Tỉnh ủy" → "tỉnh"), or nil for any other name.
    private static func unitWord(of name: String) -> String? {
        let words = TokenKeys.split(name)
        guard words.count == 2 else { return nil }
        return OrganizationGrammar.committeeUnits[words.joined(separator: " ")]
    }

    /// Whether only ", Title" stands between two mentions of one sentence ("Thành ủy, Chủ tịch UBND TP …"), the title
    /// one of the lexicon's, "Phó" or "Quyền" before it.
    private static func separatedByATitle(
        _ first: EntityMention, _ second: EntityMention, document: Document, lexicon: VietnameseLexicon
    ) -> Bool {
        guard first.span.end < second.span.start,
            document.sentenceIndex(containing: first.span.start) == document.sentenceIndex(containing: second.span.start)
        else { return false }
        let gap = document.text(TextSpan(start: first.span.end, end: second.span.start)).trimmingSpaces()
        guard gap.hasPrefix(",") else { return false }
        let words = TokenKeys.split(String(gap.dropFirst()))
        var start = 0
        while start < words.count, words[start] == "phó" || words[start] == "quyền" { start += 1 }
        return lexicon.titles.longestMatch(in: words, at: start).map { start + $0.length == words.count } ?? false
    }
}

extension Array where Element: Equatable {
    /// Whether `part` occurs in this array as a contiguous run.
    fileprivate func containsSequence(_ part: [Element]) -> Bool {
        guard !part.isEmpty, part.count <= count else { return false }
        return (0...(count - part.count)).contains { Array(self[$0..<$0 + part.count]) == part }
    }
}
