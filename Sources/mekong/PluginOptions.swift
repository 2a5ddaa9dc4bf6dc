import ArgumentParser
import MekongKit

/// `--rules`, `--plugin`, `--enable`, `--disable`: which extractors a run uses.
struct PluginOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A YAML rule pack, or a folder of them (repeatable).",
        discussion: "ingest and plugins also read a folder 'rules' beside the store. See Plugins/README.md.",
        valueName: "file"))
    var rules: [String] = []
    @Option(name: .long, help: ArgumentHelp(
        "A compiled plugin (.so) or an external plugin's manifest (.json) (repeatable).",
        discussion: "ingest and plugins also read a folder 'plugins' beside the store.", valueName: "file"))
    var plugin: [String] = []
    @Option(name: .long, help: ArgumentHelp("Run only this extractor (repeatable; ids from `mekong plugins`).", valueName: "id"))
    var enable: [String] = []
    @Option(name: .long, help: ArgumentHelp("Do not run this extractor (repeatable).", valueName: "id"))
    var disable: [String] = []

    /// The sources for a run on the store at `storePath` (nil: no store folders).
    func sources(storePath: String?) -> PluginSources {
        PluginSources(rulePacks: rules, plugins: plugin, storePath: storePath, enabled: enable, disabled: disable)
    }
}
