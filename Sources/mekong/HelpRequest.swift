import ArgumentParser

/// What `mekong help NAME…` asks for.
enum HelpRequest {
    /// A usage error that lists the commands when `arguments` are `help` followed by a name that is not a
    /// (sub)command; nil for every other command line.
    static func unknownCommand(in arguments: [String], root: any ParsableCommand.Type) -> ValidationError? {
        guard arguments.first == "help" else { return nil }
        var command = root
        // `help help` is argument-parser's own command, which no configuration lists.
        for name in arguments.dropFirst() where !name.hasPrefix("-") && name != "help" {
            let subcommands = command.configuration.subcommands
            let names: [String] = subcommands.map { $0._commandName }
            guard let next = subcommands.first(where: { $0._commandName == name || $0.configuration.aliases.contains(name) })
            else {
                let parent = command == root ? "" : " of \(command._commandName)"
                return ValidationError(
                    "Unknown command '\(name)'. The commands\(parent) are: \(names.joined(separator: ", ")).")
            }
            command = next
        }
        return nil
    }
}
