import MekongPluginAPI
import VietnameseLexicon

extension RelationRules {
    /// `issued` from a document's symbol: "Quyết định số 234/QĐ-BTC" was issued by Bộ Tài chính, "Công văn số
    /// 3478/BVHTTDL" by Bộ Văn hóa, Thể thao và Du lịch, "Quyết định số 3344/QĐ-TTCP" by Thanh tra Chính phủ, when
    /// the article names exactly one body whose initials are the symbol's issuer code (`docs/doc-numbering.md`).
    /// Codes shorter than three letters ("TW", "TU") name too many bodies to tell which.
    mutating func issuerCodes() {
        // Most articles cite no document with an issuer code: nothing to compute then.
        let coded = layout.placed.compactMap { item -> (MentionLayout.Placed, [String])? in
            guard item.mention.type == .document, let symbol = item.mention.attributes["symbol"] else { return nil }
            let codes = Self.issuerCodes(of: symbol, type: item.mention.attributes["type"])
            return codes.isEmpty ? nil : (item, codes)
        }
        guard !coded.isEmpty else { return }
        var bodiesByInitials: [String: Set<Int>] = [:]
        var seenNames: Set<String> = []
        for item in layout.placed where item.mention.type == .organization {
            let key = NameNormalizer.key(item.mention.canonicalName)
            guard seenNames.insert(key).inserted else { continue }
            for code in Self.initials(of: item.mention.canonicalName) { bodiesByInitials[code, default: []].insert(item.index) }
        }
        for (item, codes) in coded {
            for code in codes {
                guard let bodies = bodiesByInitials[code], bodies.count == 1, let body = bodies.first else { continue }
                add(body, .issued, item.index, at: item.start, rule: "issuer-code", confidence: 0.75)
            }
        }
        kindCodes()
    }

    /// Issuer codes that name a body by its kind, not by its initials (`docs/doc-numbering.md`): "NĐ-CP", "NQ-CP" are
    /// the Government's, and so are the Prime Minister's "QĐ-TTg", "CT-TTg"; "QH14" is the National Assembly's;
    /// "QĐ-UBND" is the people's committee's. The words a body's name starts with, and whether the name must be
    /// exactly those words.
    static let kindCodes: [String: (words: [String], exact: Bool)] = [
        "CP": (["chính", "phủ"], true), "TTG": (["chính", "phủ"], true), "QH": (["quốc", "hội"], true),
        "UBND": (["ủy", "ban", "nhân", "dân"], false),
    ]

    /// `issued` from a kind code ("72/2013/NĐ-CP" → Chính phủ, "1107/QĐ-UBND" → UBND tỉnh An Giang), when the article
    /// names exactly one body of that kind (one people's committee: with several, the code cannot tell which).
    private mutating func kindCodes() {
        for item in layout.placed where item.mention.type == .document {
            guard let symbol = item.mention.attributes["symbol"] else { continue }
            let type = item.mention.attributes["type"]?.uppercased()
            let parts = symbol.split(whereSeparator: { $0 == "/" || $0 == "-" }).dropFirst().map { part in
                // "QH14": the National Assembly's code carries its term.
                String(part.uppercased().prefix { !$0.isNumber })
            }
            // The symbol reader gives a law's "QH13" the type "QH": there the type is the issuer's code too.
            for part in parts where part != type || part == "QH" {
                guard let kind = Self.kindCodes[part] else { continue }
                let bodies = Set(layout.placed.filter { body in
                    body.mention.type == .organization && !body.mention.hints.isNested && Self.isOfKind(kind, body.mention.canonicalName)
                }.map { NameNormalizer.key($0.mention.canonicalName) })
                guard bodies.count == 1, let key = bodies.first,
                    let body = layout.placed.first(where: { $0.mention.type == .organization && NameNormalizer.key($0.mention.canonicalName) == key })
                else { continue }
                add(body.index, .issued, item.index, at: item.start, rule: "issuer-kind-code", confidence: 0.75)
            }
        }
    }

    /// Whether a body's name is one of the kind a kind code names ("Chính phủ" for "CP", "UBND tỉnh An Giang" for "UBND").
    private static func isOfKind(_ kind: (words: [String], exact: Bool), _ name: String) -> Bool {
        let words = TokenKeys.split(name)
        return kind.exact ? words == kind.words : words.starts(with: kind.words) && words.count > kind.words.count
    }

    /// Whether a symbol's codes name the body called `name`: its initials are one of the symbol's issuer codes
    /// ("BTC" for Bộ Tài chính), or it is of the kind a kind code names ("UBND" for UBND tỉnh An Giang).
    static func symbolNames(_ symbol: String, type: String?, body name: String) -> Bool {
        let initials = initials(of: name)
        if issuerCodes(of: symbol, type: type).contains(where: initials.contains) { return true }
        return symbol.split(whereSeparator: { $0 == "/" || $0 == "-" }).dropFirst().contains { part in
            kindCodes[String(part.uppercased().prefix { !$0.isNumber })].map { isOfKind($0, name) } ?? false
        }
    }

    /// "Tại Công văn số 1866/UBND-KTN ngày 3/2, UBND tỉnh X yêu cầu …", "Trong nội dung Công văn số D, ban hành ngày 3/2,
    /// UBND Thành phố yêu cầu …": a document right after "tại", "trong" or "trong nội dung" that opens the sentence
    /// (within its first six tokens: a dateline such as "Kinhtedothi - " may come first), then after a comma the
    /// body that is the sentence's subject, issued it — only when the symbol's codes name that body, so that "Theo Quyết
    /// định số D/QĐ-UBND, Sở X phải …" gives the department nothing. A document the subject carries out or follows
    /// ("Thực hiện Kế hoạch số D/KH-UBND, UBND huyện X …", "Căn cứ …", "Theo …") is a higher body's: the kind code
    /// "UBND" names every people's committee. `cursor` is the token after the document (and its date).
    mutating func issuerOpeningClause(of item: MentionLayout.Placed, after cursor: Int, in range: Range<Int>) {
        guard item.start - range.lowerBound <= 6, let symbol = item.mention.attributes["symbol"], cursor < range.upperBound,
            cursor > range.lowerBound
        else { return }
        var opener = item.start - 1
        if opener >= range.lowerBound + 2, keys[opener - 1] == "nội", keys[opener] == "dung" { opener -= 2 }
        guard opener >= range.lowerBound, Self.issuerClauseOpeners.contains(keys[opener]) else { return }
        let subjectStart: Int
        if keys[cursor] == "," {
            subjectStart = cursor + 1
        } else if keys[cursor - 1] == "," {
            subjectStart = cursor
        } else {
            return
        }
        guard subjectStart < range.upperBound, let issuer = layout.starting(at: subjectStart, types: [.organization]),
            Self.symbolNames(symbol, type: item.mention.attributes["type"], body: issuer.mention.canonicalName)
        else { return }
        add(issuer.index, .issued, item.index, at: item.start, rule: "document-then-its-issuer",
            attributes: dateAttribute(item.mention), confidence: 0.75)
    }

    /// The words before a document that make the clause it opens its subject's own: "Tại Công văn …", "Trong (nội
    /// dung) Công văn …".
    private static let issuerClauseOpeners: Set<String> = ["tại", "trong"]

    /// The issuer codes of a symbol, upper-cased: what follows its number, without its type ("234/QĐ-BTC" → BTC,
    /// "3478/BVHTTDL" → BVHTTDL, "19/DSVH-DT" → DSVH, DT), each at least three letters. A letter ("công văn") has no
    /// type: its first code, which the symbol reader takes for one ("19/DSVH-DT", "5191/VPCP-KGVX"), is its issuer's
    /// (`docs/doc-numbering.md`), so a "type" of three letters or more after the number alone is kept.
    static func issuerCodes(of symbol: String, type: String?) -> [String] {
        let parts = symbol.split(whereSeparator: { $0 == "/" || $0 == "-" }).dropFirst()
        let dated = parts.first.map { $0.count == 4 && $0.allSatisfy(\.isNumber) } ?? false
        return parts.map { $0.uppercased() }.filter { part in
            part.count >= 3 && (part != type?.uppercased() || !dated) && part.allSatisfy(\.isLetter)
        }
    }

    /// The initials a body's documents carry: every word's first letter ("Bộ Tài chính" → BTC, "Ủy ban nhân dân"
    /// → UBND), "Trung ương" as TW; also without the head word ("Cục Di sản văn hóa" → DSVH) and without a closing
    /// "Đảng" ("Văn phòng Trung ương Đảng" → VPTW).
    static func initials(of name: String) -> Set<String> {
        var letters: [String] = []
        let words = name.split(separator: " ").map(String.init).filter { !["và", "&", "-", "–", "của"].contains($0.lowercased()) }
        var index = 0
        while index < words.count {
            let word = words[index].trimmingCharacters(in: .punctuationCharacters)
            if word.lowercased() == "trung", index + 1 < words.count, words[index + 1].lowercased().hasPrefix("ương") {
                letters.append("TW")
                index += 2
                continue
            }
            if let first = word.first, first.isLetter { letters.append(String(first).uppercased()) }
            index += 1
        }
        guard letters.count >= 3 else { return [] }
        var codes: Set<String> = [letters.joined(), letters.dropFirst().joined()]
        if words.last?.lowercased() == "đảng" { codes.insert(letters.dropLast().joined()) }
        return codes.filter { $0.count >= 3 }
    }
}
