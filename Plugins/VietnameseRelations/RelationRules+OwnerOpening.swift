import MekongPluginAPI
import VietnameseLexicon

/// The body that owns the units a sentence opens with ("Các doanh nghiệp do Tập đoàn X nắm giữ … gồm").
extension RelationRules {
    /// The words for units owned by a body that open ``ownerOpening(before:in:)``'s phrase: "doanh nghiệp", "đơn vị",
    /// "công ty".
    static let ownedBodyWords: Set<[String]> = [["doanh", "nghiệp"], ["đơn", "vị"], ["công", "ty"]]

    /// The body that owns the units a sentence opens with, for a list after "gồm" at `index`: "(Các) doanh nghiệp do Tập
    /// đoàn X nắm giữ 100% vốn điều lệ sẽ gồm", "Các đơn vị thuộc Bộ Y hiện gồm" — a unit word, "do", "thuộc" or "của",
    /// the body, then up to ten words without another name, a comma or a divestment ("thoái vốn") before "gồm".
    func ownerOpening(before index: Int, in range: Range<Int>) -> MentionLayout.Placed? {
        var cursor = range.lowerBound
        if cursor < index, keys[cursor] == "các" { cursor += 1 }
        guard cursor + 2 < index, Self.ownedBodyWords.contains([keys[cursor], keys[cursor + 1]]),
            ["do", "thuộc", "của"].contains(keys[cursor + 2]), let owner = layout.starting(at: cursor + 3, types: [.organization]),
            index - owner.end <= 10,
            (owner.end..<index).allSatisfy({ token in
                ![",", ";", "thoái"].contains(keys[token]) && layout.starting(at: token, types: VietnameseRelationExtractor.parties) == nil
            })
        else { return nil }
        return owner
    }
}
