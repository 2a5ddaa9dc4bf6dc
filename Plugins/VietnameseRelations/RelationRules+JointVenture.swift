import MekongPluginAPI
import VietnameseLexicon

/// The members of a joint venture ("liên danh"), and the pairwise reading that lists of parties share.
extension RelationRules {
    /// "giao liên danh: Công ty A và Công ty B nghiên cứu …", "liên danh gồm A, B và C": the members of a joint venture
    /// listed right after "liên danh" (past a colon, "gồm", "giữa" or "là") cooperate with each other. The list must
    /// be one: two members or more, closed by "và" before the last, or set apart by commas alone only after a colon,
    /// "gồm", "giữa" or "là" — so that in "làm việc với liên danh Công ty A, Sở Xây dựng đề nghị …" the subject after
    /// the comma is no member.
    mutating func jointVenture(at index: Int, in range: Range<Int>) {
        var cursor = index + 2
        while cursor < range.upperBound, cursor - index <= 4, [":", "gồm", "giữa", "là"].contains(keys[cursor]) { cursor += 1 }
        let opened = cursor > index + 2
        var members: [MentionLayout.Placed] = []
        while cursor < range.upperBound, let member = layout.starting(at: cursor, types: [.organization]) {
            members.append(member)
            cursor = member.end
            // The member after "và" is the last.
            guard keys[member.start - 1] != "và", cursor + 1 < range.upperBound, [",", "và"].contains(keys[cursor]) else { break }
            cursor += 1
        }
        // Closed by "và" when a member follows it (a "và" with nothing after it closes nothing).
        let closed = members.count >= 2 && keys[members[members.count - 1].start - 1] == "và"
        guard members.count >= 2, closed || opened else { return }
        addPairwise(members, .cooperatesWith, at: index, rule: "joint-venture", confidence: 0.75)
    }

    /// Adds `predicate` between every two of `parties`, given in text order (the earlier the subject), except between
    /// two neighbours `a`, `b` (`a` right before `b`) for which `skipNeighbours(a, b)` holds.
    mutating func addPairwise(
        _ parties: [MentionLayout.Placed], _ predicate: Predicate, at token: Int, rule: String, confidence: Double = 0.8,
        skipNeighbours: (MentionLayout.Placed, MentionLayout.Placed) -> Bool = { _, _ in false }
    ) {
        for (offset, first) in parties.enumerated() {
            for (secondOffset, second) in parties.enumerated() where secondOffset > offset {
                if secondOffset == offset + 1, skipNeighbours(first, second) { continue }
                add(first.index, predicate, second.index, at: token, rule: rule, confidence: confidence)
            }
        }
    }

    /// Whether `unit` is a unit of the lowest ``UnitLevel`` (1: "Phòng", "Khoa", "Đội", "Chi cục" …) and `owner` stands
    /// higher: named side by side with a comma, the first is a unit of the second ("Phòng Cảnh sát kinh tế, Công an
    /// tỉnh A"). Bodies of higher levels are not taken for units so ("Báo Pháp luật, Tập đoàn Sông Hồng" are two
    /// parties).
    static func isUnit(_ unit: MentionLayout.Placed, of owner: MentionLayout.Placed) -> Bool {
        guard UnitLevel.of(unit.mention.canonicalName) == 1, let ownerLevel = UnitLevel.of(owner.mention.canonicalName)
        else { return false }
        return ownerLevel > 1
    }
}
