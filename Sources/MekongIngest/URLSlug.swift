import Foundation

/// Reads what an article URL says: its host and, from the slug, a readable title.
enum URLSlug {
    /// "https://www.dantri.com.vn/xa-hoi/…" → "dantri.com.vn"; nil when there is no host.
    static func host(ofURL url: String) -> String? {
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        guard host.contains(".") else { return nil }
        return String(host.hasPrefix("www.") ? host.dropFirst(4) : host).lowercased()
    }

    /// "…/ha-noi-den-nam-2025-bi-thu-cap-huyen-20210429115108027.htm" → "Ha noi den nam 2025 bi thu cap huyen":
    /// dashes become spaces, the extension and a trailing numeric id (six digits or more) go. The slug has
    /// no diacritics, so the result is for display only.
    static func title(fromURL url: String) -> String {
        var path = Substring(url)
        if let query = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<query] }
        while path.hasSuffix("/") { path = path.dropLast() }
        guard let slash = path.lastIndex(of: "/") else { return "" }
        var slug = path[path.index(after: slash)...]
        if let dot = slug.lastIndex(of: "."), slug[dot...].count <= 6 { slug = slug[..<dot] }
        var words = slug.split(separator: "-")
        if let last = words.last, last.count >= 6, last.allSatisfy(\.isNumber) { words.removeLast() }
        guard let first = words.first else { return "" }
        words[0] = Substring(first.prefix(1).uppercased() + first.dropFirst())
        return words.joined(separator: " ")
    }
}
