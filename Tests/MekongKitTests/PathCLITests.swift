import Foundation
import Testing

@Suite("mekong path: titles, sentences, --avoid, --max-degree, --all-shortest")
struct PathCLITests {
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

    private func path(_ arguments: [String]) throws -> MekongCLI.Run {
        try cli.run(["path", "--store", store, "Hoàng Phúc Lâm", "An Giang"] + arguments)
    }

    @Test("each step with the post's title and the sentence that states it")
    func steps() throws {
        defer { scratch.remove() }
        let run = try path([])
        #expect(run.status == 0, "stderr: \(run.error)")
        let lines = run.output.split(separator: "\n")
        #expect(lines.first == "Hoàng Phúc Lâm —holds_position (Phó Giám đốc)→ Học viện Chính trị quốc gia Hồ Chí Minh")
        #expect(lines.dropFirst().first?.hasPrefix("    (no date)   TTXVN  “") == true, "\(run.output)")
        #expect(lines.dropFirst().first?.contains("Hoàng Phúc Lâm, Phó Giám đốc") == true, "\(run.output)")
        #expect(lines.last?.hasPrefix("    ") == true)
        #expect(lines.filter { !$0.hasPrefix(" ") }.last?.hasSuffix("→ An Giang") == true, "\(run.output)")
    }

    @Test("--avoid takes another way; avoiding an end is a usage error")
    func avoid() throws {
        defer { scratch.remove() }
        let plain = try path([])
        #expect(plain.output.contains("Thường trực Tỉnh ủy An Giang"))
        let around = try path(["--avoid", "thuong truc tinh uy an giang"])
        #expect(around.status == 0, "stderr: \(around.error)")
        let steps = around.output.split(separator: "\n").filter { !$0.hasPrefix(" ") }
        #expect(!steps.contains { $0.contains("Thường trực Tỉnh ủy An Giang") }, "\(around.output)")
        #expect(steps.contains { $0.contains("Ban Thường vụ Tỉnh ủy An Giang") }, "\(around.output)")
        let end = try path(["--avoid", "An Giang"])
        #expect(end.status == 64)
        #expect(end.error.contains("a path cannot avoid its ends"), "\(end.error)")
    }

    @Test("--max-degree leaves out hubs, and says so when no path is left")
    func maxDegree() throws {
        defer { scratch.remove() }
        // Every path goes through Tỉnh ủy An Giang, which has four relations.
        #expect(try path(["--max-degree", "4"]).status == 0)
        let none = try path(["--max-degree", "3"])
        #expect(none.status == 1)
        #expect(none.output.contains("No path between Hoàng Phúc Lâm and An Giang that passes only through the entities allowed"))
        #expect(try path(["--max-degree", "0"]).status == 64)
    }

    @Test("--all-shortest numbers every shortest path; --json carries them all")
    func allShortest() throws {
        defer { scratch.remove() }
        let run = try path(["--all-shortest"])
        #expect(run.status == 0, "stderr: \(run.error)")
        #expect(run.output.hasPrefix("Path 1:\n"))
        #expect(run.output.contains("\nPath 2:\n"))
        #expect(!run.output.contains("Path 3:"))
        let json = try path(["--all-shortest", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let paths = try #require(object["paths"] as? [[[String: Any]]])
        #expect(paths.count == 2)
        #expect(paths.allSatisfy { $0.count == 4 })
    }
}
