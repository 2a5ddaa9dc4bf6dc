import MekongPluginAPI
import Testing

/// Organization names left cut on the development corpus and on unseen news (issue 7), one general rule each: a
/// second task joined by "và" in lower case after the capitalized task that opens the name, and an acronym in
/// parentheses inside a name, a document's title that "và" and a legal type in lower case end or a session
/// completes, a glued sentence that "Thời gian" or "Nội dung" opens after a name, a head word that is a given name, and
/// a name's lower-case tail that the article's full name of the body confirms.
@Suite("Organization and document names: 'và' inside and after names, acronyms in parentheses")
struct UnseenNewsTwelfthSessionEntityRound2Tests {
    @Test("a lower-case task joined by 'và' to the capitalized task that opens the name is part of it", arguments: [
        ("Bộ phối hợp với Cục Cạnh tranh và bảo vệ người tiêu dùng, Tổng cục Quản lý thị trường.",
            "Cục Cạnh tranh và bảo vệ người tiêu dùng"),
        ("Ông Nam làm việc tại Chi cục Khai thác và bảo vệ thủy sản.", "Chi cục Khai thác và bảo vệ thủy sản"),
    ])
    func lowerCaseTaskAfterConjunction(text: String, body: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.organization).contains(body), "\(extracted.summary)")
    }

    @Test("'người' and a compound in lower case name a kind of people inside a body's name")
    func kindOfPeopleInName() throws {
        let extracted = try Extracted("Ông Nam là Chủ tịch Hội người cao tuổi tỉnh Nghệ An từ năm 2015.")
        #expect(extracted.names(.organization).contains("Hội người cao tuổi tỉnh Nghệ An"), "\(extracted.summary)")
    }

    @Test("a known body's whole name joined by 'và' to lower-case words stays whole")
    func knownBodyBeforeConjunction() throws {
        let extracted = try Extracted("Đoàn đã làm việc với Bộ Y tế và bệnh viện.")
        #expect(extracted.names(.organization).contains("Bộ Y tế"), "\(extracted.summary)")
    }

    @Test("an acronym in parentheses inside a name, before a Vietnamese word that carries the name on, is left out of it")
    func parenthesizedAcronymInsideName() throws {
        let extracted = try Extracted(
            "Đó là sự việc Ban Quản lý (BQL) Hoàng thành Thăng Long và BQL khu di tích Văn Miếu đã tiếp nhận.")
        #expect(extracted.names(.organization).contains("Ban Quản lý Hoàng thành Thăng Long"), "\(extracted.summary)")
        #expect(!extracted.names(.organization).contains { $0.contains("(") || $0.hasSuffix("BQL") }, "\(extracted.summary)")
    }

    @Test("an acronym in parentheses before a holder's name closes the body's name")
    func parenthesizedAcronymBeforeHolder() throws {
        let extracted = try Extracted("Chủ tịch Ủy ban Chứng khoán Nhà nước (UBCKNN) Vũ Bằng phát biểu tại lễ khai trương.")
        #expect(extracted.names(.organization).contains("Ủy ban Chứng khoán Nhà nước"), "\(extracted.summary)")
        #expect(extracted.names(.person).contains("Vũ Bằng"), "\(extracted.summary)")
    }

    @Test("'và' before a legal type in lower case ends a document's title: another document follows")
    func legalTypeAfterConjunctionEndsTitle() throws {
        let extracted = try Extracted(
            "Đoàn giám sát căn cứ Luật hoạt động giám sát của Quốc hội và HĐND và nghị quyết của Quốc hội năm 2016.")
        #expect(extracted.names(.document).contains("Luật hoạt động giám sát của Quốc hội và HĐND"), "\(extracted.summary)")
        #expect(!extracted.names(.document).contains { $0.contains("nghị quyết") }, "\(extracted.summary)")
    }

    @Test("the session a resolution was passed at ('tại kỳ họp thứ 5') is part of its title")
    func sessionInResolutionTitle() throws {
        let extracted = try Extracted(
            "Trong Nghị quyết về hoạt động chất vấn tại kỳ họp thứ 5 hồi tháng 6, Quốc hội yêu cầu Chính phủ báo cáo.")
        #expect(extracted.names(.document).contains("Nghị quyết về hoạt động chất vấn tại kỳ họp thứ 5"), "\(extracted.summary)")
    }

    @Test("'Thời gian', 'Thời điểm' or 'Nội dung' glued after a name opens the next sentence", arguments: [
        ("Các bộ trưởng trả lời chất vấn: Nội vụ, Ủy ban Dân tộc Nội dung chất vấn cuối cùng là về kinh tế.",
            "Ủy ban Dân tộc"),
        ("Ông Nam trả lời phỏng vấn Báo Người Lao Động Thời điểm cắm mốc dựa trên quyết định 150.", "Báo Người Lao Động"),
    ])
    func clauseOpenedAfterName(text: String, body: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.organization).contains(body), "\(extracted.summary)")
        #expect(!extracted.names(.organization).contains { $0.hasSuffix(" Nội dung") || $0.hasSuffix(" Thời") }, "\(extracted.summary)")
    }

    @Test("a head between a family name and a given name is a syllable of the name after a place that closes a body")
    func headAsGivenNameAfterPlace() throws {
        let extracted = try Extracted(
            "Đoàn do Thượng tướng, Phó chủ tịch Quân ủy TƯ Trung Quốc Phạm Trường Long dẫn đầu đã đến thăm Hà Nội.")
        #expect(!extracted.names(.organization).contains { $0.hasPrefix("Trường") }, "\(extracted.summary)")
        let school = try Extracted("Ông Nam là hiệu trưởng Trường THPT Lê Quý Đôn từ năm 2015.")
        #expect(school.names(.organization).contains("Trường THPT Lê Quý Đôn"), "\(school.summary)")
    }

    @Test("a name cut before lower-case words runs on over them when the article names the body with them")
    func tailConfirmedByFullName() throws {
        let extracted = try Extracted(
            "Cục Nghệ thuật biểu diễn (Bộ Văn hóa, Thể thao và Du lịch) đã cấp phép. "
                + "Bộ yêu cầu Cục Nghệ thuật biểu diễn khẩn trương rút kinh nghiệm.")
        #expect(extracted.names(.organization).contains("Cục Nghệ thuật biểu diễn"), "\(extracted.summary)")
        #expect(!extracted.names(.organization).contains("Cục Nghệ thuật"), "\(extracted.summary)")
    }
}
