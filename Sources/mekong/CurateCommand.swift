import ArgumentParser

struct CurateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "curate", abstract: "Correct the graph by hand: merge, alias, rename, delete or split entities.",
        discussion: """
            Every curation is a line of curation.yaml in the store's folder (docs/curation.md): applied to the store \
            at once, and again after extraction on every later ingest, so that ingesting the same articles into a new \
            store in that folder gives the curated graph. Entities are found by id or by a whole name or \
            alias, ignoring case and diacritics (--type narrows the search), and recorded by type and name.

            Examples:
              mekong curate merge "Luật Sĩ quan Quân đội nhân dân Việt Nam" "Luật Sĩ quan"
              mekong curate delete "Đại học Luật" --type organization
              mekong curate rename "Nguyễn Văn" "Nguyễn Văn An"
              mekong curate list
              mekong curate undo
            """,
        subcommands: [
            CurateMergeCommand.self, CurateAliasCommand.self, CurateRenameCommand.self, CurateDeleteCommand.self,
            CurateSplitOffCommand.self, CurateListCommand.self, CurateUndoCommand.self,
        ])
}
