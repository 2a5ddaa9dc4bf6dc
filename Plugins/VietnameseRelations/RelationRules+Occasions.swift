import MekongPluginAPI
import VietnameseLexicon

/// The subject of a verb of meeting that is not written right before it: the party who speaks at a meeting named by its
/// noun ("A phát biểu tại buổi làm việc với B"), and the subject of the main clause after a clause of time set before
/// it ("Trước khi có buổi làm việc với B, Bộ trưởng A …").
extension RelationRules {
    /// Prepositions that make a meeting an occasion: "tại buổi làm việc với B", "trong cuộc hội đàm với B".
    static let occasionPrepositions: Set<String> = ["tại", "trong"]

    /// Nouns of a meeting, before its verb: "buổi làm việc", "cuộc hội đàm".
    static let occasionNouns: Set<String> = ["buổi", "cuộc"]

    /// "Bí thư A phát biểu tại buổi làm việc với B", "chỉ đạo của A tại buổi làm việc với B", "A đã nhấn mạnh như trên
    /// trong buổi làm việc với B": the party that ends a few lower-case words (what it did there) before the preposition
    /// of an occasion, where the verb at `index` follows the occasion's noun and `before` is where its adverbs start.
    func occasionHolder(verbAt index: Int, adverbsFrom before: Int, in range: Range<Int>) -> MentionLayout.Placed? {
        guard before > range.lowerBound, before < index, (before..<index).contains(where: { Self.occasionNouns.contains(keys[$0]) }),
            Self.occasionPrepositions.contains(keys[before - 1])
        else { return nil }
        var end = before - 1
        // "A đã đặt vấn đề như vậy tại buổi làm việc với B": up to seven words of what A did there.
        while end > range.lowerBound, before - 1 - end <= 7 {
            if let party = layout.ending(at: end, types: VietnameseRelationExtractor.parties) { return party }
            let token = document.tokens[end - 1]
            guard token.kind == .word, !token.isCapitalized else { return nil }
            end -= 1
        }
        return nil
    }

    /// Conjunctions that open a clause of time set before the subject: "Trước khi …, A", "Sau khi …, A", "Khi …, A"; and
    /// prepositions that open a meeting set before it: "Tại buổi làm việc với B …, A", "Sau hội đàm với B, A", "Trong
    /// cuộc gặp với B, A".
    static let frontedClauseOpeners: [[String]] = [["trước", "khi"], ["sau", "khi"], ["khi"], ["tại"], ["sau"], ["trong"]]

    /// "Trước khi có buổi làm việc nhanh với lãnh đạo Sở B, Bộ trưởng A đã thăm hỏi thí sinh", "Tại buổi làm việc với B,
    /// Bí thư A …": where only an opener of ``frontedClauseOpeners`` (written with a capital, as a sentence or clause
    /// opens, or after a short fronted phrase and a comma: "Cùng ngày, tại buổi làm việc với B, …") stands before the
    /// verb's adverbs (`before`), the subject is the person named with a title after a comma that closes the clause.
    func frontedClauseSubject(verbAt index: Int, adverbsFrom before: Int, in range: Range<Int>) -> MentionLayout.Placed? {
        guard Self.frontedClauseOpeners.contains(where: { words in
            let start = before - words.count
            return start >= range.lowerBound && Array(keys[start..<before]) == words
                && (document.tokens[start].isCapitalized || afterFrontedTime(start, in: range))
        }) else { return nil }
        return subjectAfterFrontedClause(verbAt: index, in: range)
    }

    /// "Ngày 8-2, tại buổi làm việc với B, …", "Cùng ngày, tại buổi làm việc với B, …": whether only a short fronted
    /// phrase (at most five tokens, with no comma and naming no party: mostly a time) and a comma stand between the
    /// sentence's start and `start`.
    private func afterFrontedTime(_ start: Int, in range: Range<Int>) -> Bool {
        guard start > range.lowerBound + 1, start - range.lowerBound <= 7, keys[start - 1] == "," else { return false }
        return (range.lowerBound..<start - 1).allSatisfy {
            keys[$0] != "," && layout.starting(at: $0, types: VietnameseRelationExtractor.parties) == nil
        }
    }

    /// Words of motion that open a visit: fronted at a sentence's start ("Tới thăm B, A …", "Đến thăm B, A …") or before
    /// the host ("A đến B làm việc", "A xuống trụ sở B làm việc").
    static let visitOpeners: Set<String> = ["tới", "đến", "xuống"]

    /// The person named with a title after a comma that closes a clause fronted before the subject, within 25 tokens
    /// of the clause's verb at `index` and before any semicolon.
    func subjectAfterFrontedClause(verbAt index: Int, in range: Range<Int>) -> MentionLayout.Placed? {
        var cursor = index
        while cursor + 1 < range.upperBound, cursor - index <= 25, keys[cursor] != ";" {
            defer { cursor += 1 }
            guard keys[cursor] == "," else { continue }
            // The subject's honorific and title, the body of the title, then the person.
            var start = cursor + 1
            while start < range.upperBound, ["ông", "bà", "đồng", "chí"].contains(keys[start]) { start += 1 }
            // "Phó Chủ tịch", "Quyền Bộ trưởng": the lexicon holds the title without its rank.
            if start < range.upperBound, Self.rankWords.contains(keys[start]) { start += 1 }
            // "Tại buổi làm việc với B, UBND TP.HCM kiến nghị …": a body right after the first comma, with its verb after
            // it, is the subject; a body followed by another comma or "và" may still be one of the partners, so none is.
            if start == cursor + 1, let body = layout.starting(at: start, types: [.organization]) {
                guard body.end < range.upperBound, document.tokens[body.end].kind == .word, !document.tokens[body.end].isCapitalized,
                    keys[body.end] != "và"
                else { return nil }
                return body
            }
            guard start < range.upperBound, let title = lexicon.titles.longestMatch(in: keys, at: start) else { continue }
            start += title.length
            if let body = layout.starting(at: start, types: [.organization]) { start = body.end }
            if let person = layout.starting(at: start, types: [.person]) { return person }
        }
        return nil
    }
}
