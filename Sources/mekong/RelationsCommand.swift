import ArgumentParser
import MekongKit

struct RelationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relations", abstract: "List relations across the graph, by predicate, subject, object and date.",
        discussion: """
            Each relation is followed by the sentences that state it, each with its article's date and outlet. \
            --subject and --object find entities as `show` does (name, alias or id, ignoring case and diacritics). \
            --since/--until keep the relations stated in an article published in the range (the relation is \
            shown with all its sentences).

            Examples:
              mekong relations --predicate holds_position --object "Tỉnh ủy An Giang"
              mekong relations --subject "Lê Văn Nưng"
              mekong relations --predicate issued --since 2021-04-01 --until 2021-04-30
              mekong relations --predicate holds_position --object "Thành ủy Hà Nội" --current

            \(PostTimeOptions.explanation) With --limit, the limit applies before the judgement.
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Option(
        name: .long, parsing: .singleValue,
        help: "Only relations of this predicate (repeat for several), e.g. holds_position, part_of.")
    var predicate: [String] = []
    @Option(name: .long, help: ArgumentHelp("Only relations whose subject is this entity.", valueName: "name"))
    var subject: String?
    @Option(name: .long, help: ArgumentHelp("Only relations whose object is this entity.", valueName: "name"))
    var object: String?
    @OptionGroup var dateOptions: DateOptions
    @OptionGroup var postTime: PostTimeOptions
    @Option(name: .long, help: "List at most this many.") var limit: Int?
    @Flag(name: .long, help: "Print JSON (docs/cli-json.md).") var json = false

    func validate() throws {
        try KnownNames.checkPredicates(predicate)
        if let limit, limit < 1 { throw ValidationError("--limit must be 1 or more.") }
    }

    func run() throws {
        try UserFacingError.reporting {
            let store = try storeOptions.openForQueries()
            let filter = RelationFilter(
                predicates: predicate.isEmpty ? nil : Set(predicate.map(Predicate.init(rawValue:))),
                subject: try subject.map { try store.resolve($0).id }, object: try object.map { try store.resolve($0).id },
                published: try dateOptions.range, limit: limit)
            let listing = try store.relationListing(filter)
            let relations = postTime.apply(to: try RelationJSON.list(listing.relations, from: store))
            if json { return try Output.document(RelationListJSON(relations: relations, more: listing.hasMore)) }
            for relation in relations {
                Output.line(RelationLine.text(relation))
                for evidence in relation.evidence { Output.line(RelationLine.evidence(evidence)) }
            }
            if relations.isEmpty { Output.line("No relations match.") }
            if listing.hasMore { Output.line("… and more (raise --limit).") }
        }
    }
}
