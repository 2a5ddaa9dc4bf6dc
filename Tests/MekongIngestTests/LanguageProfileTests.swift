import MekongIngest
import MekongPluginAPI
import Testing

/// The Vietnamese knowledge of ingest lives in its language profile; the generic profile reads other languages
/// without touching them.
@Suite("Language profiles")
struct LanguageProfileTests {
    static let article = "Hội nghị hoà giải\n\nÔng Nguyễn Văn An nói chuyện với bà Chloé Thuỷ.\nTin, ảnh: Thanh Sang (TTXVN)\n"

    @Test("the Vietnamese profile respells old-style tone marks and takes the credit line as author and source")
    func vietnamese() throws {
        let parsed = try ArticleReader(profile: .vietnamese).read(text: Self.article, path: "a.txt")
        #expect(parsed.title == "Hội nghị hòa giải")
        #expect(parsed.text.contains("Chloé Thủy"))
        #expect(parsed.author == "Thanh Sang")
        #expect(parsed.source == "TTXVN")
        #expect(!parsed.text.contains("Tin, ảnh"))
    }

    @Test("the generic profile keeps every word as written and knows no Vietnamese credit line")
    func generic() throws {
        let parsed = try ArticleReader(profile: .generic).read(text: Self.article, path: "a.txt")
        #expect(parsed.title == "Hội nghị hoà giải")
        #expect(parsed.text.contains("Chloé Thuỷ"))
        #expect(parsed.text.contains("Tin, ảnh: Thanh Sang (TTXVN)"))
        #expect(parsed.author == nil)
        // Nor a signature in any other form: the closing line stays text.
        let english = try ArticleReader(profile: .generic).read(text: "Talks end\n\nThe talks ended.\nJohn Smith (AP)\n", path: "b.txt")
        #expect(english.text.hasSuffix("John Smith (AP)"))
        #expect(english.author == nil && english.source == nil)
    }

    @Test("profiles are found by the names --language takes, and only by them")
    func names() {
        #expect(LanguageProfile.named("vi") == .vietnamese)
        #expect(LanguageProfile.named("generic") == .generic)
        #expect(LanguageProfile.named("fr") == nil)
    }
}
