/// The headered layout: `# key = value` lines (`doc_id`, `url`, `date`, sometimes `title`), then the body,
/// which starts with the lead: these files have no headline line.
enum HeaderedLayout {
    /// Whether `line` is a `# key = value` header.
    static func isHeader(_ line: String) -> Bool {
        line.hasPrefix("#") && line.contains("=")
    }

    static func parse(_ lines: [String], profile: LanguageProfile) -> ArticleDraft {
        var draft = ArticleDraft(layout: .headered)
        var index = lines.startIndex
        while index < lines.endIndex, lines[index].isEmpty || isHeader(lines[index]) {
            if let (key, value) = header(lines[index]) {
                switch key {
                case "url", "link": draft.url = value
                case "date", "published": draft.published = PublishedDate.iso(from: value)
                case "title": draft.title = value
                case "source": draft.source = value
                case "author": draft.author = value
                default: break
                }
            }
            index += 1
        }
        if draft.title.isEmpty, let url = draft.url {
            draft.title = URLSlug.title(fromURL: url)
            draft.titleIsHeadline = false
        }
        let body = BodyCleaner(lines: Array(lines[index...]), cutsTrailerAtByline: false, profile: profile)
        draft.adopt(body)
        // The slug has lost its diacritics: when the text opens with the headline it names, that line is the
        // title; otherwise the slug's words take back the diacritics the text writes them with, and those it
        // cannot are marked. Either way the title is not added to the text, so the stored text and its offsets
        // do not change.
        if !draft.titleIsHeadline, let url = draft.url {
            let texts = draft.paragraphs.map(\.text)
            if let headline = URLSlug.headline(forURL: url, in: texts) {
                draft.title = headline
            } else if let restored = SlugTitleRestorer(paragraphs: texts).title(slugWords: URLSlug.words(fromURL: url)) {
                draft.title = restored
            }
        }
        // The outlet is the site the URL names, unless a byline credited an agency.
        if draft.source == nil, let url = draft.url { draft.source = URLSlug.host(ofURL: url) }
        return draft
    }

    private static func header(_ line: String) -> (String, String)? {
        let scalars = line.unicodeScalars
        guard let equals = scalars.firstIndex(of: "=") else { return nil }
        let key = Byline.trimmed(String(scalars[scalars.index(after: scalars.startIndex)..<equals])).lowercased()
        let value = Byline.trimmed(String(scalars[scalars.index(after: equals)...]))
        guard !key.isEmpty, !value.isEmpty else { return nil }
        return (key, value)
    }
}
