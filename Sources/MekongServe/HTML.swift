/// HTML text: the one escaping function every page goes through, and the page shell.
enum HTML {
    /// `text` safe inside an element or a quoted attribute: `&`, `<`, `>`, `"` and `'` become character
    /// references, and control characters (but tab and line breaks) are dropped. Everything that comes from
    /// the store or the request passes through here.
    static func escape(_ text: some StringProtocol) -> String {
        // Byte by byte over the UTF-8: an entity page escapes some 100 KB of text, and asking each scalar for
        // its general category took an eighth of the page's time. Control characters are C0 and DEL (one byte)
        // and C1 (U+0080–U+009F: 0xC2 then 0x80–0x9F).
        let utf8 = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count + 16)
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            index += 1
            switch byte {
            case UInt8(ascii: "&"): result.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): result.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): result.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): result.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): result.append(contentsOf: "&#39;".utf8)
            case 0x09, 0x0A, 0x0D: result.append(byte)
            case 0x00..<0x20, 0x7F: continue
            case 0xC2 where index < utf8.count && (0x80...0x9F).contains(utf8[index]): index += 1
            default: result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
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
