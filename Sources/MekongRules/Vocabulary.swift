import MekongPluginAPI

/// Which entity types and predicates a rule pack may name, and what an id or capture name looks like.
enum Vocabulary {
    /// The types of `docs/schema.md`: the four core types and the welcome extra ones.
    static let knownTypes: [EntityType] = EntityType.core + [.event, .position, .date, .quantity]

    /// A known type, or a namespaced one: lower-case segments of letters, digits and `_`, joined by dots.
    static func isValidType(_ name: String) -> Bool {
        knownTypes.contains(EntityType(name)) || isNamespaced(name)
    }

    /// A core predicate, or a namespaced one.
    static func isValidPredicate(_ name: String) -> Bool {
        Predicate.core.contains(Predicate(name)) || isNamespaced(name)
    }

    /// `acme.product`: at least two segments of `[a-z0-9_-]`, the first starting with a letter.
    static func isNamespaced(_ name: String) -> Bool {
        let segments = name.split(separator: ".", omittingEmptySubsequences: false)
        guard segments.count >= 2, let first = name.unicodeScalars.first, ("a"..."z").contains(first) else {
            return false
        }
        return segments.allSatisfy { segment in
            !segment.isEmpty && segment.unicodeScalars.allSatisfy(isIDScalar)
        }
    }

    /// An extractor id: lower-case letters, digits, `.`, `_` and `-`, starting with a letter (`acme.cooperation`).
    static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return id.unicodeScalars.allSatisfy { isIDScalar($0) || $0 == "." } && !id.hasSuffix(".")
    }

    /// A pattern id: letters, digits, `.`, `_` and `-` (`phoi-hop`).
    static func isValidPatternID(_ id: String) -> Bool {
        !id.isEmpty
            && id.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)
            }
    }

    /// A capture name: an ASCII letter, then ASCII letters and digits (what NSRegularExpression accepts
    /// as a group name, so that one name works in both kinds of pattern).
    static func isValidCaptureName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return false }
        return name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
    }

    private static func isIDScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-"
    }
}
