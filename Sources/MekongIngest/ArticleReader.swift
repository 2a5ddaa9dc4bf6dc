import Foundation
import MekongPluginAPI

/// Reads raw article files into ``ParsedArticle``s: decodes, normalizes, detects the layout, keeps the
/// metadata and cleans the body.
///
/// Where the layout lacks them, the title and date come from the text (docs/articles.md): a headered
/// article's URL slug takes back the diacritics the text writes its words with (runs of two words or more,
/// never across punctuation; words it cannot restore stay between brackets as the slug spells them), and an
/// article without a date takes the first date of its opening when the lead writes it as the time of the news
/// ("Ngày 7/2/2017, …"), a day and month without year only when the article writes that day with its year.
///
/// The reader holds no state and may be used from many tasks at once. Parsing is simple scanning (no
/// regular expressions), so thousands of articles a second fit on one core.
public struct ArticleReader: Sendable {
    /// The path that stands for standard input.
    public static let standardInput = "-"

    /// The default of ``maximumBytes``: 10 MiB, far above any news article.
    public static let defaultMaximumBytes = 10 * 1024 * 1024

    /// The largest article accepted, in bytes; a larger one is refused with ``IngestError/tooLarge(path:bytes:limit:)``
    /// before it is decoded, so that no input can hold a run for long.
    public let maximumBytes: Int

    /// What the reader knows of the articles' language and press: orthography, bylines, mastheads.
    public let profile: LanguageProfile

    /// A reader that refuses articles larger than `maximumBytes` and reads them with `profile`.
    public init(maximumBytes: Int = ArticleReader.defaultMaximumBytes, profile: LanguageProfile = .vietnamese) {
        self.maximumBytes = maximumBytes
        self.profile = profile
    }

    /// Reads and parses the article at `path`; `-` reads standard input.
    /// - Throws: ``IngestError/fileNotFound(path:)``, ``IngestError/isDirectory(path:)``,
    ///   ``IngestError/unreadable(path:reason:)``, ``IngestError/notUTF8(path:byteOffset:)``,
    ///   ``IngestError/utf16(path:)``, ``IngestError/tooLarge(path:bytes:limit:)`` or
    ///   ``IngestError/emptyArticle(path:)``.
    public func read(path: String) throws(IngestError) -> ParsedArticle {
        try read(data: bytes(at: path), path: path)
    }

    /// The bytes of the article at `path` (`-` reads standard input), unparsed: what ``read(path:)`` parses.
    /// - Throws: ``IngestError/fileNotFound(path:)``, ``IngestError/isDirectory(path:)``,
    ///   ``IngestError/unreadable(path:reason:)`` or ``IngestError/tooLarge(path:bytes:limit:)``.
    public func bytes(at path: String) throws(IngestError) -> Data {
        if path == Self.standardInput {
            // Read one byte past the limit, enough to know it is exceeded without holding all of it.
            let data = (try? FileHandle.standardInput.read(upToCount: maximumBytes + 1)) ?? Data()
            if data.count > maximumBytes { throw .tooLarge(path: path, bytes: data.count, limit: maximumBytes) }
            return data
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .fileNotFound(path: path)
        }
        if isDirectory.boolValue { throw .isDirectory(path: path) }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maximumBytes {
            throw .tooLarge(path: path, bytes: size, limit: maximumBytes)
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
    }

    /// Parses an article's bytes; `path` is only used in error messages (`-` for standard input).
    /// - Throws: ``IngestError/notUTF8(path:byteOffset:)`` or ``IngestError/emptyArticle(path:)``.
    public func read(data: Data, path: String) throws(IngestError) -> ParsedArticle {
        if data.count > maximumBytes { throw .tooLarge(path: path, bytes: data.count, limit: maximumBytes) }
        let text: String? = data.withUnsafeBytes { raw in
            Self.decode(raw.bindMemory(to: UInt8.self))
        }
        return try parse(text: text, bytes: { Array(data) }, path: path)
    }

    /// Parses an article's bytes; `path` is only used in error messages (`-` for standard input).
    /// - Throws: ``IngestError/notUTF8(path:byteOffset:)`` or ``IngestError/emptyArticle(path:)``.
    public func read(data: [UInt8], path: String) throws(IngestError) -> ParsedArticle {
        if data.count > maximumBytes { throw .tooLarge(path: path, bytes: data.count, limit: maximumBytes) }
        let text = data.withUnsafeBufferPointer(Self.decode)
        return try parse(text: text, bytes: { data }, path: path)
    }

    /// Parses article text that is already decoded (it is normalized like a file's content).
    /// - Throws: ``IngestError/emptyArticle(path:)``.
    public func read(text: String, path: String) throws(IngestError) -> ParsedArticle {
        let bytes = text.utf8.count
        if bytes > maximumBytes { throw .tooLarge(path: path, bytes: bytes, limit: maximumBytes) }
        return try parse(text: text, bytes: { Array(text.utf8) }, path: path)
    }

    /// The article files `path` names: itself for a file or `-`, every `.txt` file under a directory
    /// (recursively, hidden files skipped; a symbolic link to a directory is followed), sorted by path.
    /// - Throws: ``IngestError/fileNotFound(path:)`` or ``IngestError/noArticles(directory:)``.
    public func articlePaths(at path: String) throws(IngestError) -> [String] {
        if path == Self.standardInput { return [path] }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .fileNotFound(path: path)
        }
        guard isDirectory.boolValue else { return [path] }
        let base = path.hasSuffix("/") ? String(path.dropLast()) : path
        var paths: [String] = []
        // The enumerator does not descend into a symbolic link given as its root: list the folder it names.
        let root = URL(fileURLWithPath: base).resolvingSymlinksInPath().path
        if let enumerator = FileManager.default.enumerator(atPath: root) {
            while let relative = enumerator.nextObject() as? String {
                let name = relative.split(separator: "/").last.map(String.init) ?? relative
                guard !name.hasPrefix("."), name.lowercased().hasSuffix(".txt") else { continue }
                if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
                paths.append(base + "/" + relative)
            }
        }
        guard !paths.isEmpty else { throw .noArticles(directory: path) }
        return paths.sorted()
    }

    // MARK: - Parsing

    /// Decodes UTF-8 (a leading byte-order mark is dropped); nil when the bytes are not UTF-8.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var bytes = bytes
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            bytes = UnsafeBufferPointer(rebasing: bytes[3...])
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private func parse(text: String?, bytes: () -> [UInt8], path: String) throws(IngestError) -> ParsedArticle {
        guard let text else {
            let raw = bytes()
            if Self.looksLikeUTF16(raw) { throw .utf16(path: path) }
            let offset = raw.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset(in: $0) } ?? 0
            throw .notUTF8(path: path, byteOffset: offset)
        }
        let normalized = TextNormalizer.normalize(text, respellingToneMarks: profile.respellsToneMarks)
        let lines = Self.lines(of: normalized)
        var draft: ArticleDraft =
            if CrawlerLayout.matches(lines) {
                CrawlerLayout.parse(lines, profile: profile)
            } else if let first = lines.first(where: { !$0.isEmpty }), HeaderedLayout.isHeader(first) {
                HeaderedLayout.parse(lines, profile: profile)
            } else {
                PlainLayout.parse(lines, profile: profile)
            }
        // A layout without a date (the plain one always, the others sometimes): the date the lead gives, if
        // any (``LeadDate``).
        var publishedFrom: DateOrigin? = draft.published == nil ? nil : .metadata
        if draft.published == nil {
            draft.published = LeadDate.iso(inBody: draft.paragraphs.filter { $0.role == .body }.map(\.text))
            if draft.published != nil { publishedFrom = .lead }
        }
        var parsed = Self.assemble(draft)
        parsed.publishedFrom = publishedFrom
        guard parsed.paragraphs.contains(where: { $0.role != .title }) else { throw .emptyArticle(path: path) }
        return parsed
    }

    /// Whether bytes that are not UTF-8 are UTF-16: a byte-order mark, or zero bytes in most odd or most
    /// even positions of the start (Vietnamese in UTF-16 still has many ASCII letters and spaces).
    static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return true
        }
        let sample = bytes.prefix(4096)
        guard sample.count >= 16 else { return false }
        var zeros = [0, 0]
        for (index, byte) in sample.enumerated() where byte == 0 { zeros[index % 2] += 1 }
        return zeros.max()! * 4 >= sample.count
    }

    /// The lines of normalized text, split on the UTF-8 bytes (a newline byte is always a whole scalar).
    private static func lines(of text: String) -> [String] {
        var lines: [String] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            if utf8[index] == 0x0A {
                lines.append(String(text[start..<index]))
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        lines.append(String(text[start..<utf8.endIndex]))
        return lines
    }

    /// Joins the paragraphs into the stored text, headline first, and records their spans.
    private static func assemble(_ draft: ArticleDraft) -> ParsedArticle {
        var pieces: [DraftParagraph] = []
        if draft.titleIsHeadline && !draft.title.isEmpty { pieces.append(DraftParagraph(text: draft.title, role: .title)) }
        pieces += draft.paragraphs.filter { !$0.text.isEmpty }
        var text = ""
        var paragraphs: [Paragraph] = []
        var offset = 0
        for (index, piece) in pieces.enumerated() {
            if index > 0 {
                text += "\n"
                offset += 1
            }
            let length = piece.text.scalarCount
            text += piece.text
            paragraphs.append(Paragraph(span: TextSpan(start: offset, end: offset + length), role: piece.role))
            offset += length
        }
        return ParsedArticle(
            title: draft.title, url: draft.url, source: draft.source, author: draft.author,
            published: draft.published, text: text, paragraphs: paragraphs, layout: draft.layout)
    }
}
