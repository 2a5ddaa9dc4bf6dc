/// The vocabularies of the RDF export (`docs/export-format.md`): schema.org for articles and entities,
/// PROV-O for evidence, and Mekong's own namespace for its predicates and what the others do not say.
enum RDFVocabulary {
    /// Mekong's namespace: a URN, a name rather than a web address (nothing is served there).
    static let mekong = "urn:mekong:vocab#"
    /// W3C PROV-O.
    static let prov = "http://www.w3.org/ns/prov#"
    /// RDF itself (`rdf:type`, and `rdf:subject`/`rdf:predicate`/`rdf:object` of a reified statement).
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    /// schema.org.
    static let schema = "https://schema.org/"
    /// XML Schema datatypes.
    static let xsd = "http://www.w3.org/2001/XMLSchema#"

    /// The resource of a Mekong id: `urn:mekong:KIND:ID`, with every character outside ASCII letters, digits
    /// and `-._~:` percent-encoded (UTF-8), so that any id makes a valid IRI.
    static func resource(_ kind: String, _ id: String) -> RDFTerm {
        .iri("urn:mekong:\(kind):" + percentEncoded(id))
    }

    /// A term of Mekong's vocabulary (a predicate such as `holds_position`, or a class), percent-encoded like
    /// ``resource(_:_:)``.
    static func term(_ name: String) -> RDFTerm {
        .iri(mekong + percentEncoded(name))
    }

    /// The schema.org class of a core entity type, or nil for a type schema.org has no class for.
    static func schemaClass(of type: EntityType) -> RDFTerm? {
        switch type {
        case .organization: .iri(schema + "Organization")
        case .person: .iri(schema + "Person")
        case .place: .iri(schema + "Place")
        case .document: .iri(schema + "Legislation")
        default: nil
        }
    }

    private static func percentEncoded(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            let scalar = Unicode.Scalar(byte)
            if ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || "-._~:".unicodeScalars.contains(scalar)
            {
                result.unicodeScalars.append(scalar)
            } else {
                result += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return result
    }
}
