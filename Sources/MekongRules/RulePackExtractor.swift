import Foundation
import MekongPluginAPI

/// Runs one ``RulePack`` as an extractor: its gazetteers, then its patterns, sentence by sentence.
///
/// Everything the extractor produces carries the pack's id as its extractor and, as its `rule`, the id of
/// the pattern that produced it or `"gazetteer"`.
///
/// - Gazetteers: at each token the longest name of any of the pack's gazetteers wins (the first declared
///   among equally long ones), and matching resumes after it, so the pack's names never overlap. A mention's
///   canonical name is the entry's `name`, its aliases the entry's other names, its attributes the entry's.
///   Names match by lower-cased token text unless the gazetteer is `case_sensitive`. A name that lies inside
///   an earlier extractor's mention of a `skip_inside` type is not reported.
/// - Patterns run in the order declared, within each sentence. A `{TYPE}` sees the mentions of earlier
///   extractors, of the pack's gazetteers and of the patterns above it. A produced mention that another
///   mention of the same type and span already stands for is not repeated (relations use the existing one);
///   a relation produced twice in one sentence by one pattern is reported once; a relation from a mention to
///   itself is not reported. A relation's evidence is its sentence.
///
/// Compiling happens once, in ``init(pack:)``; ``extract(from:)`` holds no state and costs time linear in
/// the number of tokens (for the patterns' fixed gap limits).
public struct RulePackExtractor: Extractor {
    /// The rule that gazetteer mentions carry.
    public static let gazetteerRule = "gazetteer"

    /// The pack this extractor runs.
    public let pack: RulePack
    /// The pack's id, version and summary, kind ``ExtractorDescriptor/Kind/rulePack``, and its capabilities.
    public let descriptor: ExtractorDescriptor

    private let gazetteerIndex: GazetteerIndex
    private let hasRegex: Bool

    /// Compiles `pack`'s gazetteer lookup.
    public init(pack: RulePack) {
        self.pack = pack
        descriptor = ExtractorDescriptor(
            id: pack.id, version: pack.version, kind: .rulePack, summary: pack.summary, consumes: pack.consumes,
            produces: pack.produces)
        gazetteerIndex = GazetteerIndex(pack.gazetteers)
        hasRegex = pack.patterns.contains {
            if case .regex = $0.compiled { true } else { false }
        }
    }

    /// Finds the pack's gazetteer names and pattern matches in `document`.
    /// - Throws: ``MekongPluginAPI/ExtractorError/failed(extractor:article:reason:)`` when a regex runs past
    ///   its time budget on a sentence (it is stopped; the article keeps the other extractors' results).
    public func extract(from document: Document) throws -> Extraction {
        var steps = 0
        return try extract(from: document, steps: &steps)
    }

    /// The extraction, counting in `steps` the elementary matching steps taken (for complexity tests).
    func extract(from document: Document, steps: inout Int) throws(ExtractorError) -> Extraction {
        var run = Run(document: document)
        findGazetteerNames(&run, steps: &steps)
        guard !pack.patterns.isEmpty else { return Extraction(mentions: run.mentions, relations: run.relations) }
        for sentence in document.sentences {
            var sentenceText: (text: String, offsets: ScalarOffsets)?
            if hasRegex {
                let text = document.text(sentence.span)
                sentenceText = (text, ScalarOffsets(text))
            }
            for pattern in pack.patterns {
                switch pattern.compiled {
                case .tokens(let tokenPattern):
                    for match in tokenPattern.matches(in: sentence.tokens, tokens: run.texts, pool: run.pool, steps: &steps) {
                        var captures: [String: Captured] = [:]
                        for (slot, capture) in match.captures.enumerated() {
                            guard let capture else { continue }
                            captures[tokenPattern.captureNames[slot]] = Captured(
                                span: run.span(ofTokens: capture.tokens), mention: capture.mention)
                        }
                        guard let whole = run.span(ofTokens: match.tokens) else { continue }
                        produce(pattern, whole: whole, captures: captures, sentence: sentence, &run)
                    }
                case .regex(let regex):
                    guard let (text, offsets) = sentenceText else { continue }
                    let range = NSRange(location: 0, length: text.utf16.count)
                    guard let results = regex.matches(in: text, range: range) else {
                        throw .failed(
                            extractor: descriptor.id, article: document.article.id,
                            reason: "pattern \"\(pattern.id)\" of \(pack.path) ran longer than "
                                + "\(RegexPattern.timeBudget) s on one sentence and was stopped; rewrite its regex "
                                + "without nested quantifiers or overlapping alternatives, or use a token pattern")
                    }
                    for result in results {
                        steps += 1
                        func span(_ range: NSRange) -> TextSpan? {
                            guard range.location != NSNotFound else { return nil }
                            let start = sentence.span.start + offsets.scalar(range.location)
                            let end = sentence.span.start + offsets.scalar(range.location + range.length)
                            return run.trimmed(TextSpan(start: start, end: end))
                        }
                        guard let whole = span(result.range) else { continue }
                        var captures: [String: Captured] = [:]
                        for name in regex.groupNames {
                            captures[name] = Captured(span: span(result.range(withName: name)), mention: nil)
                        }
                        produce(pattern, whole: whole, captures: captures, sentence: sentence, &run)
                    }
                }
            }
        }
        return Extraction(mentions: run.mentions, relations: run.relations)
    }

    // MARK: Gazetteers

    private func findGazetteerNames(_ run: inout Run, steps: inout Int) {
        guard !pack.gazetteers.isEmpty else { return }
        let document = run.document
        let tokens = document.tokens
        // For gazetteers with skip_inside: per token, the furthest end of an earlier mention of those types
        // that starts at or before the token and covers it.
        var coverage: [Int: [Int]] = [:]
        for (index, gazetteer) in pack.gazetteers.enumerated() where !gazetteer.skipInside.isEmpty {
            var cover = [Int](repeating: -1, count: tokens.count)
            for mention in document.mentions where gazetteer.skipInside.contains(mention.type) {
                var token = document.tokenIndex(atOrAfter: mention.span.start)
                while token < tokens.count, tokens[token].span.start < mention.span.end {
                    cover[token] = max(cover[token], mention.span.end)
                    token += 1
                }
            }
            coverage[index] = cover
        }
        var index = 0
        while index < tokens.count {
            let start = index
            let found = gazetteerIndex.longestName(at: start, in: run.texts, steps: &steps) { name in
                guard let cover = coverage[name.gazetteer] else { return true }
                return cover[start] < tokens[start + name.phrase.exact.count - 1].span.end
            }
            guard let name = found else {
                index += 1
                continue
            }
            let length = name.phrase.exact.count
            let span = TextSpan(start: tokens[start].span.start, end: tokens[start + length - 1].span.end)
            let gazetteer = pack.gazetteers[name.gazetteer]
            let entry = gazetteer.entries[name.entry]
            run.add(
                EntityMention(
                    type: gazetteer.type, span: span, text: document.text(span), canonicalName: entry.name,
                    aliases: entry.aliases, attributes: entry.attributes, confidence: gazetteer.confidence,
                    rule: Self.gazetteerRule))
            index += length
        }
    }

    // MARK: Patterns

    /// What a capture matched: its span (nil when it matched nothing) and the mention of a `{TYPE:name}`.
    private struct Captured {
        var span: TextSpan?
        var mention: Int?
    }

    private func produce(
        _ pattern: RulePack.Pattern, whole: TextSpan, captures: [String: Captured], sentence: Sentence, _ run: inout Run
    ) {
        let document = run.document
        let lookup: (String) -> String? = { name in captures[name]?.span.map(document.text) }
        var produced: Int?
        if let entity = pattern.entity {
            let captured = entity.capture.flatMap { captures[$0] }
            guard let span = entity.capture == nil ? whole : captured?.span else { return }
            if let existing = run.pool.entry(entity.type, spanning: span) {
                produced = existing
            } else {
                let text = document.text(span)
                var canonical = entity.canonicalTemplate?.render(lookup)
                    ?? captured?.mention.map { run.pool.entries[$0].canonicalName } ?? text
                if canonical.isEmpty { canonical = text }
                produced = run.add(
                    EntityMention(
                        type: entity.type, span: span, text: text, canonicalName: canonical,
                        attributes: Self.render(entity.attributeTemplates, lookup), confidence: pattern.confidence,
                        rule: pattern.id))
            }
        }
        guard let relation = pattern.relation else { return }
        func endpoint(_ name: String) -> Int? {
            if let entity = pattern.entity, entity.capture == name { return produced }
            guard let captured = captures[name] else { return nil }
            if let mention = captured.mention { return mention }
            return captured.span.flatMap { run.pool.entry(spanning: $0) }
        }
        guard let subject = endpoint(relation.subject), let object = endpoint(relation.object) else { return }
        let subjectReference = run.pool.entries[subject].reference
        let objectReference = run.pool.entries[object].reference
        guard subjectReference != objectReference else { return }
        let candidate = RelationCandidate(
            subject: subjectReference, predicate: relation.predicate, object: objectReference,
            attributes: Self.render(relation.attributeTemplates, lookup), evidence: sentence.span,
            confidence: pattern.confidence, rule: pattern.id)
        if run.seenRelations.insert(candidate).inserted { run.relations.append(candidate) }
    }

    /// Attribute values with captures filled in; an attribute whose value comes out empty is left out.
    private static func render(_ templates: [(key: String, value: ValueTemplate)], _ lookup: (String) -> String?)
        -> [String: String]
    {
        var attributes: [String: String] = [:]
        for (key, template) in templates {
            let value = template.render(lookup)
            if !value.isEmpty { attributes[key] = value }
        }
        return attributes
    }
}

/// The state of one extraction: what the pack has produced so far and what patterns can match.
private struct Run {
    let document: Document
    let texts: TokenTexts
    var pool: MentionPool
    var mentions: [EntityMention] = []
    var relations: [RelationCandidate] = []
    var seenRelations = Set<RelationCandidate>()

    init(document: Document) {
        self.document = document
        texts = TokenTexts(document)
        pool = MentionPool(document)
    }

    /// Adds a mention the pack produced; its index in the pool.
    @discardableResult
    mutating func add(_ mention: EntityMention) -> Int {
        let index = pool.add(mention, reference: .new(mentions.count))
        mentions.append(mention)
        return index
    }

    /// The span of a run of tokens; nil when it is empty.
    func span(ofTokens range: Range<Int>) -> TextSpan? {
        guard !range.isEmpty else { return nil }
        return TextSpan(start: document.tokens[range.lowerBound].span.start, end: document.tokens[range.upperBound - 1].span.end)
    }

    /// The span without white space at either end; nil when nothing is left.
    func trimmed(_ span: TextSpan) -> TextSpan? {
        var start = max(0, span.start)
        var end = min(document.scalars.count, span.end)
        while start < end, document.scalars[start].properties.isWhitespace { start += 1 }
        while end > start, document.scalars[end - 1].properties.isWhitespace { end -= 1 }
        return start < end ? TextSpan(start: start, end: end) : nil
    }
}
