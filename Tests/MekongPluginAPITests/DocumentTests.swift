import MekongPluginAPI
import Testing

@Suite("Document helpers")
struct DocumentTests {
    // "🇻🇳" is two scalars in one character, "👨‍👩‍👧" five; offsets must count scalars, not characters.
    static let text = "Đoàn 🇻🇳 thăm Cần Thơ. Gia đình 👨‍👩‍👧 ông Nưng ở An Giang."
    let document = DocumentFixtures.document(Self.text)

    @Test(
        "the text of a span counts Unicode scalars",
        arguments: ["Đoàn", "🇻🇳", "Cần Thơ", "👨‍👩‍👧", "ông Nưng", "An Giang."])
    func textOfSpan(piece: String) throws {
        let span = try #require(DocumentFixtures.span(of: piece, in: Self.text))
        #expect(document.text(span) == piece)
        #expect(Array(document.text(span).unicodeScalars) == Array(piece.unicodeScalars))
    }

    @Test("scalar offsets land after multi-scalar characters")
    func offsetsAreScalars() throws {
        let span = try #require(DocumentFixtures.span(of: "ông Nưng", in: Self.text))
        // "Đoàn 🇻🇳 thăm Cần Thơ. Gia đình 👨‍👩‍👧 " has 32 characters but 37 scalars.
        #expect(span.start == 37)
        #expect(document.text(TextSpan(start: 5, end: 7)) == "🇻🇳")
        #expect(document.scalars.count == Self.text.unicodeScalars.count)
    }

    @Test("a span reaching past the text is cut at its end; one wholly outside gives nothing")
    func spansAreClamped() {
        let count = document.scalars.count
        #expect(document.text(TextSpan(start: count - 6, end: count + 10)) == "Giang.")
        #expect(document.text(TextSpan(start: count + 1, end: count + 5)) == "")
        #expect(document.text(TextSpan(start: -3, end: 4)) == "Đoàn")
        #expect(document.text(TextSpan(start: 6, end: 2)) == "")
    }

    @Test(
        "the sentence containing an offset, none between or outside sentences",
        arguments: [(0, 0), (10, 0), (20, 0), (21, nil), (22, 1), (56, 1), (57, nil), (-1, nil), (1000, nil)] as [(Int, Int?)])
    func sentenceIndex(offset: Int, expected: Int?) {
        // Sentences are [0, 21) "Đoàn 🇻🇳 thăm Cần Thơ." and [22, 57) "Gia đình … An Giang.", counted in scalars.
        let sentences = [TextSpan(start: 0, end: 21), TextSpan(start: 22, end: 57)]
        #expect(document.sentences.map(\.span) == sentences)
        #expect(document.sentenceIndex(containing: offset) == expected)
    }

    @Test("every scalar of a sentence finds that sentence", arguments: 0..<3)
    func sentenceIndexAcrossManySentences(sentence: Int) throws {
        let document = DocumentFixtures.document("Một câu. Hai câu nữa. Ba câu cuối cùng.")
        let span = document.sentences[sentence].span
        for offset in span.start..<span.end {
            #expect(document.sentenceIndex(containing: offset) == sentence)
        }
    }

    @Test("a document without sentences contains no offset")
    func noSentences() {
        let empty = DocumentFixtures.document("")
        #expect(empty.sentenceIndex(containing: 0) == nil)
        #expect(empty.tokenIndex(atOrAfter: 0) == 0)
    }

    @Test(
        "the first token starting at or after an offset",
        arguments: [(0, 0), (1, 1), (5, 1), (6, 2), (11, 3), (12, 4), (16, 4), (17, 5), (-3, 0)])
    func tokenIndex(offset: Int, expected: Int) {
        // Tokens: "Tỉnh"@0, "ủy"@5, "An"@8, "Giang"@11, "."@16.
        let document = DocumentFixtures.document("Tỉnh ủy An Giang.")
        #expect(document.tokens.map(\.span.start) == [0, 5, 8, 11, 16])
        #expect(document.tokenIndex(atOrAfter: offset) == expected)
    }

    @Test("mentions of one type come with their indexes among all mentions")
    func mentionsOfType() {
        let mentions = [
            EntityMention(type: .place, span: TextSpan(start: 13, end: 20), text: "Cần Thơ"),
            EntityMention(type: .person, span: TextSpan(start: 39, end: 43), text: "Nưng"),
            EntityMention(type: .place, span: TextSpan(start: 46, end: 54), text: "An Giang"),
        ]
        let document = DocumentFixtures.document(Self.text, mentions: mentions)
        let places = document.mentions(ofType: .place)
        #expect(places.map(\.index) == [0, 2])
        #expect(places.map(\.mention.text) == ["Cần Thơ", "An Giang"])
        #expect(document.mentions(ofType: .organization).isEmpty)
    }

    @Test("a mention's canonical name defaults to its text")
    func canonicalNameDefault() {
        #expect(EntityMention(type: .person, span: TextSpan(start: 0, end: 4), text: "Nưng").canonicalName == "Nưng")
        #expect(
            EntityMention(type: .person, span: TextSpan(start: 0, end: 4), text: "Nưng", canonicalName: "Lê Văn Nưng")
                .canonicalName == "Lê Văn Nưng")
    }
}

@Suite("Spans, tokens and capabilities")
struct TextSpanAndTokenTests {
    @Test(
        "spans overlap when they share a scalar; touching spans do not",
        arguments: [((0, 5), (4, 8), true), ((0, 5), (5, 8), false), ((2, 3), (0, 10), true), ((0, 5), (7, 9), false)]
            as [((Int, Int), (Int, Int), Bool)])
    func overlaps(a: (Int, Int), b: (Int, Int), expected: Bool) {
        let one = TextSpan(start: a.0, end: a.1)
        let other = TextSpan(start: b.0, end: b.1)
        #expect(one.overlaps(other) == expected)
        #expect(other.overlaps(one) == expected)
    }

    @Test("containment includes equal ends and excludes spans that stick out")
    func contains() {
        let sentence = TextSpan(start: 10, end: 30)
        #expect(sentence.contains(TextSpan(start: 10, end: 30)))
        #expect(sentence.contains(TextSpan(start: 12, end: 20)))
        #expect(!sentence.contains(TextSpan(start: 9, end: 20)))
        #expect(!sentence.contains(TextSpan(start: 25, end: 31)))
        #expect(sentence.length == 20)
    }

    @Test(
        "all-caps words are abbreviations of two letters or more",
        arguments: [("UBND", true), ("TW", true), ("QĐ", true), ("11-QĐ/TW", true), ("HĐND", true), ("A", false),
                    ("Ủy", false), ("UBNd", false), ("2021", false)])
    func allCaps(text: String, expected: Bool) {
        #expect(Token(span: TextSpan(start: 0, end: text.unicodeScalars.count), text: text, kind: .word).isAllCaps == expected)
    }

    @Test(
        "a token is capitalized when its first letter is upper case, Vietnamese letters included",
        arguments: [("Ủy", true), ("Đức", true), ("ủy", false), ("đức", false), ("19", false), ("", false)])
    func capitalized(text: String, expected: Bool) {
        #expect(Token(span: TextSpan(start: 0, end: text.unicodeScalars.count), text: text, kind: .word).isCapitalized == expected)
    }

    @Test("capabilities are written entity:TYPE and relation:PREDICATE")
    func capabilityNames() {
        #expect(Capability.entity(.person).rawValue == "entity:person")
        #expect(Capability.entity(EntityType("acme.product")).rawValue == "entity:acme.product")
        #expect(Capability.relation(.holdsPosition).rawValue == "relation:holds_position")
        #expect(Capability.entity(.person) == Capability(rawValue: "entity:person"))
    }
}
