import ArgumentParser
import MekongKit

/// `--since DATE --until DATE`, shared by the commands that select by publication date (articles, relations, render).
struct DateOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Only what was published on or after this day.", valueName: "YYYY-MM-DD"))
    var since: String?
    @Option(name: .long, help: ArgumentHelp("Only what was published on or before this day.", valueName: "YYYY-MM-DD"))
    var until: String?

    func validate() throws {
        _ = try range
    }

    /// The range the options name; a date that is not a day is a usage error.
    var range: PublishedRange {
        get throws {
            do {
                return try PublishedRange(since: since, until: until)
            } catch {
                throw ValidationError(error.localizedDescription)
            }
        }
    }
}
