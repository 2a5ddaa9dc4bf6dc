import MekongCore

/// A name the tagger found: its type, the tokens it covers and the lowest probability the tagger gave any of its
/// tokens' labels.
struct TaggedName: Equatable, Sendable {
    var type: EntityType
    var tokens: Range<Int>
    var confidence: Double

    /// The names of a sentence whose tokens begin at `start`, from the labels of its tokens: a run opens at a B- tag
    /// (or an I- tag after another type) and goes on over the I- tags of its type.
    static func runs(of labels: [(label: NameLabel, probability: Double)], start: Int) -> [TaggedName] {
        var names: [TaggedName] = []
        var index = 0
        while index < labels.count {
            guard let type = labels[index].label.entityType else { index += 1; continue }
            var end = index + 1
            while end < labels.count, !labels[end].label.begins, labels[end].label.entityType == type { end += 1 }
            let confidence = labels[index..<end].map(\.probability).min() ?? 0
            names.append(TaggedName(type: type, tokens: (start + index)..<(start + end), confidence: confidence))
            index = end
        }
        return names
    }
}
