/// The SQL of a table that gives each row of a table with a text id an `INTEGER PRIMARY KEY` growing in the order
/// the rows were stored (`article_keys`, `entity_keys`, `relation_keys`; migrations v9 and v10): filled with the
/// rows there are, then by a trigger when a row is stored, emptied through its foreign key when one goes.
enum KeyTable {
    /// Creates `keys` for `table` and its trigger `trigger`.
    static func createSQL(_ keys: String, of table: String, trigger: String) -> String {
        """
        CREATE TABLE \(keys) (
            rid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE REFERENCES \(table)(id) ON DELETE CASCADE);
        INSERT INTO \(keys) (id) SELECT id FROM \(table) ORDER BY rowid;
        CREATE TRIGGER \(trigger) AFTER INSERT ON \(table) BEGIN
            INSERT INTO \(keys) (id) VALUES (new.id);
        END;
        """
    }
}
