import MekongCore
import MekongPluginAPI
import VietnameseLexicon

/// The one province an article speaks of, when it names exactly one, or when its headline names the one it names
/// most: a bare "Tỉnh ủy" or "UBND tỉnh" is that province's body. Where the article names several provinces and
/// does not say which, there is no focus and the short form is left to the other rules (which drop it rather than
/// guess).
struct ProvinceInFocus {
    /// The province's name, as the gazetteer writes it.
    let name: String

    /// The province in focus of `document`, or nil when it names none, or several without a headline that names
    /// the one named most.
    init?(_ document: Document, provinces named: ProvincesNamed, lexicon: VietnameseLexicon) {
        var counts: [String: Int] = [:]
        var inHeadline: Set<String> = []
        let headline = document.sentences.first?.tokens ?? 0..<0
        // "'Cả nhà làm quan' ở Huế" over an article about "tỉnh TT-Huế": a province named by the last words of another
        // one the article names is that province, called short.
        let names = Set(named.occurrences.map(\.name))
        func territory(_ name: String) -> String {
            names.first { $0.hasSuffix(" " + name) } ?? name
        }
        for occurrence in named.occurrences {
            counts[territory(occurrence.name), default: 0] += 1
            if headline.contains(occurrence.token) { inHeadline.insert(territory(occurrence.name)) }
        }
        // Several provinces: the text says which one it speaks of when its headline names one, and that one is
        // named more often than any other ("Hà Tĩnh: Mất mùa chưa từng có …", with neighbours compared in passing).
        if counts.count > 1 {
            guard inHeadline.count == 1, let headlined = inHeadline.first, let own = counts[headlined],
                counts.allSatisfy({ $0.key == headlined || $0.value < own })
            else { return nil }
            name = headlined
        } else {
            guard let only = counts.keys.first else { return nil }
            name = only
        }
        let only = name
        isCity = lexicon.isCentralCity(only)
        provinces = named
        self.lexicon = lexicon
    }

    /// The lexicon whose ministries name a province's departments.
    private let lexicon: VietnameseLexicon

    /// Where the article names provinces.
    private let provinces: ProvincesNamed

    /// Whether the province in focus is a centrally-run city ("Hà Nội"): a bare "Tỉnh ủy" or "UBND tỉnh" there
    /// speaks of a province or of provinces in general ("Chủ tịch UBND tỉnh, TP"), not of the city.
    let isCity: Bool

    /// Completes bare provincial bodies ("Tỉnh ủy", "Ban Thường vụ Tỉnh ủy", "UBND tỉnh", and a department named after
    /// its ministry: "Sở Y tế") that no full name of the article completes, with the province in focus; in a centrally-run city, a bare "Thành ủy" with the city.
    /// A bare body whose sentence names another province before it ("tại tỉnh Hà Tĩnh, … Chủ tịch UBND tỉnh") is
    /// left to the other rules.
    func complete(_ mentions: [EntityMention], in document: Document) -> [EntityMention] {
        // In a centrally-run city's article, a bare "Thành ủy" ("Bí thư Thành ủy Đinh La Thăng") is the city's.
        // "HĐND TP", "Bộ Tư lệnh thành phố", "Sở Xây dựng TP": a body named with the bare unit word of a city is the
        // city's ("Thành phố Hồ Chí Minh" holds that unit word in its own name).
        guard !isCity else {
            let completed = FocusCompletion.complete(mentions) { mention, words in
                (words.suffix(2) == ["thành", "ủy"] || words.suffix(2) == ["thành", "phố"])
                    && !provinces.namesAnother(than: name, before: mention, in: document) ? name : nil
            }
            let unitTwice = " thành phố " + name
            guard name.lowercased().hasPrefix("thành phố ") else { return completed }
            return completed.map { mention in
                guard mention.canonicalName.hasSuffix(unitTwice) else { return mention }
                var single = mention
                single.canonicalName = String(mention.canonicalName.dropLast(unitTwice.count)) + " " + name
                return single
            }
        }
        // "Sở Y tế vẫn phê duyệt", "Theo Sở NN-PTNT": a department named after its ministry, with no place, is the
        // province's ("Sở Y tế tỉnh X"); completed as a bare "… tỉnh", and left as it was where that is not done. A
        // post's department ("từng giữ chức Giám đốc Sở Xây dựng") may be of a province the career passed through.
        let departments = Set(mentions.indices.filter {
            isBareDepartment(mentions[$0])
                && !lexicon.titleEnds(before: document.tokenIndex(atOrAfter: mentions[$0].span.start), in: document.tokenKeys)
        })
        var marked = mentions
        for index in departments {
            marked[index].aliases.append(mentions[index].canonicalName)
            marked[index].canonicalName += " tỉnh"
            marked[index].hints.isShortForm = true
        }
        let completed = FocusCompletion.complete(marked) { mention, words in
            (words.suffix(2) == ["tỉnh", "ủy"] || words.last == "tỉnh")
                && !provinces.namesAnother(than: name, before: mention, in: document) ? name : nil
        }
        return completed.indices.map { departments.contains($0) && completed[$0].hints.isShortForm ? mentions[$0] : completed[$0] }
    }

    /// Whether `mention` is a province's department named by its ministry alone ("Sở Y tế" after "Bộ Y tế", "Sở Nông
    /// nghiệp và Phát triển nông thôn"): no place, no other word.
    private func isBareDepartment(_ mention: EntityMention) -> Bool {
        let words = TokenKeys.split(mention.canonicalName)
        guard mention.type == .organization, !mention.hints.isShortForm, words.count > 1, words[0] == "sở",
            let ministry = lexicon.organizations.longestMatch(in: ["bộ"] + words.dropFirst(), at: 0)
        else { return false }
        return ministry.length == words.count && ministry.payload.hasPrefix("Bộ ")
    }
}
