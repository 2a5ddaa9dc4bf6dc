import Foundation

/// What can go wrong while reading articles; each message says what to do about it.
public enum IngestError: LocalizedError, Sendable, Equatable {
    /// Nothing exists at the path.
    case fileNotFound(path: String)
    /// The path names a directory where one article file was expected.
    case isDirectory(path: String)
    /// The file exists but could not be read (permissions, I/O error).
    case unreadable(path: String, reason: String)
    /// The bytes are not valid UTF-8; `byteOffset` is where the first invalid sequence starts.
    case notUTF8(path: String, byteOffset: Int)
    /// After normalization and cleanup nothing is left: the file is empty, blank or only boilerplate.
    case emptyArticle(path: String)
    /// A directory holds no `.txt` article files.
    case noArticles(directory: String)
    /// The bytes are UTF-16 (a byte-order mark, or a zero byte in every other position), not UTF-8.
    case utf16(path: String)
    /// The article is larger than the limit (``ArticleReader/maximumBytes``, `--max-article-bytes`).
    case tooLarge(path: String, bytes: Int, limit: Int)

    /// One line saying what went wrong and what to do about it.
    public var errorDescription: String? {
        switch self {
        case .fileNotFound(let path):
            "No file at \(path). Check the path, or pass - to read one article from standard input."
        case .isDirectory(let path):
            "\(path) is a directory, not an article file. Pass the directory to the ingest command to read "
                + "every .txt file in it, or name one file."
        case .unreadable(let path, let reason):
            "Could not read \(path): \(reason). Check that the file is readable."
        case .notUTF8(let path, let byteOffset):
            "\(path) is not valid UTF-8 (first bad byte at offset \(byteOffset)). Convert it, for example with "
                + "`iconv -f WINDOWS-1258 -t UTF-8`, and ingest it again."
        case .emptyArticle(let path):
            "\(path) holds no article text (it is empty, blank, or only headers and site boilerplate). "
                + "Remove it from the input or fix the file."
        case .utf16(let path):
            "\(path) is UTF-16 text, not UTF-8. Convert it, for example with `iconv -f UTF-16 -t UTF-8`, and "
                + "ingest it again."
        case .tooLarge(let path, let bytes, let limit):
            "\(path) is \(bytes) bytes, more than the \(limit) bytes an article may have. Split it into "
                + "articles, or raise the limit with --max-article-bytes."
        case .noArticles(let directory):
            "The directory \(directory) holds no .txt files. Articles must be UTF-8 text files ending in .txt."
        }
    }
}
