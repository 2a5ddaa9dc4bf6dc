import MekongPluginAPI
import VietnameseLexicon

/// Bodies named after their tasks, listed with commas: "Cục Thẩm định, đánh giá tác động môi trường", "Cục Giải
/// quyết khiếu nại, tố cáo và thanh tra khu vực II", "Ban Bồi thường, hỗ trợ và tái định cư".
extension OrganizationGrammar {
    /// The end of the tasks listed after the comma at `comma` inside the name that starts at `nameStart`, or nil. The
    /// name opens with a task (a verb of the name-compound lexicon, capitalized right after the head) and the words
    /// right before the comma end with one; after the comma a lower-case compound of the lexicon that is no head or
    /// title starts a complement, which ends as any complement does; "và" and one more task may close the list.
    func taskAfterComma(at comma: Int, nameStart: Int, afterHead: Int) -> Int? {
        let tokens = document.tokens
        guard afterHead + 1 < comma, comma >= 2, comma + 2 < keys.count, tokens[afterHead].isCapitalized,
            lexicon.verbalCompounds.contains(keys[afterHead] + " " + keys[afterHead + 1]),
            tokens[comma - 1].kind == .word, lexicon.verbalCompounds.contains(keys[comma - 2] + " " + keys[comma - 1]),
            !document.startsSentence[comma + 1], tokens[comma + 1].kind == .word, !tokens[comma + 1].isCapitalized,
            lexicon.nameCompounds.contains(keys[comma + 1] + " " + keys[comma + 2]),
            lexicon.heads.longestMatch(in: keys, at: comma + 1) == nil, lexicon.titles.longestMatch(in: keys, at: comma + 1) == nil,
            var end = complementEnd(at: comma + 1, nameStart: nameStart, afterHead: afterHead), end >= comma + 3
        else { return nil }
        // "… khiếu nại, tố cáo và thanh tra khu vực II": "và" closes the list with one more task.
        if end + 2 < keys.count, keys[end] == "và", tokens[end + 1].kind == .word, !tokens[end + 1].isCapitalized,
            !document.startsSentence[end + 1], lexicon.verbalCompounds.contains(keys[end + 1] + " " + keys[end + 2]),
            let last = complementEnd(at: end + 1, nameStart: nameStart, afterHead: afterHead), last > end + 2
        {
            end = last
        }
        return end
    }
}
