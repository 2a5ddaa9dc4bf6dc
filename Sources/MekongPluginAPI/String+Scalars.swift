extension String {
    /// A string made of `scalars`, encoded straight into the string's UTF-8 storage (much faster than
    /// appending scalars to a `String.UnicodeScalarView` one by one).
    package init<Scalars: Collection>(encoding scalars: Scalars) where Scalars.Element == Unicode.Scalar {
        var capacity = 0
        for scalar in scalars { capacity += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var index = 0
            for scalar in scalars {
                let value = scalar.value
                switch value {
                case 0..<0x80:
                    buffer[index] = UInt8(value)
                    index += 1
                case 0x80..<0x800:
                    buffer[index] = UInt8(0xC0 | value >> 6)
                    buffer[index + 1] = UInt8(0x80 | value & 0x3F)
                    index += 2
                case 0x800..<0x10000:
                    buffer[index] = UInt8(0xE0 | value >> 12)
                    buffer[index + 1] = UInt8(0x80 | value >> 6 & 0x3F)
                    buffer[index + 2] = UInt8(0x80 | value & 0x3F)
                    index += 3
                default:
                    buffer[index] = UInt8(0xF0 | value >> 18)
                    buffer[index + 1] = UInt8(0x80 | value >> 12 & 0x3F)
                    buffer[index + 2] = UInt8(0x80 | value >> 6 & 0x3F)
                    buffer[index + 3] = UInt8(0x80 | value & 0x3F)
                    index += 4
                }
            }
            return index
        }
    }

    /// Whether the string has at most `limit` Unicode scalars, without counting all of a long string.
    package func hasScalarCount(atMost limit: Int) -> Bool {
        let bytes = utf8.count
        if bytes <= limit { return true }
        if bytes > limit * 4 { return false }
        return unicodeScalars.count <= limit
    }
}

extension String {
    /// The number of Unicode scalars, counted on the UTF-8 bytes (every byte that is not a continuation).
    package var scalarCount: Int {
        if let count = utf8.withContiguousStorageIfAvailable({ bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }) {
            return count
        }
        return unicodeScalars.count
    }

    /// The string's scalars, decoded straight from its UTF-8 storage.
    package var scalarArray: [Unicode.Scalar] {
        let decoded: [Unicode.Scalar]? = utf8.withContiguousStorageIfAvailable { bytes in
            var result: [Unicode.Scalar] = []
            result.reserveCapacity(bytes.count)
            var index = 0
            let count = bytes.count
            while index < count {
                let lead = UInt32(bytes[index])
                var value: UInt32
                if lead < 0x80 {
                    value = lead
                    index += 1
                } else if lead < 0xE0 {
                    value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    index += 2
                } else if lead < 0xF0 {
                    value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    index += 3
                } else {
                    value =
                        (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                        | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                    index += 4
                }
                // A String's UTF-8 is always valid, so every decoded value is a scalar.
                result.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            }
            return result
        }
        return decoded ?? Array(unicodeScalars)
    }
}
