import Foundation

/// docs/cli.md, written from what `mekong --experimental-dump-help` says of every command, so that the reference
/// cannot drift from the commands: ``CLIReferenceTests`` fails when they differ, and
/// `MEKONG_UPDATE_GOLDEN=1 swift test --filter CLIReferenceTests` rewrites the file.
enum CLIReference {
    /// The Markdown reference of the command tree argument-parser dumped (its `command` object).
    static func markdown(root: [String: Any]) -> String {
        var out = """
            # Command-line reference

            Every command and option of `mekong`, written from the commands themselves: a test fails when this file
            and the commands differ, and `MEKONG_UPDATE_GOLDEN=1 swift test --filter CLIReferenceTests` rewrites it.
            `mekong help COMMAND` prints the same help; `--json` output is described in [cli-json.md](cli-json.md).
            Usage errors (an unknown option, command or name of a type or predicate, an invalid value) exit with 64.

            """
        section(root, path: ["mekong"], into: &out)
        return out
    }

    private static func section(_ command: [String: Any], path: [String], into out: inout String) {
        let isRoot = path.count == 1
        out += "\n## `\(path.joined(separator: " "))`\n\n"
        if let abstract = command["abstract"] as? String { out += abstract + "\n" }
        if let discussion = command["discussion"] as? String, !discussion.isEmpty { out += "\n" + paragraphs(discussion) }
        let arguments = (command["arguments"] as? [[String: Any]] ?? []).filter { argument in
            guard argument["shouldDisplay"] as? Bool ?? true else { return false }
            let names = (argument["names"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
            // Every command takes -h/--help; only the root's --version is worth listing.
            return !names.contains("help") && (isRoot || !names.contains("version"))
        }
        if !arguments.isEmpty {
            out += "\n| Argument or option | Meaning |\n|---|---|\n"
            for argument in arguments { out += "| \(usage(argument)) | \(meaning(argument)) |\n" }
        }
        for subcommand in command["subcommands"] as? [[String: Any]] ?? [] {
            guard let name = subcommand["commandName"] as? String, name != "help",
                subcommand["shouldDisplay"] as? Bool ?? true
            else { continue }
            section(subcommand, path: path + [name], into: &out)
        }
    }

    /// `--name <value>`, `<value>` for a positional argument, with `…` when it may be repeated.
    private static func usage(_ argument: [String: Any]) -> String {
        let value = argument["valueName"] as? String ?? "value"
        let repeated = argument["isRepeating"] as? Bool ?? false ? " …" : ""
        let names = (argument["names"] as? [[String: Any]] ?? []).map { name -> String in
            let text = name["name"] as? String ?? ""
            return (name["kind"] as? String == "short" ? "-" : "--") + text
        }
        switch argument["kind"] as? String {
        case "positional": return "`<\(value)>\(repeated)`"
        case "flag": return "`\(names.joined(separator: ", "))`"
        default: return "`\(names.joined(separator: ", ")) <\(value)>\(repeated)`"
        }
    }

    private static func meaning(_ argument: [String: Any]) -> String {
        var text = argument["abstract"] as? String ?? ""
        if let discussion = argument["discussion"] as? String, !discussion.isEmpty { text += " " + discussion }
        if let values = argument["allValues"] as? [String], !values.isEmpty {
            text += " One of: " + values.map { "`\($0)`" }.joined(separator: ", ") + "."
        }
        // A default the help already explains is left to it: `--jobs` defaults to the cores of the machine
        // that runs the command, not of the one that wrote this file.
        if let fallback = argument["defaultValue"] as? String, !fallback.isEmpty, !text.lowercased().contains("default") {
            text += " Default: `\(fallback)`."
        }
        return text.split(whereSeparator: \.isNewline).joined(separator: " ").replacingOccurrences(of: "|", with: "\\|")
    }

    /// The discussion as Markdown: its paragraphs as text, and an indented block (examples) as code.
    private static func paragraphs(_ discussion: String) -> String {
        var out = ""
        for block in discussion.components(separatedBy: "\n\n") {
            let lines = block.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let indented = lines.dropFirst().filter { !$0.isEmpty }
            if !indented.isEmpty, indented.allSatisfy({ $0.hasPrefix("  ") }) {
                out += lines[0] + "\n\n```sh\n" + indented.map { String($0.dropFirst(2)) }.joined(separator: "\n") + "\n```\n\n"
            } else {
                out += lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ") + "\n\n"
            }
        }
        return out.trimmingCharacters(in: .newlines) + "\n"
    }
}
