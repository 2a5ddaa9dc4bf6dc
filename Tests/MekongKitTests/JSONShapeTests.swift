import Foundation
import Testing

@Suite("One JSON shape for an entity, a relation and an article in every --json")
struct JSONShapeTests {
    let cli: MekongCLI
    let scratch: ScratchDirectory
    let store: String

    init() throws {
        cli = try MekongCLI.locate()
        scratch = try ScratchDirectory()
        store = scratch.path("graph.sqlite")
        let run = try cli.run(["ingest", "--store", store, try Fixture.articlePath])
        #expect(run.status == 0, "stderr: \(run.error)")
    }

    private func document(_ arguments: [String]) throws -> [String: Any] {
        let run = try cli.run(arguments + ["--store", store, "--json"])
        #expect(run.status == 0, "stderr: \(run.error)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1, "\(arguments)")
        return object
    }

    /// A JSON value re-encoded with sorted keys, so that two values compare as text.
    private func canonical(_ value: Any?) throws -> String {
        let value = try #require(value)
        return String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test("a relation is the same object in show, relations, neighbors and path")
    func sameRelation() throws {
        defer { scratch.remove() }
        let show = try document(["show", "Lê Văn Nưng"])
        let relation = try #require((show["relations"] as? [[String: Any]])?.first { $0["predicate"] as? String == "holds_position" })
        let id = try #require(relation["id"] as? String)
        let objectName = try #require((relation["object"] as? [String: Any])?["name"] as? String)
        #expect(Set(relation.keys) == ["id", "predicate", "subject", "object", "title", "attributes", "evidence"])
        let evidence = try #require((relation["evidence"] as? [[String: Any]])?.first)
        #expect(Set(evidence.keys) == [
            "sentence", "article_id", "article_title", "published", "source", "url", "start", "end", "extractor", "rule",
            "confidence", "attributes",
        ])

        let listed = try document(["relations", "--subject", "Lê Văn Nưng"])
        let neighbors = try document(["neighbors", "Lê Văn Nưng"])
        let path = try document(["path", "Lê Văn Nưng", objectName])
        let fromPath = try #require((path["paths"] as? [[[String: Any]]])?.first)
        for (command, relations) in [
            ("relations", listed["relations"]), ("neighbors", neighbors["relations"]), ("path", fromPath),
        ] {
            let same = (relations as? [[String: Any]])?.first { $0["id"] as? String == id }
            #expect(try canonical(same) == canonical(relation), "\(command)")
        }
        #expect(path["found"] as? Bool == true)
    }

    @Test("an entity is the same object in entities, show and neighbors; an article in show and articles")
    func sameEntityAndArticle() throws {
        defer { scratch.remove() }
        let show = try document(["show", "Lê Văn Nưng"])
        let entity = try #require(show["entity"] as? [String: Any])
        #expect(Set(entity.keys) == ["id", "type", "name", "aliases", "attributes", "mention_count", "article_count"])
        let listed = try document(["entities", "--search", "Lê Văn Nưng"])
        #expect(try canonical((listed["entities"] as? [Any])?.first) == canonical(entity))
        let neighbors = try document(["neighbors", "Lê Văn Nưng"])
        let reached = (neighbors["entities"] as? [[String: Any]])?.first { $0["id"] as? String == entity["id"] as? String }
        #expect(try canonical(reached) == canonical(entity))

        let article = try #require((show["articles"] as? [Any])?.first)
        #expect(Set(try #require(article as? [String: Any]).keys) == [
            "id", "title", "published", "published_from", "source", "url", "author", "path", "entity_count",
            "relation_count",
        ])
        let articles = try document(["articles"])
        #expect(try canonical((articles["articles"] as? [Any])?.first) == canonical(article))
    }

    @Test("ingest --json has the version and snake_case keys")
    func ingest() throws {
        defer { scratch.remove() }
        let object = try document(["ingest", try Fixture.articlePath])
        #expect(object["unchanged"] as? Int == 1)
        #expect(object["failed_files"] as? [String] == [])
        #expect(object["capped_articles"] as? [String] == [])
        #expect(object["failedFiles"] == nil)
    }

    @Test("path between unconnected entities: found false, no chains, exit 1")
    func noPath() throws {
        defer { scratch.remove() }
        // The article names the Central Organization Commission but states no relation of it.
        let run = try cli.run(["path", "--store", store, "--json", "Lê Văn Nưng", "Ban Tổ chức Trung ương"])
        #expect(run.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(object["found"] as? Bool == false)
        #expect((object["paths"] as? [Any])?.isEmpty == true)
    }
}
