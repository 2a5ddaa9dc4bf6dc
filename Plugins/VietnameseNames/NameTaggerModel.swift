import Foundation
import MekongCore
import VietnameseLexicon

/// A linear-chain CRF over ``NameLabel``s: the weights of each feature for each label, and of each label following
/// another. Trained outside Mekong (`Plugins/VietnameseNames/Tools/train-name-tagger.py`, CRFsuite) from the training
/// data `mekong names-training-data` writes; read from a tab-separated file (`docs/name-tagger.md`).
public struct NameTaggerModel: Sendable {
    /// The label count: rows of the weight tables are this wide.
    static let width = NameLabel.allCases.count
    /// Bits a word's vocabulary number takes in a packed feature key.
    static let wordBits: UInt64 = 18

    /// The number of each word the features name, as a token key.
    let vocabulary: [UTF8Key: Int32]
    /// Packed feature key → the row of `stateWeights` holding its weight for each label.
    let rows: FeatureTable
    /// `width` weights per row, by label.
    let stateWeights: [Float]
    /// `transitions[from * width + to]`.
    let transitions: [Float]
    /// `exp` of each of `transitions`, for the forward-backward pass.
    let expTransitions: [Double]

    /// The model Mekong ships, from this target's resources.
    public static let bundled: NameTaggerModel = {
        guard let url = Bundle.module.url(forResource: "name-tagger", withExtension: "tsv", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "name-tagger", withExtension: "tsv")
        else { fatalError("Mekong's name-tagger model is missing from its resources: a packaging bug") }
        do { return try NameTaggerModel(contentsOf: url) } catch {
            fatalError("Mekong's name-tagger model cannot be read: \(error.localizedDescription)")
        }
    }()

    /// Reads a model file.
    /// - Throws: ``NameTaggerModelError``.
    public init(contentsOf url: URL) throws(NameTaggerModelError) {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw .unreadable(path: url.path, reason: error.localizedDescription)
        }
        try self.init(text: text, path: url.path)
    }

    /// Reads a model from its text; `path` names it in errors.
    ///
    /// The text is read as UTF-8 bytes, split at line feeds and tabs (bytes no multi-byte character contains, so a word
    /// that opens with a combining mark stays a word of its own): the model has some 40,000 lines and is read at the
    /// start of every ingest. The loops index the bytes directly and find a line's tabs in the pass that finds its end,
    /// with no collection algorithm per line: in a debug build (every test that runs `mekong`) the generic algorithms
    /// cost several tenths of a second per start.
    /// - Throws: ``NameTaggerModelError``.
    public init(text: String, path: String) throws(NameTaggerModelError) {
        var vocabulary: [UTF8Key: Int32] = [:]
        var rows = FeatureTable()
        var stateWeights: [Float] = []
        var transitions = [Float](repeating: 0, count: Self.width * Self.width)
        var transitionCount = 0
        let bytes = Array(text.utf8)
        let newline = UInt8(ascii: "\n"), tab = UInt8(ascii: "\t")
        func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        var lineStart = 0
        var number = 0
        while lineStart <= bytes.count {
            // The line's end and its first three tabs.
            var lineEnd = lineStart
            var firstTab = 0, secondTab = 0, thirdTab = 0
            var tabCount = 0
            while lineEnd < bytes.count, bytes[lineEnd] != newline {
                if bytes[lineEnd] == tab {
                    switch tabCount {
                    case 0: firstTab = lineEnd
                    case 1: secondTab = lineEnd
                    case 2: thirdTab = lineEnd
                    default: break
                    }
                    tabCount += 1
                }
                lineEnd += 1
            }
            defer { lineStart = lineEnd + 1; number += 1 }
            if lineStart == lineEnd || bytes[lineStart] == UInt8(ascii: "#") { continue }
            func fail(_ reason: String) -> NameTaggerModelError { .malformedLine(path: path, line: number + 1, reason: reason) }
            guard tabCount == 3 else { throw fail("\(tabCount + 1) fields instead of 4") }
            let kind = lineStart..<firstTab, second = (firstTab + 1)..<secondTab, third = (secondTab + 1)..<thirdTab
            let weightText = string((thirdTab + 1)..<lineEnd)
            guard let weight = Float(weightText), weight.isFinite else { throw fail("'\(weightText)' is not a weight") }
            let kindText = string(kind)
            if kindText == "transition" {
                guard let from = NameLabel(tag: string(second)), let to = NameLabel(tag: string(third)) else {
                    throw fail("'\(string(second))' or '\(string(third))' is not a label (O, B-ORG, I-ORG, B-PER, … I-DOC)")
                }
                transitions[from.rawValue * Self.width + to.rawValue] = weight
                transitionCount += 1
            } else if kindText == "state" {
                guard let label = NameLabel(tag: string(third)) else { throw fail("'\(string(third))' is not a label") }
                guard let feature = Self.parse(feature: bytes[second]) else {
                    throw fail("'\(string(second))' is not a feature (a template number below \(NameFeatures.templateCount), "
                        + "then '=' and up to three words)")
                }
                var numbers: [Int32?] = [nil, nil, nil]
                for (position, word) in feature.words.enumerated() {
                    if let known = vocabulary[UTF8Key(word)] { numbers[position] = known; continue }
                    // A number plus one must fit in its field of `wordBits` bits.
                    guard vocabulary.count < (1 << Self.wordBits) - 1 else { throw .tooManyWords(path: path, limit: (1 << Self.wordBits) - 1) }
                    let next = Int32(vocabulary.count)
                    vocabulary[UTF8Key(word)] = next
                    numbers[position] = next
                }
                let key = Self.key(feature.template, numbers[0], numbers[1], numbers[2])
                let row: Int32
                if let known = rows[key] { row = known } else {
                    row = Int32(rows.count)
                    rows.insert(key, row: row)
                    stateWeights.append(contentsOf: repeatElement(0, count: Self.width))
                }
                stateWeights[Int(row) * Self.width + label.rawValue] = weight
            } else {
                throw fail("'\(kindText)' is neither 'transition' nor 'state'")
            }
        }
        guard transitionCount > 0, rows.count > 0 else { throw .empty(path: path) }
        self.vocabulary = vocabulary
        self.rows = rows
        self.stateWeights = stateWeights
        self.transitions = transitions
        expTransitions = transitions.map { exp(Double($0)) }
    }

    /// A feature as training data writes it: "TEMPLATE" or "TEMPLATE=WORD[ WORD[ WORD]]".
    static func parse(feature: Substring) -> (template: Int, words: [String])? {
        parse(feature: Array(feature.utf8)[...])
    }

    /// ``parse(feature:)`` of the feature's UTF-8 bytes; words are split at spaces, runs of spaces counting as one.
    static func parse(feature bytes: ArraySlice<UInt8>) -> (template: Int, words: [String])? {
        // The template: decimal digits up to "=" or the end.
        var index = bytes.startIndex
        var template = 0
        while index < bytes.endIndex, bytes[index] != UInt8(ascii: "=") {
            let digit = Int(bytes[index]) - Int(UInt8(ascii: "0"))
            guard (0...9).contains(digit), template < NameFeatures.templateCount else { return nil }
            template = template * 10 + digit
            index += 1
        }
        guard index > bytes.startIndex, template < NameFeatures.templateCount else { return nil }
        guard index < bytes.endIndex else { return (template, []) }
        var words: [String] = []
        var wordStart = index + 1
        for position in (index + 1)...bytes.endIndex where position == bytes.endIndex || bytes[position] == UInt8(ascii: " ") {
            if position > wordStart {
                guard words.count < 3 else { return nil }
                words.append(String(decoding: bytes[wordStart..<position], as: UTF8.self))
            }
            wordStart = position + 1
        }
        return words.isEmpty ? nil : (template, words)
    }

    /// The written form of a feature, as ``parse(feature:)`` reads it.
    static func text(template: Int, words: [String]) -> String {
        words.isEmpty ? String(template) : "\(template)=" + words.joined(separator: " ")
    }

    /// A feature packed into an integer: the template in the low eight bits, then each word's number plus one.
    static func key(_ template: Int, _ first: Int32?, _ second: Int32?, _ third: Int32?) -> UInt64 {
        func field(_ number: Int32?) -> UInt64 { number.map { UInt64($0) + 1 } ?? 0 }
        return UInt64(template) | field(first) << 8 | field(second) << (8 + wordBits) | field(third) << (8 + 2 * wordBits)
    }

    /// The labels of a sentence and, for each token, the probability of its label given the whole sentence: ``scores``,
    /// ``labels(scores:count:)`` and ``probabilities(of:scores:)`` in one. The probabilities, the costliest part, are
    /// worked out only when `wanted` accepts the labels; otherwise nil.
    func tag(
        count: Int, features: (Int, (UInt64) -> Void) -> Void, wanted: ([NameLabel]) -> Bool = { _ in true }
    ) -> [(label: NameLabel, probability: Double)]? {
        let scores = scores(count: count, features: features)
        let labels = labels(scores: scores, count: count)
        guard wanted(labels) else { return nil }
        return Array(zip(labels, probabilities(of: labels, scores: scores)))
    }

    /// The score of each label at each token (`count` × ``width``): the sum of the weights of the token's features.
    /// `features(position, add)` calls `add(key)` with the packed key of each feature at the token `position`.
    func scores(count: Int, features: (Int, (UInt64) -> Void) -> Void) -> [Double] {
        let width = Self.width
        var scores = [Double](repeating: 0, count: count * width)
        for position in 0..<count {
            features(position) { key in
                guard let row = rows[key] else { return }
                let base = Int(row) * width
                let at = position * width
                for label in 0..<width { scores[at + label] += Double(stateWeights[base + label]) }
            }
        }
        return scores
    }

    /// The most probable labels of a sentence (Viterbi) from its ``scores(count:features:)``.
    func labels(scores: [Double], count: Int) -> [NameLabel] {
        guard count > 0 else { return [] }
        let width = Self.width
        var best = [Double](repeating: 0, count: count * width)
        var back = [Int](repeating: 0, count: count * width)
        for label in 0..<width { best[label] = scores[label] }
        for position in 1..<count {
            for label in 0..<width {
                var top = -Double.infinity
                var from = 0
                for previous in 0..<width {
                    let value = best[(position - 1) * width + previous] + Double(transitions[previous * width + label])
                    if value > top { top = value; from = previous }
                }
                best[position * width + label] = top + scores[position * width + label]
                back[position * width + label] = from
            }
        }
        var path = [Int](repeating: 0, count: count)
        path[count - 1] = (0..<width).max { best[(count - 1) * width + $0] < best[(count - 1) * width + $1] } ?? 0
        for position in stride(from: count - 1, to: 0, by: -1) { path[position - 1] = back[position * width + path[position]] }
        return path.map { NameLabel(rawValue: $0) ?? .outside }
    }

    /// The probability of each of `labels` at its token given the whole sentence (its marginal, by forward-backward).
    func probabilities(of labels: [NameLabel], scores: [Double]) -> [Double] {
        let count = labels.count
        guard count > 0 else { return [] }
        let width = Self.width
        // Forward-backward with scaling (Rabiner): each token's scores as probabilities relative to its best label, the
        // forward and backward vectors normalized at every token, so that no logarithm is taken and the products stay
        // in range. The marginal of a label is then alpha × beta at its token.
        var emission = [Double](repeating: 0, count: count * width)
        for position in 0..<count {
            var top = -Double.infinity
            for label in 0..<width where scores[position * width + label] > top { top = scores[position * width + label] }
            for label in 0..<width { emission[position * width + label] = exp(scores[position * width + label] - top) }
        }
        var alpha = [Double](repeating: 0, count: count * width)
        var beta = [Double](repeating: 1, count: count * width)
        var scale = [Double](repeating: 1, count: count)
        func normalize(_ position: Int, _ vector: inout [Double]) -> Double {
            var sum = 0.0
            for label in 0..<width { sum += vector[position * width + label] }
            for label in 0..<width { vector[position * width + label] /= sum }
            return sum
        }
        for label in 0..<width { alpha[label] = emission[label] }
        scale[0] = normalize(0, &alpha)
        for position in 1..<count {
            for label in 0..<width {
                var sum = 0.0
                for previous in 0..<width { sum += alpha[(position - 1) * width + previous] * expTransitions[previous * width + label] }
                alpha[position * width + label] = sum * emission[position * width + label]
            }
            scale[position] = normalize(position, &alpha)
        }
        for position in stride(from: count - 2, through: 0, by: -1) {
            for label in 0..<width {
                var sum = 0.0
                for next in 0..<width {
                    sum += expTransitions[label * width + next] * emission[(position + 1) * width + next]
                        * beta[(position + 1) * width + next]
                }
                beta[position * width + label] = sum / scale[position + 1]
            }
        }
        return labels.enumerated().map { position, label in
            alpha[position * width + label.rawValue] * beta[position * width + label.rawValue]
        }
    }

    /// The vocabulary number of a token key; nil for a word no feature names.
    func number(of word: String) -> Int32? { vocabulary[UTF8Key(word)] }
}
