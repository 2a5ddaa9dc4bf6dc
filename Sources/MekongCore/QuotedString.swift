/// A string in double quotes with backslash escapes, as JSON and N-Triples/Turtle literals write it: `"` and `\`
/// escaped, line breaks and tabs as `\n`, `\r`, `\t`, and every other control character (C0, DEL, C1) as
/// `\uXXXX`, so that the result is one line of printable text whatever the input.
package enum QuotedString {
    /// `text` quoted and escaped.
    package static func quoted(_ text: String) -> String {
        var result = "\""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
