import MekongPluginAPI
import VietnameseLexicon

/// A steering committee named by its remit in lower case right after its head: "Ban Chỉ đạo điều hành giá", "Trưởng Ban
/// Chỉ đạo cải cách tư pháp Trung ương", "Ban chỉ đạo kỳ thi trung học phổ thông quốc gia năm 2017", "Ban Chỉ đạo công
/// tác phòng, chống dịch bệnh". Other heads followed by lower-case words name a kind of body ("Bệnh viện dã chiến") or
/// are the sentence's subject ("Ban tổ chức đã …"); a capitalized "Ban Chỉ đạo" is always named by what it steers, so its
/// remit is its name even with no place after it, and even where the remit's words are verbs ("điều hành", "cải cách").
extension OrganizationGrammar {
    /// Words after which a steering committee's remit has ended: the sentence's auxiliaries and prepositions.
    static let afterRemit: Set<String> = [
        "đã", "đang", "sẽ", "vừa", "trước", "cho", "tại", "của", "và", "với", "là", "do", "thì", "cũng", "để", "nhằm", "về",
    ]

    /// Verbs that are a steering committee's remit itself ("điều hành giá", "cải cách tư pháp"), not the sentence's verb.
    static let remitVerbs: Set<String> = ["điều hành", "cải cách", "phòng chống", "đổi mới", "công tác"]

    /// The levels a committee is named by, which say nothing of what it steers.
    static let levels: Set<String> = ["quốc gia", "trung ương", "nhà nước", "liên ngành"]

    /// Where the remit of the capitalized "Ban Chỉ đạo" at `nameStart` ends when it starts right after the head at
    /// `index`: name compounds (verbs among them, but not a clause's verb first: "Ban Chỉ đạo yêu cầu …"), the epidemic
    /// after "chống", "kỳ thi", one more word before the clause ends, then "Trung ương", a year, a unit word or a place.
    /// Nil unless the clause plainly ends after it (punctuation, an auxiliary, a clause's verb, a capitalized word), with
    /// fewer than two words, with verbs only and nothing after them ("Ban Chỉ đạo tổng hợp, xây dựng …"), with a
    /// sentence's verb first and no level, year or territory after ("Ban Chỉ đạo kiểm tra vệ sinh an toàn thực phẩm tại
    /// …"), or before "về".
    func steeringRemitEnd(nameStart: Int, at index: Int) -> Int? {
        guard index - nameStart == 3, keys[nameStart..<index].elementsEqual(["ban", "chỉ", "đạo"]),
            document.tokens[nameStart].isCapitalized, index + 1 < keys.count, !document.startsSentence[index],
            !lexicon.isClauseVerb(keys[index], keys[index + 1]), !lexicon.clauseVerbs.contains(keys[index])
        else { return nil }
        func lowerWord(_ position: Int) -> Bool {
            position < keys.count && !document.startsSentence[position] && document.tokens[position].kind == .word
                && !document.tokens[position].isCapitalized
        }
        // Where a territory named there ends: a place, or a bare unit word ("thành phố") of the territory in focus.
        func territoryEnd(at position: Int) -> Int? { placeEnd(at: position) ?? unitWordEnd(at: position) }
        var cursor = index
        // Whether a word of the remit names what is steered rather than only how ("tổng hợp, xây dựng dự thảo" are the
        // sentence's verbs).
        var named = false
        var verbFirst = false
        while lowerWord(cursor) {
            // "phòng, chống dịch (bệnh) Covid-19": the epidemic the committee fights.
            if keys[cursor] == "dịch", cursor > index, keys[cursor - 1] == "chống" {
                cursor = epidemicEnd(after: cursor + 1)
                named = true
                continue
            }
            // A unit word or a place is where the committee steers ("Ban Chỉ đạo thành phố"), not what: it closes the remit.
            guard lowerWord(cursor + 1), territoryEnd(at: cursor) == nil else { break }
            let pair = keys[cursor] + " " + keys[cursor + 1]
            if lexicon.nameCompounds.contains(pair) || pair == "kỳ thi" {
                let verbal = lexicon.verbalCompounds.contains(pair)
                // A verb that is no committee's remit opens the sentence's clause ("Ban Chỉ đạo kiểm tra vệ sinh …"):
                // then only a level, a year or a territory after the words makes them a name.
                if cursor == index, verbal, !Self.remitVerbs.contains(pair) { verbFirst = true }
                cursor += 2
                // The level alone ("Ban Chỉ đạo quốc gia") is a short form of the committee, not its remit.
                named = named || !verbal && !Self.levels.contains(pair)
            } else if keys[cursor] == "và", cursor > index, cursor + 2 < keys.count, lowerWord(cursor + 2),
                lexicon.nameCompounds.contains(keys[cursor + 1] + " " + keys[cursor + 2])
            {
                cursor += 1
            } else {
                break
            }
        }
        // One more word that no compound knows ("điều hành giá"), where the clause or a territory follows it.
        func clauseEnds(at position: Int) -> Bool {
            position >= keys.count || document.startsSentence[position] || document.tokens[position].kind == .punctuation
                || document.tokens[position].isCapitalized || Self.afterRemit.contains(keys[position])
                || lexicon.clauseVerbs.contains(keys[position])
                || (position + 1 < keys.count && lexicon.isClauseVerb(keys[position], keys[position + 1]))
        }
        if cursor > index, lowerWord(cursor), !Self.afterRemit.contains(keys[cursor]), territoryEnd(at: cursor) == nil,
            clauseEnds(at: cursor + 1) || territoryEnd(at: cursor + 1) != nil
        {
            cursor += 1
            named = true
        }
        // "phòng chống Covid-19": the disease right after the verb.
        if cursor > index, keys[cursor - 1] == "chống", case let disease = epidemicEnd(after: cursor), disease > cursor {
            cursor = disease
            named = true
        }
        guard cursor - index >= 2 else { return nil }
        // What closes the name: the central level, the year of an exam, a bare unit word or a place.
        if cursor + 1 < keys.count, keys[cursor] == "trung", keys[cursor + 1] == "ương", document.tokens[cursor].isCapitalized {
            cursor += 2
        } else if cursor + 1 < keys.count, keys[cursor] == "năm", document.tokens[cursor + 1].kind == .number, keys[cursor + 1].count == 4 {
            cursor += 2
        } else if placeEnd(at: cursor) != nil {
            // "… tỉnh Hà Nam": the place is read after the name as after any body's complement (its alias, located_in).
            return cursor
        } else if let unit = unitWordEnd(at: cursor) {
            // "Ban chỉ đạo phòng chống dịch thành phố": the bare unit word of the territory in focus is part of the name.
            cursor = unit
        } else if verbFirst {
            return nil
        } else if named, cursor + 1 < keys.count, keys[cursor] == "của", let place = territoryEnd(at: cursor + 1) {
            // "Ban Chỉ đạo phòng chống Covid-19 của huyện", "… của tỉnh Hà Nam": the territory it steers in.
            cursor = place
        } else if !named {
            return nil
        }
        // "Ban Chỉ đạo quốc gia về …": the remit after "về" is read as other bodies' are (extendedToRemit).
        guard cursor >= keys.count || keys[cursor] != "về" else { return nil }
        return clauseEnds(at: cursor) ? cursor : nil
    }
}
