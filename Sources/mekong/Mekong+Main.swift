import ArgumentParser
import Foundation

extension Mekong {
    /// Runs the command line, refusing `mekong help NAME` for a NAME that is no command: argument-parser's
    /// built-in `help` would print the top-level help for it and succeed, hiding the typo.
    /// What a command printed on standard output is written out before any error message, so that `2>&1` keeps the
    /// order in which things were said (standard output is buffered, ``StandardOutput``).
    static func main() {
        if let error = HelpRequest.unknownCommand(in: Array(CommandLine.arguments.dropFirst()), root: Self.self) {
            exit(withError: error)
        }
        do {
            var command = try parseAsRoot(nil)
            try command.run()
        } catch {
            Output.flushStandardOutputRemembering()
            exit(withError: error)
        }
    }
}
