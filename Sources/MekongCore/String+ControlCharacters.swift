extension String {
    /// The string without control characters (C0, DEL, C1, and the bidirectional overrides and isolates),
    /// keeping line breaks and tabs when `keepingLineBreaks` is true; removed line breaks become spaces.
    ///
    /// Names come from articles, rule packs and plugins: an escape character written raw to a terminal can
    /// rewrite the screen, and a control character makes XML (SVG) ill-formed.
    public func removingControlCharacters(keepingLineBreaks: Bool = false) -> String {
        guard unicodeScalars.contains(where: Self.isControl) else { return self }
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if scalar == "\n" || scalar == "\t" || scalar == "\r" {
                if keepingLineBreaks {
                    if scalar != "\r" { result.append(scalar) }
                } else {
                    result.append(" ")
                }
            } else if !Self.isControl(scalar) {
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
