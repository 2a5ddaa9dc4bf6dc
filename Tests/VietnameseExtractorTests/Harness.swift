import MekongIngest
import MekongPluginAPI
import VietnameseDocuments
import VietnameseOfficials
import VietnameseOrganizations
import VietnamesePlaces
import VietnameseRelations

/// What the built-in pipeline finds in one short article, with lookups by type and name.
struct Extracted {
    let document: Document
    let result: Pipeline.Result

    /// The built-in extractors, in the registration order MekongKit uses.
    static let pipeline: Pipeline = {
        do {
            return try Pipeline(extractors: [
                VietnameseOrganizationExtractor(), VietnamesePlaceExtractor(), VietnameseDocumentExtractor(),
                VietnameseDateExtractor(), VietnameseOfficialExtractor(), VietnameseRelationExtractor(),
            ])
        } catch {
            preconditionFailure("the built-in extractors do not form a pipeline: \(error)")
        }
    }()

    /// Runs the pipeline on an article whose body is `body` (under the headline "Tin tức").
    init(_ body: String, title: String = "Tin tức", published: String? = nil) throws {
        let parsed = try ArticleReader().read(text: title + "\n\n" + body, path: "test.txt")
        var document = DocumentBuilder().document(for: parsed, path: "test.txt")
        if let published { document.article.published = published }
        self.document = document
        result = Self.pipeline.run(document)
    }

    var mentions: [EntityMention] { result.mentions }

    /// The canonical names of the mentions of one type, without repeats, in text order.
    func names(_ type: EntityType) -> [String] {
        var seen: Set<String> = []
        return mentions.filter { $0.type == type }.sorted { $0.span < $1.span }.map(\.canonicalName)
            .filter { seen.insert($0).inserted }
    }

    /// The mentions of one type whose canonical name is `name`.
    func mentions(_ type: EntityType, named name: String) -> [EntityMention] {
        mentions.filter { $0.type == type && $0.canonicalName == name }
    }

    /// Whether some mention of `type` has `name` as canonical name, alias or surface text.
    func hasMention(_ type: EntityType, containingName name: String) -> Bool {
        mentions.contains { $0.type == type && ([$0.canonicalName, $0.text] + $0.aliases).contains(name) }
    }

    /// The relations as (subject canonical name, predicate, object canonical name, attributes).
    var relations: [(subject: String, predicate: Predicate, object: String, attributes: [String: String])] {
        result.relations.compactMap { relation in
            guard case .existing(let s) = relation.subject, case .existing(let o) = relation.object else { return nil }
            return (mentions[s].canonicalName, relation.predicate, mentions[o].canonicalName, relation.attributes)
        }
    }

    /// The relations with this predicate, as "subject → object" strings (symmetric ones with sorted ends).
    func pairs(_ predicate: Predicate) -> Set<String> {
        Set(relations.filter { $0.predicate == predicate }.map { relation in
            var ends = [relation.subject, relation.object]
            if predicate.isSymmetric { ends.sort() }
            return "\(ends[0]) → \(ends[1])"
        })
    }

    /// The attributes of the relations subject —predicate→ object.
    func attributes(_ subject: String, _ predicate: Predicate, _ object: String) -> [[String: String]] {
        relations.filter {
            $0.predicate == predicate
                && (($0.subject == subject && $0.object == object)
                    || (predicate.isSymmetric && $0.subject == object && $0.object == subject))
        }.map(\.attributes)
    }

    /// A one-line summary for test failure messages.
    var summary: String {
        let entities = mentions.map { "\($0.type):\($0.canonicalName)[\($0.text)]" }.joined(separator: "; ")
        let facts = relations.map { "\($0.subject) —\($0.predicate)\($0.attributes)→ \($0.object)" }.joined(separator: "; ")
        return "mentions: \(entities)\nrelations: \(facts)\nfailures: \(result.failures)"
    }
}

/// Sorted ends of a symmetric pair, as ``Extracted/pairs(_:)`` writes them.
func pair(_ a: String, _ b: String, symmetric: Bool = false) -> String {
    symmetric && b < a ? "\(b) → \(a)" : "\(a) → \(b)"
}
