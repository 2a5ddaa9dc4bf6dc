import Foundation
import Testing

@Suite("docs/cli.md lists every command and option as the commands define them")
struct CLIReferenceTests {
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/cli.md")

    @Test("docs/cli.md is what the commands say (MEKONG_UPDATE_GOLDEN=1 rewrites it)")
    func upToDate() throws {
        let run = try MekongCLI.locate().run(["--experimental-dump-help"])
        #expect(run.status == 0, "\(run.error)")
        let dump = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let generated = CLIReference.markdown(root: try #require(dump["command"] as? [String: Any]))
        for command in ["articles", "relations", "path", "show", "ingest", "plugins new"] {
            #expect(generated.contains("## `mekong \(command)`"), "\(command) is listed")
        }
        #expect(generated.contains("`--avoid <name> …`"))
        if ProcessInfo.processInfo.environment["MEKONG_UPDATE_GOLDEN"] == "1" {
            try generated.write(to: Self.file, atomically: true, encoding: .utf8)
        }
        let written = try String(contentsOf: Self.file, encoding: .utf8)
        #expect(written == generated, "docs/cli.md is out of date: MEKONG_UPDATE_GOLDEN=1 swift test --filter CLIReferenceTests")
    }
}
