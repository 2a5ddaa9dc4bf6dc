// A worked example of a plugin that Mekong loads at run time, without being rebuilt:
//
//     swift build --product ExampleDynamicPlugin
//     mekong ingest --plugin .build/debug/libExampleDynamicPlugin.so article.txt
//
// It finds counts with a unit in Vietnamese news ("510 cán bộ", "2.000 học viên", "76,78%") and reports
// each as a `quantity` mention whose attributes hold the number and the unit. Everything plugin-specific
// is in this file: the extractor, and the one C function Mekong looks up.

// MekongPluginExport re-exports the plugin API (Extractor, Document, Extraction, …) and provides
// PluginExport, which turns an Extractor into the C table of `mekong_plugin.h`.
import MekongPluginExport

/// Finds a number followed by a unit of count or measure, as a `quantity` mention.
///
/// The number follows Vietnamese conventions: `.` groups thousands and `,` is the decimal comma, so
/// "2.000" is 2000 and "76,78" is 76.78. Dates and symbols ("19/5/2021", "2015-2020") are not quantities.
public struct QuantityExtractor: Extractor {
    // The descriptor is what `mekong plugins` lists. The kind is set by the loader (`dynamic`), so it is
    // left at its default here. `produces` lets the pipeline order this extractor before any consumer of
    // quantities; it consumes nothing, since tokens and sentences are always there.
    public let descriptor = ExtractorDescriptor(
        id: "example.quantities", version: "1.0.0",
        summary: "Counts with a unit: “510 cán bộ”, “2.000 học viên”, “76,78%”.",
        produces: [.entity(.quantity)])

    // The units, each as its lower-case tokens. Built once, in the initializer, as the Extractor protocol
    // asks: `extract` runs for every article and from several threads, so it only reads this.
    private let units: [[String]]

    public init() {
        let phrases = [
            "cán bộ", "học viên", "học sinh", "sinh viên", "đại biểu", "đảng viên", "người", "lượt", "hộ",
            "nghìn tỷ đồng", "tỷ đồng", "triệu đồng", "đồng", "ha", "km", "%",
        ]
        // Longest first, so "tỷ đồng" wins over "đồng" wherever both would match.
        units = phrases.map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }
    }

    public func extract(from document: Document) throws -> Extraction {
        var mentions: [EntityMention] = []
        // Work sentence by sentence so a unit is never taken from the start of the next sentence.
        for sentence in document.sentences {
            let tokens = document.tokens[sentence.tokens]
            for index in tokens.indices where tokens[index].kind == .number {
                let number = tokens[index]
                // A number token may hold "/" or "-" (dates, decree symbols, year ranges): not a count.
                guard !number.text.contains("/"), !number.text.contains("-") else { continue }
                guard let unit = unit(after: index, in: tokens) else { continue }
                // Spans are Unicode-scalar offsets into the document's text, as for every extractor.
                let span = TextSpan(start: number.span.start, end: tokens[index + unit.count].span.end)
                let text = document.text(span)
                mentions.append(
                    EntityMention(
                        type: .quantity, span: span, text: text,
                        attributes: ["value": Self.value(of: number.text), "unit": unit.joined(separator: " ")],
                        confidence: 0.9, rule: "number+unit"))
            }
        }
        // The pipeline fills in each mention's extractor id; new mentions need no relations here.
        return Extraction(mentions: mentions)
    }

    /// The unit right after the number at `index`: its tokens, or nil when none follows.
    private func unit(after index: Int, in tokens: ArraySlice<Token>) -> [String]? {
        units.first { unit in
            guard index + unit.count < tokens.endIndex else { return false }
            for (offset, word) in unit.enumerated() {
                let token = tokens[index + 1 + offset]
                if token.text.lowercased() != word { return false }
            }
            // "%" is written against the number ("76,78%"); a word unit is a separate token anyway.
            return unit != ["%"] || tokens[index + 1].span.start == tokens[index].span.end
        }
    }

    /// The number written the Vietnamese way, as a plain decimal: "2.000" → "2000", "76,78" → "76.78".
    static func value(of text: String) -> String {
        String(text.filter { $0 != "." }.map { $0 == "," ? "." : $0 })
    }
}

// The one symbol Mekong looks up with dlsym. `@_cdecl` gives it a C name and C calling convention; it
// returns the plugin table, built from the extractor on the first call and reused afterwards (the argument
// is evaluated only once). The table and the extractor then live as long as the process.
@_cdecl("mekong_plugin_entry")
public func mekongPluginEntry() -> UnsafeRawPointer {
    UnsafeRawPointer(PluginExport.entry(for: QuantityExtractor()))
}
