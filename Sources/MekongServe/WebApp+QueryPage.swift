import Foundation
import MekongKit

extension WebApp {
    /// A pattern query (docs/query-language.md) and its answer as a table; a query that does not parse or check
    /// is a 400 page that shows where and why.
    func queryPage(_ fields: FormFields) -> Answer {
        let text = fields["q"] ?? ""
        let example = "MATCH (p:person)-[r:holds_position]->(o) RETURN p.name, r.title, o.name LIMIT 20"
        let form = """
            <h1>Pattern query</h1>
            <form class="query" action="/query" method="get">
            <textarea id="query" name="q" rows="5" placeholder="\(HTML.escape(example))">\(HTML.escape(text))</textarea>
            <p><button type="submit" id="run-query">Run</button> · the language: a subset of openCypher with fold() for \
            names without case or diacritics (docs/query-language.md).</p>
            </form>

            """
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return .html(HTML.page(title: "Query", body: form + "<p class=\"muted\">For example: <code>\(HTML.escape(example))</code></p>"))
        }
        do {
            let query = try PatternQuery.parse(text)
            let result = try store.query(query)
            let shown = result.rows.prefix(Self.queryRowsShown)
            var table = "<p class=\"muted\">\(result.rows.count) row(s)"
                + (shown.count < result.rows.count ? "; the first \(shown.count) are shown (the API returns all)" : "") + ".</p>\n"
            table += "<table class=\"query-result\" id=\"query-result\">\n<tr>"
                + result.columns.map { "<th>\(HTML.escape($0))</th>" }.joined() + "</tr>\n"
            for row in shown {
                table += "<tr>" + row.map { value in
                    if case .null = value { return "<td class=\"muted\">null</td>" }
                    return "<td>\(HTML.escape(value.description))</td>"
                }.joined() + "</tr>\n"
            }
            table += "</table>\n"
            return .html(HTML.page(title: "Query", body: form + table))
        } catch let error as PatternQueryError {
            let message = "\(error.localizedDescription)\n\(error.excerpt(of: text))"
            return .html(HTML.page(title: "Query error", body: form + "<p class=\"error\" id=\"query-error\">\(HTML.escape(message))</p>"), status: 400)
        } catch {
            return Self.storeFailure(error, api: false)
        }
    }
}
