import MekongPluginAPI
import Testing

/// Shapes found missing on 24 articles measured before anyone tuned to them (dev/401–424): businesses with a
/// lower-case trade, departments listed after a count, lower-case law names, addresses with villages and abbreviated
/// units, parenthesized places, posts of bodies named "của" their owner, and the bylines and glued sentences of
/// crawled pages.
@Suite("Shapes of unseen news: businesses, addresses, bylines")
struct UnseenNewsTests {
    struct Named: CustomTestStringConvertible, Sendable {
        var sentence: String
        var type: EntityType
        var name: String
        var testDescription: String { name }
    }

    static let named: [Named] = [
        // A business names its trade in lower case before its own name, after its legal form or not.
        Named(sentence: "Bệnh viện thuê 1 máy của Cty TNHH thiết bị Minh Tâm và 1 máy khác.", type: .organization,
              name: "Công ty TNHH thiết bị Minh Tâm"),
        Named(sentence: "Họ mua 8 máy chạy thận của Cty CP thiết bị y tế Thịnh Phát.", type: .organization,
              name: "Công ty CP thiết bị y tế Thịnh Phát"),
        Named(sentence: "Ông An là Giám đốc Công ty CP Xuất nhập khẩu và vận tải Khánh Nguyên.", type: .organization,
              name: "Công ty CP Xuất nhập khẩu và vận tải Khánh Nguyên"),
        Named(sentence: "Dự án giao cho HTX nông nghiệp Kiến Thái thực hiện.", type: .organization,
              name: "Hợp tác xã nông nghiệp Kiến Thái"),
        Named(sentence: "Khí thải của Nhà máy bột giấy Phương Nam vượt chuẩn.", type: .organization,
              name: "Nhà máy bột giấy Phương Nam"),
        Named(sentence: "Ông Trần Văn Hai, Tổng giám đốc TCty Chè Việt Nam, cho biết.", type: .organization,
              name: "Tổng công ty Chè Việt Nam"),
        // Courts and procuracies by their abbreviations, banks by their brand.
        Named(sentence: "Vụ án do TAND tối cao xét xử phúc thẩm.", type: .organization, name: "Tòa án nhân dân tối cao"),
        Named(sentence: "Ông Phong là Giám đốc chi nhánh của Vietcombank tại Đắk Lắk.", type: .organization,
              name: "Ngân hàng TMCP Ngoại thương Việt Nam"),
        // A department named after its ministry, whatever the case of its words.
        Named(sentence: "Ông Vũ Xuân Sáng - Giám đốc Sở Kế hoạch và đầu tư tỉnh Yên Bái cho biết.", type: .organization,
              name: "Sở Kế hoạch và đầu tư tỉnh Yên Bái"),
        // A law named with a lower-case type word.
        Named(sentence: "Theo luật Đất đai (Điều 38), kế hoạch phải được lập.", type: .document, name: "Luật Đất đai"),
        // Addresses: villages, and units abbreviated to a letter and a full stop.
        Named(sentence: "Anh Thành (thôn Đồng Sơn, xã Thạch Xuân, huyện Thạch Hà) cho hay.", type: .place, name: "Đồng Sơn"),
        Named(sentence: "Trụ sở ở P.Phạm Ngũ Lão, Q.1, TP.HCM.", type: .place, name: "Phạm Ngũ Lão"),
        Named(sentence: "Trụ sở ở P.Phạm Ngũ Lão, Q.1, TP.HCM.", type: .place, name: "Quận 1"),
        Named(sentence: "Người dân làm thủ tục tại phường Thành Công, Q.Ba Đình, Hà Nội.", type: .place, name: "Ba Đình"),
        Named(sentence: "So với xã Vĩnh Lộc A (huyện Bình Chánh) thì dân số thấp hơn.", type: .place, name: "Vĩnh Lộc A"),
        // Persons: a rarer family name, a name after a body's number, a name after a commune whose name ends in "Xuân".
        Named(sentence: "Không có sự xuất hiện của ông Trầm Bê tại đại hội.", type: .person, name: "Trầm Bê"),
        Named(sentence: "Vụ trưởng Vụ 1 Lê Sỹ Bảy cho biết kết quả.", type: .person, name: "Lê Sỹ Bảy"),
        Named(sentence: "Phó chủ tịch UBND xã Thạch Xuân Nguyễn Văn Quý cho biết.", type: .person, name: "Nguyễn Văn Quý"),
        // A street's namesake whom the article then speaks of as a person.
        Named(sentence: "Đường R4 được đặt tên Bùi Thiện Ngộ. Ông Bùi Thiện Ngộ sinh ra tại Tân Định, từng là Bộ trưởng Công an.",
              type: .person, name: "Bùi Thiện Ngộ"),
        // A capitalized "Ông" opens a sentence the crawler glued on.
        Named(sentence: "Tỉnh chỉ đạo khởi kiện công ty Đại Nguyên Dương  Ông Nguyễn Chí Công, Phó chủ tịch UBND huyện Hoài Nhơn cho rằng.",
              type: .person, name: "Nguyễn Chí Công"),
    ]

    @Test("names of unseen shapes", arguments: named)
    func name(_ example: Named) throws {
        let extracted = try Extracted(example.sentence)
        #expect(extracted.names(example.type).contains(example.name), "\(extracted.summary)")
    }

    @Test("'6 Sở: A, B, …' is one department per name, each named after its ministry")
    func departmentsAfterCount() throws {
        let extracted = try Extracted(
            "Sở Thông tin và Truyền thông khảo sát tại 6 Sở: Giáo dục và Đào tạo, Y tế, Lao động Thương binh và Xã hội, Công thương, Tư pháp và Nội vụ.")
        let names = Set(extracted.names(.organization))
        for department in ["Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Lao động Thương binh và Xã hội", "Sở Công thương", "Sở Tư pháp", "Sở Nội vụ"] {
            #expect(names.contains(department), "\(extracted.summary)")
        }
        #expect(!names.contains("Sở Xã hội"))
    }

    @Test("no glued sentence, street list, ward or byline makes a person or a place")
    func notEntities() throws {
        let glued = try Extracted("Tỉnh chỉ đạo khởi kiện công ty Đại Nguyên Dương  Ông Nguyễn Chí Công cho rằng.")
        #expect(!glued.names(.person).contains { $0.contains("Ông") }, "\(glued.summary)")
        let streets = try Extracted("Khu phố có 20 con hẻm thông qua các tuyến đường Phạm Ngũ Lão, Đề Thám, Đỗ Quang Đẩu với 1.000 nhân khẩu.")
        #expect(streets.names(.person).isEmpty, "\(streets.summary)")
        let ward = try Extracted("Phong nhận tiền trên địa bàn phường Nguyễn Thái Học (TP Yên Bái) thì bị bắt.")
        #expect(!ward.names(.person).contains("Nguyễn Thái Học"), "\(ward.summary)")
        let byline = try Extracted("Việc chặt cây chưa được đồng thuận.\n\nHà Nam (Tổng hợp)")
        #expect(!byline.names(.place).contains("Hà Nam"), "\(byline.summary)")
        let reporter = try Extracted("Theo P.V (Dân trí), bà Liễu đã giải thích.")
        #expect(reporter.names(.place).isEmpty, "\(reporter.summary)")
        let documentAfterMinistry = try Extracted("Bộ GD&ĐT và Thông tư số 26/2014/TT-BGDĐT quy định việc này.")
        #expect(!documentAfterMinistry.names(.organization).contains { $0.contains("Thông tư") }, "\(documentAfterMinistry.summary)")
    }

    @Test("relations stated by structure", arguments: [
        ("Công ty xin nạo vét tại xã Đại Lai (huyện Gia Bình).", Predicate.locatedIn, "Đại Lai → Gia Bình"),
        ("Tàu của Công ty TNHH Đại Nguyên Dương (Nam Định) bị hỏng.", .locatedIn, "Công ty TNHH Đại Nguyên Dương → Nam Định"),
        ("Anh Thành (thôn Đồng Sơn, xã Thạch Xuân, huyện Thạch Hà) cho hay.", .locatedIn, "Đồng Sơn → Thạch Xuân"),
        ("Ông Khánh đề xuất khôi phục lại Khoa Thận nhân tạo của Bệnh viện Đa khoa tỉnh Hòa Bình.", .partOf,
         "Khoa Thận nhân tạo → Bệnh viện Đa khoa tỉnh Hòa Bình"),
        ("Thực hiện Thông tư số 58/2011/TT-BGDĐT của Bộ trưởng Bộ GD&ĐT về đánh giá học sinh.", .issued,
         "Bộ Giáo dục và Đào tạo → 58/2011/TT-BGDĐT"),
        ("Đoàn Đại biểu Quốc hội TPHCM đề nghị Quốc hội xem xét.", .partOf, "Đoàn Đại biểu Quốc hội Thành phố Hồ Chí Minh → Quốc hội"),
    ])
    func structure(text: String, predicate: Predicate, pair: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.pairs(predicate).contains(pair), "\(extracted.summary)")
    }

    @Test("a territory's body does not lie in the province given in parentheses after it")
    func territorialBodyKeepsItsTerritory() throws {
        let extracted = try Extracted("Ông Mạnh là Chủ tịch UBND huyện Tuy Đức (Đắk Nông) từ năm 2015.")
        #expect(!extracted.pairs(.locatedIn).contains("Ủy ban nhân dân huyện Tuy Đức → Đắk Nông"), "\(extracted.summary)")
    }

    @Test("a headline naming the province most named puts it in focus; a headline naming none leaves no focus")
    func provinceInFocusByHeadline() throws {
        let body = "Bí thư Tỉnh ủy Lê Đình Sơn yêu cầu làm rõ. Hà Tĩnh mất mùa, trong khi Quảng Bình được mùa."
        let focused = try Extracted(body, title: "Hà Tĩnh: Mất mùa chưa từng có")
        #expect(focused.pairs(.holdsPosition).contains("Lê Đình Sơn → Tỉnh ủy Hà Tĩnh"), "\(focused.summary)")
        let unfocused = try Extracted(body, title: "Mất mùa chưa từng có")
        #expect(!unfocused.pairs(.holdsPosition).contains("Lê Đình Sơn → Tỉnh ủy Hà Tĩnh"), "\(unfocused.summary)")
    }

    @Test("a unit named with 'của' and its owner is also called without the owner")
    func ownerlessAlias() throws {
        let extracted = try Extracted("Ông Thành từng là Phó Chủ nhiệm Ủy ban Văn hóa xã hội của Quốc hội.")
        #expect(extracted.hasMention(.organization, containingName: "Ủy ban Văn hóa xã hội"), "\(extracted.summary)")
    }
}
