/// The words that say who leads a delegation, read by the officials' and the relations' extractors alike.
extension VietnameseLexicon {
    /// "dẫn đầu đoàn": the party before the words leads the delegation they name.
    public static let leadsDelegationWords = ["dẫn", "đầu", "đoàn"]
    /// "làm trưởng đoàn": the party before the words heads the delegation.
    public static let headsDelegationWords = ["làm", "trưởng", "đoàn"]

    /// The token after "dẫn đầu đoàn", "công tác" and "của" (each of the last two optional) that start at `index`,
    /// where the delegation's body is named: "Thứ trưởng A dẫn đầu đoàn công tác của Bộ X". Nil when no such phrase
    /// starts at `index` or nothing follows its first three words.
    public static func delegationBodyStart(in keys: [String], at index: Int) -> Int? {
        guard index + leadsDelegationWords.count < keys.count, keys[index...].starts(with: leadsDelegationWords) else {
            return nil
        }
        var start = index + leadsDelegationWords.count
        if keys[start...].starts(with: ["công", "tác"]) { start += 2 }
        if start < keys.count, keys[start] == "của" { start += 1 }
        return start
    }
}
