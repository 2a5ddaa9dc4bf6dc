import ArgumentParser
import MekongKit

/// The `mekong` command: a thin layer over MekongKit.
@main
struct Mekong: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mekong",
        abstract: "Build a knowledge graph from Vietnamese news articles, query it and draw it.",
        discussion: """
            Articles go in with `ingest`; extractor plugins find organizations, officials, places, documents \
            and the relations between them, each with the sentence that states it. The graph lives in a SQLite \
            store (--store PATH, or MEKONG_STORE, default ./mekong.sqlite).

            Examples:
              mekong ingest examples/
              mekong entities --type person
              mekong show "Lê Văn Nưng"
              mekong articles --mentions "Lê Văn Nưng" --since 2021-01-01
              mekong relations --predicate holds_position --object "Tỉnh ủy An Giang"
              mekong neighbors "Tỉnh ủy An Giang" --depth 2
              mekong render --focus "Học viện Chính trị quốc gia Hồ Chí Minh" --format svg -o hcma.svg
              mekong export --format json > graph.json
              mekong query 'MATCH (p:person)-[r:holds_position]->(o) RETURN p.name, r.title, o.name'
              mekong eval --gold ../shared/data/gold --articles ../shared/data/articles
              mekong curate merge "Luật Sĩ quan Quân đội nhân dân Việt Nam" "Luật Sĩ quan"
            """,
        version: MekongVersion.current,
        subcommands: [
            ArticlesCommand.self, RelationsCommand.self,
            IngestCommand.self, EnqueueCommand.self, EntitiesCommand.self, ShowCommand.self, NeighborsCommand.self, PathCommand.self,
            QueryCommand.self, RenderCommand.self, ExportCommand.self, ImportCommand.self, ServeCommand.self,
            PluginsCommand.self, EvalCommand.self, NamesTrainingDataCommand.self, CurateCommand.self,
        ])
}
