/// Where the nodes and edges of an SVG diagram lead when clicked: Graphviz's `URL` attribute, so that a
/// reader walks the graph from a drawing (`mekong serve`'s ego diagram).
///
/// A node links to `entityPrefix`, its entity id and `entitySuffix`, an edge to `articlePrefix` followed by the
/// article of its first evidence sentence (an edge without evidence links nowhere). Ids are
/// percent-encoded, so a link never carries characters that a URL or Graphviz would read otherwise.
public struct DiagramLinks: Hashable, Sendable {
    /// What an entity's id is appended to, e.g. `/entity/`.
    public var entityPrefix: String
    /// What follows an entity's id, e.g. `/diagram`; often empty.
    public var entitySuffix: String
    /// What an article's id is appended to, e.g. `/article/`.
    public var articlePrefix: String

    /// Links to `entityPrefix` + entity id + `entitySuffix`, and `articlePrefix` + article id.
    public init(entityPrefix: String, entitySuffix: String = "", articlePrefix: String) {
        self.entityPrefix = entityPrefix
        self.entitySuffix = entitySuffix
        self.articlePrefix = articlePrefix
    }

    /// The link of an entity.
    func entity(_ id: String) -> String { entityPrefix + Self.encoded(id) + entitySuffix }

    /// The link of an article, at the anchor of one relation's sentence.
    func article(_ id: String, relation: String) -> String {
        articlePrefix + Self.encoded(id) + "#" + Self.encoded("r-" + relation)
    }

    /// `text` with every byte but ASCII letters, digits and `-._~:` percent-encoded (RFC 3986 unreserved,
    /// plus `:` which entity ids use): no `/`, `?`, `#`, `%`, quote or backslash survives.
    public static func encoded(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: ":"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                result.unicodeScalars.append("%")
                result.unicodeScalars.append(hex[Int(byte >> 4)])
                result.unicodeScalars.append(hex[Int(byte & 0xF)])
            }
        }
        return result
    }
}
