import MekongPluginAPI
import Testing

/// Twenty-eighth session: the laws, codes and ordinances of Việt Nam by their titles (the lexicon's `documents.tsv`,
/// mined from the citations of 14,000 legal pages), so that a law's name ends where its title ends, whatever the
/// sentence writes after it, and goes on over "và" and commas inside the title.
@Suite("Documents known by name, twenty-eighth session")
struct KnownDocumentsTests {
    @Test("a known law's title ends where the title ends, in any letter case, and goes on over 'và' and commas")
    func knownLawTitles() throws {
        let laws = try Extracted(
            "Luật viên chức đều quy định rõ điều này. Theo Luật Phòng cháy và chữa cháy, chủ đầu tư phải thẩm duyệt. "
                + "Bộ Y tế căn cứ Luật Khám bệnh, chữa bệnh đánh giá lại. Luật quản lý thuế quy định giá tính thuế.")
        #expect(laws.names(.document) == [
            "Luật viên chức", "Luật Phòng cháy và chữa cháy", "Luật Khám bệnh, chữa bệnh", "Luật quản lý thuế",
        ], "\(laws.summary)")
        // An ordinance of the list, and the draft that amends a law named with it.
        let drafts = try Extracted(
            "Quốc hội thảo luận Luật Thủy sản (sửa đổi) và Pháp lệnh Ưu đãi người có công với cách mạng.")
        #expect(drafts.names(.document) == ["Luật Thủy sản (sửa đổi)", "Pháp lệnh Ưu đãi người có công với cách mạng"],
                "\(drafts.summary)")
    }

    @Test("a title the list lacks is still read by its words, and goes on past a known shorter title with more of a name")
    func longerThanKnown() throws {
        // "Luật Quy hoạch" is known; "đô thị" is a name compound, so the longer title is the law's.
        let longer = try Extracted("Theo Luật Quy hoạch đô thị, Luật Đầu tư công và Luật Giáo dục Quốc phòng và An ninh, các dự án phải công khai.")
        #expect(longer.names(.document) == ["Luật Quy hoạch đô thị", "Luật Đầu tư công", "Luật Giáo dục Quốc phòng và An ninh"],
                "\(longer.summary)")
    }

    @Test("'Hiến pháp năm 2013', 'Điều lệ Đảng', 'BLHS 2015': known documents without a law's type word")
    func standaloneDocuments() throws {
        let named = try Extracted(
            "Hiến pháp năm 2013 và Điều lệ Đảng quy định rõ. Hành vi này bị xử lý theo BLHS 2015 và BLTTHS.")
        #expect(named.names(.document) == ["Hiến pháp năm 2013", "Điều lệ Đảng", "BLHS 2015", "BLTTHS"], "\(named.summary)")
        let code = try #require(named.mentions.first { $0.canonicalName == "BLHS 2015" })
        #expect(code.aliases == ["Bộ luật Hình sự 2015"], "\(named.summary)")
    }

    @Test("not a known document: the same words in lower case, initials run into other text, a lawyer")
    func notDocuments() throws {
        let words = try Extracted(
            "Người dân vi phạm luật giao thông, hiến pháp của câu lạc bộ và điều lệ đảng viên. "
                + "Mã BLHS-2015 và Blhs không phải tên. Luật sư Nguyễn Văn A bào chữa.")
        #expect(words.names(.document).isEmpty, "\(words.summary)")
        // Another country's constitution is no "Hiến pháp" of the list; a known title that ends inside a clause's verb
        // ("công nhận") is the shorter title.
        let others = try Extracted("Nhật Bản sửa đổi Hiến pháp Nhật Bản. Theo Luật Đầu tư công nhận quyền của nhà đầu tư.")
        #expect(others.names(.document) == ["Luật Đầu tư"], "\(others.summary)")
    }
}
