import MekongCore

/// Runs extractors over a document in the order their capabilities require.
///
/// Built once per run: construction checks the whole set (a cycle or a consumed capability without a
/// producer is an error before any article is read). `run` may be called from many tasks at once.
public struct Pipeline: Sendable {
    /// The extractors in the order they run.
    public let ordered: [any Extractor]

    /// What a run found, and which extractors failed on the document.
    public struct Result: Sendable {
        /// Every mention in the document after the run, in pipeline order (a failed extractor adds none).
        public var mentions: [EntityMention]
        /// Every relation candidate; references are all ``MentionReference/existing(_:)`` indexes into ``mentions``.
        public var relations: [RelationCandidate]
        /// One error per extractor that failed; the others' results are kept.
        public var failures: [ExtractorError]
    }

    /// Orders `extractors` so that every producer runs before its consumers (registration order breaks ties).
    /// - Throws: ``ExtractorError/missingProducer(extractor:capability:)`` or ``ExtractorError/cycle(_:)``.
    public init(extractors: [any Extractor]) throws(ExtractorError) {
        var producers: [Capability: [Int]] = [:]
        for (index, extractor) in extractors.enumerated() {
            for capability in extractor.descriptor.produces { producers[capability, default: []].append(index) }
        }
        // Edges: producer → consumer, with the capability that makes them. An extractor that consumes what
        // it produces itself refines it in place.
        var sourcesOf = [[Capability: Set<Int>]](repeating: [:], count: extractors.count)
        for (index, extractor) in extractors.enumerated() {
            for capability in extractor.descriptor.consumes.sorted() {
                guard let sources = producers[capability] else {
                    throw .missingProducer(extractor: extractor.descriptor.id, capability: capability.rawValue)
                }
                let others = Set(sources.filter { $0 != index })
                sourcesOf[index][capability] = others
            }
        }
        var order: [Int] = []
        var placed = Set<Int>()
        while order.count < extractors.count {
            if let next = extractors.indices.first(where: {
                !placed.contains($0) && Self.producers(of: $0, in: sourcesOf).isSubset(of: placed)
            }) {
                order.append(next)
                placed.insert(next)
                continue
            }
            // A cycle. Where a capability has several producers, the consumer can do without the one that
            // itself waits for the consumer (a rule pack that adds organizations but needs persons does not
            // hold back vi.officials, which reads the organizations vi.organizations found): drop that edge.
            let stuck = extractors.indices.filter { !placed.contains($0) }
            guard let (consumer, producer) = Self.breakableEdge(stuck: stuck, sourcesOf: sourcesOf) else {
                throw .cycle(Self.cycle(among: stuck, sourcesOf: sourcesOf).map { extractors[$0].descriptor.id })
            }
            for capability in sourcesOf[consumer].keys { sourcesOf[consumer][capability]?.remove(producer) }
        }
        ordered = order.map { extractors[$0] }
    }

    /// Runs every extractor on `document`, each seeing what the earlier ones found.
    ///
    /// An extractor that throws, or returns spans outside the text or dangling references, contributes
    /// nothing and is reported in ``Result/failures``; the rest go on.
    public func run(_ document: Document) -> Result {
        var document = document
        var failures: [ExtractorError] = []
        for extractor in ordered {
            let id = extractor.descriptor.id
            do {
                let extraction = try extractor.extract(from: document)
                try Self.validate(extraction, of: id, in: document)
                let offset = document.mentions.count
                for var mention in extraction.mentions {
                    mention.extractor = id
                    document.mentions.append(mention)
                }
                for var relation in extraction.relations {
                    relation.extractor = id
                    relation.subject = Self.absolute(relation.subject, offset: offset)
                    relation.object = Self.absolute(relation.object, offset: offset)
                    document.relations.append(relation)
                }
            } catch let error as ExtractorError {
                failures.append(error)
            } catch {
                failures.append(.failed(extractor: id, article: document.article.id, reason: "\(error.localizedDescription)"))
            }
        }
        return Result(mentions: document.mentions, relations: document.relations, failures: failures)
    }

    private static func absolute(_ reference: MentionReference, offset: Int) -> MentionReference {
        switch reference {
        case .existing: reference
        case .new(let index): .existing(offset + index)
        }
    }

    private static func validate(_ extraction: Extraction, of id: String, in document: Document) throws(ExtractorError) {
        let length = document.scalars.count
        for mention in extraction.mentions where mention.span.start < 0 || mention.span.end > length
            || mention.span.start >= mention.span.end
        {
            throw .invalidOutput(
                extractor: id, article: document.article.id,
                reason: mention.span.start >= mention.span.end
                    ? "mention span \(mention.span.start)..<\(mention.span.end) is empty or reversed"
                    : "mention span \(mention.span.start)..<\(mention.span.end) is outside the text (0..<\(length))")
        }
        for relation in extraction.relations {
            for reference in [relation.subject, relation.object] {
                let valid = switch reference {
                case .existing(let index): document.mentions.indices.contains(index)
                case .new(let index): extraction.mentions.indices.contains(index)
                }
                if !valid {
                    throw .invalidOutput(
                        extractor: id, article: document.article.id, reason: "relation refers to a missing mention \(reference)")
                }
            }
            if relation.evidence.start < 0 || relation.evidence.end > length || relation.evidence.start > relation.evidence.end {
                throw .invalidOutput(extractor: id, article: document.article.id, reason: "evidence span is outside the text")
            }
        }
    }

    /// An edge producer → consumer among the stuck extractors whose removal leaves the consumer at least one
    /// producer of every capability that edge served; the first in registration order, so orders are stable.
    private static func breakableEdge(stuck: [Int], sourcesOf: [[Capability: Set<Int>]]) -> (Int, Int)? {
        let stuckSet = Set(stuck)
        for consumer in stuck {
            for producer in stuck.sorted() where producer != consumer {
                let served = sourcesOf[consumer].filter { $0.value.contains(producer) }
                guard !served.isEmpty else { continue }
                // The producer must itself wait on the consumer (directly or through other stuck ones).
                guard Self.reaches(from: consumer, to: producer, within: stuckSet, sourcesOf: sourcesOf) else { continue }
                if served.allSatisfy({ $0.value.count > 1 }) { return (consumer, producer) }
            }
        }
        return nil
    }

    /// Whether `target` consumes, directly or transitively, what `start` produces.
    private static func reaches(from start: Int, to target: Int, within stuck: Set<Int>, sourcesOf: [[Capability: Set<Int>]])
        -> Bool
    {
        var seen: Set<Int> = [start]
        var frontier = [start]
        while let current = frontier.popLast() {
            for next in stuck where !seen.contains(next) && sourcesOf[next].values.contains(where: { $0.contains(current) }) {
                if next == target { return true }
                seen.insert(next)
                frontier.append(next)
            }
        }
        return false
    }

    /// Every extractor `consumer` waits for, over all it consumes.
    private static func producers(of consumer: Int, in sourcesOf: [[Capability: Set<Int>]]) -> Set<Int> {
        sourcesOf[consumer].values.reduce(into: Set<Int>()) { $0.formUnion($1) }
    }

    /// One cycle among the stuck extractors, for the error message.
    private static func cycle(among stuck: [Int], sourcesOf: [[Capability: Set<Int>]]) -> [Int] {
        guard var current = stuck.first else { return [] }
        var path: [Int] = []
        while !path.contains(current) {
            path.append(current)
            guard let previous = producers(of: current, in: sourcesOf).sorted().first(where: { stuck.contains($0) })
            else { break }
            current = previous
        }
        if let start = path.firstIndex(of: current) { return (Array(path[start...]) + [current]).reversed() }
        return path
    }
}
