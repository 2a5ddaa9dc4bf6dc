import ArgumentParser
import Foundation
import MekongKit

extension QueryOutputFormat: ExpressibleByArgument {}

struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query", abstract: "Answer a pattern query (a subset of openCypher) on the store.",
        discussion: """
            MATCH patterns of entities and relations with labels (types), predicates and property maps; \
            WHERE with = <> < > <= >= CONTAINS, STARTS WITH, ENDS WITH, IN, IS NULL, AND, OR, NOT; \
            RETURN with AS, DISTINCT, count(), ORDER BY, SKIP, LIMIT. fold(x) ignores case and diacritics: \
            fold(o.name) = 'yen bai' finds "Yên Bái". The language: docs/query-language.md.

            Examples:
              mekong query 'MATCH (p:person)-[r:holds_position]->(o)
                            RETURN p.name, r.title, o.name'
              mekong query 'MATCH (o)-[:located_in]->(pl:place)
                            WHERE fold(pl.name) = "an giang" RETURN o.name'
              mekong query 'MATCH (a)-[:part_of*1..3]->(b)
                            RETURN DISTINCT a.name, b.name ORDER BY a.name'
              mekong query 'MATCH (p:person)-[:holds_position]->(o)
                            RETURN o.name, count(*) AS people
                            ORDER BY people DESC LIMIT 5'
              mekong query --format csv 'MATCH (d:document) RETURN d.name'
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: ArgumentHelp("The query, e.g. 'MATCH (p:person) RETURN p.name'.", valueName: "query")) var text: String
    @Option(name: .long, help: "table (aligned columns), json (an array of objects) or csv (RFC 4180).")
    var format: QueryOutputFormat = .table
    @Flag(name: .long, help: "Print the SQL statement, its parameters and the database's query plan instead of the answer.")
    var explain = false

    func run() throws {
        let query: PatternQuery
        do {
            query = try PatternQuery.parse(text)
        } catch {
            throw Self.report(error, in: text)
        }
        try UserFacingError.reporting {
            let store: any PatternQuerying = storeOptions.isPostgres
                ? try PostgresGraphStore(location: storeOptions.postgresLocation(), migrating: false)
                : try storeOptions.openExisting()
            do {
                if explain {
                    let compiled = try store.compile(query)
                    Output.line(compiled.sql)
                    let dialect: QueryDialect = storeOptions.isPostgres ? .postgres : .sqlite
                    for (index, value) in compiled.arguments.enumerated() {
                        Output.line("\(dialect.parameter(index + 1)) = \(value)")
                    }
                    Output.line("")
                    for line in try store.queryPlan(query) { Output.line(line) }
                    return
                }
                let result = try store.query(query)
                switch format {
                case .table: Output.line(String(format.render(result).dropLast()))
                case .json, .csv: try Output.write(Array(format.render(result).utf8), to: "-")
                }
            } catch let error as PatternQueryError {
                throw Self.report(error, in: text)
            }
        }
    }

    /// Prints the error and the query's line with a caret under the place, and exits as a usage error.
    private static func report(_ error: PatternQueryError, in text: String) -> ExitCode {
        Output.error("Error: \(error.localizedDescription)")
        Output.error(error.excerpt(of: text))
        return ExitCode(64)
    }
}
