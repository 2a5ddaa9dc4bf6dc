import Foundation
import MekongCore
import MekongStore

/// Scores extraction against gold files exactly as `docs/gold-format.md` describes: each article is
/// ingested into an empty store, exported, and aligned with its gold annotation.
public struct Evaluator: Sendable {
    let ingestor: ArticleIngestor

    /// An evaluator that extracts every article with `ingestor`'s pipeline.
    public init(ingestor: ArticleIngestor) { self.ingestor = ingestor }

    /// Evaluates every `*.json` gold file of `goldDirectory` against the articles in `articlesDirectory`.
    public func evaluate(goldDirectory: String, articlesDirectory: String) throws -> EvaluationReport {
        var results: [ArticleEvaluation] = []
        for (_, gold, articlePath) in try GoldFile.annotatedArticles(goldDirectory: goldDirectory, articlesDirectory: articlesDirectory) {
            let store = try GraphStore.inMemory()
            let (contribution, failures) = try ingestor.contribution(path: articlePath)
            _ = try store.ingest(contribution)
            let export = GraphExport(graph: try store.loadGraph())
            var result = Self.compare(export, with: gold)
            result.extractorFailures = failures.map(\.localizedDescription)
            results.append(result)
        }
        return EvaluationReport(articles: results)
    }

    /// Why a required gold entity was not matched: the same name under another type, a name of the same type
    /// that is a part of it or contains it (word-wise), or nothing at all.
    static func entityMissCause(gold: GoldFile.Entity, keys: Set<String>, in export: GraphExport) -> MissCause {
        let goldNames = ([gold.name] + (gold.aliases ?? [])).map { " " + NameNormalizer.key($0) + " " }
        var boundary = false
        for entity in export.entities where entity.type.isCore {
            let names = NameMatchKey.keys(type: gold.type, names: entity.allNames)
            if entity.type.rawValue != gold.type, !names.isDisjoint(with: keys) { return .entityWrongType }
            guard entity.type.rawValue == gold.type else { continue }
            let extracted = entity.allNames.map { " " + NameNormalizer.key($0) + " " }
            if extracted.contains(where: { name in goldNames.contains { $0.contains(name) || name.contains($0) } }) {
                boundary = true
            }
        }
        return boundary ? .entityBoundary : .entityNotFound
    }

    /// The name a relation's rule is counted under: the extractor, the rule inside it (if it names one) and the
    /// predicate ("vi.relations/document-about/concerns"), as `mekong eval --verbose` lists them.
    static func ruleName(_ evidence: Evidence, _ predicate: MekongCore.Predicate) -> String {
        [evidence.extractor, evidence.rule, predicate.rawValue].compactMap(\.self).joined(separator: "/")
    }

    /// Aligns one exported article with its gold file.
    public static func compare(_ export: GraphExport, with gold: GoldFile) -> ArticleEvaluation {
        var result = ArticleEvaluation(article: gold.article)
        let goldKeys = gold.entities.map { NameMatchKey.keys(type: $0.type, names: [$0.name] + ($0.aliases ?? [])) }
        var goldMatched = [Bool](repeating: false, count: gold.entities.count)
        var alignment: [String: Int] = [:]  // extracted entity id → gold entity index
        let core = Set(EntityType.core.map(\.rawValue))
        for entity in export.entities where core.contains(entity.type.rawValue) {
            let keys = NameMatchKey.keys(type: entity.type.rawValue, names: entity.allNames)
            let candidates = gold.entities.indices.filter {
                gold.entities[$0].type == entity.type.rawValue && !goldKeys[$0].isDisjoint(with: keys)
            }
            var score = result.entitiesByType[entity.type.rawValue] ?? Score()
            if let index = candidates.first(where: { !goldMatched[$0] && gold.entities[$0].optional != true })
                ?? candidates.first(where: { gold.entities[$0].optional == true })
                ?? candidates.first
            {
                alignment[entity.id] = index
                if gold.entities[index].optional == true {
                    // Finding an optional item is neither a hit nor a miss.
                } else if goldMatched[index] {
                    score.falsePositives += 1
                    result.falsePositives.append("duplicate \(entity.type) \"\(entity.name)\" (also matched \"\(gold.entities[index].name)\")")
                } else {
                    goldMatched[index] = true
                    score.truePositives += 1
                }
            } else {
                score.falsePositives += 1
                let trap = (gold.absent ?? []).contains {
                    $0.type == entity.type.rawValue
                        && !NameMatchKey.keys(type: $0.type, names: [$0.name]).isDisjoint(with: keys)
                }
                if trap { result.trapsHit.append("\(entity.type) \"\(entity.name)\"") }
                result.falsePositives.append("\(trap ? "TRAP " : "")\(entity.type) \"\(entity.name)\"")
            }
            result.entitiesByType[entity.type.rawValue] = score
        }
        for (index, entity) in gold.entities.enumerated()
        where !goldMatched[index] && entity.optional != true && core.contains(entity.type) {
            var score = result.entitiesByType[entity.type] ?? Score()
            score.falseNegatives += 1
            result.entitiesByType[entity.type] = score
            let cause = entityMissCause(gold: entity, keys: goldKeys[index], in: export)
            result.missCauses[cause.rawValue, default: 0] += 1
            result.misses.append("\(entity.type) \"\(entity.name)\"  [\(cause.rawValue)]")
        }
        result.entities = result.entitiesByType.values.reduce(Score(), +)

        // Relations: first every extracted relation whose title agrees with a gold relation between the
        // same ends, then the rest (a wrong title, another post, or nothing at all).
        let goldIndexByName = Dictionary(
            gold.entities.enumerated().map { (NameNormalizer.key($0.element.name), $0.offset) },
            uniquingKeysWith: { first, _ in first })
        var relationMatched = [Bool](repeating: false, count: gold.relations.count)
        let entityByID = Dictionary(export.entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        struct Scored {
            var describe: String
            var candidates: [Int]
            var agreeing: [Int]
            var touchesOptional: Bool
            var isPost: Bool
            /// The rules that gave the relation ("extractor/rule"), each credited with its hit or its false positive.
            var rules: Set<String>
        }
        var scored: [Scored] = []
        for relation in export.relations {
            guard let subjectEntity = entityByID[relation.subject], let objectEntity = entityByID[relation.object],
                subjectEntity.type.isCore, objectEntity.type.isCore
            else { continue }
            let subject = alignment[relation.subject]
            let object = alignment[relation.object]
            let candidates = gold.relations.indices.filter { index in
                let goldRelation = gold.relations[index]
                guard goldRelation.predicate == relation.predicate.rawValue,
                    let s = goldIndexByName[NameNormalizer.key(goldRelation.subject)],
                    let o = goldIndexByName[NameNormalizer.key(goldRelation.object)]
                else { return false }
                if s == subject && o == object { return true }
                return relation.predicate.isSymmetric && s == object && o == subject
            }
            let title = NameMatchKey.title(relation.attributes["title"])
            let titleText = relation.attributes["title"].map { " (\($0))" } ?? ""
            scored.append(Scored(
                describe: "\(subjectEntity.name) —\(relation.predicate)\(titleText)→ \(objectEntity.name)",
                candidates: candidates,
                agreeing: candidates.filter { NameMatchKey.title(gold.relations[$0].attributes?["title"]) == title },
                touchesOptional: [subject, object].contains { $0.map { gold.entities[$0].optional == true } ?? false },
                isPost: relation.predicate == .holdsPosition,
                rules: Set(relation.evidence.map { Self.ruleName($0, relation.predicate) })))
        }
        func take(_ index: Int, agreeing: Bool, _ item: Scored) {
            relationMatched[index] = true
            guard gold.relations[index].optional != true else { return }
            result.relations.truePositives += 1
            for rule in item.rules { result.relationsByRule[rule, default: Score()].truePositives += 1 }
            guard item.isPost else { return }
            result.titlesMatched += 1
            if agreeing {
                result.titlesRight += 1
            } else {
                result.falsePositives.append(
                    "wrong title: \(item.describe), gold \"\(gold.relations[index].attributes?["title"] ?? "")\"")
            }
        }
        /// An unmatched gold relation among `indexes`, required ones first.
        func open(_ indexes: [Int]) -> Int? {
            indexes.first { !relationMatched[$0] && gold.relations[$0].optional != true }
                ?? indexes.first { !relationMatched[$0] }
        }
        var unresolved: [Scored] = []
        for item in scored {
            if let index = open(item.agreeing) { take(index, agreeing: true, item) } else { unresolved.append(item) }
        }
        for item in unresolved {
            // The same fact stated again is not a second error.
            if !item.agreeing.isEmpty { continue }
            if let index = open(item.candidates) {
                take(index, agreeing: false, item)
                continue
            }
            if item.touchesOptional { continue }
            result.relations.falsePositives += 1
            for rule in item.rules { result.relationsByRule[rule, default: Score()].falsePositives += 1 }
            result.falsePositives.append(item.candidates.isEmpty ? "relation \(item.describe)" : "another post: \(item.describe)")
        }
        // Which gold entities some extracted entity stands for, and which pairs some relation connects.
        var extractedOf: [Int: Set<String>] = [:]
        for (id, index) in alignment { extractedOf[index, default: []].insert(id) }
        var connected: Set<String> = []
        for relation in export.relations {
            connected.insert(relation.subject + "\u{1F}" + relation.object)
            connected.insert(relation.object + "\u{1F}" + relation.subject)
        }
        for (index, relation) in gold.relations.enumerated() where !relationMatched[index] && relation.optional != true {
            result.relations.falseNegatives += 1
            let title = relation.attributes?["title"].map { " (\($0))" } ?? ""
            let subjects = goldIndexByName[NameNormalizer.key(relation.subject)].flatMap { extractedOf[$0] } ?? []
            let objects = goldIndexByName[NameNormalizer.key(relation.object)].flatMap { extractedOf[$0] } ?? []
            let cause: MissCause
            if subjects.isEmpty || objects.isEmpty {
                cause = .relationEndpointMissing
            } else if subjects.contains(where: { s in objects.contains { connected.contains(s + "\u{1F}" + $0) } }) {
                cause = .relationOtherPredicate
            } else {
                cause = .relationNoRule
            }
            result.missCauses[cause.rawValue, default: 0] += 1
            result.misses.append(
                "relation \(relation.subject) —\(relation.predicate)\(title)→ \(relation.object)  [\(cause.rawValue)]")
        }
        return result
    }
}
