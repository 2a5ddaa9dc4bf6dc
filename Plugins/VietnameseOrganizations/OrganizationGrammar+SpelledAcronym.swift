import Foundation
import MekongPluginAPI
import VietnameseLexicon

extension OrganizationGrammar {
    /// The "(" after a lower-case name that starts right after the head at `index` and that the acronym in the
    /// parentheses spells, or nil: "Ban quản lý an toàn thực phẩm (ATTP)", "Trung tâm phát triển quỹ đất (PTQĐ)". The
    /// acronym's letters, two or more, are the initials of the words right before it (whatever words they are: "an toàn"
    /// holds a function word), and the words before those, if any, are words of a name (``isOpenNameWord(at:from:)``).
    func lowercaseNameSpelledByAcronym(at index: Int) -> Int? {
        let tokens = document.tokens
        var open = index
        while open < tokens.count, open - index < 10, tokens[open].kind == .word, !tokens[open].isCapitalized,
            !document.startsSentence[open]
        {
            open += 1
        }
        guard open > index, open + 2 < tokens.count, keys[open] == "(", keys[open + 2] == ")", tokens[open + 1].isAllCaps
        else { return nil }
        let letters = Array(Self.folded(tokens[open + 1].text))
        let first = open - letters.count
        guard letters.count >= 2, first >= index,
            (first..<open).map({ Self.folded(tokens[$0].text).first }) == letters.map({ Optional($0) }),
            (index..<first).allSatisfy({ isOpenNameWord(at: $0, from: index) })
        else { return nil }
        return open
    }

    /// The acronym in parentheses right after the head that starts at `index`, when it abbreviates that head ("Ủy ban
    /// nhân dân (UBND)", "Hội đồng quản trị (HĐQT)": the lexicon's expansion or the head's initials) and the name goes on
    /// after it on the same sentence; nil otherwise.
    func acronymOfHead(at index: Int, headLength: Int) -> String? {
        let tokens = document.tokens
        let open = index + headLength
        guard open + 3 < tokens.count, keys[open] == "(", keys[open + 2] == ")", tokens[open + 1].isAllCaps,
            tokens[open + 3].kind == .word, !document.startsSentence[open + 3]
        else { return nil }
        let acronym = tokens[open + 1].text
        let headKeys = Array(keys[index..<open])
        if let expansion = lexicon.abbreviations[acronym], TokenKeys.split(expansion) == headKeys { return acronym }
        let letters = Array(Self.folded(acronym))
        guard letters.count == headLength, (index..<open).map({ Self.folded(tokens[$0].text).first }) == letters.map({ Optional($0) })
        else { return nil }
        return acronym
    }

    /// The text in capitals without its tone and vowel marks, as acronyms write initials ("Ủy" → "U"; "Đ" stays).
    private static func folded(_ text: String) -> String {
        text.folding(options: .diacriticInsensitive, locale: Locale(identifier: "vi")).uppercased()
    }
}
