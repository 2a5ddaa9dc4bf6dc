import Foundation
import Testing

@Suite("mekong render --since/--until")
struct RenderDatesCLITests {
    let cli: MekongCLI
    let scratch: ScratchDirectory
    let store: String

    /// Two dated articles (April and June 2021) about one provincial committee, and one undated article.
    init() throws {
        cli = try MekongCLI.locate()
        scratch = try ScratchDirectory()
        store = scratch.path("graph.sqlite")
        try FileManager.default.createDirectory(atPath: scratch.path("articles"), withIntermediateDirectories: true)
        func article(_ name: String, date: String?, body: String) throws -> String {
            let header = "# doc_id = \(name)\n# url = https://example.vn/\(name)\n" + (date.map { "# date = \($0)\n" } ?? "")
            return try scratch.write(Array((header + body + "\n").utf8), to: "articles/\(name).txt")
        }
        _ = try article("april", date: "20210410", body: "Ông Nguyễn Văn Bình, Bí thư Tỉnh ủy An Giang, làm việc với Sở Y tế tỉnh An Giang.")
        _ = try article("june", date: "20210620", body: "Bà Trần Thị Lan, Phó Bí thư Tỉnh ủy An Giang, dự hội nghị.")
        _ = try article("undated", date: nil, body: "Ông Lê Văn Sơn, Chủ tịch UBND tỉnh Đồng Tháp, phát biểu.")
        let run = try cli.run(["ingest", "--store", store, scratch.path("articles")])
        #expect(run.status == 0, "stderr: \(run.error)")
    }

    @Test("the whole-graph summary keeps only relations reported in the range, and the caption says which")
    func wholeGraph() throws {
        defer { scratch.remove() }
        let all = try cli.run(["render", "--store", store, "--format", "dot", "-o", "-"])
        #expect(all.output.contains("Nguyễn Văn Bình") && all.output.contains("Trần Thị Lan") && all.output.contains("Lê Văn Sơn"))
        let april = try cli.run(["render", "--store", store, "--since", "2021-04-01", "--until", "2021-04-30", "--format", "dot", "-o", "-"])
        #expect(april.status == 0, "stderr: \(april.error)")
        #expect(april.output.contains("Nguyễn Văn Bình"), "\(april.output)")
        #expect(!april.output.contains("Trần Thị Lan") && !april.output.contains("Lê Văn Sơn"), "\(april.output)")
        #expect(april.output.contains("Quan hệ được đưa tin từ 1/4/2021 đến 30/4/2021."), "\(april.output)")
        let english = try cli.run(["render", "--store", store, "--since", "2021-06-01", "--labels", "en", "--format", "dot", "-o", "-"])
        #expect(english.output.contains("Trần Thị Lan") && !english.output.contains("Nguyễn Văn Bình"), "\(english.output)")
        #expect(english.output.contains("Relations reported from 1/6/2021."), "\(english.output)")
    }

    @Test("around a focus, the neighbourhood follows only relations reported in the range")
    func focus() throws {
        defer { scratch.remove() }
        let june = try cli.run([
            "render", "--store", store, "--focus", "Tỉnh ủy An Giang", "--until", "2021-12-31", "--since", "2021-06-01",
            "--format", "dot", "-o", "-",
        ])
        #expect(june.status == 0, "stderr: \(june.error)")
        #expect(june.output.contains("Trần Thị Lan") && !june.output.contains("Nguyễn Văn Bình"), "\(june.output)")
    }

    @Test("a date that is not a day is a usage error naming the format")
    func badDate() throws {
        defer { scratch.remove() }
        let bad = try cli.run(["render", "--store", store, "--since", "2021-02-30", "-o", scratch.path("x.svg")])
        #expect(bad.status == 64 && bad.error.contains("YYYY-MM-DD"), "\(bad.error)")
    }
}
