/// True positives, false positives and misses, with precision, recall and F1.
public struct Score: Codable, Sendable, Equatable {
    /// Extracted items that match a required gold item not matched before.
    public var truePositives = 0
    /// Extracted items that match nothing in the gold file (or match a gold item already taken).
    public var falsePositives = 0
    /// Required gold items that no extracted item matched.
    public var falseNegatives = 0

    /// A score with every count zero.
    public init() {}

    /// The share of extracted items that are right, in 0…1; 1 when nothing was extracted.
    public var precision: Double {
        truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
    }
    /// The share of gold items that were found, in 0…1; 1 when there is nothing to find.
    public var recall: Double {
        truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
    }
    /// The harmonic mean of ``precision`` and ``recall``, in 0…1; 0 when both are 0.
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    static func + (lhs: Score, rhs: Score) -> Score {
        var sum = Score()
        sum.truePositives = lhs.truePositives + rhs.truePositives
        sum.falsePositives = lhs.falsePositives + rhs.falsePositives
        sum.falseNegatives = lhs.falseNegatives + rhs.falseNegatives
        return sum
    }

    enum CodingKeys: String, CodingKey { case truePositives, falsePositives, falseNegatives, precision, recall, f1 }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        truePositives = try container.decode(Int.self, forKey: .truePositives)
        falsePositives = try container.decode(Int.self, forKey: .falsePositives)
        falseNegatives = try container.decode(Int.self, forKey: .falseNegatives)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(truePositives, forKey: .truePositives)
        try container.encode(falsePositives, forKey: .falsePositives)
        try container.encode(falseNegatives, forKey: .falseNegatives)
        try container.encode(precision, forKey: .precision)
        try container.encode(recall, forKey: .recall)
        try container.encode(f1, forKey: .f1)
    }
}
