import MekongKit

/// An article's text as HTML with every mention marked (its entity's type and a link to its page, as displaCy
/// shows entities) and every sentence that states a relation underlined, anchored by the relation's id.
///
/// Offsets are Unicode scalars of the stored text. Spans that would cross one another are dropped: of
/// overlapping mentions the one that starts first (the longer one at a tie) is kept; a mention that crosses a
/// sentence's edge is left unmarked, a sentence that crosses another sentence is left plain (its relations
/// anchored at the one it crosses).
struct ArticleHighlighter {
    /// A marked name.
    struct Mark: Sendable {
        var start: Int
        var end: Int
        var entity: Entity
    }

    /// A sentence that states one or more relations.
    struct Fact: Sendable {
        var start: Int
        var end: Int
        var relations: [String]
    }

    let text: [Unicode.Scalar]
    let marks: [Mark]
    let facts: [Fact]

    /// The marks of `entities`' mentions in `articleID` and the facts of `relations`' evidence from it.
    init(text: String, articleID: String, entities: [Entity], relations: [Relation]) {
        let scalars = Array(text.unicodeScalars)
        self.text = scalars
        var candidates: [Mark] = []
        for entity in entities {
            for mention in entity.mentions where mention.article == articleID {
                if mention.start >= 0, mention.end <= scalars.count, mention.start < mention.end {
                    candidates.append(Mark(start: mention.start, end: mention.end, entity: entity))
                }
            }
        }
        candidates.sort { ($0.start, -$0.end, $0.entity.id) < ($1.start, -$1.end, $1.entity.id) }
        var kept: [Mark] = []
        for mark in candidates where mark.start >= (kept.last?.end ?? 0) { kept.append(mark) }

        var sentences: [Int: Fact] = [:]
        for relation in relations.sorted(by: { $0.id < $1.id }) {
            for evidence in relation.evidence where evidence.article == articleID {
                guard evidence.start >= 0, evidence.end <= scalars.count, evidence.start < evidence.end else { continue }
                let key = evidence.start &* 1_000_003 &+ evidence.end
                if sentences[key] == nil { sentences[key] = Fact(start: evidence.start, end: evidence.end, relations: []) }
                if sentences[key]?.relations.contains(relation.id) == false { sentences[key]?.relations.append(relation.id) }
            }
        }
        var facts: [Fact] = []
        for fact in sentences.values.sorted(by: { ($0.start, -$0.end) < ($1.start, -$1.end) }) {
            if let last = facts.indices.last, fact.start < facts[last].end {
                // A sentence across one already underlined: its relations are anchored there, so that a link
                // to any relation of the article lands on its words.
                facts[last].relations += fact.relations.filter { !facts[last].relations.contains($0) }
            } else {
                facts.append(fact)
            }
        }
        self.facts = facts
        // A mark inside a fact, or outside every fact, is kept; one across a fact's edge is not.
        self.marks = kept.filter { mark in
            !facts.contains { fact in
                (mark.start < fact.start && mark.end > fact.start) || (mark.start < fact.end && mark.end > fact.end)
            }
        }
    }

    /// The relation ids that have a sentence anchored in the text.
    var anchoredRelations: Set<String> { Set(facts.flatMap(\.relations)) }

    /// The text as HTML: marks and facts in place, everything else escaped.
    var html: String {
        var events: [(offset: Int, order: Int, html: String)] = []
        var anchored: Set<String> = []
        for fact in facts {
            // A relation stated by several sentences is anchored at the first; one element has one id, so the
            // other relations of the same sentence get empty anchors before it.
            let ids = fact.relations.filter { anchored.insert($0).inserted }.map { "r-" + $0 }
            let extra = ids.dropFirst().map { "<a class=\"anchor\" id=\"\(HTML.escape($0))\"></a>" }.joined()
            let id = ids.first.map { " id=\"\(HTML.escape($0))\"" } ?? ""
            events.append((fact.start, 0, extra + "<span class=\"fact\"\(id) data-relations=\"\(HTML.escape(fact.relations.joined(separator: " ")))\">"))
            events.append((fact.end, -1, "</span>"))
        }
        for mark in marks {
            let type = mark.entity.type.rawValue
            events.append((mark.start, 1, "<mark class=\"mention \(HTML.escape(type))\" data-entity=\"\(HTML.escape(mark.entity.id))\">"
                + "<a href=\"\(HTML.escape(Paths.entity(mark.entity.id)))\" title=\"\(HTML.escape(mark.entity.name))\">"))
            events.append((mark.end, -2, "</a><span class=\"label\">\(HTML.escape(type))</span></mark>"))
        }
        // At one offset: closings first (a mark before its fact), then openings (a fact before its marks).
        events.sort { ($0.offset, $0.order) < ($1.offset, $1.order) }
        var result = ""
        var position = 0
        for event in events {
            if event.offset > position {
                result += HTML.escape(String(String.UnicodeScalarView(text[position..<event.offset])))
                position = event.offset
            }
            result += event.html
        }
        if position < text.count { result += HTML.escape(String(String.UnicodeScalarView(text[position...]))) }
        return result
    }
}
