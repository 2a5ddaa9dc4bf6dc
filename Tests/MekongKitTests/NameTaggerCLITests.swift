import Foundation
import Testing

/// `mekong names-training-data` and `--name-model`: what a user who trains the tagger on their own gold sees.
@Suite("The name tagger on the command line: training data and a model of one's own")
struct NameTaggerCLITests {
    let cli: MekongCLI
    let scratch: ScratchDirectory

    init() throws {
        cli = try MekongCLI.locate()
        scratch = try ScratchDirectory()
    }

    /// A folder holding the fixture's gold file alone, and the fixture's folder for its article.
    private func goldFolder() throws -> (gold: String, articles: String) {
        let gold = scratch.path("gold")
        try FileManager.default.createDirectory(atPath: gold, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: try Fixture.directory.appendingPathComponent(Fixture.goldName).path,
            toPath: (gold as NSString).appendingPathComponent(Fixture.goldName))
        return (gold, try Fixture.directory.path)
    }

    @Test("names-training-data writes one labelled line of features per token and an empty line after each sentence")
    func trainingData() throws {
        defer { scratch.remove() }
        let (gold, articles) = try goldFolder()
        let run = try cli.run(["names-training-data", "--gold", gold, "--articles", articles])
        #expect(run.status == 0, "stderr: \(run.error)")
        #expect(run.error.contains("1 articles"), "stderr: \(run.error)")
        let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false)
        let tokens = lines.filter { !$0.isEmpty }
        let labels = Set(["O", "B-ORG", "I-ORG", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-DOC", "I-DOC"])
        #expect(tokens.count > 50)
        #expect(tokens.allSatisfy { line in
            let fields = line.split(separator: "\t")
            return labels.contains(String(fields[0])) && fields.count > 5 && fields.contains("0")
        })
        // The fixture names bodies, persons and places; each of their first tokens opens a name.
        for label in ["B-ORG", "B-PER", "B-LOC"] { #expect(tokens.contains { $0.hasPrefix(label + "\t") }, "\(label)") }
        #expect(lines.contains("") && run.output.hasSuffix("\n\n"))
        // -o writes the same bytes to a file.
        let file = scratch.path("data.crfsuite")
        let toFile = try cli.run(["names-training-data", "--gold", gold, "--articles", articles, "-o", file])
        #expect(toFile.status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == run.output)
    }

    @Test("names-training-data on a folder without gold files says so and fails")
    func noGold() throws {
        defer { scratch.remove() }
        let empty = scratch.path("empty")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let run = try cli.run(["names-training-data", "--gold", empty])
        #expect(run.status != 0)
        #expect(run.error.contains(empty), "stderr: \(run.error)")
    }

    @Test("--name-model with a file that is not a model names the file and the line, and nothing is ingested")
    func malformedModel() throws {
        defer { scratch.remove() }
        let model = try scratch.write(Array("transition\tO\tO\t1\nstate\t4=a\tB-XYZ\t1\n".utf8), to: "bad.tsv")
        let store = scratch.path("graph.sqlite")
        let run = try cli.run(["ingest", "--store", store, "--name-model", model, try Fixture.articlePath])
        #expect(run.status != 0)
        #expect(run.error.contains("bad.tsv:2: 'B-XYZ' is not a label"), "stderr: \(run.error)")
        #expect(!FileManager.default.fileExists(atPath: store))
        let missing = try cli.run(["eval", "--gold", scratch.path("nowhere"), "--name-model", scratch.path("none.tsv")])
        #expect(missing.status != 0)
        #expect(missing.error.contains("none.tsv: the name-tagger model cannot be read"), "stderr: \(missing.error)")
    }

    @Test("--name-model tags with the given model: one that knows no word adds no name, so the graph is the grammar's")
    func ownModel() throws {
        defer { scratch.remove() }
        let model = try scratch.write(Array("transition\tO\tO\t1\nstate\t0\tO\t1\n".utf8), to: "blank.tsv")
        let (gold, articles) = try goldFolder()
        let blank = try cli.run(["eval", "--json", "--gold", gold, "--articles", articles, "--name-model", model])
        let without = try cli.run(["eval", "--json", "--gold", gold, "--articles", articles, "--disable", "vi.names"])
        #expect(blank.status == 0 && without.status == 0, "stderr: \(blank.error) \(without.error)")
        #expect(blank.output == without.output)
    }
}
