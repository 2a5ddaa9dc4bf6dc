import ArgumentParser
import Foundation
import MekongKit

extension RenderFormat: ExpressibleByArgument {}
extension GraphLayout: ExpressibleByArgument {}
extension DiagramLanguage: ExpressibleByArgument {}
extension DiagramClustering: ExpressibleByArgument {}

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render", abstract: "Draw the graph (or a part of it) through Graphviz.",
        discussion: """
            Each entity type has its own shape and colour, each predicate its own edge colour and line; the legend \
            beside the drawing (never over it) explains both. Edges are labelled with the predicate in Vietnamese \
            (--labels en for English) and its date as people write it (23/6/2021); a holds_position edge shows the \
            post's title alone. Past 120 relations the labels move into the tooltips. In SVG every edge's tooltip \
            is its evidence sentence. Formats: svg, png, pdf, dot. Layouts: dot, neato, fdp, sfdp, circo, twopi; \
            without --layout, dot draws up to 40 entities and sfdp (with overlap removal) anything larger.

            Entities that no drawn relation touches are left out unless --isolated. A large graph is summarized: \
            only --max-nodes entities are drawn (those with the most relations; around --focus, the nearest to \
            it first), with the relations between them, and a caption says what was left out. The focus entity \
            is framed in red.

            The whole-graph summary (no --focus, no --article) fits a 1920x1080 screen at 100 % zoom: it is laid \
            out compact (sfdp unless --layout) and, while larger than the screen, drawn with fewer entities; it is \
            never scaled down, so labels keep their size (the smallest, 9 pt, is 12 CSS px). --screen WIDTHxHEIGHT \
            fits another screen, --screen none turns the fit off; --max-nodes N alone draws N entities unfitted, \
            with --screen at most N fitted.

            --since/--until draw only the relations stated in an article published in the range (ISO days, \
            either end open); articles without a known date are then left out, and the caption gives the range. \
            With --focus, the neighbourhood follows only those relations.

            With --focus or --article only that part of the store is read; the whole-graph summary counts \
            relations in the store and reads only the entities it draws.

            Examples:
              # a summary of the whole store that fits one screen
              mekong render -o graph.svg
              # the 150 best-connected entities, however large the drawing
              mekong render --max-nodes 150 -o graph.svg
              # one entity's neighbourhood, two hops
              mekong render --focus "Tỉnh ủy An Giang" --depth 2 -o ag.svg
              # what one article contributed, labels in English
              mekong render --article an-giang.txt --labels en -o article.png
              # only who holds which post, the 60 best-connected entities
              mekong render --predicate holds_position --max-nodes 60 -o posts.svg
              mekong render --cluster parent --layout dot -o hierarchy.svg
              # what was reported in April 2021 around one body
              mekong render --focus "Tỉnh ủy An Giang" --since 2021-04-01 --until 2021-04-30 -o ag-april.svg
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Option(name: .long, help: "Draw only the entities around this one (highlighted).") var focus: String?
    @Option(name: .long, parsing: .unconditional, help: "Hops around --focus (1 or more).") var depth = 2
    @Option(name: .long, help: "Draw only what this article contributed (its id; see `mekong export`).") var article: String?
    @Option(
        name: .long, parsing: .singleValue,
        help: "Draw only relations of this predicate (repeat for several), e.g. holds_position, part_of.")
    var predicate: [String] = []
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Draw at most this many entities: those with the most relations (around --focus, the nearest first). "
                + "Default \(GraphSelection.defaultMaxEntities); given alone, the whole-graph summary is no longer fitted to a screen.",
            valueName: "n"))
    var maxNodes: Int?
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Fit the whole-graph summary to this screen at 100 % zoom, in CSS pixels, by drawing fewer entities "
                + "(default \(DiagramScreen.fullHD) unless --max-nodes is given), or none.",
            valueName: "WIDTHxHEIGHT"))
    var screen: String?
    @OptionGroup var dates: DateOptions
    @Flag(name: .long, help: "Also draw entities that no drawn relation touches.") var isolated = false
    @Flag(name: .long, help: .hidden) var allEntities = false
    @Option(name: .long, help: "Graphviz layout engine (default: dot up to 40 entities, sfdp beyond).") var layout: GraphLayout?
    @Option(name: .long, help: "Language of predicate labels, legend and caption: vi or en.") var labels: DiagramLanguage = .vi
    @Option(name: .long, help: ArgumentHelp(
        "Box entities by the place they lie in (province) or by their top body (parent); drawn by dot and fdp.",
        valueName: "province|parent"))
    var cluster: DiagramClustering?
    @Option(name: .long, help: "A heading drawn above the diagram.") var title: String?
    @Option(name: .long, help: "Output format (default: from the file name, else svg).") var format: RenderFormat?
    @Option(name: [.customShort("o"), .long], help: "The file to write, or - for standard output.") var output: String

    func validate() throws {
        guard depth >= 1 else { throw ValidationError("--depth must be 1 or more.") }
        if let maxNodes, maxNodes < 1 { throw ValidationError("--max-nodes must be 1 or more.") }
        if let screen, screen != "none" {
            guard DiagramScreen(screen) != nil else {
                throw ValidationError(
                    "--screen takes the screen's size in CSS pixels, at least \(DiagramScreen.smallest) (e.g. "
                        + "\(DiagramScreen.fullHD)), or none.")
            }
            guard focus == nil, article == nil else {
                throw ValidationError("--screen fits the whole-graph summary; with --focus or --article, --max-nodes limits the drawing.")
            }
        }
        try KnownNames.checkPredicates(predicate)
        let formats = RenderFormat.allCases.map { "." + $0.rawValue }.joined(separator: ", ")
        let fileExtension = (output as NSString).pathExtension.lowercased()
        if output != "-", !fileExtension.isEmpty {
            if let named = RenderFormat(rawValue: fileExtension) {
                if let format, format != named {
                    throw ValidationError(
                        "\(output) names a \(named.rawValue) file but --format \(format.rawValue) was asked. Name the file "
                            + ".\(format.rawValue), or leave --format out.")
                }
            } else if format == nil {
                throw ValidationError(
                    "Mekong cannot tell the format of \(output): name the file \(formats), or give --format.")
            }
        }
        // A PNG or PDF on a terminal is noise that can upset it.
        if output == "-", [.png, .pdf].contains(chosenFormat), isatty(STDOUT_FILENO) != 0 {
            throw ValidationError(
                "A \(chosenFormat.rawValue) diagram is binary: write it to a file (-o diagram.\(chosenFormat.rawValue)) or "
                    + "pipe it to a program.")
        }
    }

    /// The format asked for, else the one the file name tells, else SVG.
    private var chosenFormat: RenderFormat {
        format ?? RenderFormat(rawValue: (output as NSString).pathExtension.lowercased()) ?? .svg
    }

    /// The screen the whole-graph summary is fitted to: the one asked for, else full HD unless --max-nodes is given.
    private var chosenScreen: DiagramScreen? {
        guard let screen else { return maxNodes == nil ? .fullHD : nil }
        return DiagramScreen(screen)
    }

    func run() throws {
        try UserFacingError.reporting {
            let selection = GraphSelection(
                focus: focus, depth: depth, article: article,
                predicates: predicate.isEmpty ? nil : Set(predicate.map(Predicate.init(rawValue:))),
                maxEntities: maxNodes ?? GraphSelection.defaultMaxEntities, includeIsolated: isolated || allEntities,
                published: try dates.range, screen: chosenScreen)
            let drawing = try selection.drawing(from: storeOptions.openForQueries()) { summary in
                RenderOptions(
                    layout: layout, format: chosenFormat, title: title,
                    caption: summary.caption(in: labels, published: selection.published), language: labels,
                    focus: summary.focus, clustering: cluster)
            }
            try Output.write(drawing.bytes, to: output)
            var notes: [String] = []
            if let caption = drawing.summary.caption(in: .en) { notes.append(caption + " Use --max-nodes N or --isolated to draw more.") }
            if let screen = drawing.screen, let size = drawing.size {
                if !drawing.fitsScreen {
                    let count = drawing.summary.graph.entities.count
                    let entities = count == 1 ? "one entity does not" : "\(count) entities do not"
                    notes.append("Even \(entities) fit a \(screen) screen: the drawing is \(size).")
                } else if drawing.summary.leftOutConnectedEntities > 0 {
                    notes.append("The drawing is \(size), fitted to a \(screen) screen at 100 % zoom (--screen WIDTHxHEIGHT or none).")
                }
            }
            for note in notes { Output.error("note: " + note) }
        }
    }
}
