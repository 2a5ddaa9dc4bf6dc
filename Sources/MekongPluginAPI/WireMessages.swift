import Foundation
import MekongCore

/// The JSON shapes in which out-of-process (JSON Lines) and dynamic-library plugins see a document and
/// answer with an extraction. Documented in `Plugins/README.md`; version ``protocolVersion``.
///
/// Spans are Unicode-scalar offsets into `text`, `end` exclusive, exactly as for Swift extractors.
public enum WireMessages {
    /// The protocol version; a plugin that answers another one is refused.
    public static let protocolVersion = 1

    /// A span on the wire.
    public struct Span: Codable, Sendable, Equatable {
        /// The first scalar's offset.
        public var start: Int
        /// The offset just past the last scalar (exclusive).
        public var end: Int
        /// The span `start..<end`.
        public init(start: Int, end: Int) {
            self.start = start
            self.end = end
        }
        /// The wire form of `span`.
        public init(_ span: TextSpan) { self.init(start: span.start, end: span.end) }
        /// The span as a ``TextSpan``.
        public var textSpan: TextSpan { TextSpan(start: start, end: end) }

        enum CodingKeys: String, CodingKey {
            case start, end
        }

        /// Decodes a span; an offset that is not a whole number is refused with a message that says so.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            start = try WireMessages.offset(container, .start)
            end = try WireMessages.offset(container, .end)
        }
    }

    /// An offset: a whole number. `1.5` is refused with a message that says offsets count code points (a
    /// plain Int decoding reports "not valid JSON"); `3.0` is read as 3.
    static func offset<Key: CodingKey>(_ container: KeyedDecodingContainer<Key>, _ key: Key) throws -> Int {
        if let number = try? container.decode(Double.self, forKey: key) {
            guard number == number.rounded(), let whole = Int(exactly: number) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container,
                    debugDescription: "\(number) is not a whole number; offsets count Unicode code points and are integers")
            }
            return whole
        }
        return try container.decode(Int.self, forKey: key)
    }

    /// A mention on the wire. In a request, `id` is its index in the document's mentions; in a response,
    /// relations refer to new mentions by their index in the response's `mentions` as `"new:N"` and to
    /// the request's mentions as `"existing:N"` (or a bare integer N).
    public struct Mention: Codable, Sendable, Equatable {
        /// In a request, the mention's index in the document's mentions; ignored in a response.
        public var id: Int?
        /// The entity type's name (`organization`, `acme.product`).
        public var type: String
        /// The start offset in the article's text.
        public var start: Int
        /// The end offset (exclusive).
        public var end: Int
        /// The text at the span; when a response leaves it out, Mekong takes it from the document.
        public var text: String?
        /// The name the mention stands for (`canonical_name`); defaults to ``text``.
        public var canonicalName: String?
        /// Other names for the entity, or nil for none.
        public var aliases: [String]?
        /// Free attributes, values strings; nil for none.
        public var attributes: [String: String]?
        /// Confidence in 0…1; 0.8 when a response leaves it out.
        public var confidence: Double?
        /// The extractor that found it (requests only; in a response Mekong sets the plugin's id).
        public var extractor: String?
        /// The rule inside the extractor that matched, when it has named rules.
        public var rule: String?

        enum CodingKeys: String, CodingKey {
            case id, type, start, end, text, aliases, attributes, confidence, extractor, rule
            case canonicalName = "canonical_name"
        }

        /// A wire mention; every field but the type and span may be left out.
        public init(
            id: Int? = nil, type: String, start: Int, end: Int, text: String? = nil, canonicalName: String? = nil,
            aliases: [String]? = nil, attributes: [String: String]? = nil, confidence: Double? = nil,
            extractor: String? = nil, rule: String? = nil
        ) {
            self.id = id
            self.type = type
            self.start = start
            self.end = end
            self.text = text
            self.canonicalName = canonicalName
            self.aliases = aliases
            self.attributes = attributes
            self.confidence = confidence
            self.extractor = extractor
            self.rule = rule
        }

        /// Decodes a mention; `start` and `end` must be whole numbers.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decodeIfPresent(Int.self, forKey: .id)
            type = try container.decode(String.self, forKey: .type)
            start = try WireMessages.offset(container, .start)
            end = try WireMessages.offset(container, .end)
            text = try container.decodeIfPresent(String.self, forKey: .text)
            canonicalName = try container.decodeIfPresent(String.self, forKey: .canonicalName)
            aliases = try container.decodeIfPresent([String].self, forKey: .aliases)
            attributes = try container.decodeIfPresent([String: String].self, forKey: .attributes)
            confidence = try container.decodeIfPresent(Double.self, forKey: .confidence)
            extractor = try container.decodeIfPresent(String.self, forKey: .extractor)
            rule = try container.decodeIfPresent(String.self, forKey: .rule)
        }
    }

    /// A relation on the wire; `subject`/`object` are references as described on ``Mention``.
    public struct Relation: Codable, Sendable, Equatable {
        /// The mention the relation starts from.
        public var subject: Reference
        /// The predicate's name (`holds_position`).
        public var predicate: String
        /// The mention the relation points to.
        public var object: Reference
        /// Attributes, values strings (`title`, `date`); nil for none.
        public var attributes: [String: String]?
        /// The text that states the relation; when a response leaves it out, the subject mention's sentence.
        public var evidence: Span?
        /// Confidence in 0…1; 0.8 when a response leaves it out.
        public var confidence: Double?
        /// The rule inside the extractor that matched, when it has named rules.
        public var rule: String?

        /// A wire relation; attributes, evidence, confidence and rule may be left out.
        public init(
            subject: Reference, predicate: String, object: Reference, attributes: [String: String]? = nil,
            evidence: Span? = nil, confidence: Double? = nil, rule: String? = nil
        ) {
            self.subject = subject
            self.predicate = predicate
            self.object = object
            self.attributes = attributes
            self.evidence = evidence
            self.confidence = confidence
            self.rule = rule
        }
    }

    /// A mention reference: `"existing:3"`, `"new:0"`, or the integer 3 (existing).
    public struct Reference: Codable, Sendable, Equatable {
        /// The mention referred to.
        public var reference: MentionReference

        /// The wire form of `reference`.
        public init(_ reference: MentionReference) { self.reference = reference }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let index = try? container.decode(Int.self) {
                reference = .existing(index)
                return
            }
            let text = try container.decode(String.self)
            let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, let index = Int(parts[1]), parts[0] == "existing" || parts[0] == "new" else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "a mention reference is \"existing:N\", \"new:N\" or N, not \"\(text)\"")
            }
            reference = parts[0] == "new" ? .new(index) : .existing(index)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch reference {
            case .existing(let index): try container.encode("existing:\(index)")
            case .new(let index): try container.encode("new:\(index)")
            }
        }
    }

    /// A token on the wire: its span and kind (`word`, `number` or `punctuation`).
    public struct WireToken: Codable, Sendable, Equatable {
        /// The token's start offset in the article's text.
        public var start: Int
        /// The token's end offset (exclusive).
        public var end: Int
        /// `word`, `number` or `punctuation`.
        public var kind: String

        /// The wire form of `token`.
        public init(_ token: Token) {
            start = token.span.start
            end = token.span.end
            kind = switch token.kind {
            case .word: "word"
            case .number: "number"
            case .punctuation: "punctuation"
            }
        }

        /// The token this describes in `scalars` (an unknown kind reads as punctuation).
        public func token(in scalars: [Unicode.Scalar]) -> Token {
            let lower = max(0, min(start, scalars.count))
            let upper = max(lower, min(end, scalars.count))
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[lower..<upper])
            let tokenKind: Token.Kind = kind == "word" ? .word : kind == "number" ? .number : .punctuation
            return Token(span: TextSpan(start: lower, end: upper), text: String(text), kind: tokenKind)
        }
    }

    /// What a plugin receives for one article.
    ///
    /// `tokens` and `paragraph_roles` were added within protocol version 1; readers that do not know them
    /// ignore them.
    public struct Request: Codable, Sendable {
        /// Always `extract`.
        public var type = "extract"
        /// The article's id, title, path and, when known, date and source.
        public var article: ArticleInfo
        /// The article's stored (NFC) text; spans index its Unicode scalars.
        public var text: String
        /// The paragraphs' spans, in order.
        public var paragraphs: [Span]
        /// `title`, `body` or `caption` for each paragraph.
        public var paragraphRoles: [String]?
        /// The sentences' spans, in order.
        public var sentences: [Span]
        /// The tokens of ingest, so that a plugin reads the words Mekong's own extractors read.
        public var tokens: [WireToken]?

        enum CodingKeys: String, CodingKey {
            case type, article, text, paragraphs, sentences, tokens, mentions, relations
            case paragraphRoles = "paragraph_roles"
        }
        /// What earlier extractors found; each mention's `id` is its index, which relations refer to.
        public var mentions: [Mention]
        /// Relations earlier extractors found, referring to ``mentions`` with `existing:N`.
        public var relations: [Relation]

        /// The article's metadata.
        public struct ArticleInfo: Codable, Sendable {
            /// The article id.
            public var id: String
            /// The headline.
            public var title: String
            /// Where the article was read from, or `-` for standard input.
            public var path: String
            /// ISO 8601 publication date, when known.
            public var published: String?
            /// The outlet or agency that published it, when known.
            public var source: String?
        }

        /// The request for `document`.
        public init(_ document: Document) {
            article = ArticleInfo(
                id: document.article.id, title: document.article.title, path: document.article.path,
                published: document.article.published, source: document.article.source)
            text = document.text
            paragraphs = document.paragraphs.map { Span($0.span) }
            paragraphRoles = document.paragraphs.map(\.role.rawValue)
            sentences = document.sentences.map { Span($0.span) }
            tokens = document.tokens.map(WireToken.init)
            mentions = document.mentions.enumerated().map { index, mention in
                Mention(
                    id: index, type: mention.type.rawValue, start: mention.span.start, end: mention.span.end,
                    text: mention.text, canonicalName: mention.canonicalName, aliases: mention.aliases,
                    attributes: mention.attributes.merging(mention.hints.wireAttributes) { own, _ in own },
                    confidence: mention.confidence, extractor: mention.extractor,
                    rule: mention.rule)
            }
            relations = document.relations.map { relation in
                Relation(
                    subject: Reference(relation.subject), predicate: relation.predicate.rawValue,
                    object: Reference(relation.object), attributes: relation.attributes,
                    evidence: Span(relation.evidence), confidence: relation.confidence, rule: relation.rule)
            }
        }
    }

    /// What a plugin answers for one article.
    public struct Response: Codable, Sendable {
        /// The mentions found; relations refer to them as `new:N`. Nil for none.
        public var mentions: [Mention]?
        /// The relations found; nil for none.
        public var relations: [Relation]?
        /// A plugin may report that it could not handle this article.
        public var error: String?

        /// A response of its parts; give `error` for an article the plugin could not handle.
        public init(mentions: [Mention]? = nil, relations: [Relation]? = nil, error: String? = nil) {
            self.mentions = mentions
            self.relations = relations
            self.error = error
        }

        /// The response for an extraction (what a Swift extractor wrapped as a plugin returns).
        public init(_ extraction: Extraction) {
            mentions = extraction.mentions.map { mention in
                Mention(
                    type: mention.type.rawValue, start: mention.span.start, end: mention.span.end, text: mention.text,
                    canonicalName: mention.canonicalName, aliases: mention.aliases, attributes: mention.attributes,
                    confidence: mention.confidence, rule: mention.rule)
            }
            relations = extraction.relations.map { relation in
                Relation(
                    subject: Reference(relation.subject), predicate: relation.predicate.rawValue,
                    object: Reference(relation.object), attributes: relation.attributes,
                    evidence: Span(relation.evidence), confidence: relation.confidence, rule: relation.rule)
            }
            error = nil
        }

        /// The extraction this response describes, with what it leaves out completed from `document`.
        ///
        /// Missing mention text is taken from the document; a missing evidence span is the sentence of the
        /// subject mention. The pipeline validates spans and references afterwards.
        public func extraction(for document: Document) -> Extraction {
            let newMentions: [EntityMention] = (mentions ?? []).map { wire in
                let span = TextSpan(start: wire.start, end: wire.end)
                let inside = span.start >= 0 && span.end <= document.scalars.count && span.start < span.end
                let text = wire.text ?? (inside ? document.text(span) : "")
                return EntityMention(
                    type: EntityType(wire.type), span: span, text: text, canonicalName: wire.canonicalName ?? text,
                    aliases: wire.aliases ?? [], attributes: wire.attributes ?? [:], confidence: wire.confidence ?? 0.8,
                    rule: wire.rule)
            }
            let newRelations: [RelationCandidate] = (relations ?? []).map { wire in
                var evidence = wire.evidence?.textSpan
                if evidence == nil {
                    let anchor: TextSpan? = switch wire.subject.reference {
                    case .existing(let index): document.mentions.indices.contains(index) ? document.mentions[index].span : nil
                    case .new(let index): newMentions.indices.contains(index) ? newMentions[index].span : nil
                    }
                    if let anchor, let sentence = document.sentenceIndex(containing: anchor.start) {
                        evidence = document.sentences[sentence].span
                    } else {
                        // No sentence holds the subject: its own span is the closest evidence there is.
                        evidence = anchor
                    }
                }
                return RelationCandidate(
                    subject: wire.subject.reference, predicate: Predicate(wire.predicate), object: wire.object.reference,
                    attributes: wire.attributes ?? [:], evidence: evidence ?? TextSpan(start: 0, end: 0),
                    confidence: wire.confidence ?? 0.8, rule: wire.rule)
            }
            return Extraction(mentions: newMentions, relations: newRelations)
        }
    }
}
