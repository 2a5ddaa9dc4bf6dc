import ArgumentParser
import MekongKit

/// `--at DAY` and `--current`, shared by the commands that list relations (relations, neighbors): keep the posts
/// held on a day or now (``MekongKit/PostHolding``).
struct PostTimeOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Only posts held on this day, by the latest reports on or before it.", valueName: "YYYY-MM-DD"))
    var at: String?
    @Flag(name: .long, help: "Only posts held now, by the latest reports.") var current = false

    /// What --at and --current mean, for the commands' discussions.
    static let explanation = """
        --at DAY and --current judge posts (holds_position) by what the articles say of them, each post by its \
        latest report dated on or before the day (an article's date, or the since it gives): a post whose latest \
        report leaves the day out (since/until) or reports it as left ("nguyên", "thôi giữ chức"), or that no report \
        dates by then, is out; a post reported held in 2015 and as left in 2020 is held in 2016 and out now. \
        Reports without any date count only when a post has no dated one. Of the posts one person holds at a time \
        (Bí thư, Chủ tịch, Giám đốc …, not Phó …, Ủy viên …), each body keeps only the holders reported latest. \
        Other relations are not judged.
        """

    func validate() throws {
        if at != nil && current { throw ValidationError("--at and --current exclude each other: give one.") }
        if let at, (try? PublishedRange(since: at, until: nil)) == nil {
            throw ValidationError("--at takes a day written YYYY-MM-DD, not '\(at)'.")
        }
    }

    /// Whether the relations are to be judged at all.
    var isSet: Bool { at != nil || current }

    /// `relations` judged at the day asked for, or all of them when neither option is given.
    func apply(to relations: [RelationJSON]) -> [RelationJSON] {
        isSet ? PostHolding.held(relations, at: at) : relations
    }
}
