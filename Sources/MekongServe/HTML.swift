/// HTML text: the one escaping function every page goes through, and the page shell.
enum HTML {
    /// `text` safe inside an element or a quoted attribute: `&`, `<`, `>`, `"` and `'` become character
    /// references, and control characters (but tab and line breaks) are dropped. Everything that comes from
    /// the store or the request passes through here.
    static func escape(_ text: some StringProtocol) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.properties.generalCategory == .control { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A whole page: `title` (escaped here) and `body` (already HTML), with the stylesheet, the search box
    /// (its current text `search`) and the script of search-as-you-type, both served by the binary.
    static func page(title: String, search: String = "", body: String) -> String {
        """
        <!doctype html>
        <html lang="vi">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title)) · Mekong</title>
        <link rel="stylesheet" href="/assets/style.css">
        <script src="/assets/search.js" defer></script>
        </head>
        <body>
        <header>
        <a class="brand" href="/">Mekong</a>
        <form class="search" action="/search" method="get" role="search">
        <input id="search" name="q" type="search" value="\(escape(search))" placeholder="Search entities (diacritics optional)…" autocomplete="off" aria-label="Search entities">
        <ul id="suggestions" aria-live="polite"></ul>
        </form>
        <nav><a href="/articles">Articles</a> <a href="/query">Query</a> <a href="/api">API</a></nav>
        </header>
        <main>
        \(body)
        </main>
        </body>
        </html>

        """
    }

    /// A link to an entity's page.
    static func entityLink(id: String, name: String) -> String {
        "<a class=\"entity\" href=\"\(escape(Paths.entity(id)))\">\(escape(name))</a>"
    }
}
