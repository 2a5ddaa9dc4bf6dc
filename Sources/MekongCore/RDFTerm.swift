/// A node of an RDF triple as the RDF export writes it: an IRI or a literal, with its escaping for Turtle and
/// N-Triples.
enum RDFTerm: Equatable {
    /// An absolute IRI.
    case iri(String)
    /// A literal: a plain string, or a value of an XML Schema datatype (an IRI).
    case literal(String, datatype: String? = nil)

    /// The namespaces the Turtle output abbreviates, by prefix.
    static let prefixes: [(prefix: String, namespace: String)] = [
        ("mekong", RDFVocabulary.mekong), ("prov", RDFVocabulary.prov), ("rdf", RDFVocabulary.rdf),
        ("schema", RDFVocabulary.schema), ("xsd", RDFVocabulary.xsd),
    ]

    /// The term in N-Triples: `<iri>`, `"text"` or `"text"^^<datatype>`.
    var nTriples: String {
        switch self {
        case .iri(let iri): "<\(iri)>"
        case .literal(let text, nil): Self.quoted(text)
        case .literal(let text, let datatype?): Self.quoted(text) + "^^<\(datatype)>"
        }
    }

    /// The term in Turtle: like ``nTriples`` but with a known namespace written as its prefix when the rest of
    /// the IRI is a plain local name, and `a` for `rdf:type` in the predicate position.
    func turtle(asPredicate: Bool = false) -> String {
        switch self {
        case .iri(let iri):
            if asPredicate && iri == RDFVocabulary.rdf + "type" { return "a" }
            return Self.abbreviated(iri) ?? "<\(iri)>"
        case .literal(let text, nil): return Self.quoted(text)
        case .literal(let text, let datatype?): return Self.quoted(text) + "^^" + (Self.abbreviated(datatype) ?? "<\(datatype)>")
        }
    }

    private static func abbreviated(_ iri: String) -> String? {
        for (prefix, namespace) in prefixes where iri.hasPrefix(namespace) {
            let local = iri.dropFirst(namespace.count)
            // A local name of letters, digits, `_` and inner `-`: valid in Turtle without escapes.
            guard let first = local.unicodeScalars.first, isLetter(first) || first == "_",
                local.unicodeScalars.allSatisfy({ isLetter($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }),
                local.last != "-"
            else { continue }
            return "\(prefix):\(local)"
        }
        return nil
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    /// A string literal in double quotes (``QuotedString``): Vietnamese letters as they are, in UTF-8.
    static func quoted(_ text: String) -> String { QuotedString.quoted(text) }
}
