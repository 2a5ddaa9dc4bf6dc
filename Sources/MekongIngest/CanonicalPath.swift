import Foundation

/// The one spelling of a file's path that does not depend on how it was typed: absolute, with `.`, `..`
/// and symbolic links resolved (`realpath`). Article identities are made from it, so `arts/a.txt`,
/// `./arts/a.txt` and `/home/me/arts/a.txt` are one article.
///
/// `MekongStore`'s migration `v2-canonical-article-ids` computes the same thing for stored paths; the two
/// must stay in step.
enum CanonicalPath {
    /// `path` resolved by `realpath`, or made absolute and standardized when it does not exist.
    static func of(_ path: String) -> String {
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        return URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
