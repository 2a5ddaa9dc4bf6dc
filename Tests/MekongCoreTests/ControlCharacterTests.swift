import MekongCore
import Testing

@Suite("Control characters in names")
struct ControlCharacterTests {
    @Test("C0, DEL, C1 and bidirectional controls are removed; line breaks kept or made spaces", arguments: [
        ("Công ty\u{1B}[31m Đỏ\u{07}", false, "Công ty[31m Đỏ"),
        ("a\u{7F}b\u{85}c\u{202E}d", false, "abcd"),
        ("dòng 1\ndòng 2\r\n", true, "dòng 1\ndòng 2\n"),
        ("dòng 1\ndòng 2", false, "dòng 1 dòng 2"),
        ("Tỉnh ủy An Giang", false, "Tỉnh ủy An Giang"),
    ])
    func removed(input: String, keepingLineBreaks: Bool, expected: String) {
        #expect(input.removingControlCharacters(keepingLineBreaks: keepingLineBreaks) == expected)
    }
}
