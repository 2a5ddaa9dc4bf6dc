import ArgumentParser
import Foundation

extension Mekong {
    /// Runs the command line, refusing `mekong help NAME` for a NAME that is no command: argument-parser's
    /// built-in `help` would print the top-level help for it and succeed, hiding the typo.
    static func main() {
        if let error = HelpRequest.unknownCommand(in: Array(CommandLine.arguments.dropFirst()), root: Self.self) {
            exit(withError: error)
        }
        main(nil)
    }
}
