import Foundation

/// Why a graph could not be rendered.
///
/// The messages carry Graphviz's own explanation when it gave one.
public enum RenderError: Error, Hashable, Sendable, LocalizedError {
    /// Graphviz could not create its context (its plugins or their configuration are missing).
    case graphvizUnavailable(message: String)
    /// Graphviz refused to build the graph (a node, edge, subgraph or attribute could not be created).
    case graphConstructionFailed(message: String)
    /// The layout engine failed.
    case layoutFailed(engine: String, message: String)
    /// Rendering the laid-out graph into the format failed.
    case renderFailed(format: String, message: String)

    /// One line for the user, with Graphviz's message when there is one.
    public var errorDescription: String? {
        switch self {
        case .graphvizUnavailable(let message):
            "Graphviz is not usable (is libgraphviz installed and `dot -c` run?)" + Self.detail(message)
        case .graphConstructionFailed(let message):
            "Graphviz could not build the graph" + Self.detail(message)
        case .layoutFailed(let engine, let message):
            "Graphviz layout \"\(engine)\" failed" + Self.detail(message)
        case .renderFailed(let format, let message):
            "Graphviz could not render \"\(format)\"" + Self.detail(message)
        }
    }

    private static func detail(_ message: String) -> String { message.isEmpty ? "." : ": \(message)" }
}
