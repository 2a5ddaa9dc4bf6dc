import GRDB

/// The rows of a cursor ordered by a text key (its first column), handed out one key's group at a time: the
/// merge side of a join between two tables read in the same order, so that a whole table is read in one
/// pass without holding it in memory.
struct GroupedRows<Value> {
    private let next: () throws -> (key: String, value: Value)?
    private var pending: (key: String, value: Value)?

    /// Groups the rows of `cursor`, whose first column is the key, ascending in SQLite's text order.
    init(_ cursor: RowCursor, value: @escaping (Row) throws -> Value) {
        // A cursor's row is reused by the next step: read what is needed now.
        next = { try cursor.next().map { ($0[0], try value($0)) } }
    }

    /// Groups the keyed values `next` hands out until it returns nil, ascending by key in SQLite's text order.
    init(next: @escaping () throws -> (key: String, value: Value)?) {
        self.next = next
    }

    /// The values of the rows whose key is `key`, in cursor order. Keys must be asked for in ascending order;
    /// rows of keys never asked for are skipped.
    mutating func group(_ key: String) throws -> [Value] {
        var values: [Value] = []
        while true {
            if pending == nil {
                guard let row = try next() else { return values }
                pending = row
            }
            guard let current = pending else { return values }
            if current.key == key {
                values.append(current.value)
                pending = nil
            } else if StoredGraphReader.storeOrder(current.key, key) {
                pending = nil
            } else {
                return values
            }
        }
    }
}
