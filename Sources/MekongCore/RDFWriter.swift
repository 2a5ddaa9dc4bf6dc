import Foundation

/// Writes the graph as RDF, in Turtle or N-Triples (`docs/export-format.md`): articles as `schema:NewsArticle`,
/// entities as `mekong:Entity` (and `schema:Organization`, `schema:Person`, `schema:Place`,
/// `schema:Legislation` for the core types), each relation both as a direct triple `subject mekong:PREDICATE
/// object` and as a `mekong:Relation` resource (a reified statement) that carries its attributes and its
/// evidence, each piece a `prov:Entity` quoted from its article and attributed to its extractor.
///
/// Every string is a literal escaped for both syntaxes; the same store gives the same bytes.
public struct RDFWriter: GraphStreamWriter {
    /// The RDF syntax written.
    public enum Syntax: Sendable {
        /// Turtle: prefixes, and the triples of one subject grouped.
        case turtle
        /// N-Triples: one triple per line, every IRI in full.
        case nTriples
    }

    private typealias V = RDFVocabulary
    private let syntax: Syntax
    private var output: ChunkedOutput
    private var started = false
    /// Extractors described so far (as `prov:SoftwareAgent`): there are few, and each is described once.
    private var extractors: Set<String> = []

    /// A writer of `syntax` that hands its output to `write`.
    public init(syntax: Syntax, write: @escaping (Data) throws -> Void) {
        self.syntax = syntax
        output = ChunkedOutput(write: write)
    }

    /// Adds an article as a `schema:NewsArticle`.
    public mutating func article(_ record: GraphExport.ArticleRecord) throws {
        var facts: [(RDFTerm, RDFTerm)] = [
            (Self.type, .iri(V.schema + "NewsArticle")), (.iri(V.schema + "headline"), .literal(record.title)),
        ]
        if let url = record.url { facts.append((.iri(V.schema + "url"), .literal(url, datatype: V.xsd + "anyURI"))) }
        if let source = record.source { facts.append((.iri(V.schema + "publisher"), .literal(source))) }
        if let author = record.author { facts.append((.iri(V.schema + "author"), .literal(author))) }
        if let published = record.published { facts.append((.iri(V.schema + "datePublished"), .literal(published))) }
        if let origin = record.publishedFrom { facts.append((V.term("publishedFrom"), .literal(origin.rawValue))) }
        facts.append((V.term("path"), .literal(record.path)))
        facts.append((V.term("sha256"), .literal(record.sha256)))
        try describe(V.resource("article", record.id), facts)
    }

    /// Adds an entity as a `mekong:Entity`, with its names, attributes and the articles that mention it.
    public mutating func entity(_ entity: Entity) throws {
        var facts: [(RDFTerm, RDFTerm)] = [(Self.type, V.term("Entity"))]
        if let schemaClass = V.schemaClass(of: entity.type) { facts.append((Self.type, schemaClass)) }
        facts.append((V.term("type"), .literal(entity.type.rawValue)))
        facts.append((.iri(V.schema + "name"), .literal(entity.name)))
        for alias in entity.aliases { facts.append((.iri(V.schema + "alternateName"), .literal(alias))) }
        for (key, value) in entity.attributes.sorted(by: { $0.key < $1.key }) {
            facts.append((V.term("attribute_" + key), .literal(value)))
        }
        var articles: [String] = []
        for mention in entity.mentions where !articles.contains(mention.article) { articles.append(mention.article) }
        for article in articles.sorted() { facts.append((V.term("mentionedIn"), V.resource("article", article))) }
        try describe(V.resource("entity", entity.id), facts)
    }

    /// Adds a relation: the direct triple, the reified `mekong:Relation` and its evidence.
    public mutating func relation(_ relation: Relation) throws {
        let resource = V.resource("relation", relation.id)
        let predicate = V.term(relation.predicate.rawValue)
        try describe(V.resource("entity", relation.subject), [(predicate, V.resource("entity", relation.object))])
        var facts: [(RDFTerm, RDFTerm)] = [
            (Self.type, V.term("Relation")), (Self.type, .iri(V.prov + "Entity")),
            (.iri(V.rdf + "subject"), V.resource("entity", relation.subject)), (.iri(V.rdf + "predicate"), predicate),
            (.iri(V.rdf + "object"), V.resource("entity", relation.object)),
        ]
        for (key, value) in relation.attributes.sorted(by: { $0.key < $1.key }) {
            facts.append((V.term("attribute_" + key), .literal(value)))
        }
        let pieces = relation.evidence.indices.map { V.resource("evidence", "\(relation.id):\($0 + 1)") }
        for piece in pieces { facts.append((.iri(V.prov + "wasDerivedFrom"), piece)) }
        try describe(resource, facts)
        for (piece, evidence) in zip(pieces, relation.evidence) {
            let agent = V.resource("extractor", evidence.extractor)
            var facts: [(RDFTerm, RDFTerm)] = [
                (Self.type, V.term("Evidence")), (Self.type, .iri(V.prov + "Entity")),
                (.iri(V.prov + "value"), .literal(evidence.text)),
                (.iri(V.prov + "wasQuotedFrom"), V.resource("article", evidence.article)),
                (V.term("start"), .literal(String(evidence.start), datatype: V.xsd + "integer")),
                (V.term("end"), .literal(String(evidence.end), datatype: V.xsd + "integer")),
                (.iri(V.prov + "wasAttributedTo"), agent),
            ]
            if let rule = evidence.rule { facts.append((V.term("rule"), .literal(rule))) }
            facts.append((V.term("confidence"), .literal(ExportAttributes.number(evidence.confidence), datatype: V.xsd + "double")))
            // What this report says of the post's time, named as the relation's attributes are.
            for (key, value) in evidence.attributes.sorted(by: { $0.key < $1.key }) {
                facts.append((V.term("attribute_" + key), .literal(value)))
            }
            try describe(piece, facts)
            if extractors.insert(evidence.extractor).inserted {
                try describe(agent, [
                    (Self.type, .iri(V.prov + "SoftwareAgent")), (.iri(V.schema + "name"), .literal(evidence.extractor)),
                ])
            }
        }
    }

    /// Flushes the output.
    public mutating func finish() throws {
        try start()
        try output.flush()
    }

    private static let type = RDFTerm.iri(RDFVocabulary.rdf + "type")

    /// Writes the triples of one subject: one line each in N-Triples, one group in Turtle.
    private mutating func describe(_ subject: RDFTerm, _ facts: [(RDFTerm, RDFTerm)]) throws {
        try start()
        switch syntax {
        case .nTriples:
            for (predicate, object) in facts {
                try output.append("\(subject.nTriples) \(predicate.nTriples) \(object.nTriples) .\n")
            }
        case .turtle:
            let lines = facts.map { "\($0.0.turtle(asPredicate: true)) \($0.1.turtle())" }
            try output.append(subject.turtle() + " " + lines.joined(separator: " ;\n    ") + " .\n")
        }
    }

    /// The prefixes of the Turtle output, once.
    private mutating func start() throws {
        guard !started else { return }
        started = true
        guard syntax == .turtle else { return }
        let prefixes = RDFTerm.prefixes.map { "@prefix \($0.prefix): <\($0.namespace)> .\n" }
        try output.append(prefixes.joined() + "\n")
    }
}
