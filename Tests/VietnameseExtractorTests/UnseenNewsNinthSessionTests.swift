import MekongPluginAPI
import Testing

/// Traps and shapes found on the fourth random draw of unseen articles (dev/473–496), measured once before anyone
/// tuned to them: names of persons that name a school, a decoration or nothing at all, and a code of law.
@Suite("Shapes of unseen news, fourth draw")
struct UnseenNewsNinthSessionTests {
    @Test("a code of law ('Bộ luật', whatever its case) is a document, never a ministry", arguments: [
        "Công an huyện đã bắt Trần Văn Hạnh theo Điều 257, Bộ Luật Hình sự. Vụ việc đang được điều tra.",
        "Công an huyện đã bắt Trần Văn Hạnh theo Điều 257 Bộ luật Hình sự. Vụ việc đang được điều tra.",
    ])
    func codeOfLaw(text: String) throws {
        let extracted = try Extracted(text)
        #expect(!extracted.names(.organization).contains { $0.lowercased().hasPrefix("bộ luật") }, "\(extracted.summary)")
        #expect(extracted.names(.document).contains { $0.lowercased() == "bộ luật hình sự" }, "\(extracted.summary)")
    }

    @Test("a comma after a law's title ends it unless a name compound follows ('Luật Cán bộ, công chức')")
    func commaAfterLawTitle() throws {
        let extracted = try Extracted(
            "Cơ quan điều tra khởi tố 5 bị can theo Điều 278 Bộ luật Hình sự, phần lớn là cựu lãnh đạo công ty. "
                + "Luật Khám bệnh, chữa bệnh quy định rõ trách nhiệm.")
        #expect(extracted.names(.document) == ["Bộ luật Hình sự", "Luật Khám bệnh, chữa bệnh"], "\(extracted.summary)")
    }

    @Test("a decoration or a medal named after a person is no person", arguments: [
        "Đảng và Nhà nước đã tặng thưởng đồng chí nhiều phần thưởng như Huân chương Sao vàng, Huân chương Hồ Chí Minh và nhiều huân chương khác.",
        "Vận động viên đã giành Huy chương Nguyễn Văn Trỗi tại hội thao.",
    ])
    func decoration(text: String) throws {
        let extracted = try Extracted(text)
        #expect(!extracted.names(.person).contains("Hồ Chí Minh"), "\(extracted.summary)")
        #expect(!extracted.names(.person).contains("Nguyễn Văn Trỗi"), "\(extracted.summary)")
    }

    @Test("a school's level before a person's name names the school, with or without 'Trường'")
    func schoolByLevel() throws {
        let extracted = try Extracted(
            "Bộ trưởng đã kiểm tra điểm thi THPT Nguyễn Hữu Huân (quận Thủ Đức, TP.HCM). "
                + "Bộ trưởng thăm hỏi thí sinh tại điểm thi Trường THPT Nguyễn Hữu Huân.")
        #expect(extracted.names(.person).isEmpty, "\(extracted.summary)")
        #expect(extracted.hasMention(.organization, containingName: "THPT Nguyễn Hữu Huân"), "\(extracted.summary)")
    }

    @Test("a head shared by a closed list: after two bodies of one head, the bare names of the list are bodies of it")
    func headSharedByList() throws {
        let extracted = try Extracted(
            "Giảng viên từ 9 trường ĐH phối hợp bao gồm Đại học Quốc gia TP.HCM, Đại học Sư phạm TP.HCM, Sài Gòn, "
                + "Nguyễn Tất Thành, Hoa Sen, Văn Hiến, Ngoại ngữ - Tin học TP.HCM, Quốc tế Hồng Bàng và Y khoa Phạm Ngọc Thạch. "
                + "Bệnh viện Bạch Mai, Bệnh viện Việt Đức, Chợ Rẫy, Trung ương Huế và Nhi Trung ương đã cử bác sĩ.")
        #expect(extracted.names(.person).isEmpty, "\(extracted.summary)")
        let organizations = Set(extracted.names(.organization))
        #expect(organizations.isSuperset(of: [
            "Đại học Sài Gòn", "Đại học Nguyễn Tất Thành", "Đại học Hoa Sen", "Đại học Văn Hiến",
            "Đại học Ngoại ngữ - Tin học Thành phố Hồ Chí Minh", "Đại học Quốc tế Hồng Bàng", "Đại học Y khoa Phạm Ngọc Thạch",
            "Bệnh viện Chợ Rẫy", "Bệnh viện Trung ương Huế", "Bệnh viện Nhi Trung ương",
        ]), "\(extracted.summary)")
        #expect(extracted.hasMention(.organization, containingName: "Đại học Ngoại ngữ - Tin học TP.HCM"), "\(extracted.summary)")
    }

    @Test("a list that does not close with 'và', or that one body of its head starts, shares no head")
    func listThatSharesNoHead() throws {
        let extracted = try Extracted(
            "Đại học Huế, Đại học Vinh, Nguyễn Văn An cùng tham dự. Ông Nguyễn Văn An cho biết như vậy.")
        #expect(extracted.names(.person) == ["Nguyễn Văn An"], "\(extracted.summary)")
        #expect(!extracted.names(.organization).contains("Đại học Nguyễn Văn An"), "\(extracted.summary)")
    }

    @Test("a plural rank before a colon is each listed person's, besides the posts of their own item")
    func rankSharedOverList() throws {
        let extracted = try Extracted(
            "Tham dự có các đồng chí Ủy viên Bộ Chính trị: Phó Thủ tướng Thường trực Chính phủ Trương Hòa Bình; "
                + "Thượng tướng Tô Lâm, Bộ trưởng Bộ Công an; Hoàng Trung Hải, Bí thư Thành ủy Hà Nội cùng đại biểu các bộ, ngành.")
        let posts = extracted.pairs(.holdsPosition)
        for name in ["Trương Hòa Bình", "Tô Lâm", "Hoàng Trung Hải"] {
            #expect(extracted.attributes(name, .holdsPosition, "Bộ Chính trị").contains { $0["title"] == "Ủy viên" }, "\(extracted.summary)")
        }
        #expect(posts.isSuperset(of: ["Tô Lâm → Bộ Công an", "Hoàng Trung Hải → Thành ủy Hà Nội", "Trương Hòa Bình → Chính phủ"]), "\(extracted.summary)")
        // Without "các" the title is one person's: "Ủy viên Bộ Chính trị: …" quoted after a singular title shares nothing.
        let singular = try Extracted("Bà Nguyễn Thị Kim Ngân, Ủy viên Bộ Chính trị: Hoan nghênh ông Trần Văn Nam; ông Lê Văn Hai, Giám đốc Sở Y tế tỉnh Nghệ An, cho biết.")
        #expect(singular.attributes("Lê Văn Hai", .holdsPosition, "Bộ Chính trị").isEmpty, "\(singular.summary)")
    }

    @Test("the abbreviated titles GĐ, PGĐ and TGĐ are posts, and no body")
    func abbreviatedTitles() throws {
        let extracted = try Extracted(
            "Theo ông Vũ Văn Nhẫn - GĐ Nhà máy đạm Ninh Bình, nhà máy đã chạy lại. Ông Nguyễn Văn Minh - PGĐ Công ty TNHH MTV "
                + "đạm Ninh Bình - cho hay như vậy. Ông Ngô Đại Quang - Phó TGĐ Tập đoàn Hóa chất Việt Nam - cho hay, tập đoàn đã họp.")
        let posts = extracted.pairs(.holdsPosition)
        #expect(posts.isSuperset(of: [
            "Vũ Văn Nhẫn → Nhà máy đạm Ninh Bình", "Nguyễn Văn Minh → Công ty TNHH MTV đạm Ninh Bình",
            "Ngô Đại Quang → Tập đoàn Hóa chất Việt Nam",
        ]), "\(extracted.summary)")
        #expect(!extracted.names(.organization).contains("TGĐ"), "\(extracted.summary)")
    }

    @Test("two syllables the gazetteer knows as a place are no person where only a post after them would make one")
    func placeBeforePost() throws {
        let extracted = try Extracted(
            "Ông Phan Văn Tuệ từng là Bí thư Tỉnh ủy Sơn Tây, Hà Đông, Bí thư liên tỉnh Hà Nội - Hà Đông - Sơn Tây; "
                + "Thứ trưởng Bộ Công an. Cuộc họp có Lê Minh, Phó Giám đốc Sở Y tế tỉnh Nghệ An.")
        #expect(extracted.names(.person) == ["Phan Văn Tuệ", "Lê Minh"], "\(extracted.summary)")
    }

    @Test("a bare 'Đồng chí' carries the person named before it into a career, also after 'là:'; 'các đồng chí' does not")
    func comradeCareer() throws {
        let extracted = try Extracted(
            "Lễ kỷ niệm ngày sinh đồng chí Phan Trọng Tuệ diễn ra tại Hà Nội. Đồng chí đã trải qua nhiều cương vị công tác, "
                + "tiêu biểu là: Ủy viên Ban Chấp hành Trung ương Đảng; Thứ trưởng Bộ Công an; Phó Thủ tướng Chính phủ.")
        let posts = extracted.pairs(.holdsPosition)
        #expect(posts.isSuperset(of: [
            "Phan Trọng Tuệ → Ban Chấp hành Trung ương Đảng", "Phan Trọng Tuệ → Bộ Công an", "Phan Trọng Tuệ → Chính phủ",
        ]), "\(extracted.summary)")
        let plural = try Extracted(
            "Ông Nguyễn Văn Nam phát biểu tại hội nghị. Các đồng chí là Ủy viên Ban Thường vụ Tỉnh ủy Nghệ An đã dự.")
        #expect(plural.pairs(.holdsPosition).isEmpty, "\(plural.summary)")
    }
}
