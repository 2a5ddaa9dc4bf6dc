import MekongKit

/// One article on one line, as `articles` and `show` print it: date, outlet, title, counts, then the URL
/// (or the path when there is none).
enum ArticleLine {
    static func text(_ article: ArticleSummary, counts: Bool = true) -> String {
        let date = article.published ?? "(no date)"
        let outlet = article.source.map { "  \($0)" } ?? ""
        let title = article.title.isEmpty ? article.id : article.title
        let tally = counts ? "  [\(article.entities) entities, \(article.relations) relations]" : ""
        return "\(date.padding(toLength: 10, withPad: " ", startingAt: 0))\(outlet)  \(title)\(tally)  \(article.url ?? article.path)"
    }
}
