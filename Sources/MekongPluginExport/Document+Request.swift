import MekongPluginAPI

extension Document {
    /// The document a request describes, as the exported extractor sees it.
    ///
    /// Tokens, paragraphs and their roles come from the request as ingest made them; the article's
    /// `sha256`, `url` and `author` are empty; earlier relations have no extractor id.
    init(request: WireMessages.Request) {
        let article = Article(
            id: request.article.id, title: request.article.title, path: request.article.path,
            source: request.article.source, published: request.article.published, sha256: "", text: request.text)
        let scalars = Array(request.text.unicodeScalars)
        let tokens = (request.tokens ?? []).map { $0.token(in: scalars) }
        let roles = request.paragraphRoles ?? []
        let paragraphs = request.paragraphs.enumerated().map { index, wire in
            Paragraph(span: wire.textSpan, role: roles.indices.contains(index) ? Paragraph.Role(rawValue: roles[index]) ?? .body : .body)
        }
        self.init(article: article, paragraphs: paragraphs, sentences: [], tokens: tokens)
        let document = self
        sentences = request.sentences.map { wire in
            let span = wire.textSpan
            let first = document.tokenIndex(atOrAfter: span.start)
            let past = max(first, document.tokenIndex(atOrAfter: span.end))
            let paragraph = paragraphs.lastIndex { $0.span.start <= span.start } ?? 0
            return Sentence(span: span, tokens: first..<past, paragraph: paragraph)
        }
        mentions = request.mentions.map { wire in
            let span = TextSpan(start: wire.start, end: wire.end)
            let text = wire.text ?? document.text(span)
            return EntityMention(
                type: EntityType(wire.type), span: span, text: text, canonicalName: wire.canonicalName ?? text,
                aliases: wire.aliases ?? [], attributes: wire.attributes ?? [:], confidence: wire.confidence ?? 0.8,
                extractor: wire.extractor ?? "", rule: wire.rule)
        }
        relations = request.relations.map { wire in
            RelationCandidate(
                subject: wire.subject.reference, predicate: Predicate(wire.predicate), object: wire.object.reference,
                attributes: wire.attributes ?? [:], evidence: wire.evidence?.textSpan ?? TextSpan(start: 0, end: 0),
                confidence: wire.confidence ?? 0.8, rule: wire.rule)
        }
    }
}
