import Foundation
import MekongKit
import Testing

@Suite("mekong curate and mekong articles delete")
struct CurateCLITests {
    let cli: MekongCLI
    let scratch: ScratchDirectory
    let store: String

    init() throws {
        cli = try MekongCLI.locate()
        scratch = try ScratchDirectory()
        store = scratch.path("graph.sqlite")
    }

    private func run(_ arguments: [String]) throws -> MekongCLI.Run {
        try cli.run(arguments + ["--store", store])
    }

    @Test("merge records a line beside the store, prints the survivor as JSON, and undo takes it back")
    func mergeListUndo() throws {
        defer { scratch.remove() }
        #expect(try run(["ingest", try Fixture.articlePath]).status == 0)
        let before = try run(["entities"]).output

        let merge = try run(["curate", "merge", "tinh uy an giang", "Ban Thường vụ Tỉnh ủy An Giang", "--json"])
        #expect(merge.status == 0, "stderr: \(merge.error)")
        let document = try JSONDecoder().decode(CurationOutcomeJSON.self, from: Data(merge.output.utf8))
        #expect(document.version == 1 && document.changed && document.curation.op == "merge")
        #expect(document.curation.fields["into"] == "Tỉnh ủy An Giang")
        #expect(document.entities.first?.aliases.contains("Ban Thường vụ Tỉnh ủy An Giang") == true)
        let file = try String(contentsOfFile: scratch.path("curation.yaml"), encoding: .utf8)
        #expect(file.split(separator: "\n").filter { $0.hasPrefix("- {") }.count == 1, "\(file)")
        #expect(try run(["entities"]).output != before)

        let list = try run(["curate", "list"])
        #expect(list.output.contains("1. ") && list.output.contains("merge organization \"Ban Thường vụ Tỉnh ủy An Giang\""), "\(list.output)")

        let undo = try run(["curate", "undo"])
        #expect(undo.status == 0, "stderr: \(undo.error)")
        #expect(try run(["entities"]).output == before)
        #expect(try run(["curate", "list"]).output.hasPrefix("No curations"))
    }

    @Test("an unknown name, a bad --type and nothing to undo are errors that say what to do")
    func errors() throws {
        defer { scratch.remove() }
        #expect(try run(["ingest", try Fixture.articlePath]).status == 0)
        let unknown = try run(["curate", "delete", "Lê Văn Nưn"])
        #expect(unknown.status != 0)
        #expect(unknown.error.contains("Did you mean"), "\(unknown.error)")
        let badType = try run(["curate", "delete", "Lê Văn Nưng", "--type", "persn"])
        #expect(badType.status == 64, "\(badType.error)")
        let undo = try run(["curate", "undo"])
        #expect(undo.status != 0 && undo.error.contains("No curation to undo"), "\(undo.error)")
    }

    @Test("ingest refuses a mistaken curation.yaml with its line, before storing anything")
    func ingestChecksTheFile() throws {
        defer { scratch.remove() }
        _ = try scratch.write(Array("# mine\n- {date: 2024-01-31, op: delete, typ: person, entity: \"X\"}\n".utf8), to: "curation.yaml")
        let ingest = try run(["ingest", try Fixture.articlePath])
        #expect(ingest.status != 0)
        #expect(ingest.error.contains("curation.yaml:2: unknown key 'typ'"), "\(ingest.error)")
        #expect(!FileManager.default.fileExists(atPath: store), "the store is not even created")
    }

    @Test("articles delete removes the article, and ingesting its file again leaves it out")
    func articlesDelete() throws {
        defer { scratch.remove() }
        let path = try Fixture.articlePath
        #expect(try run(["ingest", path]).status == 0)
        let delete = try run(["articles", "delete", path])
        #expect(delete.status == 0, "stderr: \(delete.error)")
        #expect(delete.output.contains("0 articles, 0 entities and 0 relations"), "\(delete.output)")
        let again = try run(["ingest", path, "--json"])
        #expect(again.status == 0)
        #expect(again.output.contains("\"deleted_by_curation\" : 1"), "\(again.output)")
        #expect(try run(["articles"]).output.contains("No articles"))
    }
}
