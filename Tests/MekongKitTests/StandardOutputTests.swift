import Foundation
import Testing

/// Mekong's standard output is buffered when it is not a terminal: these check that nothing is lost or reordered
/// by that, and that a reader that goes away ends the run as it ends a Unix tool.
@Suite("Standard output: buffered, complete, in order, quiet when its reader goes")
struct StandardOutputTests {
    let cli: MekongCLI
    let scratch: ScratchDirectory
    let store: String

    init() throws {
        cli = try MekongCLI.locate()
        scratch = try ScratchDirectory()
        store = scratch.path("graph.sqlite")
        let ingest = try cli.run(["ingest", "--store", store, try Fixture.articlePath])
        #expect(ingest.status == 0, "\(ingest.all)")
    }

    @Test("a drawing written on standard output comes before the notes about it when both share one pipe")
    func drawingBeforeNotes() throws {
        defer { scratch.remove() }
        let both = Pipe()
        let process = try cli.start(
            ["render", "--store", store, "--format", "svg", "-o", "-", "--screen", "640x360"], output: both, error: both)
        let text = String(decoding: both.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        let end = try #require(text.range(of: "</svg>"), "no drawing in: \(text)")
        let note = try #require(text.range(of: "note: "), "no note in: \(text)")
        #expect(end.upperBound <= note.lowerBound, "a note came before the drawing it is about: \(text)")
        #expect(text.contains("note: Even one entity does not fit a 640x360 screen"), "\(text)")
    }

    @Test("what goes through a pipe is every byte that goes to a file")
    func pipeEqualsFile() throws {
        defer { scratch.remove() }
        let file = scratch.path("graph.json")
        let written = try cli.run(["export", "--store", store, "--format", "json", "-o", file])
        #expect(written.status == 0, "\(written.all)")
        let piped = try cli.run(["export", "--store", store, "--format", "json"])
        #expect(piped.status == 0, "\(piped.all)")
        #expect(piped.output == (try String(contentsOfFile: file, encoding: .utf8)))
        let listing = try cli.run(["relations", "--store", store])
        let counted = try cli.run(["relations", "--store", store, "--json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(counted.output.utf8)) as? [String: Any])
        let relations = try #require(document["relations"] as? [Any])
        #expect(relations.count == 13)
        #expect(listing.output.components(separatedBy: "\n").filter { $0.contains("→ ") }.count == relations.count,
                "\(listing.output)")
    }

    @Test("a reader that has gone ends mekong by SIGPIPE, with nothing on standard error")
    func readerGone() throws {
        defer { scratch.remove() }
        let output = Pipe()
        let error = Pipe()
        let process = try cli.start(["relations", "--store", store], output: output, error: error)
        // The reader goes before anything is written, as `mekong relations | true` would.
        try output.fileHandleForReading.close()
        let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == SIGPIPE)
        #expect(message.isEmpty, "\(message)")
    }
}
