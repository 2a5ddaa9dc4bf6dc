import MekongPluginAPI
import VietnameseLexicon

/// The parties a meeting has besides its grammatical subject: the leader of a delegation and the body a speaker
/// represents ("Thay mặt …").
extension RelationRules {
    /// The body a sentence opens by speaking for ("Thay mặt Quốc hội Việt Nam, …"), when the subject at `subjectStart`
    /// comes right after its comma (past the subject's title).
    func representedBody(before subjectStart: Int, in range: Range<Int>) -> MentionLayout.Placed? {
        let open = range.lowerBound
        guard open + 3 < range.upperBound, keys[open] == "thay", keys[open + 1] == "mặt",
            let body = layout.starting(at: open + 2, types: [.organization])
        else { return nil }
        // "Quốc hội Việt Nam": the country may follow the body's name.
        let bodyEnd = layout.starting(at: body.end, types: [.place])?.end ?? body.end
        guard bodyEnd < subjectStart, keys[bodyEnd] == "," else { return nil }
        // Only the subject's title (and an honorific) between the comma and the subject.
        let between = bodyEnd + 1
        var cursor = between
        while cursor < subjectStart, ["ông", "bà", "đồng", "chí"].contains(keys[cursor]) { cursor += 1 }
        if cursor < subjectStart, Self.rankWords.contains(keys[cursor]) { cursor += 1 }
        if cursor < subjectStart, let title = lexicon.titles.longestMatch(in: keys, at: cursor) {
            cursor += title.length
            // "Chủ tịch Quốc hội A": the body of the subject's post.
            if let post = layout.starting(at: cursor, types: [.organization]), post.end <= subjectStart { cursor = post.end }
        }
        return cursor == subjectStart ? body : nil
    }

    /// The leader of a delegation whose verb ends at `end`, and the delegation's body where the leader follows it: "Ông A,
    /// Phó Thủ tướng, dẫn đầu đoàn công tác (của Bộ Chính trị) làm việc với B" gives A; "Đoàn đại biểu Thượng viện X do
    /// Chủ tịch Thượng viện A dẫn đầu đã tới thăm B" gives A and Thượng viện X (a delegation stands for its body).
    ///
    /// "do A, Phó Chánh Văn phòng làm trưởng đoàn đã làm việc với B" says the same as "do A dẫn đầu"; the delegation's
    /// body may carry its short form before "do" ("đoàn công tác của Ủy ban X (UBX) do A … làm trưởng đoàn").
    func delegationLeaders(before end: Int, in range: Range<Int>) -> [MentionLayout.Placed] {
        var lead = end - 2
        while lead >= range.lowerBound, end - lead <= 10, leadWords(at: lead) == 0 {
            guard ![",", ";", ":", "."].contains(keys[lead]) else { return [] }
            lead -= 1
        }
        guard lead >= range.lowerBound, end - lead <= 10 else { return [] }
        let leadLength = leadWords(at: lead)
        guard leadLength > 0 else { return [] }
        // "dẫn đầu đoàn …" before the verb, or "do A dẫn đầu (đã tới) VERB".
        let leadsBefore = lead + 2 < end && keys[lead..<end].starts(with: VietnameseLexicon.leadsDelegationWords)
        let ledBy = (lead + leadLength..<end).allSatisfy { VietnameseRelationExtractor.adverbs.contains(keys[$0]) || keys[$0] == "tới" }
        // "do đại tá A, Phó Chánh Văn phòng làm trưởng đoàn": the holder of the posts that end before the words.
        let head = layout.ending(at: lead, types: VietnameseRelationExtractor.parties)
        guard leadsBefore || ledBy,
            let leader = head.flatMap({ $0.mention.type == .person ? $0 : appositiveHolder(endingAt: $0.end, in: range) })
                ?? appositiveHolder(endingAt: lead, in: range)
        else { return [] }
        let from = max(range.lowerBound, leader.start - 8)
        guard ledBy, from < leader.start, let doAt = (from..<leader.start).last(where: { keys[$0] == "do" }),
            let body = partyEnding(at: doAt, in: range), body.mention.type == .organization
        else { return [leader] }
        return [leader, body]
    }

    /// How many words at `index` say that the party before them leads a delegation: 2 for "dẫn đầu", 3 for "làm
    /// trưởng đoàn", 0 otherwise.
    private func leadWords(at index: Int) -> Int {
        guard index + 1 < keys.count else { return 0 }
        if keys[index...].starts(with: VietnameseLexicon.leadsDelegationWords.prefix(2)) { return 2 }
        if keys[index...].starts(with: VietnameseLexicon.headsDelegationWords) { return 3 }
        return 0
    }
}
