import MekongPluginAPI

extension Document {
    /// The document a request describes, as the exported extractor sees it.
    ///
    /// What the wire does not carry is rebuilt or left empty: tokens come from ``RequestTokenizer``; a first
    /// paragraph whose text is the title has the role `.title` and every other paragraph `.body`; the
    /// article's `sha256`, `url` and `author` are empty; earlier relations have no extractor id.
    init(request: WireMessages.Request) {
        let article = Article(
            id: request.article.id, title: request.article.title, path: request.article.path,
            source: request.article.source, published: request.article.published, sha256: "", text: request.text)
        let scalars = Array(request.text.unicodeScalars)
        let tokens = RequestTokenizer().tokens(in: scalars)
        let paragraphs = request.paragraphs.enumerated().map { index, wire in
            let span = wire.textSpan
            let isTitle = index == 0 && Self.text(of: span, in: scalars) == request.article.title
            return Paragraph(span: span, role: isTitle ? .title : .body)
        }
        let sentences = request.sentences.map { wire in
            let span = wire.textSpan
            let first = Self.firstToken(startingAtOrAfter: span.start, in: tokens)
            let past = max(first, Self.firstToken(startingAtOrAfter: span.end, in: tokens))
            let paragraph = paragraphs.lastIndex { $0.span.start <= span.start } ?? 0
            return Sentence(span: span, tokens: first..<past, paragraph: paragraph)
        }
        let mentions = request.mentions.map { wire in
            let span = TextSpan(start: wire.start, end: wire.end)
            let text = wire.text ?? Self.text(of: span, in: scalars)
            return EntityMention(
                type: EntityType(wire.type), span: span, text: text, canonicalName: wire.canonicalName ?? text,
                aliases: wire.aliases ?? [], attributes: wire.attributes ?? [:], confidence: wire.confidence ?? 0.8,
                extractor: wire.extractor ?? "", rule: wire.rule)
        }
        let relations = request.relations.map { wire in
            RelationCandidate(
                subject: wire.subject.reference, predicate: Predicate(wire.predicate), object: wire.object.reference,
                attributes: wire.attributes ?? [:], evidence: wire.evidence?.textSpan ?? TextSpan(start: 0, end: 0),
                confidence: wire.confidence ?? 0.8, rule: wire.rule)
        }
        self.init(
            article: article, paragraphs: paragraphs, sentences: sentences, tokens: tokens, mentions: mentions,
            relations: relations)
    }

    /// The text of `span`, clamped to the text.
    private static func text(of span: TextSpan, in scalars: [Unicode.Scalar]) -> String {
        let start = max(0, min(span.start, scalars.count))
        let end = max(start, min(span.end, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    /// The index of the first token that starts at or after `offset`, by binary search.
    private static func firstToken(startingAtOrAfter offset: Int, in tokens: [Token]) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].span.start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
