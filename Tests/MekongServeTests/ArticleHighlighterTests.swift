import MekongKit
import Testing
@testable import MekongServe

/// The article page's marks: every relation anchored once, whatever its sentences do.
@Suite struct ArticleHighlighterTests {
    static let text = "Ông A làm việc. Bà B làm việc. Ông C."

    static func relation(_ id: String, sentences: [(Int, Int)]) -> Relation {
        Relation(
            id: id, subject: "person:a", predicate: .metWith, object: "person:b",
            evidence: sentences.map { Evidence(article: "x", start: $0.0, end: $0.1, text: "", extractor: "t", confidence: 1) })
    }

    static func count(_ needle: String, in html: String) -> Int { html.components(separatedBy: needle).count - 1 }

    @Test func aRelationOfTwoSentencesIsAnchoredOnce() {
        let html = ArticleHighlighter(
            text: Self.text, articleID: "x", entities: [], relations: [Self.relation("r1", sentences: [(0, 15), (16, 30)])]
        ).html
        #expect(Self.count("id=\"r-r1\"", in: html) == 1)
        #expect(Self.count("<span class=\"fact\"", in: html) == 2)
    }

    @Test func aSentenceAcrossAnotherAnchorsItsRelationThere() {
        let html = ArticleHighlighter(
            text: Self.text, articleID: "x", entities: [],
            relations: [Self.relation("r1", sentences: [(0, 15)]), Self.relation("r2", sentences: [(10, 30)])]
        ).html
        #expect(Self.count("id=\"r-r1\"", in: html) == 1)
        #expect(Self.count("id=\"r-r2\"", in: html) == 1)
        #expect(Self.count("<span class=\"fact\"", in: html) == 1)
    }

    @Test func marksNestInsideFactsAndOverlapsAreDropped() {
        let a = Entity(id: "person:a", type: .person, name: "A", mentions: [Mention(article: "x", start: 4, end: 5, text: "A")])
        let wide = Entity(id: "person:aa", type: .person, name: "Ông A", mentions: [Mention(article: "x", start: 0, end: 5, text: "Ông A")])
        let html = ArticleHighlighter(
            text: Self.text, articleID: "x", entities: [a, wide], relations: [Self.relation("r1", sentences: [(0, 15)])]
        ).html
        #expect(html.hasPrefix("<span class=\"fact\" id=\"r-r1\" data-relations=\"r1\"><mark class=\"mention person\" data-entity=\"person:aa\">"))
        #expect(Self.count("<mark", in: html) == 1)
    }
}
