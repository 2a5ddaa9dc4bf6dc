/// Text made safe for an XML 1.0 document (GraphML, GEXF).
enum XMLText {
    /// `text` escaped for an attribute value in double quotes or for element content: `&`, `<`, `>`, `"` and
    /// `'` as entities; tab, line feed and carriage return as character references, so that attribute
    /// normalization keeps them; characters XML 1.0 cannot carry at all (other C0 controls, U+FFFE, U+FFFF)
    /// removed.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t": result += "&#9;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
