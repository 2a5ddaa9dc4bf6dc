import MekongCore

/// How nodes of one entity type look: a Graphviz shape and fill colour.
///
/// The core types have fixed looks; any other type (a plugin's `acme.product`) gets a diamond whose
/// colour is picked from its name with a stable hash, so it is the same on every run.
struct EntityStyle: Hashable, Sendable {
    var shape: String
    var fillColor: String

    init(shape: String, fillColor: String) {
        self.shape = shape
        self.fillColor = fillColor
    }

    init(for type: EntityType) {
        switch type {
        case .organization: self.init(shape: "box", fillColor: "#cfe2f3")
        case .person: self.init(shape: "ellipse", fillColor: "#fce5cd")
        case .place: self.init(shape: "hexagon", fillColor: "#d9ead3")
        case .document: self.init(shape: "note", fillColor: "#fff2cc")
        case .event: self.init(shape: "diamond", fillColor: "#ead1dc")
        case .position: self.init(shape: "octagon", fillColor: "#d9d2e9")
        default:
            let palette = ["#f4cccc", "#d0e0e3", "#e6e6e6", "#c9daf8", "#ffe599", "#b6d7a8"]
            self.init(shape: "diamond", fillColor: palette[Int(Self.fnv1a(type.rawValue) % UInt32(palette.count))])
        }
    }

    /// FNV-1a over UTF-8: stable across runs, unlike `Hasher`.
    static func fnv1a(_ text: String) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        return hash
    }
}
