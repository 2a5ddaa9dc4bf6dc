import Testing

@testable import MekongRender

@Suite struct GraphvizTextTests {
    @Test(arguments: [
        ("plain", "plain"),
        (#"a\b"#, #"a\\b"#),
        (#"\N"#, #"\\N"#),
        ("two\nlines", #"two\nlines"#),
        ("crlf\r\nline", #"crlf\nline"#),
        ("A & B", "A & B"),
        ("A &amp; B", "A &amp;amp; B"),
        ("&#123;", "&amp;#123;"),
        (#""quoted" <b>"#, #""quoted" <b>"#),
        ("Lê Văn Nưng", "Lê Văn Nưng"),
    ])
    func escapesLabels(input: String, expected: String) {
        #expect(GraphvizText.label([input]) == expected)
    }

    @Test func escapesTooltipBackslashesTwiceOver() {
        #expect(GraphvizText.tooltip([#"C:\N"#, "A &amp; B"]) == #"C:\\\\N\nA &amp;amp; B"#)
    }

    @Test func joinsLinesWithGraphvizBreaks() {
        #expect(GraphvizText.label(["holds_position", #"Phó \ Giám đốc"#]) == #"holds_position\nPhó \\ Giám đốc"#)
    }

    @Test func truncatesAtAWordBoundary() {
        let sentence = String(repeating: "cán bộ ", count: 100)
        let cut = GraphvizText.truncated(sentence, limit: 300)
        #expect(cut.count <= 300 && cut.count > 280)
        #expect(cut.hasSuffix("…"))
        let kept = cut.dropLast()
        #expect(sentence.hasPrefix(kept))
        // The cut falls between words.
        #expect(sentence.dropFirst(kept.count).first == " ")
        #expect(GraphvizText.truncated("  ngắn  ", limit: 300) == "ngắn")
    }

    @Test func truncatesWithinAWordWhenNoSpaceIsNear() {
        let cut = GraphvizText.truncated(String(repeating: "x", count: 400), limit: 300)
        #expect(cut == String(repeating: "x", count: 299) + "…")
    }
}
