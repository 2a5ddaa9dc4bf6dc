import ArgumentParser
import Foundation
import MekongKit

/// `--rules`, `--plugin`, `--enable`, `--disable` and the trust flags: which extractors a run uses.
struct PluginOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A YAML rule pack, or a folder of them (repeatable).",
        discussion: "A folder 'rules' beside the store is read only with --trust-store-plugins. See Plugins/README.md.",
        valueName: "file"))
    var rules: [String] = []
    @Option(name: .long, help: ArgumentHelp(
        "A compiled plugin (.so) or an external plugin's manifest (.json) (repeatable).",
        discussion: "A folder 'plugins' beside the store is read only with --trust-store-plugins.", valueName: "file"))
    var plugin: [String] = []
    @Option(name: .long, help: ArgumentHelp("Run only this extractor (repeatable; ids from `mekong plugins`).", valueName: "id"))
    var enable: [String] = []
    @Option(name: .long, help: ArgumentHelp(
        "Do not run this extractor (repeatable).",
        discussion: "Also takes a shared library's path or file name, which is then never opened.", valueName: "id"))
    var disable: [String] = []
    @Flag(name: .long, help: ArgumentHelp(
        "Load the 'rules' and 'plugins' folders beside the store.",
        discussion: "They run code and patterns from whoever made the folder; without this flag (or your own "
            + "~/.config/mekong/config.json) they are ignored."))
    var trustStorePlugins = false
    @Flag(name: .long, help: "Let an external plugin's manifest name its command by an absolute path.")
    var allowAbsolutePluginCommand = false
    @Option(name: .long, help: ArgumentHelp(
        "The model vi.names tags with, instead of the bundled one.",
        discussion: "A file written by Plugins/VietnameseNames/Tools/train-name-tagger.py, e.g. trained on your own "
            + "gold files (docs/name-tagger.md).", valueName: "file"))
    var nameModel: String?

    /// The sources for a run on the store at `storePath` (nil: no store folders).
    func sources(storePath: String?) throws -> PluginSources {
        var sources = PluginSources(
            rulePacks: rules, plugins: plugin, storePath: storePath, enabled: enable, disabled: disable,
            allowsAbsolutePluginCommands: allowAbsolutePluginCommand, nameTaggerModel: nameModel)
        if let folder = sources.storeFolder, !sources.storeFolders.isEmpty {
            sources.trustsStoreFolders = try trustStorePlugins
                || UserConfiguration.load(path: UserConfiguration.defaultPath()).trusts(storeFolder: folder)
        }
        return sources
    }

    /// Loads the extractors of a run and says on standard error what was loaded from files and which folders
    /// beside the store were ignored.
    func extractors(storePath: String?) throws -> [any Extractor] {
        let loaded = try ExtractorCatalog.load(sources(storePath: storePath))
        for plugin in loaded.plugins { Output.error(Output.terminalSafe(plugin.line)) }
        if !loaded.ignoredStoreFolders.isEmpty {
            let folders = loaded.ignoredStoreFolders.joined(separator: " and ")
            Output.error(Output.terminalSafe(
                "ignored \(folders) beside the store: plugins there are loaded only with --trust-store-plugins "
                    + "(or trusted_store_folders in ~/.config/mekong/config.json)"))
        }
        return loaded.extractors
    }
}
