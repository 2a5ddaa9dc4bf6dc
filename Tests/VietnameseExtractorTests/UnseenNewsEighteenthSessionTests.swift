import MekongPluginAPI
import Testing

/// Shapes that unseen news writes and the grammar misread (issue 7, eighteenth session: a fourteenth draw of unread
/// baomoi 2017 articles), each on a sentence written for the test: a foreign country's ministry after a minister's
/// title, a name written twice by a caption, the last syllable of a name that opens clauses elsewhere, a body's fields
/// after capitalized compounds, public-investment laws, "số" (digital) inside a name.
@Suite("Names of general grammar, eighteenth session")
struct UnseenNewsEighteenthSessionTests {
    @Test("'Bộ trưởng Thương mại Hoa Kỳ Wilbur Ross': the country's ministry, and the holder's post in it")
    func foreignMinistryAfterMinisterTitle() throws {
        let extracted = try Extracted(
            "Thủ tướng tiếp Bộ trưởng Thương mại Hoa Kỳ Wilbur Ross. Bộ trưởng Ngoại giao Campuchia Prak Sokhonn cũng dự.")
        let posts = extracted.pairs(.holdsPosition)
        #expect(posts.contains("Wilbur Ross → Bộ Thương mại Hoa Kỳ"), "\(extracted.summary)")
        #expect(posts.contains("Prak Sokhonn → Bộ Ngoại giao Campuchia"), "\(extracted.summary)")
        // Not Vietnam's ministry of the same field.
        #expect(!extracted.names(.organization).contains("Bộ Ngoại giao"), "\(extracted.summary)")
        // A minister's own name is no ministry, even when it ends in a country's name ("Anh").
        let minister = try Extracted("Bộ trưởng Trần Tuấn Anh đã ký báo cáo.")
        #expect(minister.names(.organization).isEmpty, "\(minister.summary)")
        #expect(minister.names(.person) == ["Trần Tuấn Anh"], "\(minister.summary)")
    }

    @Test("'Dương Cương Dương Cương bị đưa ra xét xử': a name written twice in a row is two mentions of one name")
    func nameWrittenTwice() throws {
        let extracted = try Extracted(
            "Dương Cương Dương Cương bị đưa ra xét xử. Bạch Ân Bồi Bạch Ân Bồi trước tòa. Bạch Ân Bồi nhận án chung thân.")
        #expect(extracted.names(.person) == ["Dương Cương", "Bạch Ân Bồi"], "\(extracted.summary)")
    }

    @Test("'ông Lê Quang Tự Do, Phó Cục trưởng …': 'Do' closed by a comma is the name's last syllable")
    func givenNameDo() throws {
        let extracted = try Extracted("Trong 62 ủy viên có ông Lê Quang Tự Do, Phó Cục trưởng Cục Báo chí.")
        #expect(extracted.pairs(.holdsPosition).contains("Lê Quang Tự Do → Cục Báo chí"), "\(extracted.summary)")
        // "Do" opening a clause still ends the name before it.
        let clause = try Extracted("Ông Nguyễn Văn An Do bận nên vắng mặt.")
        #expect(clause.names(.person) == ["Nguyễn Văn An"], "\(clause.summary)")
    }

    @Test("'Cục Phát thanh Truyền hình và thông tin điện tử;': 'và' after the name's capitalized compounds")
    func fieldsAfterCapitalizedCompounds() throws {
        let extracted = try Extracted(
            "Ông A, Phó Cục trưởng Cục Phát thanh Truyền hình và thông tin điện tử; ông B, Cục phó Cục Báo chí.")
        #expect(extracted.names(.organization).contains("Cục Phát thanh Truyền hình và thông tin điện tử"),
                "\(extracted.summary)")
        // Words that are no name compounds before "và" still leave the lower-case words after it to the sentence.
        let clause = try Extracted("Cục Báo chí Việt Nam và nhiều cơ quan khác đã dự.")
        #expect(!clause.names(.organization).contains { $0.contains("nhiều") }, "\(clause.summary)")
    }

    @Test("'Luật Đầu tư công chưa …': 'công' (public) closes a law's title where the sentence goes on after it")
    func publicInvestmentLaw() throws {
        let extracted = try Extracted(
            "Bộ trưởng đổ lỗi cho Luật Đầu tư công chưa thuyết phục. Đó là quy định của Luật Quản lý nợ công.")
        #expect(extracted.names(.document) == ["Luật Đầu tư công", "Luật Quản lý nợ công"], "\(extracted.summary)")
        // "công bố" after a title is the sentence's verb.
        let verb = try Extracted("Luật Đất đai công bố năm 2013 có nhiều điểm mới.")
        #expect(verb.names(.document) == ["Luật Đất đai"], "\(verb.summary)")
    }

    @Test("'Hội Truyền thông số Việt Nam': 'số' (digital) after a compound of the name is a word of it")
    func digitalInName() throws {
        let extracted = try Extracted("Hội Truyền thông số Việt Nam đã bầu Ban Chấp hành mới.")
        #expect(extracted.names(.organization).first == "Hội Truyền thông số Việt Nam", "\(extracted.summary)")
        // "số" before a number is the number's.
        let numbered = try Extracted("Đội Quản lý thị trường số 14 đã kiểm tra cửa hàng.")
        #expect(numbered.names(.organization) == ["Đội Quản lý thị trường số 14"], "\(numbered.summary)")
    }

    @Test("'Bộ Nông nghiệp và Phát triển nông thôn cần …': 'cần' (must) carries the sentence on")
    func modalVerbEndsName() throws {
        let extracted = try Extracted("Ông cho rằng, Bộ Nông nghiệp và Phát triển nông thôn cần “đặt hàng” cụ thể.")
        #expect(extracted.names(.organization) == ["Bộ Nông nghiệp và Phát triển nông thôn"], "\(extracted.summary)")
    }
}
