import Foundation
import MekongPluginAPI
import Testing

@Suite("Tokenizer")
struct TokenizerTests {
    @Test(arguments: [
        ("11-QĐ/TW", ["11", "-", "QĐ", "/", "TW"], [Token.Kind.number, .punctuation, .word, .punctuation, .word]),
        ("TP.HCM", ["TP", ".", "HCM"], [.word, .punctuation, .word]),
        ("ngày 19/5/2021", ["ngày", "19/5/2021"], [.word, .number]),
        ("76,78%", ["76,78", "%"], [.number, .punctuation]),
        ("2.000 học viên", ["2.000", "học", "viên"], [.number, .word, .word]),
        ("năm 2015.", ["năm", "2015", "."], [.word, .number, .punctuation]),
        ("2020 - 2025", ["2020", "-", "2025"], [.number, .punctuation, .number]),
        ("2015-2020", ["2015-2020"], [.number]),
        ("H5N1", ["H5N1"], [.word]),
        ("(TTXVN)", ["(", "TTXVN", ")"], [.punctuation, .word, .punctuation]),
        ("số 05.", ["số", "05", "."], [.word, .number, .punctuation]),
        ("Mác-Lênin", ["Mác", "-", "Lênin"], [.word, .punctuation, .word]),
        ("…\"", ["…", "\""], [.punctuation, .punctuation]),
    ])
    func splitsWordsNumbersAndPunctuation(text: String, expected: [String], kinds: [Token.Kind]) {
        let tokens = Tokenizer().tokens(in: text)
        #expect(tokens.map(\.text) == expected)
        #expect(tokens.map(\.kind) == kinds)
    }

    @Test func spansCountUnicodeScalars() {
        let text = "Ủy ban  Đảng 2.000\nHà"
        let tokens = Tokenizer().tokens(in: text)
        #expect(tokens.map(\.span) == [
            TextSpan(start: 0, end: 2), TextSpan(start: 3, end: 6), TextSpan(start: 8, end: 12),
            TextSpan(start: 13, end: 18), TextSpan(start: 19, end: 21),
        ])
    }

    @Test func scalarAndStringEntryPointsAgree() {
        let text = "Quy định số 11-QĐ/TW, ngày 19/5/2021 của Ban Bí thư (khóa XIII) về trường chính trị chuẩn… 76,78%."
        #expect(Tokenizer().tokens(in: text) == Tokenizer().tokens(in: Array(text.unicodeScalars)))
    }

    /// A phrase of a rule pack or lexicon is split exactly as the same words in an article, even when it is
    /// written decomposed (NFD, as some editors save it) and holds a document number.
    @Test func phrasesSplitAsArticleText() {
        let composed = "Nghị định 24/2014/NĐ-CP của Chính phủ"
        let decomposed = composed.decomposedStringWithCanonicalMapping
        #expect(decomposed.unicodeScalars.count > composed.unicodeScalars.count)
        #expect(Tokenizer().words(of: decomposed) == Tokenizer().tokens(in: composed).map(\.text))
        #expect(Tokenizer().words(of: decomposed) == ["Nghị", "định", "24/2014", "/", "NĐ", "-", "CP", "của", "Chính", "phủ"])
    }
}
