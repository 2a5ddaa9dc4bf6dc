/// The crawler layout: `Key: value` header lines, then `Content:` with the whole body on one line.
enum CrawlerLayout {
    /// The header keys, lower case, as the crawler writes them.
    static let keys: Set<String> = [
        "title", "source", "link", "url", "published date", "published", "date", "author", "tags", "summary",
        "content",
    ]

    /// Whether `lines` start like a crawler file: a `Title:` line and, later, a `Content:` line.
    static func matches(_ lines: [String]) -> Bool {
        guard let first = lines.first(where: { !$0.isEmpty }), header(first)?.key == "title" else { return false }
        return lines.contains { $0.hasPrefix("Content:") || $0.hasPrefix("content:") }
    }

    static func parse(_ lines: [String], profile: LanguageProfile) -> ArticleDraft {
        var draft = ArticleDraft(layout: .crawler)
        var content: [String] = []
        var inContent = false
        for line in lines {
            if inContent {
                content.append(line)
                continue
            }
            guard let (key, value) = header(line) else { continue }
            switch key {
            case "title": draft.title = value
            case "source": draft.source = meaningful(value)
            case "link", "url": draft.url = meaningful(value)
            case "published date", "published", "date":
                draft.published = meaningful(value).flatMap(PublishedDate.iso(from:))
            case "author": draft.author = meaningful(value)
            case "content":
                inContent = true
                content.append(value)
            default: break
            }
        }
        draft.title = cleanTitle(draft.title, source: draft.source)
        if draft.source == nil, let url = draft.url { draft.source = URLSlug.host(ofURL: url) }
        var paragraphs = content.filter { !$0.isEmpty }.map { GluedSentences.repair($0, abbreviations: profile.abbreviations) }
        if !paragraphs.isEmpty {
            paragraphs[0] = stripMasthead(paragraphs[0], mastheads: profile.mastheads)
            paragraphs[paragraphs.count - 1] = stripFooter(paragraphs[paragraphs.count - 1])
        }
        draft.adopt(BodyCleaner(lines: paragraphs, cutsTrailerAtByline: false, profile: profile))
        return draft
    }

    /// `Key: value` with a known key; the value may be empty.
    private static func header(_ line: String) -> (key: String, value: String)? {
        let scalars = line.unicodeScalars
        guard let colon = scalars.firstIndex(of: ":"), scalars.distance(from: scalars.startIndex, to: colon) <= 16
        else { return nil }
        let key = String(scalars[..<colon]).lowercased()
        guard keys.contains(key) else { return nil }
        return (key, Byline.trimmed(String(scalars[scalars.index(after: colon)...])))
    }

    /// Nil for the crawler's placeholders.
    private static func meaningful(_ value: String) -> String? {
        switch value.lowercased() {
        case "", "n/a", "na", "none", "null", "unknown", "-": nil
        default: value
        }
    }

    /// Drops the " ..." that marks a title truncated by a search result, and a " - Outlet" suffix.
    static func cleanTitle(_ title: String, source: String?) -> String {
        var title = title
        for marker in [" ...", "...", " …", "…"] where title.hasSuffix(marker) {
            title = Byline.trimmed(String(title.unicodeScalars.dropLast(marker.unicodeScalars.count)))
            break
        }
        if let source, !source.isEmpty, title.hasSuffix(" - " + source) {
            title = String(title.unicodeScalars.dropLast(source.unicodeScalars.count + 3))
        }
        return title
    }

    /// The content without the site chrome (menus, mastheads: the profile's, lower case) a crawler kept at its start.
    private static func stripMasthead(_ text: String, mastheads: [String]) -> String {
        var text = text
        var stripped = true
        while stripped {
            stripped = false
            for masthead in mastheads {
                let length = masthead.unicodeScalars.count
                let scalars = text.unicodeScalars
                guard !text.hasScalarCount(atMost: length),
                    String(scalars.prefix(length)).lowercased() == masthead
                else { continue }
                text = Byline.trimmed(String(scalars.dropFirst(length)))
                stripped = true
            }
        }
        return text
    }

    /// Cuts the copyright footer ("© BÁO ĐIỆN TỬ CỦA CHÍNH PHỦ … Bản quyền thuộc …") from the last paragraph.
    private static func stripFooter(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let copyright = scalars.lastIndex(of: "©") else { return text }
        let before = scalars.distance(from: scalars.startIndex, to: copyright)
        guard before * 2 >= scalars.count else { return text }
        return Byline.trimmed(String(scalars[..<copyright]))
    }
}
