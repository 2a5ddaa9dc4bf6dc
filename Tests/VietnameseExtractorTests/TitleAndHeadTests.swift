import MekongPluginAPI
import Testing
import VietnameseLexicon

/// Titles that share a word with the body they name ("Trưởng đoàn ĐBQH tỉnh X" heads "Đoàn ĐBQH tỉnh X"),
/// boards, and bodies named again by their head alone.
@Suite("Titles that take in their body's head, boards, bodies named by their head")
struct TitleAndHeadTests {
    @Test("'Trưởng đoàn'/'Phó trưởng đoàn' before a National Assembly delegation: the delegation is a body and its holder a person")
    func delegationHeads() throws {
        let extracted = try Extracted(
            "Trưởng đoàn ĐBQH tỉnh Điện Biên Trần Văn Sơn phát biểu. Phó trưởng đoàn Đại biểu Quốc hội tỉnh Nghệ An "
                + "Lê Văn Tám cũng phát biểu.")
        #expect(extracted.names(.person).sorted() == ["Lê Văn Tám", "Trần Văn Sơn"], "\(extracted.summary)")
        #expect(extracted.attributes("Trần Văn Sơn", .holdsPosition, "Đoàn Đại biểu Quốc hội tỉnh Điện Biên")
            .compactMap { $0["title"] } == ["Trưởng đoàn"], "\(extracted.summary)")
        #expect(extracted.attributes("Lê Văn Tám", .holdsPosition, "Đoàn Đại biểu Quốc hội tỉnh Nghệ An")
            .compactMap { $0["title"] } == ["Phó trưởng đoàn"], "\(extracted.summary)")
        // A delegation named by its head alone is no body: "Trưởng đoàn kiểm tra" names nobody's body.
        let inspection = try Extracted("Trưởng đoàn kiểm tra cho biết đoàn sẽ làm việc trong ba ngày.")
        #expect(inspection.names(.organization).isEmpty, "\(inspection.summary)")
    }

    @Test("a board or Party committee left bare in a chain of posts belongs to the body that closes the chain")
    func unitsOfTheChainsOwner() throws {
        let extracted = try Extracted(
            "Ông Đỗ Văn Hồng, Chủ tịch HĐQT kiêm Tổng giám đốc Công ty PVC, bị khởi tố. Bà Hồ Thị Kim Thoa giữ các chức "
                + "vụ Bí thư Đảng ủy - Chủ tịch HĐQT - Tổng giám đốc Công ty Bóng đèn Điện Quang.")
        let posts = extracted.pairs(.holdsPosition)
        for (person, body) in [
            ("Đỗ Văn Hồng", "Hội đồng quản trị Công ty PVC"), ("Đỗ Văn Hồng", "Công ty PVC"),
            ("Hồ Thị Kim Thoa", "Đảng ủy Công ty Bóng đèn Điện Quang"),
            ("Hồ Thị Kim Thoa", "Hội đồng quản trị Công ty Bóng đèn Điện Quang"),
            ("Hồ Thị Kim Thoa", "Công ty Bóng đèn Điện Quang"),
        ] {
            #expect(posts.contains(pair(person, body)), "\(person) @ \(body): \(extracted.summary)")
        }
        #expect(extracted.pairs(.partOf).contains(pair("Hội đồng quản trị Công ty PVC", "Công ty PVC")), "\(extracted.summary)")
        // A territory's committee is not a company's: "Bí thư Đảng ủy, Chủ tịch UBND xã X" names no "Đảng ủy UBND".
        let commune = try Extracted("Ông Nguyễn Văn Ba, Bí thư Đảng ủy, Chủ tịch UBND xã Tân Phú, phát biểu.")
        #expect(!commune.names(.organization).contains { $0.hasPrefix("Đảng ủy") }, "\(commune.summary)")
    }

    @Test("'Phó ban' is a title of its own: the deputy head of the Ban it takes in")
    func deputyOfABoard() throws {
        let extracted = try Extracted(
            "Tỉnh điều động ông Nguyễn Văn Trượng giữ chức Phó ban Dân vận Tỉnh ủy Bình Định. Ông Đinh La Thăng làm "
                + "Phó ban Kinh tế Trung ương.")
        #expect(extracted.attributes("Nguyễn Văn Trượng", .holdsPosition, "Ban Dân vận Tỉnh ủy Bình Định").compactMap { $0["title"] }
            == ["Phó ban"], "\(extracted.summary)")
        #expect(extracted.attributes("Đinh La Thăng", .holdsPosition, "Ban Kinh tế Trung ương").compactMap { $0["title"] }
            == ["Phó ban"], "\(extracted.summary)")
        // Where the article writes the post in full too, the short form is that post.
        let both = try Extracted(
            "Ông Phùng Xuân Nhạ giữ chức Phó Trưởng Ban Tuyên giáo Trung ương. Các đại biểu chúc mừng tân Phó Ban Tuyên "
                + "giáo Trung ương Phùng Xuân Nhạ.")
        #expect(Set(both.attributes("Phùng Xuân Nhạ", .holdsPosition, "Ban Tuyên giáo Trung ương").compactMap { $0["title"] })
            == ["Phó Trưởng Ban"], "\(both.summary)")
    }

    @Test("a research institute named in lower case, and its chair named after the bare head with a foreign name")
    func instituteAndForeignHolder() throws {
        let extracted = try Extracted(
            "Tại Viện nghiên cứu chính sách Nhật Bản, ông Uông Chu Lưu đã gặp Chủ tịch Viện Akihiko Tanaka.")
        #expect(extracted.names(.organization) == ["Viện nghiên cứu chính sách Nhật Bản"], "\(extracted.summary)")
        #expect(extracted.pairs(.holdsPosition).contains(pair("Akihiko Tanaka", "Viện nghiên cứu chính sách Nhật Bản")),
                "\(extracted.summary)")
        // Acronyms closing a name are no foreign holder's name, and a foreign body keeps its foreign words.
        let acronyms = try Extracted("Tôi là Nguyễn Văn Đệ, ủy viên UB TƯ MTTQ VN, ủy viên BCH VCCI.")
        #expect(!acronyms.names(.organization).contains("Ủy ban Trung ương"), "\(acronyms.summary)")
        let foreign = try Extracted("Ông Lê Văn Tám, Giám đốc Công ty Samsung Electronics, cho biết.")
        #expect(foreign.names(.organization).contains("Công ty Samsung Electronics"), "\(foreign.summary)")
        // A verb right after the head opens no name unless more of the name and a territory follow it.
        let verb = try Extracted("Ban tổ chức đã chuẩn bị chu đáo cho hội nghị tỉnh Nghệ An.")
        #expect(verb.names(.organization).isEmpty, "\(verb.summary)")
    }

    @Test("a ministry written with dashes for its 'và' and commas is the ministry", arguments: [
        ("Ông Nguyễn Minh Quang, nguyên Bộ trưởng Bộ Tài nguyên - Môi trường, bị kỷ luật.", "Bộ Tài nguyên và Môi trường"),
        ("Bộ Văn hóa - Thể thao và Du lịch vừa có văn bản.", "Bộ Văn hóa, Thể thao và Du lịch"),
        ("Bộ Văn hóa - Thể thao - Du lịch vừa có văn bản.", "Bộ Văn hóa, Thể thao và Du lịch"),
        ("Theo Bộ Kế hoạch - Đầu tư, vốn đã giải ngân.", "Bộ Kế hoạch và Đầu tư"),
    ])
    func dashedMinistries(sentence: String, ministry: String) throws {
        let extracted = try Extracted(sentence)
        #expect(extracted.names(.organization) == [ministry], "\(extracted.summary)")
    }
}
