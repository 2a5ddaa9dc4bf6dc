import MekongPluginAPI
import Testing

/// A career's lines that leave out their subject (issue 7, named in the nineteenth session's note).
@Suite("Careers without their subject, twentieth session")
struct SubjectlessCareerTests {
    @Test("'Sau đó làm Phó Vụ trưởng …, rồi Chánh Văn phòng …', 'Đến năm 2015, giữ chức …': the posts of the person before")
    func subjectlessCareerLines() throws {
        let career = try Extracted(
            "Ông Nguyễn Văn An sinh năm 1965, quê Nam Định. Ông từng là chuyên viên Vụ Tổ chức cán bộ, Bộ Tài chính. "
                + "Sau đó làm Phó Vụ trưởng Vụ Ngân sách nhà nước, rồi Chánh Văn phòng Bộ Tài chính. "
                + "Đến năm 2015, giữ chức Vụ trưởng Vụ Ngân sách nhà nước. Tháng 5/2018, được bổ nhiệm Thứ trưởng Bộ Tài chính.")
        let titles = Set(career.relations.filter { $0.predicate == .holdsPosition && $0.subject == "Nguyễn Văn An" }
            .map { "\($0.attributes["title"] ?? "") @ \($0.object)" })
        #expect(titles == [
            "chuyên viên @ Vụ Tổ chức cán bộ", "Phó Vụ trưởng @ Vụ Ngân sách nhà nước", "Chánh Văn phòng @ Văn phòng Bộ Tài chính",
            "Vụ trưởng @ Vụ Ngân sách nhà nước", "Thứ trưởng @ Bộ Tài chính",
        ], "\(career.summary)")
        // Without a verb of taking a post, a line that opens with a post is not the person's: here the post has a holder
        // the sentence does not name.
        let other = try Extracted("Ông Nguyễn Văn An dự họp. Sau đó, Giám đốc Sở Tài chính Hà Nội phát biểu.")
        #expect(other.pairs(.holdsPosition).isEmpty, "\(other.summary)")
        // "là" introduces the next speaker, not a post of the person before.
        let speaker = try Extracted("Ông Nguyễn Văn An dự họp. Sau đó là Giám đốc Sở Y tế Hà Nội báo cáo tình hình.")
        #expect(speaker.pairs(.holdsPosition).isEmpty, "\(speaker.summary)")
        // Nor past a paragraph with no word of the person.
        let far = try Extracted("Ông Nguyễn Văn An dự họp.\n\nTrời mưa to.\n\nHội nghị kết thúc.\n\nSau đó làm Giám đốc Sở Tài chính Hà Nội.")
        #expect(far.pairs(.holdsPosition).isEmpty, "\(far.summary)")
    }
}

extension SubjectlessCareerTests {
    @Test("'Trở thành thành viên APPF năm 1995, Quốc hội Việt Nam …': without a time first, the line's subject may follow")
    func noTimeNoCarriedSubject() throws {
        let extracted = try Extracted(
            "Phó Chủ tịch Quốc hội Tòng Thị Phóng phát biểu. Trở thành thành viên APPF năm 1995, Quốc hội Việt Nam luôn nỗ lực.")
        #expect(!extracted.pairs(.holdsPosition).contains("Tòng Thị Phóng → APPF"), "\(extracted.summary)")
        #expect(extracted.relations.filter { $0.subject == "Tòng Thị Phóng" }.count == 1, "\(extracted.summary)")
    }
}
