import MekongCore
import MekongPluginAPI
import VietnameseLexicon

/// The grammar's checks on what the tagger proposes: a name stands only if nothing the other extractors found covers
/// it or is cut by it, nothing inside it ends a name (a clause verb, one of `VietnameseLexicon.nameBreakingWords`:
/// a semicolon, a parenthesis, a dash, "ở", "tại" …), it is not cut off in the middle of a word, and it has the shape
/// of its type. Persons are left to
/// vi.officials, which reads their titles, and documents to vi.documents.
struct NameVetting: Sendable {
    let lexicon: VietnameseLexicon

    /// Whether `name`, found in `document`, stands.
    func keeps(_ name: TaggedName, in document: Document) -> Bool {
        guard name.confidence >= VietnameseNameExtractor.minimumConfidence,
              name.type == .organization || name.type == .place,
              fitsAmongMentions(name, in: document), isWhole(name, in: document)
        else { return false }
        let keys = document.tokenKeys
        let tokens = document.tokens
        let range = name.tokens
        for index in range {
            if VietnameseLexicon.nameBreakingWords.contains(keys[index]) { return false }
            // "HĐND TP Cần Thơ": a place of the gazetteer is no verb ("cần").
            if lexicon.clauseVerbs.contains(keys[index]),
               !(tokens[index].isCapitalized && (lexicon.places.longestMatch(in: keys, at: index)?.length ?? 0) >= 2)
            {
                return false
            }
            if index + 1 < range.upperBound, lexicon.isClauseVerb(keys[index], keys[index + 1]) { return false }
            // "UBND các tỉnh Hà Nam, Hải Dương": a body spread over several places is one body per place, which the
            // grammar names; the first place is no part of one body's name.
            if VietnameseLexicon.manyBodiesWords.contains(keys[index]),
               VietnameseLexicon.territoryUnitEnd(in: keys, at: index + 1, limit: range.upperBound) != nil
            {
                return false
            }
            // "Ban Thường vụ Huyện ủy và Ủy ban Kiểm tra huyện X": "và" before a head joins two bodies.
            if keys[index] == "và", index + 1 < range.upperBound, tokens[index + 1].isCapitalized,
               lexicon.heads.longestMatch(in: keys, at: index + 1) != nil
            {
                return false
            }
        }
        // "các Sở Y tế", "Sở Công Thương tại địa bàn": a kind of body, no one body, as the grammar reads it — but "các Hiệp
        // hội Doanh nghiệp trẻ, Nữ doanh nhân, …" lists named bodies, each one body.
        // A list of kinds goes on with another head ("các Sở Công Thương, Tập đoàn Điện lực Việt Nam"), not with a name.
        let namedListFollows = range.upperBound + 1 < keys.count && keys[range.upperBound] == ","
            && tokens[range.upperBound + 1].isCapitalized && lexicon.heads.longestMatch(in: keys, at: range.upperBound + 1) == nil
        if name.type == .organization, !namedListFollows,
           VietnameseLexicon.namesKindOfBody(keys, start: range.lowerBound, end: range.upperBound)
        {
            return false
        }
        // A byline or a heading in capitals ("ĐỖ TRÀ GIANG") is not a name.
        if range.allSatisfy({ tokens[$0].isAllCaps || tokens[$0].kind != .word }) { return false }
        return name.type == .organization ? isBody(range, in: document) : isPlace(range, in: document)
    }

    /// Whether no earlier mention covers the name or is cut by it. Where the grammar ended a name that starts at the
    /// same token, the tagger may carry it on only over lower-case words to a capitalized word or a number that closes
    /// it ("Trường tiểu học đô thị Sài Đồng", "Ban Quản lý dự án thủy điện 1"): not over lower-case words alone ("UBND
    /// thị xã X thu hồi đất"), not over capitalized words alone ("Tỉnh ủy Tuyên Quang Chẩu Văn Lâm"), not past a
    /// number that closed it ("Trường Cao đẳng Y tế 2 giải Ba"), not over one of `nameCarryingStops`.
    func fitsAmongMentions(_ name: TaggedName, in document: Document) -> Bool {
        let tokens = document.tokens
        let keys = document.tokenKeys
        let start = tokens[name.tokens.lowerBound].span.start
        let last = name.tokens.upperBound - 1
        let end = tokens[last].span.end
        for mention in document.mentions where mention.span.start < end && start < mention.span.end {
            if mention.span.start <= start && end <= mention.span.end { return false }
            if mention.span.start < start || mention.span.end > end { return false }
            guard mention.span.start == start else { continue }
            // "đại biểu Quốc hội tỉnh Đồng Nai": a national body named by its head alone ("Quốc hội", "Chính phủ") has no
            // territory; a unit word after it opens the delegate's province, not more of the body's name.
            let mentionStart = name.tokens.lowerBound
            let mentionEnd = document.tokenIndex(atOrAfter: mention.span.end)
            if let head = lexicon.heads.longestMatch(in: keys, at: mentionStart), head.payload == .standalone,
               mentionStart + head.length == mentionEnd,
               VietnameseLexicon.territoryUnitEnd(in: keys, at: mentionEnd, limit: keys.count) != nil
            {
                return false
            }
            let carried = name.tokens.filter { tokens[$0].span.start >= mention.span.end }
            // "Tỉnh ủy Tuyên Quang Chẩu Văn Lâm", "Việt Nam Cu Ba": capitalized words after a whole name are another name.
            guard let first = carried.first, tokens[first - 1].kind != .number,
                  // "Tổng công ty Thương mại Hà Nội sở hữu 10%": a share closes no name.
                  tokens[last].isCapitalized || (tokens[last].kind == .number && !(last + 1 < tokens.count && keys[last + 1] == "%")),
                  carried.contains(where: { tokens[$0].kind == .word && !tokens[$0].isCapitalized }),
                  !carried.contains(where: { VietnameseLexicon.nameCarryingStops.contains(keys[$0]) }),
                  // "Sở Y tế tỉnh A cho biết Bệnh viện B", "Viện Pasteur TP Hồ Chí Minh hỗ trợ Kiên Giang": a verb right
                  // after the whole name carries the sentence on, its object after it — a name compound that is also a
                  // verb ("hỗ trợ") only after a name its territory closes ("Mặt trận Dân tộc giải phóng miền Nam").
                  !opensWithVerb(at: first, before: name.tokens.upperBound, afterTerritory: endsWithPlace(mention, in: document), keys)
            else { return false }
        }
        return true
    }

    /// Whether a verb of the lexicon opens the words at `index` (before `end`): a clause verb of one or two syllables
    /// ("cho biết", "khởi tố"), or, when `afterTerritory`, a name compound that is also a verb ("hỗ trợ", "tổ chức").
    private func opensWithVerb(at index: Int, before end: Int, afterTerritory: @autoclosure () -> Bool, _ keys: [String]) -> Bool {
        if lexicon.clauseVerbs.contains(keys[index]) { return true }
        guard index + 1 < end else { return false }
        return lexicon.isClauseVerb(keys[index], keys[index + 1])
            || (lexicon.verbalCompounds.contains(keys[index] + " " + keys[index + 1]) && afterTerritory())
    }

    /// Whether a place found inside `mention` closes it ("Viện Pasteur TP Hồ Chí Minh").
    private func endsWithPlace(_ mention: EntityMention, in document: Document) -> Bool {
        document.mentions.contains { $0.type == .place && $0.span.end == mention.span.end && $0.span.start > mention.span.start }
    }

    /// Whether the name does not stop or start in the middle of a written word ("L.I" of "L.I.F.E", "Pa" of
    /// "Pa-lét-xtin"), and does not stop before a capitalized word that does not open a sentence.
    func isWhole(_ name: TaggedName, in document: Document) -> Bool {
        let tokens = document.tokens
        let first = name.tokens.lowerBound
        let last = name.tokens.upperBound - 1
        if last + 1 < tokens.count {
            let next = tokens[last + 1]
            if (next.span.start == tokens[last].span.end && next.kind != .punctuation) || (next.isCapitalized && !document.startsSentence[last + 1]) {
                return false
            }
            if next.span.start == tokens[last].span.end, ["-", "."].contains(next.text),
               last + 2 < tokens.count, tokens[last + 2].span.start == next.span.end
            {
                return false
            }
        }
        if first > 0, tokens[first - 1].span.end == tokens[first].span.start, tokens[first - 1].kind != .punctuation {
            return false
        }
        return true
    }

    /// A body: it opens with a head of the lexicon, and after the head comes its own name, not a person's name, a
    /// bare unit word or another head alone ("Ban Chấp hành Công đoàn", "Tổng cục Thể dục thể thao Vương Bích Thắng",
    /// "Ban Giám đốc Công an thành phố" are not names).
    func isBody(_ range: Range<Int>, in document: Document) -> Bool {
        let keys = document.tokenKeys
        let tokens = document.tokens
        guard tokens[range.lowerBound].isCapitalized, !VietnameseLexicon.opensHeadWordCompound(in: document, at: range.lowerBound),
              let head = lexicon.heads.longestMatch(in: keys, at: range.lowerBound), head.length < range.count
        else {
            return false
        }
        let rest = (range.lowerBound + head.length)..<range.upperBound
        guard rest.contains(where: { tokens[$0].isCapitalized || tokens[$0].kind == .number }) else { return false }
        if let inner = lexicon.heads.longestMatch(in: keys, at: rest.lowerBound), rest.lowerBound + inner.length >= range.upperBound {
            return false
        }
        // "Công an thành phố": a unit word with no name after it leaves the body's territory unsaid.
        if VietnameseLexicon.territoryUnitWords.contains(where: { unit in
            unit.count < range.count && Array(keys[(range.upperBound - unit.count)..<range.upperBound]) == unit
        }) {
            return false
        }
        return !endsWithPersonName(range, after: rest.lowerBound, in: document)
    }

    /// Whether the name ends with a person's full name that is not the name the body is given right after its head:
    /// a family name and two or more capitalized words, not a place of the lexicon.
    func endsWithPersonName(_ range: Range<Int>, after nameStart: Int, in document: Document) -> Bool {
        let keys = document.tokenKeys
        let tokens = document.tokens
        var start = range.upperBound
        while start > nameStart, tokens[start - 1].isCapitalized, tokens[start - 1].kind == .word { start -= 1 }
        for candidate in start..<range.upperBound where candidate > nameStart && range.upperBound - candidate >= 3 {
            if lexicon.surnames.contains(keys[candidate]), lexicon.places.longestMatch(in: keys, at: candidate) == nil {
                return true
            }
        }
        return false
    }

    /// A place: up to three capitalized words without a number or an abbreviation ("DN Nhật Bản"), not opened by a word
    /// of a site ("Khu công nghiệp", "Chùa", "Sông"), not after a street's or a facility's word ("đường Âu Cơ"), not
    /// shaped as a person's name ("Hồ Chí Minh" alone is the man or his thought, not the city), and not a place of the
    /// gazetteer run on into another name ("Indonesia Widodo") or a country the grammar reads as no place ("tiếng Nga").
    func isPlace(_ range: Range<Int>, in document: Document) -> Bool {
        let keys = document.tokenKeys
        let tokens = document.tokens
        guard range.count <= 3, range.allSatisfy({ tokens[$0].isCapitalized && !tokens[$0].isAllCaps && tokens[$0].kind == .word })
        else { return false }
        if let known = lexicon.places.longestMatch(in: keys, at: range.lowerBound) {
            if known.length < range.count { return false }
            // "tiếng Nga", "mương Nhật Bản": what the place grammar refuses as a country.
            if known.length == range.count, known.payload.kind == "country",
                VietnameseLexicon.countryIsNoPlace(in: document, from: range.lowerBound, to: range.upperBound)
            {
                return false
            }
        }
        if VietnameseLexicon.siteWords.contains(keys[range.lowerBound]) { return false }
        if range.lowerBound > 0, VietnameseLexicon.facilityWords.contains(keys[range.lowerBound - 1]) { return false }
        if range.count >= 3, lexicon.surnames.contains(keys[range.lowerBound]) { return false }
        return true
    }
}
