import Foundation
import Testing

@Suite("Stores on the command line")
struct StoreOptionTests {
    @Test("a query on a store that does not exist fails, says so, and creates nothing", arguments: [
        ["show", "Lê Văn Nưng"], ["entities"], ["neighbors", "Tỉnh ủy An Giang"], ["export"],
    ])
    func queryWithoutStore(command: [String]) throws {
        let cli = try MekongCLI.locate()
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let store = scratch.path("missing.sqlite")
        let run = try cli.run([command[0], "--store", store] + command.dropFirst())
        #expect(run.status != 0)
        #expect(run.error.contains("No store at \(store)"), "stderr: \(run.error)")
        #expect(!FileManager.default.fileExists(atPath: store))
    }
}
