import MekongIngest
import Testing

@Suite("TextNormalizer")
struct TextNormalizerTests {
    @Test(arguments: [
        ("hoà bình", "hòa bình"),
        ("Thanh Hoá", "Thanh Hóa"),
        ("thuỷ lợi", "thủy lợi"),
        ("Uỷ ban nhân dân", "Ủy ban nhân dân"),
        ("uỷ viên", "ủy viên"),
        ("toà án", "tòa án"),
        ("khoẻ mạnh", "khỏe mạnh"),
        ("nhoè", "nhòe"),
        ("Trường Thuỷ", "Trường Thủy"),
        ("Thuỵ Điển", "Thụy Điển"),
        ("HOÀ BÌNH", "HÒA BÌNH"),
        ("Hoà.", "Hòa."),
        ("Thanh Hoa\u{0301}", "Thanh Hóa"),  // decomposed input: NFC first, then the tone rule
        ("Nguye\u{0302}\u{0303}n", "Nguyễn"),
    ])
    func oldStyleToneMarksMoveToTheFirstVowel(input: String, expected: String) {
        #expect(TextNormalizer.normalize(input) == expected)
    }

    @Test(arguments: ["quý", "Quỳnh", "hoàng", "ngoài", "khuya", "quyết", "hòa", "Hóa", "thủy", "của", "thuở", "Chloé", "Zoé Dupont"])
    func syllablesAlreadyRightStay(word: String) {
        #expect(TextNormalizer.normalize(word) == word)
    }

    @Test(arguments: [
        ("a\u{00A0}b", "a b"),
        ("a\u{2009}b\u{202F}c\u{3000}d", "a b c d"),
        ("“Hành trình theo chân Bác”", "\"Hành trình theo chân Bác\""),
        ("‘Đẩy mạnh’", "'Đẩy mạnh'"),
        ("«Tầm nhìn»", "\"Tầm nhìn\""),
        ("2015 – 2020", "2015 - 2020"),
        ("Hà Nội — Huế", "Hà Nội - Huế"),
        ("Tỉnh\u{200B} ủy", "Tỉnh ủy"),
        ("\u{FEFF}Hà Nội", "Hà Nội"),
        ("Hà\u{00AD}Nội", "HàNội"),
        ("a\r\nb\rc", "a\nb\nc"),
        ("a  \nb", "a\nb"),
        ("a   b\t c", "a b c"),
        ("  thụt lề", "thụt lề"),
        ("a\u{2028}b", "a\nb"),
    ])
    func spacesQuotesDashesAndLineEnds(input: String, expected: String) {
        #expect(TextNormalizer.normalize(input) == expected)
    }

    @Test func normalizingTwiceChangesNothing() {
        let text = "Ông Hoàng Phúc Lâm, Phó Giám đốc\u{00A0}Học viện “Hồ Chí Minh” – Thanh Hoá, uỷ viên.\r\n"
        let once = TextNormalizer.normalize(text)
        #expect(TextNormalizer.normalize(once) == once)
        #expect(once == "Ông Hoàng Phúc Lâm, Phó Giám đốc Học viện \"Hồ Chí Minh\" - Thanh Hóa, ủy viên.\n")
    }
}
