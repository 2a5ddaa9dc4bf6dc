import Foundation
import MekongKit
import Testing

@Suite("mekong --version and mekong help")
struct VersionAndHelpTests {
    let cli: MekongCLI

    init() throws {
        cli = try MekongCLI.locate()
    }

    @Test("--version prints the library's version, MAJOR.MINOR.PATCH")
    func version() throws {
        let run = try cli.run(["--version"])
        #expect(run.status == 0)
        #expect(run.output == MekongVersion.current + "\n")
        #expect(MekongVersion.current.split(separator: ".").count == 3)
        #expect(MekongVersion.current.split(separator: ".").allSatisfy { Int($0) != nil })
    }

    @Test("help of an unknown command fails with a usage error that lists the commands", arguments: [
        (["help", "shwo"], "Unknown command 'shwo'. The commands are: "),
        (["help", "plugins", "lst"], "Unknown command 'lst'. The commands of plugins are: list, new."),
    ])
    func unknown(arguments: [String], message: String) throws {
        let run = try cli.run(arguments)
        #expect(run.status == 64)
        #expect(run.output.isEmpty, "no help on standard output: \(run.output)")
        #expect(run.error.contains(message), "\(run.error)")
        if arguments.count == 2 {
            for command in ["articles", "relations", "ingest", "show", "path", "render", "export", "eval"] {
                #expect(run.error.contains(command), "\(command) is listed")
            }
        }
    }

    @Test("help of a known command, of a subcommand, and help alone still print help and succeed", arguments: [
        (["help", "show"], "USAGE: mekong show"),
        (["help", "plugins", "new"], "USAGE: mekong plugins new"),
        (["help"], "SUBCOMMANDS:"),
        (["help", "relations", "--help"], "USAGE: mekong relations"),
    ])
    func known(arguments: [String], expected: String) throws {
        let run = try cli.run(arguments)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains(expected), "\(run.output)")
    }
}
