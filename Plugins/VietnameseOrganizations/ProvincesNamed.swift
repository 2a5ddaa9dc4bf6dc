import MekongCore
import MekongPluginAPI
import VietnameseLexicon

/// Where an article names provinces (not inside a person's name: "Phó Thủ tướng Trương Hòa Bình"), found once per
/// article for the rules that give a bare provincial body ("UBND tỉnh", "Tỉnh ủy") its province.
struct ProvincesNamed {
    /// Each province named, in text order: the token where its name starts and the gazetteer's name.
    let occurrences: [(token: Int, name: String)]

    init(_ document: Document, lexicon: VietnameseLexicon) {
        let keys = document.tokenKeys
        var found: [(token: Int, name: String)] = []
        var index = 0
        while index < keys.count {
            if document.tokens[index].isCapitalized, let match = lexicon.places.longestMatch(in: keys, at: index) {
                let inPersonName = index > 0 && document.tokens[index - 1].isCapitalized
                    && lexicon.isSurname(keys[index - 1])
                if match.payload.kind == "province" && !inPersonName { found.append((index, match.payload.name)) }
                index += match.length
            } else {
                index += 1
            }
        }
        occurrences = found
    }

    /// Whether the sentence of `mention` names a province other than `province` before it. "Khi ông Võ Kim Cự còn
    /// làm lãnh đạo tại tỉnh Hà Tĩnh, ở vị trí … Chủ tịch UBND tỉnh", in an article that otherwise speaks of Thanh
    /// Hóa, is Hà Tĩnh's committee: a rule that would give the bare body the article's province must not.
    func namesAnother(than province: String, before mention: EntityMention, in document: Document) -> Bool {
        guard occurrences.contains(where: { $0.name != province }),
            let sentence = document.sentenceIndex(containing: mention.span.start)
        else { return false }
        let start = document.sentences[sentence].tokens.lowerBound
        let token = document.tokenIndex(atOrAfter: mention.span.start)
        return occurrences.contains { $0.token >= start && $0.token < token && $0.name != province }
    }
}
