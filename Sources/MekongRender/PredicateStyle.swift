import MekongCore

/// How edges of one predicate look: colour (of the line and its label), line style and width.
///
/// The core predicates have fixed looks chosen to be told apart in print as well as on screen (the line
/// style differs where colours are close); any other predicate gets a colour picked from its name with a
/// stable hash, so it is the same on every run.
struct PredicateStyle: Hashable, Sendable {
    var color: String
    /// Graphviz's edge `style`: solid, dashed, dotted or bold.
    var line: String
    var penWidth: String

    init(color: String, line: String, penWidth: String = "1.2") {
        self.color = color
        self.line = line
        self.penWidth = penWidth
    }

    init(for predicate: Predicate) {
        switch predicate {
        case .holdsPosition: self.init(color: "#b45f06", line: "solid", penWidth: "1.6")
        case .partOf: self.init(color: "#1c5fa8", line: "solid")
        case .locatedIn: self.init(color: "#38761d", line: "dashed")
        case .issued: self.init(color: "#7f6000", line: "solid")
        case .implements: self.init(color: "#674ea7", line: "dashed")
        case .concerns: self.init(color: "#666666", line: "dotted")
        case .cooperatesWith: self.init(color: "#a64d79", line: "solid", penWidth: "1.6")
        case .metWith: self.init(color: "#cc0000", line: "dashed")
        case .signedWith: self.init(color: "#85200c", line: "bold")
        default:
            let palette = ["#134f5c", "#990000", "#0b5394", "#bf9000", "#351c75", "#274e13"]
            self.init(color: palette[Int(EntityStyle.fnv1a(predicate.rawValue) % UInt32(palette.count))], line: "solid")
        }
    }

    /// The edge attributes that draw this style, its label in the same colour.
    var attributes: [GraphvizGraph.Attribute] {
        [
            GraphvizGraph.Attribute("color", color), GraphvizGraph.Attribute("fontcolor", color),
            GraphvizGraph.Attribute("style", line), GraphvizGraph.Attribute("penwidth", penWidth),
        ]
    }
}
