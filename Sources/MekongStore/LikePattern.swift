/// LIKE patterns for both stores: SQLite's `LIKE … ESCAPE '\'` and PostgreSQL's LIKE, whose escape character is
/// the backslash by default.
public enum LikePattern {
    /// The pattern that matches text containing `text` literally: its wildcards `%` and `_`, and the escape
    /// character, escaped by a backslash.
    public static func containing(_ text: String) -> String {
        var pattern = "%"
        for character in text {
            if character == "%" || character == "_" || character == "\\" { pattern.append("\\") }
            pattern.append(character)
        }
        return pattern + "%"
    }
}
