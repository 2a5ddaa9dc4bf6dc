/// The file format a rendered graph comes out in.
///
/// The raw values are what the command line accepts (`--format svg`) and double as file extensions.
public enum RenderFormat: String, CaseIterable, Codable, Hashable, Sendable {
    /// Scalable vector graphics, UTF-8 XML, with tooltips carrying evidence sentences and aliases.
    case svg
    /// A raster image (rendered by cairo).
    case png
    /// A vector document (rendered by cairo).
    case pdf
    /// The graph in the DOT language, before layout: deterministic for the same input, so golden files
    /// can compare it, and renderable later with Graphviz (the layout engine is named in the `layout`
    /// graph attribute).
    case dot

    /// What Graphviz must produce for this format.
    func graphvizOutput(layout: GraphLayout) -> GraphvizSession.Output {
        switch self {
        case .svg, .png, .pdf: .rendered(engine: layout.rawValue, format: rawValue)
        // The graph as built: layout positions would make the text differ between Graphviz builds.
        case .dot: .source
        }
    }
}
