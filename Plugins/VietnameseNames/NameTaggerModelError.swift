import Foundation

/// A name-tagger model file that cannot be used, with the place to look.
public enum NameTaggerModelError: Error, LocalizedError, Equatable {
    /// The file cannot be read.
    case unreadable(path: String, reason: String)
    /// A line does not follow the format of `docs/name-tagger.md`.
    case malformedLine(path: String, line: Int, reason: String)
    /// The file holds no transition or no state weight.
    case empty(path: String)
    /// The features name more words than a packed key can number.
    case tooManyWords(path: String, limit: Int)

    /// What went wrong and what to do about it.
    public var errorDescription: String? {
        switch self {
        case .unreadable(let path, let reason):
            "\(path): the name-tagger model cannot be read (\(reason)); give a file written by "
                + "Plugins/VietnameseNames/Tools/train-name-tagger.py"
        case .malformedLine(let path, let line, let reason):
            "\(path):\(line): \(reason); each line is 'transition FROM TO WEIGHT' or 'state FEATURE LABEL WEIGHT', "
                + "tab-separated (docs/name-tagger.md)"
        case .tooManyWords(let path, let limit):
            "\(path): the name-tagger model's features name more than \(limit) words; retrain with stronger L1 "
                + "regularization (c1 in train-name-tagger.py) or fewer features"
        case .empty(let path):
            "\(path): the name-tagger model has no weights; train one with Plugins/VietnameseNames/Tools/train-name-tagger.py"
        }
    }
}
