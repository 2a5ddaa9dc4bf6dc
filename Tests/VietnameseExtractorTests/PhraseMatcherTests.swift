import Testing
import VietnameseLexicon

/// What the phrase matcher must keep: the longest phrase, letter case and tone marks.
@Suite("Phrase matcher")
struct PhraseMatcherTests {
    @Test("the longest phrase wins, whatever order the phrases were added in")
    func longest() {
        var matcher = PhraseMatcher<String>()
        matcher.add("Ban Tuyên giáo", "short")
        matcher.add("Ban Tuyên giáo Trung ương", "long")
        let keys = TokenKeys.split("Ban Tuyên giáo Trung ương họp")
        #expect(matcher.longestMatch(in: keys, at: 0)?.payload == "long")
        #expect(matcher.longestMatch(in: keys, at: 0)?.length == 5)
        #expect(matcher.longestMatch(in: keys, at: 1) == nil)
    }

    @Test("keys with tone marks match across letter case and only when every syllable matches")
    func toneMarks() {
        var matcher = PhraseMatcher<Int>()
        matcher.add("Thừa Thiên Huế", 1)
        #expect(matcher.longestMatch(in: TokenKeys.split("tỉnh THỪA THIÊN HUẾ"), at: 1)?.payload == 1)
        #expect(matcher.longestMatch(in: TokenKeys.split("Thừa Thiên Hue"), at: 0) == nil)
        #expect(matcher.allMatches(in: TokenKeys.split("Thừa Thiên Huế"), at: 0).count == 1)
    }

    @Test("a phrase with numbers and marks matches the same words of an ingested article")
    func phraseKeysAreDocumentKeys() throws {
        let phrase = "Kế hoạch 2015-2020 số 24/KH-UBND"
        var matcher = PhraseMatcher<Int>()
        matcher.add(phrase, 1)
        let document = try Extracted("UBND tỉnh ban hành \(phrase) về phòng chống thiên tai.").document
        let keys = TokenKeys.of(document)
        let start = try #require(keys.firstIndex(of: "kế"))
        let match = try #require(matcher.longestMatch(in: keys, at: start))
        #expect(match.length == TokenKeys.split(phrase).count)
        #expect(TokenKeys.split(phrase) == Array(keys[start..<(start + match.length)]))
    }
}
