import Foundation
import MekongCore
import MekongPluginAPI
import VietnameseLexicon

/// The training sequences of the name tagger: each sentence of a document, each token with its label and the
/// features ``NameFeatures`` reads there, in CRFsuite's data format (one line "LABEL<TAB>FEATURE<TAB>…" per token,
/// an empty line after each sentence; ":" and "\" in features escaped with "\").
public struct NameTrainingData: Sendable {
    let features: NameFeatures

    /// Features from the classes of `lexicon`.
    public init(lexicon: VietnameseLexicon = .shared) { features = NameFeatures(lexicon: lexicon) }

    /// The labels of `document`'s tokens from the names a gold file gives it: every place where a name is written, as
    /// whole tokens of one sentence with the same letters and case, takes the name's type; longer names first, and a
    /// token labelled once keeps its label.
    public func labels(of document: Document, names: [(text: String, type: EntityType)]) -> [NameLabel] {
        let tokens = document.tokens
        var labels = [NameLabel](repeating: .outside, count: tokens.count)
        let tokenizer = Tokenizer()
        let written = names.compactMap { name -> (words: [String], type: EntityType)? in
            let words = tokenizer.words(of: name.text)
            return words.isEmpty || NameLabel(type: name.type, begins: true) == nil ? nil : (words, name.type)
        }
        for name in written.sorted(by: { $0.words.count > $1.words.count }) {
            var start = 0
            while start + name.words.count <= tokens.count {
                let range = start..<(start + name.words.count)
                // Within one sentence: tagging reads sentence by sentence, and so must its labels.
                if zip(range, name.words).allSatisfy({ tokens[$0].text == $1 }), range.allSatisfy({ labels[$0] == .outside }),
                   !range.dropFirst().contains(where: { document.startsSentence[$0] })
                {
                    for index in range { labels[index] = NameLabel(type: name.type, begins: index == start) ?? .outside }
                    start = range.upperBound
                } else {
                    start += 1
                }
            }
        }
        return labels
    }

    /// The training text of `document` labelled with `labels` (one per token).
    public func text(of document: Document, labels: [NameLabel]) -> String {
        var out = ""
        let keys = document.tokenKeys
        for sentence in document.sentences where !sentence.tokens.isEmpty {
            let range = sentence.tokens
            let words = range.map { keys[$0] }
            let classes = features.classes(of: document, range: range)
            for position in 0..<range.count {
                out += labels[range.lowerBound + position].tag
                NameFeatures.forEach(at: position, count: range.count, word: { words[$0] }, classes: { classes[$0] }) {
                    template, first, second, third in
                    let feature = NameTaggerModel.text(template: template, words: [first, second, third].compactMap { $0 })
                    out += "\t" + Self.escaped(feature)
                }
                out += "\n"
            }
            out += "\n"
        }
        return out
    }

    /// A feature as CRFsuite's data format needs it: ":" (which would start a weight) and "\" escaped.
    static func escaped(_ feature: String) -> String {
        guard feature.contains(where: { $0 == ":" || $0 == "\\" }) else { return feature }
        return feature.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ":", with: "\\:")
    }

}
