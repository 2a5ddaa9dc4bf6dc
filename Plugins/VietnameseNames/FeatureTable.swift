/// Packed feature keys → rows of weights, in an open-addressing table with a multiplicative hash: tagging looks up
/// some thirty features at every token, and `Dictionary`'s seeded hashing of each key costs more than the rest of the
/// work on it.
struct FeatureTable: Sendable {
    /// Keys stored plus one (0 marks an empty slot), in slots of a power-of-two count.
    private var keys: [UInt64]
    private var rows: [Int32]
    private var mask: Int
    /// 64 minus the number of bits of a slot: the slot is the top bits of the product, which depend on every key bit.
    private var shift: UInt64
    /// How many keys the table holds.
    private(set) var count = 0

    /// An empty table.
    init() {
        keys = [UInt64](repeating: 0, count: 16)
        rows = [Int32](repeating: 0, count: 16)
        mask = 15
        shift = 60
    }

    private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: ((key &+ 1) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The row of `key`, or nil.
    subscript(key: UInt64) -> Int32? {
        var at = slot(of: key)
        while keys[at] != 0 {
            if keys[at] == key &+ 1 { return rows[at] }
            at = (at + 1) & mask
        }
        return nil
    }

    /// Stores `row` for `key`, which must not be in the table yet.
    mutating func insert(_ key: UInt64, row: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        var at = slot(of: key)
        while keys[at] != 0 { at = (at + 1) & mask }
        keys[at] = key &+ 1
        rows[at] = row
        count += 1
    }

    private mutating func grow() {
        let old = zip(keys, rows).filter { $0.0 != 0 }
        keys = [UInt64](repeating: 0, count: keys.count * 2)
        rows = [Int32](repeating: 0, count: rows.count * 2)
        mask = keys.count - 1
        shift -= 1
        count = 0
        for (stored, row) in old { insert(stored &- 1, row: row) }
    }
}
