/// Builds the stable ids of entities and relations: the same input gives the same id on every run.
public enum StableID {
    /// The id of an entity of `type` whose canonical name is `name`: `org:slug-1a2b3c4d`.
    ///
    /// The slug keeps ids readable; the hash of the name's key keeps names that fold to the same slug apart.
    public static func entity(type: EntityType, name: String) -> String {
        let key = NameNormalizer.key(name)
        var slug = String(NameNormalizer.slug(name).prefix(60))
        while slug.hasSuffix("-") { slug.removeLast() }
        return "\(type.idPrefix):\(slug)-\(hex(fnv1a(type.rawValue + "\u{1F}" + key)))"
    }

    /// The id of a relation. Symmetric predicates sort their ends so either direction gives one id;
    /// identifying attributes (a `holds_position` title) are part of it.
    public static func relation(subject: String, predicate: Predicate, object: String, attributes: [String: String])
        -> String
    {
        var ends = [subject, object]
        if predicate.isSymmetric { ends.sort() }
        var material = "\(ends[0])\u{1F}\(predicate.rawValue)\u{1F}\(ends[1])"
        for name in predicate.identifyingAttributes {
            material += "\u{1F}" + NameNormalizer.key(attributes[name] ?? "")
        }
        return "r:" + hex(fnv1a(material)) + hex(fnv1a(reversed(material)))
    }

    /// The text's characters in reverse order. ASCII without a carriage return reverses byte by byte: each of its
    /// characters is one byte, which spares finding the character boundaries of every relation's material.
    static func reversed(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return String(text.reversed()) }
        return String(decoding: bytes.reversed(), as: UTF8.self)
    }

    /// An article id from its path or content: 12 hex digits.
    public static func article(_ material: String) -> String {
        String((hex(fnv1a(material)) + hex(fnv1a("a" + material))).prefix(12))
    }

    /// FNV-1a, 32 bits, over the UTF-8 bytes: stable across runs and platforms (unlike `Hasher`).
    static func fnv1a(_ text: String) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        return hash
    }

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
