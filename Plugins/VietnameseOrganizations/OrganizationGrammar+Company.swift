import MekongPluginAPI
import VietnameseLexicon

/// Companies and cooperatives name their trade in lower case before their own name: "Cty CP thiết bị y tế Thịnh
/// Phát", "HTX nông nghiệp Kiến Thái", "Công ty CP Xuất nhập khẩu và vận tải Khánh Nguyên" (annotation guide: a
/// head with its complement).
extension OrganizationGrammar {
    /// Heads of businesses, whose names carry a lower-case trade, and of management boards and trade associations,
    /// whose names carry what they manage or gather in the same way ("Ban Quản lý di tích Thành cổ Sơn Tây", "Hiệp hội
    /// bệnh viện tư nhân VN").
    static let businessHeads: Set<String> = [
        "công ty", "tổng công ty", "cty", "tcty", "ctcp", "hợp tác xã", "htx", "tập đoàn", "ngân hàng", "nhà máy",
        "trung tâm", "viện", "bệnh viện", "ban quản lý", "hiệp hội",
    ]
    /// Words of a business's legal form, which follow its head: the lexicon's.
    static let legalForms = VietnameseLexicon.companyLegalForms

    /// Whether a business's head written in lower case starts at `index` and its legal form follows it ("công ty TNHH
    /// Đại Nam", "tổng công ty cổ phần Sông Đà"): the form marks the name, as a capital would.
    func lowercaseBusinessHead(at index: Int) -> Bool {
        // Called at every token: the first word decides most cases without a look-up.
        guard index < keys.count, ["công", "tổng", "cty"].contains(keys[index]), !document.tokens[index].isCapitalized,
            let head = lexicon.heads.longestMatch(in: keys, at: index), isBusinessHead(index, index + head.length)
        else { return false }
        var cursor = index + head.length
        // "TNHH MTV", "cổ phần": one form may take two words, and another may follow it.
        while cursor + 1 < keys.count, !document.startsSentence[cursor] {
            if Self.legalForms.contains(keys[cursor]) {
                cursor += 1
            } else if Self.legalForms.contains(keys[cursor] + " " + keys[cursor + 1]) {
                cursor += 2
            } else {
                break
            }
        }
        // The business's own name follows the form, capitalized or after its lower-case trade ("công ty TNHH sản
        // xuất Thuận An"); "công ty TNHH này" names none.
        guard cursor > index + head.length, cursor < keys.count, !document.startsSentence[cursor] else { return false }
        return document.tokens[cursor].isCapitalized || tradeEnd(at: cursor) != nil
    }

    /// Whether a business's legal form ("TNHH", "CP", "MTV", "cổ phần") ends right before `index`.
    func followsLegalForm(_ index: Int) -> Bool {
        (index > 0 && Self.legalForms.contains(keys[index - 1]))
            || (index > 1 && Self.legalForms.contains(keys[index - 2] + " " + keys[index - 1]))
            // "Cty TNHH một thành viên Lê Quang Lộc": a legal form written out.
            || VietnameseLexicon.spelledCompanyLegalForms.contains { words in
                index >= words.count && keys[(index - words.count)..<index].elementsEqual(words)
            }
    }

    /// Heads of companies, which own the units named before them ("Phòng Tài vụ Công ty X", "Công đoàn Công ty").
    static let companyHeads: Set<String> = ["công ty", "tổng công ty", "cty", "tcty", "tập đoàn"]

    /// The longest trade a name carries before its proper name, in words.
    static let maxTradeWords = 6

    /// Whether the head of the name at `start..<afterHead` is a business's.
    func isBusinessHead(_ start: Int, _ afterHead: Int) -> Bool {
        afterHead - start <= 3 && Self.businessHeads.contains(keys[start..<afterHead].joined(separator: " "))
    }

    /// The token after a lower-case trade that starts at `start` and leads to the business's capitalized name, or
    /// nil. The trade is up to ``maxTradeWords`` Vietnamese words joined by "và", "&" or "-", none of them a function
    /// word, a verb that carries the sentence on, a head or a title; the word after it is capitalized, in the same
    /// sentence, and opens neither a title, another body, a clause nor a person's name.
    func tradeEnd(at start: Int) -> Int? {
        var end = start
        var words = 0
        while end < keys.count, !document.startsSentence[end] {
            let token = document.tokens[end]
            if token.kind == .word, token.isCapitalized { break }
            if ["và", "&", "-"].contains(keys[end]) {
                guard words > 0, end + 1 < keys.count, document.tokens[end + 1].kind == .word else { return nil }
                end += 1
                continue
            }
            // "dữ liệu", "điều dưỡng": a compound of names is one word of the trade, whatever its syllables alone
            // would be ("liệu" opens a question); one that is also a verb only with more of the trade after it ("Công ty
            // tổ chức Hội nghị" is the company's act).
            if token.kind == .word, end + 2 < keys.count, words + 2 <= Self.maxTradeWords, unitWordEnd(at: end) == nil,
                document.tokens[end + 1].kind == .word, !document.tokens[end + 1].isCapitalized, !document.startsSentence[end + 1],
                lexicon.nameCompounds.contains(keys[end] + " " + keys[end + 1]),
                !lexicon.verbalCompounds.contains(keys[end] + " " + keys[end + 1])
                    || (document.tokens[end + 2].kind == .word && !document.tokens[end + 2].isCapitalized)
            {
                words += 2
                end += 2
                continue
            }
            guard token.kind == .word, words < Self.maxTradeWords, unitWordEnd(at: end) == nil, VietnameseSyllable.isVietnamese(token.text),
                !lexicon.wordBoundaries.contains(keys[end]) || Self.tradeWords.contains(keys[end]),
                !lexicon.clauseVerbs.contains(keys[end]),
                !(end + 1 < keys.count && lexicon.isClauseVerb(keys[end], keys[end + 1])
                    && !lexicon.nameCompounds.contains(keys[end] + " " + keys[end + 1])),
                lexicon.titles.longestMatch(in: keys, at: end) == nil
            else { return nil }
            words += 1
            end += 1
        }
        guard words > 0, end < keys.count, !document.startsSentence[end], document.tokens[end].isCapitalized,
            lexicon.heads.longestMatch(in: keys, at: end) == nil, !startsTitle(at: end), !lexicon.opensClause(keys, at: end),
            // "Trung tâm điều dưỡng … Sầm Sơn": a place whose first syllable is a family name is the business's own name.
            !startsPerson(at: end) || lexicon.places.longestMatch(in: keys, at: end) != nil
        else { return nil }
        return end
    }

    /// Function words that are also the first syllable of a trade ("công nghệ", "thông tin", "xây dựng").
    static let tradeWords: Set<String> = ["công", "thông", "xây", "phát", "thực", "liên", "tự", "chủ", "số", "báo"]
}
