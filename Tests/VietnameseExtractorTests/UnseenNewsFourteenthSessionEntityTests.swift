import MekongPluginAPI
import Testing

/// Names, types and traps that unseen news holds and no rule read (fourteenth session: misses listed by reviewers on
/// the seventh random draw), each on a sentence written for the test: streets listed after an area's word, memorials
/// named with a person's title, bylines of two reporters, persons whose name holds a syllable that heads bodies,
/// laws named with their year, companies named with an English legal form, bodies whose lower-case
/// complement ends with their number, a district's committee named by the district's number, and
/// numbered bodies listed by their numbers.
@Suite("Streets in a list, memorials, two reporters' byline, names holding a head word, laws with their year, foreign forms, numbered bodies")
struct UnseenNewsFourteenthSessionEntityTests {
    @Test("the streets listed after 'khu vực như:' or 'tuyến đường như:' are no persons, with a place or 'Bà' among them", arguments: [
        "Tình trạng lấn chiếm vẫn xảy ra ở một số khu vực như: Trường Sa, Bà Lê Thị Riêng, Phan Đình Phùng, Phố đi bộ Bùi Viện...",
        "Lực lượng chức năng ra quân trên các tuyến đường như: Lý Thường Kiệt, Trần Hưng Đạo, Nguyễn Thị Minh Khai.",
    ])
    func streetsListedAfterAreaWord(text: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.person).isEmpty, "\(extracted.summary)")
    }

    @Test("persons listed after 'như:' without an area's word stay persons, and so does one after a place and a comma")
    func personsListedStayPersons() throws {
        let listed = try Extracted("Dự hội nghị có các đại biểu như: ông Nguyễn Văn An, bà Trần Thị Bình.")
        #expect(listed.names(.person) == ["Nguyễn Văn An", "Trần Thị Bình"], "\(listed.summary)")
        let afterPlace = try Extracted("Tại khu vực Hà Nội, ông Nguyễn Văn An cho biết tình hình đã ổn định.")
        #expect(afterPlace.names(.person) == ["Nguyễn Văn An"], "\(afterPlace.summary)")
    }

    @Test("a person named by a memorial with the title it gives ('Lăng Chủ tịch', 'tượng đài Tổng Bí thư') is no person", arguments: [
        "Nhân dịp ra Hà Nội, đoàn đã vào viếng Lăng Chủ tịch Tôn Đức Thắng.",
        "Đoàn công tác dâng hoa tại tượng đài Tổng Bí thư Lê Hồng Phong ở quảng trường.",
    ])
    func memorialWithTitle(text: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.person).isEmpty, "\(extracted.summary)")
    }

    @Test("a titled person who visits a memorial stays a person")
    func titledPersonVisitsMemorial() throws {
        let extracted = try Extracted("Sáng nay, Chủ tịch Nguyễn Văn An đã vào lăng viếng Bác.")
        #expect(extracted.names(.person) == ["Nguyễn Văn An"], "\(extracted.summary)")
    }

    @Test("a titled person after a word that ends in 'đài' or 'tượng' but names no memorial stays a person", arguments: [
        ("Trên lễ đài Chủ tịch nước Võ Văn Thưởng vẫy chào đoàn diễu binh.", "Võ Văn Thưởng"),
        ("Cơ quan công an đã triệu tập đối tượng Nguyễn Văn Hùng để làm rõ.", "Nguyễn Văn Hùng"),
    ])
    func wordEndingInMemorialSyllable(text: String, person: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.person) == [person], "\(extracted.summary)")
    }

    @Test("two reporters' names joined by a dash after the last sentence are a byline, not a province")
    func twoReportersByline() throws {
        let extracted = try Extracted(
            "UBND tỉnh Lâm Đồng đã có văn bản báo cáo Thủ tướng Chính phủ. “Tỉnh đang chờ ý kiến chỉ đạo”, ông Hùng cho "
                + "biết thêm. Thái Bình - Minh Khoa")
        #expect(!extracted.names(.place).contains("Thái Bình"), "\(extracted.summary)")
        #expect(extracted.document.article.author == "Thái Bình - Minh Khoa", "\(extracted.summary)")
    }

    @Test("a name after a title whose third syllable heads bodies ('Trường', 'Hội') is one person, not a person and a body", arguments: [
        ("Cuộc họp do Tổng giám đốc Lê Hoàng Trường Giang chủ trì.", "Lê Hoàng Trường Giang"),
        ("Thay mặt lãnh đạo công ty, Giám đốc Phạm Minh Hội Anh khẳng định sẽ hoàn thành kế hoạch.", "Phạm Minh Hội Anh"),
    ])
    func nameHoldingHeadWord(text: String, person: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.person) == [person], "\(extracted.summary)")
        #expect(extracted.names(.organization).isEmpty, "\(extracted.summary)")
    }

    @Test("a school named by its full head after a two-syllable name stays a school")
    func schoolAfterShortName() throws {
        let extracted = try Extracted("PGS.TS Lê Minh Trường Đại học Y Hà Nội cho biết kết quả nghiên cứu.")
        #expect(extracted.names(.organization) == ["Trường Đại học Y Hà Nội"], "\(extracted.summary)")
    }

    @Test("a law's year, with or without 'năm', closes its name; the title alone stays one of its names")
    func lawWithItsYear() throws {
        let extracted = try Extracted("Quyết định này trái với Luật Đầu tư năm 2020 và Luật Doanh nghiệp 2014.")
        #expect(extracted.names(.document) == ["Luật Đầu tư năm 2020", "Luật Doanh nghiệp 2014"], "\(extracted.summary)")
        #expect(extracted.hasMention(.document, containingName: "Luật Đầu tư"), "\(extracted.summary)")
    }

    @Test("a year later than the article's is when something is planned, not the law's year")
    func plannedYearAfterLaw() throws {
        let extracted = try Extracted("Bộ sẽ trình sửa đổi Luật Đất đai năm 2022.", published: "2021-05-10")
        #expect(extracted.names(.document) == ["Luật Đất đai"], "\(extracted.summary)")
    }

    @Test("a year that is no number of four digits, or a date, stays out of a law's name", arguments: [
        "Luật Đầu tư năm nay có nhiều điểm mới.",
        "Luật Đầu tư 2020-2021 có nhiều điểm mới.",
    ])
    func lawWithoutYear(text: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.document) == ["Luật Đầu tư"], "\(extracted.summary)")
    }

    @Test("a company named with an English legal form after a title is a company, and the post is held in it", arguments: [
        ("Bà Trần Thị Hoa - Phó Tổng Giám đốc Hoàng Long Group, cho biết dự án sẽ khởi công.", "Hoàng Long Group"),
        ("Ông Lê Văn Tâm, Chủ tịch Phú Thịnh Corporation, cho biết dự án sẽ khởi công.", "Phú Thịnh Corporation"),
    ])
    func companyWithForeignForm(text: String, company: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.organization) == [company], "\(extracted.summary)")
        #expect(extracted.names(.person).count == 1, "\(extracted.summary)")
        #expect(extracted.pairs(.holdsPosition).map { $0.hasSuffix("→ " + company) } == [true], "\(extracted.summary)")
    }

    @Test("a body's number closes a lower-case complement, after a verbal compound or right after the head", arguments: [
        ("Hai đơn vị là Công ty cổ phần Tư vấn xây dựng mỏ 2; Công ty cổ phần Tư vấn xây dựng mỏ 3.",
            ["Công ty cổ phần Tư vấn xây dựng mỏ 2", "Công ty cổ phần Tư vấn xây dựng mỏ 3"]),
        ("Ông Lâm được điều động về Ban Quản lý dự án thủy điện 6 từ tháng 3.", ["Ban Quản lý dự án thủy điện 6"]),
    ])
    func numberClosesComplement(text: String, organizations: [String]) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.organization) == organizations, "\(extracted.summary)")
    }

    @Test("a count after a body's lower-case words is no number of its name", arguments: [
        "Ban quản lý dự án đã giải ngân 5 tỷ đồng trong năm.",
        "Công ty cổ phần Tư vấn xây dựng mỏ 2 năm qua đã có lãi.",
    ])
    func countIsNoNumberOfName(text: String) throws {
        let extracted = try Extracted(text)
        #expect(!extracted.names(.organization).contains { $0.contains(where: \.isNumber) }, "\(extracted.summary)")
    }

    @Test("a bare district committee before the district's numbered council keeps the district's unit word")
    func numberedDistrictCommittee() throws {
        let extracted = try Extracted("Ông Lê Văn Bình, Phó Bí thư Quận ủy, Chủ tịch UBND Q.3 phát biểu tại hội nghị.")
        #expect(extracted.names(.organization).contains("Quận ủy Quận 3"), "\(extracted.summary)")
        #expect(!extracted.names(.organization).contains("Quận ủy 3"), "\(extracted.summary)")
    }

    @Test("numbers listed after a numbered body name its siblings, even after 'các'")
    func numberedSiblings() throws {
        let extracted = try Extracted("Bộ yêu cầu cổ phần hóa các Tổng công ty Xây dựng 4, 5 và 6 trong năm tới.")
        #expect(extracted.names(.organization) == ["Tổng công ty Xây dựng 4", "Tổng công ty Xây dựng 5", "Tổng công ty Xây dựng 6"],
            "\(extracted.summary)")
    }

    @Test("a count after a numbered body's list is no sibling, and a body after 'các' without numbers stays a kind")
    func countAfterNumberedBody() throws {
        let count = try Extracted("Tổng công ty Xây dựng 4, 5 năm qua đã có lãi.")
        #expect(count.names(.organization) == ["Tổng công ty Xây dựng 4"], "\(count.summary)")
        let kind = try Extracted("Bộ yêu cầu các Tổng công ty Xây dựng báo cáo trong năm tới.")
        #expect(kind.names(.organization).isEmpty, "\(kind.summary)")
    }

    @Test("a number after 'và' that counts the noun after it is no sibling")
    func countAfterAndIsNoSibling() throws {
        let extracted = try Extracted("Tổng công ty Phát điện 3 và 12 nhà máy trực thuộc đã hoàn thành kế hoạch.")
        #expect(!extracted.names(.organization).contains("Tổng công ty Phát điện 12"), "\(extracted.summary)")
    }
}
