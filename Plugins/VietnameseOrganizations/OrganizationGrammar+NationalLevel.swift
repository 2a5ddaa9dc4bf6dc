import MekongPluginAPI
import VietnameseLexicon

/// Bodies of the whole country named by a lower-case complement that the national level closes: "Trung tâm lưu trữ
/// quốc gia", "Ủy ban năng lượng nguyên tử Nhà nước".
extension OrganizationGrammar {
    /// The words that give a body's level as the whole country's, where a territory's body names its place:
    /// "Trung tâm lưu trữ quốc gia" as "Trung tâm lưu trữ tỉnh X", "Ủy ban chứng khoán Nhà nước".
    static let nationalLevels: Set<String> = ["quốc gia", "nhà nước"]
    /// Words that make the words after them a matter or an act, which no name holds: "Thanh tra việc tái cơ cấu doanh
    /// nghiệp nhà nước" is an inspection of state enterprises.
    static let nominalizers: Set<String> = ["việc", "sự"]
    /// Words that, alone between a head and the national level, name a kind of body, not one body: "Tập đoàn kinh tế
    /// nhà nước", "Ngân hàng thương mại nhà nước".
    static let kindComplements: Set<String> = ["kinh tế", "thương mại"]

    /// The token after a lower-case name that starts right after the head at `index` and that the national level
    /// closes, or nil: "Trung tâm khí tượng thủy văn quốc gia", "Hội đồng chức danh giáo sư Nhà nước", "Ban chỉ đạo thi
    /// quốc gia". Up to six words of a name come before the level, none of them a function word, a verb that carries
    /// the sentence on, a word of ``nominalizers``, a head or a unit word, and the head's last word makes no compound
    /// with the first ("Hội nghị an ninh quốc gia" is a meeting). Nil too when the name is one of ``kindComplements``
    /// alone ("Tập đoàn kinh tế nhà nước" is a kind).
    func nationalComplementEnd(at index: Int) -> Int? {
        guard index > 0, !lexicon.nameCompounds.contains(keys[index - 1] + " " + keys[index]),
            !lexicon.isClauseVerb(keys[index - 1], keys[index])
        else { return nil }
        var end = index
        while end + 1 < keys.count, end - index <= 6, !document.startsSentence[end + 1] {
            if end > index, Self.nationalLevels.contains(keys[end] + " " + keys[end + 1]) {
                return end == index + 2 && Self.kindComplements.contains(keys[index] + " " + keys[index + 1]) ? nil : end + 2
            }
            guard isOpenNameWord(at: end, from: index), !Self.nominalizers.contains(keys[end]), lexicon.heads.longestMatch(in: keys, at: end) == nil,
                unitWordEnd(at: end) == nil
            else { return nil }
            end += 1
        }
        return nil
    }
}
