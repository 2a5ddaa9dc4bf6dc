import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads what the tests need out of Graphviz's SVG: node and edge groups, their texts and tooltips.
struct SVGInspector {
    /// One `<g class="node|edge|cluster">` group.
    struct Group {
        var kind: String
        var id: String
        /// The `<title>` Graphviz gives the group: the node name, `tail->head`, or the cluster name.
        var title: String
        /// The `<text>` contents in document order (one per label line).
        var texts: [String]
        /// `xlink:title` attributes inside the group: the tooltips.
        var tooltips: [String]
    }

    let document: XMLDocument
    let groups: [Group]

    /// Parses `bytes` as XML; throws when they are not well-formed.
    init(_ bytes: [UInt8]) throws {
        document = try XMLDocument(data: Data(bytes), options: [])
        var groups: [Group] = []
        if let root = document.rootElement() { Self.collect(root, into: &groups) }
        self.groups = groups
    }

    func group(id: String) -> Group? { groups.first { $0.id == id } }

    func groups(kind: String) -> [Group] { groups.filter { $0.kind == kind } }

    /// Every `<text>` in the document.
    var allTexts: [String] { Self.descendants(of: document.rootElement(), named: "text").map { $0.stringValue ?? "" } }

    private static func collect(_ element: XMLElement, into groups: inout [Group]) {
        if name(of: element) == "g", let kind = attribute("class", of: element),
            ["node", "edge", "cluster"].contains(kind)
        {
            groups.append(
                Group(
                    kind: kind, id: attribute("id", of: element) ?? "",
                    title: descendants(of: element, named: "title").first?.stringValue ?? "",
                    texts: descendants(of: element, named: "text").map { $0.stringValue ?? "" },
                    tooltips: descendants(of: element, named: "a").compactMap { attribute("xlink:title", of: $0) }))
        }
        for case let child as XMLElement in element.children ?? [] { collect(child, into: &groups) }
    }

    private static func descendants(of element: XMLElement?, named wanted: String) -> [XMLElement] {
        guard let element else { return [] }
        var found: [XMLElement] = []
        for case let child as XMLElement in element.children ?? [] {
            if name(of: child) == wanted { found.append(child) }
            found += descendants(of: child, named: wanted)
        }
        return found
    }

    /// The attribute's value. Looks through the list: on Linux `attribute(forName:)` finds nothing in
    /// a document with a default namespace.
    private static func attribute(_ wanted: String, of element: XMLElement) -> String? {
        element.attributes?.first { $0.name == wanted }?.stringValue
    }

    private static func name(of element: XMLElement) -> String { element.localName ?? element.name ?? "" }
}
