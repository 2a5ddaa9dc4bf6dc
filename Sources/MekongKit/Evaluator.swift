import Foundation
import MekongCore
import MekongStore

/// Scores extraction against gold files exactly as `docs/gold-format.md` describes: each article is
/// ingested into an empty store, exported, and aligned with its gold annotation.
public struct Evaluator: Sendable {
    let ingestor: ArticleIngestor

    public init(ingestor: ArticleIngestor) { self.ingestor = ingestor }

    /// Evaluates every `*.json` gold file of `goldDirectory` against the articles in `articlesDirectory`.
    public func evaluate(goldDirectory: String, articlesDirectory: String) throws -> EvaluationReport {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: goldDirectory))?
            .filter { $0.hasSuffix(".json") }.sorted() ?? []
        guard !files.isEmpty else { throw EvaluationError.noGoldFiles(directory: goldDirectory) }
        var results: [ArticleEvaluation] = []
        for file in files {
            let goldPath = (goldDirectory as NSString).appendingPathComponent(file)
            let gold = try GoldFile.load(path: goldPath)
            let articlePath = (articlesDirectory as NSString).appendingPathComponent(gold.article)
            guard FileManager.default.fileExists(atPath: articlePath) else {
                throw EvaluationError.missingArticle(gold: goldPath, article: articlePath)
            }
            let store = try GraphStore.inMemory()
            let (contribution, _) = try ingestor.contribution(path: articlePath)
            _ = try store.ingest(contribution)
            let export = GraphExport(graph: try store.loadGraph())
            results.append(Self.compare(export, with: gold))
        }
        return EvaluationReport(articles: results)
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
        for (index, entity) in gold.entities.enumerated() where !goldMatched[index] && entity.optional != true {
            var score = result.entitiesByType[entity.type] ?? Score()
            score.falseNegatives += 1
            result.entitiesByType[entity.type] = score
            result.misses.append("\(entity.type) \"\(entity.name)\"")
        }
        result.entities = result.entitiesByType.values.reduce(Score(), +)

        // Relations.
        let goldIndexByName = Dictionary(
            gold.entities.enumerated().map { (NameNormalizer.key($0.element.name), $0.offset) },
            uniquingKeysWith: { first, _ in first })
        var relationMatched = [Bool](repeating: false, count: gold.relations.count)
        let entityByID = Dictionary(export.entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for relation in export.relations {
            guard let subjectEntity = entityByID[relation.subject], let objectEntity = entityByID[relation.object],
                subjectEntity.type.isCore, objectEntity.type.isCore
            else { continue }
            let subject = alignment[relation.subject]
            let object = alignment[relation.object]
            let describe = "\(subjectEntity.name) —\(relation.predicate)\(relation.attributes["title"].map { " (\($0))" } ?? "")→ \(objectEntity.name)"
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
            let agreeing = candidates.first { NameMatchKey.title(gold.relations[$0].attributes?["title"]) == title }
            if let index = agreeing ?? candidates.first(where: { !relationMatched[$0] }) ?? candidates.first {
                let goldRelation = gold.relations[index]
                if goldRelation.optional == true || relationMatched[index] { continue }
                relationMatched[index] = true
                result.relations.truePositives += 1
                if relation.predicate == .holdsPosition {
                    result.titlesMatched += 1
                    if NameMatchKey.title(goldRelation.attributes?["title"]) == title {
                        result.titlesRight += 1
                    } else {
                        result.falsePositives.append("wrong title: \(describe), gold \"\(goldRelation.attributes?["title"] ?? "")\"")
                    }
                }
                continue
            }
            let touchesOptional = [subject, object].contains { $0.map { gold.entities[$0].optional == true } ?? false }
            if touchesOptional { continue }
            result.relations.falsePositives += 1
            result.falsePositives.append("relation \(describe)")
        }
        for (index, relation) in gold.relations.enumerated() where !relationMatched[index] && relation.optional != true {
            result.relations.falseNegatives += 1
            let title = relation.attributes?["title"].map { " (\($0))" } ?? ""
            result.misses.append("relation \(relation.subject) —\(relation.predicate)\(title)→ \(relation.object)")
        }
        return result
    }
}
