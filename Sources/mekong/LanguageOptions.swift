import ArgumentParser
import MekongKit

/// `--language NAME`, shared by the commands that read articles (ingest, eval).
struct LanguageOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "How articles are read: vi (Vietnamese news, the default) or generic.",
        discussion: """
            vi places tone marks in the new style (hoà → hòa), takes credit lines ("Tin, ảnh: …", "Theo TTXVN") \
            as author and source, and drops the mastheads and share buttons of Vietnamese sites. generic only \
            normalizes and splits the text: use it for articles in other languages, whose words ("Chloé") must \
            stay as written. The built-in extractors read Vietnamese either way.
            """,
        valueName: "name"))
    var language: String = LanguageProfile.vietnamese.name

    func validate() throws {
        guard LanguageProfile.named(language) != nil else {
            let names = LanguageProfile.all.map(\.name).joined(separator: ", ")
            throw ValidationError("Unknown --language \(language). Use one of: \(names).")
        }
    }

    /// The profile the option names (validated).
    var profile: LanguageProfile { LanguageProfile.named(language) ?? .vietnamese }
}
