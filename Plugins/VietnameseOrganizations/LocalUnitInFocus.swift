import MekongCore
import MekongPluginAPI
import VietnameseLexicon

/// The one district ("huyện Tĩnh Gia", "quận 2", "thị xã Sơn Tây") and the one commune ("xã Đồng Tâm", "phường 5",
/// "thị trấn Yên Thành") of each kind an article names: a bare "Huyện ủy", "UBND huyện" or "Đảng ủy xã" there is
/// that unit's body, as ``ProvinceInFocus`` does for a bare "Tỉnh ủy". A kind of unit the article names two of
/// has no focus, and its bare bodies are left to the other rules (which drop them rather than guess).
struct LocalUnitInFocus {
    /// The name of the only unit of each kind the article names, by the kind's unit word ("huyện", "thị xã").
    let names: [String: String]

    /// The unit words of districts and communes, and the word a committee of that unit ends with ("Huyện ủy").
    private static let committees: [(unit: [String], committee: [String])] = [
        (["huyện"], ["huyện", "ủy"]), (["quận"], ["quận", "ủy"]), (["thị", "xã"], ["thị", "ủy"]),
        (["xã"], []), (["phường"], []), (["thị", "trấn"], []),
    ]

    /// ``committees`` with the longest unit words first: "Ủy ban nhân dân thị xã" ends with "thị xã", not with "xã".
    private static let longestUnitFirst = committees.sorted { $0.unit.count > $1.unit.count }

    /// The first words of the unit words, checked first at every token (by bytes: hashing a `String` normalizes it).
    private static let unitFirstWords: Set<UTF8Key> = Set(committees.map { UTF8Key($0.unit[0]) })

    /// The units in focus of `document`; nil when it names no district or commune at all.
    init?(_ document: Document, lexicon: VietnameseLexicon = .shared) {
        let keys = document.tokenKeys
        let tokens = document.tokens
        var found: [String: Set<String>] = [:]
        var index = 0
        while index < keys.count {
            guard Self.unitFirstWords.contains(UTF8Key(keys[index])), tokens[index].kind == .word, !tokens[index].isCapitalized,
                let kind = Self.committees.first(where: { keys[index..<min(index + $0.unit.count, keys.count)].elementsEqual($0.unit) })
            else {
                index += 1
                continue
            }
            var end = index + kind.unit.count
            let nameStart = end
            // "huyện Tĩnh Gia", "quận 2": a place of the gazetteer, one the grammar reads after a unit word (ended before
            // a holder's name: "UBND huyện A Lưới Nguyễn Mạnh Hùng"), or one number, in the same sentence.
            if end < keys.count, tokens[end].kind == .number, !document.startsSentence[end] {
                end += 1
            } else if end < keys.count, tokens[end].isCapitalized, !document.startsSentence[end] {
                if let known = lexicon.places.longestMatch(in: keys, at: end) {
                    end += known.length
                } else if let unknown = lexicon.unknownPlaceEnd(in: document, at: end) {
                    end = unknown
                }
            }
            if end > nameStart {
                found[kind.unit.joined(separator: " "), default: []].insert(document.text(
                    TextSpan(start: tokens[nameStart].span.start, end: tokens[end - 1].span.end)))
            }
            index = max(end, index + 1)
        }
        let names = found.compactMapValues { $0.count == 1 ? $0.first : nil }
        guard !names.isEmpty else { return nil }
        self.names = names
    }

    /// Completes bare bodies of a unit in focus ("Huyện ủy", "Ban Thường vụ Huyện ủy", "UBND huyện", "Đảng ủy xã")
    /// that no full name of the article completes.
    func complete(_ mentions: [EntityMention]) -> [EntityMention] {
        FocusCompletion.complete(mentions) { _, words in
            Self.longestUnitFirst.first { kind in
                words.count > kind.unit.count && words.suffix(kind.unit.count) == ArraySlice(kind.unit)
                    || !kind.committee.isEmpty && words.suffix(kind.committee.count) == ArraySlice(kind.committee)
            }.flatMap { names[$0.unit.joined(separator: " ")] }
        }
    }
}
