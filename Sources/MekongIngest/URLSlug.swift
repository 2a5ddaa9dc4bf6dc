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
    /// the ``words(fromURL:)`` joined by spaces, the first capitalized. The slug has no diacritics, so the
    /// result is for display only, and only where the text cannot give them back (``SlugTitleRestorer``).
    static func title(fromURL url: String) -> String {
        var words = words(fromURL: url)
        guard let first = words.first else { return "" }
        words[0] = first.prefix(1).uppercased() + first.dropFirst()
        return words.joined(separator: " ")
    }

    /// The words of the URL's last path segment: split at dashes, without the extension and a trailing
    /// numeric id (six digits or more); empty when the URL has no path.
    static func words(fromURL url: String) -> [String] {
        var path = Substring(url)
        if let query = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<query] }
        while path.hasSuffix("/") { path = path.dropLast() }
        guard let slash = path.lastIndex(of: "/") else { return [] }
        var slug = path[path.index(after: slash)...]
        if let dot = slug.lastIndex(of: "."), slug[dot...].count <= 6 { slug = slug[..<dot] }
        var words = slug.split(separator: "-").map(String.init)
        if let last = words.last, last.count >= 6, last.allSatisfy(\.isNumber) { words.removeLast() }
        return words
    }

    /// The first of the first `within` lines that says what the URL's slug says, with its diacritics: the real
    /// headline, when the text carries it ("TPHCM sẽ có 19 quận, 259 phường không tổ chức HĐND" for
    /// `…/tphcm-se-co-19-quan-259-phuong-khong-to-chuc-hdnd-2021….htm`); nil when no line does.
    ///
    /// Letters and digits are compared without case, tone marks or diacritics (đ as d), ignoring everything
    /// else, so that "0h ngày 30/4" matches `0-h-ngay-304`. A slug of fewer than 12 of them matches nothing.
    static func headline(forURL url: String, in lines: some Sequence<String>, within: Int = 3) -> String? {
        let slug = letters(of: title(fromURL: url))
        guard slug.count >= 12 else { return nil }
        return lines.prefix(within).first { letters(of: $0) == slug }
    }

    /// The letters and digits of `text`, lower-case, without diacritics (đ as d).
    private static func letters(of text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar == "đ" {
                out.append("d")
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil,
                scalar.properties.generalCategory != .nonspacingMark
            {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
