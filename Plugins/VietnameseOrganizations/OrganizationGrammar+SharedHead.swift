import MekongPluginAPI
import VietnameseLexicon

/// One head shared by the bare names of a list: "Đại học A, Đại học B, C và D".
extension OrganizationGrammar {
    /// Bodies named by the bare names of a closed list whose two items before them share one head: "Đại học Quốc gia
    /// TP.HCM, Đại học Sư phạm TP.HCM, Sài Gòn, Nguyễn Tất Thành và Y khoa Phạm Ngọc Thạch" names "Đại học Sài Gòn",
    /// "Đại học Nguyễn Tất Thành" and "Đại học Y khoa Phạm Ngọc Thạch", not a city and two persons.
    ///
    /// `previous` and `last` are two bodies written in full, a comma between them, whose head is the same word of the
    /// ``OrganizationHeadClass/body`` class. The rest of the list is taken only when it is closed: bare names after
    /// commas, the last one after "và", each starting with a capitalized word that opens no body, title or clause, and
    /// the list ending at punctuation or at a word that carries the sentence on. Anything else takes nothing, so that
    /// "Đại học Huế, Đại học Vinh, Nguyễn Văn An cùng tham dự" keeps its person.
    func bodiesSharingHead(with previous: ParsedOrganization, _ last: ParsedOrganization) -> [ParsedOrganization] {
        guard previous.end + 1 == last.start, keys[previous.end] == ",", last.end + 1 < keys.count, keys[last.end] == ",",
            let head = lexicon.heads.longestMatch(in: keys, at: last.start), head.payload == .body,
            keys[previous.start..<min(previous.start + head.length, keys.count)] == keys[last.start..<last.start + head.length]
        else { return [] }
        let headName = expand(last.start, last.start + head.length)
        let headSurface = text(last.start, last.start + head.length)
        var bodies: [ParsedOrganization] = []
        var cursor = last.end
        while cursor + 1 < keys.count, keys[cursor] == "," || keys[cursor] == "và" {
            let closing = keys[cursor] == "và"
            let start = cursor + 1
            guard document.tokens[start].kind == .word, document.tokens[start].isCapitalized, !document.startsSentence[start],
                lexicon.heads.longestMatch(in: keys, at: start) == nil, lexicon.titles.longestMatch(in: keys, at: start) == nil,
                !lexicon.opensClause(keys, at: start)
            else { return [] }
            guard let end = bareNameEnd(at: start) else { return [] }
            bodies.append(ParsedOrganization(
                start: start, end: end, canonicalName: headName + " " + expand(start, end),
                aliases: [headSurface + " " + text(start, end)], isShortForm: false, nested: [], rule: "shared-head-list"))
            cursor = end
            if closing {
                // The list ends the clause: punctuation, the sentence's end, or a lower-case word that carries it on.
                let closed = end >= keys.count || document.startsSentence[end] || document.tokens[end].kind != .word
                    || !document.tokens[end].isCapitalized
                return closed ? bodies : []
            }
        }
        return []
    }

    /// The token after a bare name of a list that starts at `start`: capitalized words, lower-case words that do not
    /// carry a sentence on ("Y khoa"), a dash between two words ("Ngoại ngữ - Tin học") and the city's short forms
    /// ("TP.HCM"); nil for a run longer than a name.
    private func bareNameEnd(at start: Int) -> Int? {
        var end = start + 1
        while end < keys.count, !document.startsSentence[end] {
            if let city = cityShortForm(at: end) {
                end += city
            } else if document.tokens[end].kind == .word,
                document.tokens[end].isCapitalized || !lexicon.wordBoundaries.contains(keys[end])
            {
                end += 1
            } else if keys[end] == "-", end + 1 < keys.count, document.tokens[end + 1].isCapitalized {
                end += 1
            } else {
                break
            }
            if end - start > 8 { return nil }
        }
        return end
    }
}
