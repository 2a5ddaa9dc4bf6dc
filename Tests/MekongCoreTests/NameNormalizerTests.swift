import MekongCore
import Testing

/// The scalars of a key: keys are stored and compared byte for byte (database columns, dictionary keys in
/// other languages), so two keys are only "the same" when their scalars are, not merely when Swift's
/// canonical-equivalence `==` says so.
private func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

@Suite("Name keys, search folding and slugs")
struct NameNormalizerTests {
    @Test(
        "the key ignores case, white space runs and surrounding punctuation",
        arguments: [
            ("Tỉnh ủy An Giang", "TỈNH ỦY AN GIANG"),
            ("Tỉnh ủy An Giang", "tỉnh ủy an giang"),
            ("Lê Văn Nưng", "  Lê   Văn\tNưng \n"),
            ("Lê Văn Nưng", "Lê\u{00A0}Văn\u{00A0}\u{00A0}Nưng"),
            ("Tỉnh ủy An Giang", "«Tỉnh ủy An Giang»,"),
            ("Tỉnh ủy An Giang", "“Tỉnh ủy An Giang”."),
            ("Học viện Chính trị khu vực IV", "(Học viện Chính trị khu vực IV)"),
            ("Hà Nội", "- Hà Nội:"),
            // Ingest writes the ASCII apostrophe; a gold file or a curation may keep the typographic one.
            ("Huyện ủy Đắk R'lấp", "Huyện ủy Đắk R’lấp"),
            ("Huyện ủy Đắk R'lấp", "Huyện ủy Đắk R‘lấp"),
        ])
    func keyIgnoresPresentation(canonical: String, variant: String) {
        #expect(scalars(NameNormalizer.key(variant)) == scalars(NameNormalizer.key(canonical)))
    }

    @Test(
        "the key ignores where a syllable's tone mark sits",
        arguments: [
            // Same word, tone on a different vowel; both spellings are in use in Vietnamese news.
            ("ho\u{00E0}", "h\u{00F2}a"),  // hoà / hòa
            ("Thanh Ho\u{00E1}", "Thanh H\u{00F3}a"),  // Thanh Hoá / Thanh Hóa
            ("thu\u{1EF7}", "th\u{1EE7}y"),  // thuỷ / thủy
            ("Tỉnh u\u{1EF7}", "Tỉnh \u{1EE7}y"),  // Tỉnh uỷ / Tỉnh ủy
            ("kho\u{1EBB}", "kh\u{1ECF}e"),  // khoẻ / khỏe
            ("Thu\u{00FD}", "Th\u{00FA}y"),  // Thuý / Thúy
            ("Ho\u{00E0} B\u{00EC}nh", "H\u{00F2}a B\u{00EC}nh"),  // Hoà Bình / Hòa Bình
        ])
    func keyIgnoresTonePosition(one: String, other: String) {
        #expect(scalars(NameNormalizer.key(one)) == scalars(NameNormalizer.key(other)))
    }

    @Test("the key does not depend on whether the input is composed or decomposed")
    func keyIgnoresNormalizationForm() {
        let composed = "Nguy\u{1EC5}n \u{0110}\u{1EE9}c Th\u{1EAF}ng"  // Nguyễn Đức Thắng, NFC
        let decomposed = composed.decomposedStringWithCanonicalMapping
        #expect(scalars(composed) != scalars(decomposed))
        #expect(scalars(NameNormalizer.key(composed)) == scalars(NameNormalizer.key(decomposed)))
    }

    @Test(
        "names that differ in a tone, a vowel or a letter keep different keys",
        arguments: [
            ("Hà", "Hạ"),
            ("Hà", "Ha"),
            ("Lê Văn Nưng", "Lê Văn Nửng"),
            ("Đức", "Dức"),
            ("Tân", "Tấn"),
            ("ho\u{00E0}", "h\u{00F3}a"),  // hoà / hóa: same position rule, different tone
            ("Quy định 11-QĐ/TW", "Quy định 11 QĐ TW"),  // inner punctuation belongs to the name
        ])
    func keySeparatesDifferentNames(one: String, other: String) {
        #expect(NameNormalizer.key(one) != NameNormalizer.key(other))
    }

    @Test("a tone mark is not carried across a word boundary")
    func toneStaysInItsSyllable() {
        // "Hà Nam" and "Ha Nàm" carry the same marks in the same order; only the syllable differs.
        #expect(NameNormalizer.key("Hà Nam") != NameNormalizer.key("Ha Nàm"))
        #expect(NameNormalizer.key("Hà-Nam") != NameNormalizer.key("Ha-Nàm"))
    }

    @Test(
        "folding drops every diacritic, maps đ to d and lower-cases",
        arguments: [
            ("Đức Thắng", "duc thang"),
            ("ĐỨC THẮNG", "duc thang"),
            ("Tỉnh ủy An Giang", "tinh uy an giang"),
            ("Lê Văn Nưng", "le van nung"),
            ("Hà\u{00A0}Nội", "ha noi"),
            ("  Cần   Thơ ", "can tho"),
            ("Quy định số 11-QĐ/TW", "quy dinh so 11-qd/tw"),
            ("Nguy\u{0065}\u{0302}\u{0303}n", "nguyen"),  // decomposed input
        ])
    func fold(input: String, expected: String) {
        #expect(NameNormalizer.fold(input) == expected)
        #expect(NameNormalizer.fold(input).unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test(
        "a slug is lower-case ASCII words joined by single dashes",
        arguments: [
            ("Học viện Chính trị khu vực IV", "hoc-vien-chinh-tri-khu-vuc-iv"),
            ("Quy định số 11-QĐ/TW", "quy-dinh-so-11-qd-tw"),
            ("«Tỉnh ủy An Giang»,", "tinh-uy-an-giang"),
            ("Đảng bộ  —  Đồng Tháp", "dang-bo-dong-thap"),
            ("Thành phố Hồ Chí Minh", "thanh-pho-ho-chi-minh"),
            ("!!!", ""),
            ("", ""),
        ])
    func slug(input: String, expected: String) {
        #expect(NameNormalizer.slug(input) == expected)
    }

    @Test(
        "white space collapses to single spaces and punctuation is trimmed only at the ends",
        arguments: [
            ("\u{00A0} Ủy ban\u{00A0}\u{00A0}nhân  dân\n", "Ủy ban nhân dân"),
            ("a\u{2003}b", "a b"),
        ])
    func collapseWhitespace(input: String, expected: String) {
        #expect(NameNormalizer.collapseWhitespace(input) == expected)
    }

    @Test("keys drop punctuation at the ends and keep it inside")
    func trimPunctuation() {
        #expect(NameNormalizer.key("«Tỉnh ủy»,") == NameNormalizer.key("Tỉnh ủy"))
        #expect(NameNormalizer.key("\"11-QĐ/TW\".") == NameNormalizer.key("11-QĐ/TW"))
        #expect(NameNormalizer.key("11-QĐ/TW") != NameNormalizer.key("11QĐTW"))
    }
}
