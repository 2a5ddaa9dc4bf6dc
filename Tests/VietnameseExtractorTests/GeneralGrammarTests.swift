import MekongPluginAPI
import Testing
import VietnameseLexicon

/// The grammar that issue 7 asked to generalize: boundaries by a head and its complement, coordinated and
/// distributive bodies, careers, posts framed before the name, and foreign names.
@Suite("General grammar: boundaries, coordination, careers, foreign names")
struct GeneralGrammarTests {
    struct Boundary: CustomTestStringConvertible, Sendable {
        var sentence: String
        var organization: String
        var testDescription: String { organization }
    }

    static let boundaries: [Boundary] = [
        // A lower-case complement of name compounds, with its territory.
        Boundary(sentence: "Bà Trần Thị Mai được bầu làm Chủ tịch Hội Liên hiệp phụ nữ tỉnh Nghệ An.",
                 organization: "Hội Liên hiệp phụ nữ tỉnh Nghệ An"),
        Boundary(sentence: "Vụ Tổ chức cán bộ Bộ Nội vụ đã trình đề án mới.", organization: "Vụ Tổ chức cán bộ Bộ Nội vụ"),
        Boundary(sentence: "Ban Chỉ đạo phòng, chống tham nhũng tỉnh Thanh Hóa họp phiên thường kỳ.",
                 organization: "Ban Chỉ đạo phòng, chống tham nhũng tỉnh Thanh Hóa"),
        // A verbal compound closing the clause stays in the name.
        Boundary(sentence: "Ông Nguyễn Văn Bình làm việc tại Ban Thi đua khen thưởng, sau đó chuyển công tác.",
                 organization: "Ban Thi đua khen thưởng"),
        // A number that names the body, and an urban district named by a number.
        Boundary(sentence: "Đoàn công tác đã thăm Bệnh viện 108 vào sáng qua.", organization: "Bệnh viện 108"),
        Boundary(sentence: "Bà Đặng Thị Hồng Liên, Chủ tịch UBND quận 9 phát biểu.", organization: "Ủy ban nhân dân quận 9"),
        // A short lower-case tail the compounds do not know, closed by the clause.
        Boundary(sentence: "Ông Bùi Trường Thắng, Phó Vụ trưởng Vụ Công nghiệp nhẹ, được bổ nhiệm.", organization: "Vụ Công nghiệp nhẹ"),
        Boundary(sentence: "Bà Lâm Bội Mẫn (Phó Trưởng Phòng Thu hồi đất) bị phê bình.", organization: "Phòng Thu hồi đất"),
        // Known bodies whose names hold commas, and groups named by an acronym alone.
        Boundary(sentence: "Ông Nguyễn Đức Hải, Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội, trình bày.",
                 organization: "Ủy ban Tài chính, Ngân sách của Quốc hội"),
        Boundary(sentence: "Hợp đồng giữa VNPT và các đối tác đã được ký.", organization: "Tập đoàn Bưu chính Viễn thông Việt Nam"),
        // An ampersand joining two parts of one name, the second opening with a word that can also open a clause.
        Boundary(sentence: "Ông Trần Văn Thể, Tổng Giám đốc Tổng công ty Đầu tư & Phát triển đường cao tốc Việt Nam, cho biết.",
                 organization: "Tổng công ty Đầu tư & Phát triển đường cao tốc Việt Nam"),
        // A word that opens a clause only in one compound ("Thực hiện") may be a word of a name ("Thực vật"); a
        // clause opener after the name ends it ("Theo tính toán …").
        Boundary(sentence: "Ông Hoàng Trung, Cục trưởng Cục Bảo vệ Thực vật cho biết.", organization: "Cục Bảo vệ Thực vật"),
        Boundary(sentence: "Cục Chăn nuôi Theo tính toán của cục, sản lượng tăng.", organization: "Cục Chăn nuôi"),
        // A province whose first syllable is a family name ("Đồng") closes the name after a title; a known name
        // followed by its holder's name ends before the holder.
        Boundary(sentence: "Ông Đào Anh Hải, Chánh Văn phòng Sở Y tế Đồng Tháp cho biết.", organization: "Văn phòng Sở Y tế Đồng Tháp"),
        Boundary(sentence: "Ông Hải, Giám đốc Sở Y tế Đồng Nai cho biết.", organization: "Sở Y tế Đồng Nai"),
        Boundary(sentence: "Bí thư Đảng ủy Đài Tiếng nói Việt Nam Nguyễn Thế Kỷ phát biểu.", organization: "Đảng ủy Đài Tiếng nói Việt Nam"),
        // A title that takes in the lower-case head of a board whose name goes on capitalized, then its district.
        Boundary(sentence: "Ông Đặng Văn Cảnh, Trưởng ban Tuyên giáo huyện Mỹ Đức, bị kỷ luật.",
                 organization: "Ban Tuyên giáo huyện Mỹ Đức"),
        // Military units.
        Boundary(sentence: "Lữ đoàn 28 đã tổ chức diễn tập phòng không.", organization: "Lữ đoàn 28"),
        // A foreign country's national body.
        Boundary(sentence: "Chủ tịch Quốc hội Cộng hòa Haiti Youri Latortue thăm Việt Nam.", organization: "Quốc hội Cộng hòa Haiti"),
    ]

    @Test("a name runs to the end of its complement", arguments: boundaries)
    func boundary(_ example: Boundary) throws {
        let extracted = try Extracted(example.sentence)
        #expect(extracted.names(.organization).contains(example.organization), "\(extracted.summary)")
    }

    @Test("ministries listed after one named in full, or after a lower-case 'bộ', are each a body")
    func ministryList() throws {
        let extracted = try Extracted(
            "Cùng trả lời chất vấn có Bộ trưởng Bộ Tài chính, Xây dựng, Giao thông vận tải và Giáo dục và Đào tạo. "
                + "Tham gia trả lời có bộ Công an, Nội vụ.")
        let names = Set(extracted.names(.organization))
        for ministry in ["Bộ Tài chính", "Bộ Xây dựng", "Bộ Giao thông vận tải", "Bộ Giáo dục và Đào tạo", "Bộ Công an", "Bộ Nội vụ"] {
            #expect(names.contains(ministry), "\(ministry): \(extracted.summary)")
        }
        // The elliptical surface "Xây dựng" is no name of the ministry.
        #expect(!extracted.mentions.contains { $0.aliases.contains("Xây dựng") }, "\(extracted.summary)")
    }

    @Test("ministries listed after a colon that closes a clause about ministers, and ministries by abbreviation")
    func ministriesAfterColon() throws {
        let extracted = try Extracted(
            "Các Bộ trưởng, trưởng ngành cùng tham gia trả lời chất vấn: Tài chính, Xây dựng, GTVT, TN&MT, KH-CN. "
                + "Bộ trưởng NN-PTNT Nguyễn Xuân Cường sẽ trả lời chính.")
        #expect(Set(extracted.names(.organization)) == [
            "Bộ Tài chính", "Bộ Xây dựng", "Bộ Giao thông vận tải", "Bộ Tài nguyên và Môi trường", "Bộ Khoa học và Công nghệ",
            "Bộ Nông nghiệp và Phát triển nông thôn",
        ], "\(extracted.summary)")
        #expect(extracted.pairs(.holdsPosition).contains(pair("Nguyễn Xuân Cường", "Bộ Nông nghiệp và Phát triển nông thôn")),
                "\(extracted.summary)")
        // A quotation after a minister's words is no list, though "Xây dựng" starts a ministry's name.
        let quoted = try Extracted("Bộ trưởng Trần Hồng Hà cho biết: Xây dựng, Tài chính là hai lĩnh vực khó.")
        #expect(quoted.names(.organization).isEmpty, "\(quoted.summary)")
        let listedQuote = try Extracted("Bộ trưởng Trần Hồng Hà cho biết: Tài chính, Xây dựng, Công an sẽ cùng làm.")
        #expect(listedQuote.names(.organization).isEmpty, "\(listedQuote.summary)")
    }

    @Test("a leader named after a title and a country: the country is a place, the name a person, and the meeting holds")
    func leadersWithCountries() throws {
        let extracted = try Extracted(
            "Thủ tướng Nguyễn Xuân Phúc đã có cuộc gặp với Chủ tịch nước Cộng hòa Nhân dân Trung Hoa Tập Cận Bình và "
                + "Tổng thống Hợp chúng quốc Hoa Kỳ Donald Trump. Ông cũng gặp Thủ tướng Nhật Bản Shinzo Abe.")
        #expect(Set(extracted.names(.person)) == ["Nguyễn Xuân Phúc", "Tập Cận Bình", "Donald Trump", "Shinzo Abe"],
                "\(extracted.summary)")
        #expect(Set(extracted.names(.place)).isSuperset(of: ["Trung Quốc", "Mỹ", "Nhật Bản"]), "\(extracted.summary)")
        let met = extracted.pairs(.metWith)
        #expect(met.contains(pair("Nguyễn Xuân Phúc", "Tập Cận Bình", symmetric: true)), "\(extracted.summary)")
        #expect(met.contains(pair("Nguyễn Xuân Phúc", "Donald Trump", symmetric: true)), "\(extracted.summary)")
    }

    @Test("posts joined by a dash before a name, a post 'trên cương vị' after it, and an acting post 'được giao quyền'")
    func postFrames() throws {
        let chain = try Extracted(
            "Quốc hội đã nghe Ủy viên Ủy ban Thường vụ Quốc hội, Tổng Thư ký Quốc hội - Chủ nhiệm Văn phòng Quốc hội "
                + "Nguyễn Hạnh Phúc trình bày báo cáo.")
        for body in ["Ủy ban Thường vụ Quốc hội", "Quốc hội", "Văn phòng Quốc hội"] {
            #expect(chain.pairs(.holdsPosition).contains(pair("Nguyễn Hạnh Phúc", body)), "\(body): \(chain.summary)")
        }
        let career = try Extracted(
            "TS Lưu Văn An được giao quyền Giám đốc Học viện Báo chí và Tuyên truyền. Ông Lưu Văn An được đánh giá cao "
                + "trên cương vị Phó Giám đốc phụ trách Học viện Báo chí và Tuyên truyền.")
        let titles = Set(career.attributes("Lưu Văn An", .holdsPosition, "Học viện Báo chí và Tuyên truyền").compactMap { $0["title"] })
        #expect(titles == ["quyền Giám đốc", "Phó Giám đốc phụ trách"], "\(career.summary)")
    }

    @Test("three capitalized syllables right after a title and its body are a name, whatever the family name")
    func unknownFamilyNameAfterPost() throws {
        let extracted = try Extracted("Phó Chủ tịch UBND tỉnh Lào Cai Xồng Bá Lầu cho biết tỉnh đã hoàn thành kế hoạch.")
        #expect(extracted.names(.person) == ["Xồng Bá Lầu"], "\(extracted.summary)")
        #expect(extracted.pairs(.holdsPosition).contains(pair("Xồng Bá Lầu", "Ủy ban nhân dân tỉnh Lào Cai")), "\(extracted.summary)")
        // Without the post, an unknown family name is not enough.
        let uncued = try Extracted("Người dân ở Xồng Bá Lầu cho biết như vậy.")
        #expect(uncued.names(.person).isEmpty, "\(uncued.summary)")
    }

    @Test("deputies listed after a colon hold their post in the body whose head the sentence named just before")
    func deputiesAfterColon() throws {
        let extracted = try Extracted(
            "Về phía VOV có ông Nguyễn Thế Kỷ, Tổng Giám đốc VOV; các Phó Tổng Giám đốc: Vũ Hải, Trần Minh Hùng, "
                + "Nguyễn Xuân Huy và lãnh đạo các đơn vị của Đài.")
        for deputy in ["Vũ Hải", "Trần Minh Hùng", "Nguyễn Xuân Huy"] {
            #expect(extracted.attributes(deputy, .holdsPosition, "Đài Tiếng nói Việt Nam") == [["title": "Phó Tổng Giám đốc"]],
                    "\(deputy): \(extracted.summary)")
        }
        // The same title as an earlier holder's is another body's post, not that body's.
        let greeting = try Extracted(
            "Qua Chủ tịch Quốc hội Cuba Esteban Lazo, Thủ tướng gửi lời chào đến Chủ tịch Raul Castro.")
        #expect(!greeting.pairs(.holdsPosition).contains(pair("Raul Castro", "Quốc hội Cuba")), "\(greeting.summary)")
    }

    @Test("posts before a name that belong to someone else: another person's apposition before 'và', the same title after 'của'")
    func postsOfAnotherPerson() throws {
        let coordinated = try Extracted(
            "Đại tướng Ngô Xuân Lịch, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng và Ủy viên Bộ Chính trị, Bí thư Thành ủy "
                + "Hà Nội Hoàng Trung Hải đồng chủ trì Hội nghị.")
        let held = coordinated.pairs(.holdsPosition)
        #expect(held.contains(pair("Hoàng Trung Hải", "Thành ủy Hà Nội")), "\(coordinated.summary)")
        #expect(!held.contains(pair("Hoàng Trung Hải", "Bộ Quốc phòng")), "\(coordinated.summary)")
        #expect(held.contains(pair("Ngô Xuân Lịch", "Bộ Quốc phòng")), "\(coordinated.summary)")
        let possessive = try Extracted(
            "Đồng ý với những đề xuất của Chủ tịch Thượng viện Haiti, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân cho rằng kim ngạch còn thấp.")
        #expect(!possessive.pairs(.holdsPosition).contains { $0.contains("Haiti") }, "\(possessive.summary)")
        // Different titles after "cho" are one person's posts.
        let secretary = try Extracted(
            "Ông từng là Thư ký cho Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Phạm Quang Nghị trong nhiều năm.")
        #expect(secretary.pairs(.holdsPosition).contains(pair("Phạm Quang Nghị", "Bộ Chính trị")), "\(secretary.summary)")
    }

    @Test("'T.Ư', Trung ương written with a full stop inside, in a board's name and in 'T.Ư Đảng'")
    func centralWithFullStop() throws {
        let extracted = try Extracted(
            "Bà Trương Thị Mai, Trưởng Ban Dân vận T.Ư làm việc tại tỉnh. Ông Trần Văn Sơn, Ủy viên T.Ư Đảng, Bí thư Tỉnh ủy "
                + "Điện Biên dự.")
        let held = extracted.pairs(.holdsPosition)
        #expect(held.contains(pair("Trương Thị Mai", "Ban Dân vận Trung ương")), "\(extracted.summary)")
        #expect(held.contains(pair("Trần Văn Sơn", "Ban Chấp hành Trung ương Đảng")), "\(extracted.summary)")
        #expect(held.contains(pair("Trần Văn Sơn", "Tỉnh ủy Điện Biên")), "\(extracted.summary)")
    }

    @Test("a list of things after a ministry is not a list of ministries")
    func notAMinistryList() throws {
        // "Xây dựng dân dụng" is no ministry's name though "Xây dựng" starts one; "Kho bạc Nhà nước" is a body of its own.
        let extracted = try Extracted(
            "Ông phụ trách Bộ Tài chính, Xây dựng dân dụng và nhiều việc khác. "
                + "Bộ Tài chính, Kho bạc Nhà nước và các ngân hàng thương mại đã họp.")
        #expect(Set(extracted.names(.organization)) == ["Bộ Tài chính", "Kho bạc Nhà nước"], "\(extracted.summary)")
    }

    @Test("a committee of TP.HCM is named after the city, not 'HCM', and stops before its holder's name")
    func cityShortFormInCommittee() throws {
        let extracted = try Extracted(
            "Bí thư Thành ủy TP.HCM Nguyễn Thiện Nhân phát biểu tại TP.HCM sáng nay. Thành đoàn TPHCM cũng dự.")
        let names = Set(extracted.names(.organization))
        #expect(names == ["Thành ủy Thành phố Hồ Chí Minh", "Thành đoàn Thành phố Hồ Chí Minh"], "\(extracted.summary)")
        #expect(extracted.pairs(.holdsPosition).contains(pair("Nguyễn Thiện Nhân", "Thành ủy Thành phố Hồ Chí Minh")),
                "\(extracted.summary)")
        #expect(extracted.pairs(.locatedIn).contains(pair("Thành ủy Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh")),
                "\(extracted.summary)")
    }

    @Test("a head word right after the head is a word of the name")
    func headWordInName() throws {
        let extracted = try Extracted("Ông Lê Triệu Dũng, Cục trưởng Cục Phòng vệ thương mại, cho biết như vậy.")
        #expect(extracted.names(.organization).contains("Cục Phòng vệ thương mại"), "\(extracted.summary)")
    }

    @Test("a bare committee in a chain of posts takes its neighbour's city, and only a city of its kind")
    func postChainPlace() throws {
        let extracted = try Extracted(
            "Sáng 6-2, Ủy viên Trung ương Đảng, Phó Bí thư Thành ủy, Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung chủ trì hội nghị.")
        #expect(extracted.pairs(.holdsPosition).contains(pair("Nguyễn Đức Chung", "Thành ủy Hà Nội")), "\(extracted.summary)")
        let district = try Extracted("Bà Lan, Phó Bí thư Thành ủy, Chủ tịch UBND quận Ba Đình phát biểu. Ông Hùng dự họp ở Hà Nội.")
        #expect(!district.names(.organization).contains("Thành ủy Ba Đình"), "\(district.summary)")
    }

    @Test("'Chánh văn phòng' in lower case holds the body's office, which is part of the body")
    func chiefOfOffice() throws {
        let extracted = try Extracted("Bà Quách Tố Nga – Chánh văn phòng Cục Chăn nuôi cho biết như vậy.")
        #expect(extracted.pairs(.holdsPosition).contains(pair("Quách Tố Nga", "Văn phòng Cục Chăn nuôi")), "\(extracted.summary)")
        #expect(extracted.pairs(.partOf).contains(pair("Văn phòng Cục Chăn nuôi", "Cục Chăn nuôi")), "\(extracted.summary)")
    }

    @Test("'Đảng' heads a party's name, not the Party of 'Đảng và Nhà nước'")
    func parties() throws {
        let extracted = try Extracted(
            "Đảng Cộng sản Trung Quốc và Đảng Nhân dân Cách mạng Lào cử đoàn sang. Đảng và Nhà nước luôn quan tâm. "
                + "Nghị quyết của Đảng. Tiếp tục đổi mới.")
        #expect(Set(extracted.names(.organization)) == ["Đảng Cộng sản Trung Quốc", "Đảng Nhân dân Cách mạng Lào"],
                "\(extracted.summary)")
    }

    @Test("a territory's body named with its bare province lies in it; a school named after one need not")
    func bodyOfBareProvince() throws {
        let extracted = try Extracted(
            "Sở Nội vụ Hà Nội có tới 8 Phó Giám đốc. Trường Cao đẳng Kinh tế - Kỹ thuật Quảng Nam tuyển sinh. "
                + "Hội nghị diễn ra ở Hà Nội, đoàn Quảng Nam cũng dự.")
        #expect(extracted.pairs(.locatedIn) == [pair("Sở Nội vụ Hà Nội", "Hà Nội")], "\(extracted.summary)")
    }

    @Test("a lower-case tail stops at a verb, and never follows a holder's name")
    func tailStops() throws {
        let extracted = try Extracted(
            "Phòng Tổ chức cán bộ nhậm chức hôm qua. Bộ trưởng Bộ Tài chính Trần Hiếu nêu rõ điều này.")
        #expect(!extracted.names(.organization).contains { $0.hasSuffix("nhậm chức") || $0.hasSuffix("nêu") },
                "\(extracted.summary)")
    }

    @Test("a verb after a complete name is not part of it")
    func verbAfterName() throws {
        let extracted = try Extracted("Ủy ban Dân tộc tổ chức Hội nghị tổng kết. Bộ Tài chính quản lý ngân sách nhà nước.")
        #expect(extracted.names(.organization).contains("Ủy ban Dân tộc"), "\(extracted.summary)")
        #expect(extracted.names(.organization).contains("Bộ Tài chính"), "\(extracted.summary)")
        #expect(!extracted.names(.organization).contains { $0.hasSuffix("tổ chức") || $0.hasSuffix("ngân sách nhà nước") })
    }

    @Test("a kind of body without owner or name is no entity")
    func genericBody() throws {
        let extracted = try Extracted("Tỉnh đề xuất xây dựng Bệnh viện dã chiến trong tình huống khẩn cấp.")
        #expect(extracted.names(.organization).isEmpty, "\(extracted.summary)")
    }

    @Test("heads that share one owner name one body each, in full")
    func coordinatedHeads() throws {
        let extracted = try Extracted("Tỉnh ủy, HĐND, UBND tỉnh Thanh Hóa đã chỉ đạo quyết liệt công tác này.")
        let names = Set(extracted.names(.organization))
        #expect(names == ["Tỉnh ủy Thanh Hóa", "Hội đồng nhân dân tỉnh Thanh Hóa", "Ủy ban nhân dân tỉnh Thanh Hóa"],
                "\(extracted.summary)")
        // The elliptical surface "HĐND" names no one body.
        #expect(!extracted.mentions.contains { $0.canonicalName == "Hội đồng nhân dân tỉnh Thanh Hóa" && $0.aliases.contains("HĐND") })
        #expect(extracted.pairs(.locatedIn).contains(pair("Hội đồng nhân dân tỉnh Thanh Hóa", "Thanh Hóa")))
    }

    @Test("sub-bodies distributed over a list of provinces: each kind × each province, part of its owner")
    func distributiveBodies() throws {
        let extracted = try Extracted("Ban Thường vụ và Ủy ban Kiểm tra Tỉnh ủy các tỉnh Hà Tĩnh, Quảng Bình đã kiểm điểm nghiêm túc.")
        let names = Set(extracted.names(.organization))
        #expect(names == [
            "Ban Thường vụ Tỉnh ủy Hà Tĩnh", "Ủy ban Kiểm tra Tỉnh ủy Hà Tĩnh", "Tỉnh ủy Hà Tĩnh",
            "Ban Thường vụ Tỉnh ủy Quảng Bình", "Ủy ban Kiểm tra Tỉnh ủy Quảng Bình", "Tỉnh ủy Quảng Bình",
        ], "\(extracted.summary)")
        #expect(extracted.pairs(.partOf).contains(pair("Ủy ban Kiểm tra Tỉnh ủy Quảng Bình", "Tỉnh ủy Quảng Bình")))
        #expect(extracted.pairs(.partOf).contains(pair("Ban Thường vụ Tỉnh ủy Hà Tĩnh", "Tỉnh ủy Hà Tĩnh")))
    }

    @Test("a career: the person named once is the subject of every post that follows")
    func career() throws {
        let extracted = try Extracted(
            "Ông Hoàng Văn Bình sinh năm 1965, quê Thanh Hóa. Từ năm 2010 đến 2015, ông là Phó Chủ tịch UBND tỉnh Thanh Hóa. "
                + "Năm 2016, ông giữ chức Chủ tịch UBND tỉnh Thanh Hóa.")
        let posts = extracted.attributes("Hoàng Văn Bình", .holdsPosition, "Ủy ban nhân dân tỉnh Thanh Hóa").compactMap { $0["title"] }
        #expect(Set(posts) == ["Phó Chủ tịch", "Chủ tịch"], "\(extracted.summary)")
    }

    @Test("a timeline line with no name of its own belongs to the person of the paragraph before")
    func timeline() throws {
        let extracted = try Extracted("Tóm tắt tiểu sử ông Lê Văn Nam.\n2010 - 2015: Bí thư Huyện ủy Nam Đàn.")
        #expect(extracted.attributes("Lê Văn Nam", .holdsPosition, "Huyện ủy Nam Đàn")
            == [["title": "Bí thư", "since": "2010", "until": "2015", "status": "former"]], "\(extracted.summary)")
    }

    @Test("a post framed before the name: 'Trên cương vị …, ông X'")
    func framedPost() throws {
        let extracted = try Extracted("Trên cương vị Giám đốc Công an tỉnh Nghệ An, ông Phạm Văn Tám đã chỉ đạo nhiều chuyên án.")
        #expect(extracted.attributes("Phạm Văn Tám", .holdsPosition, "Công an tỉnh Nghệ An") == [["title": "Giám đốc"]],
                "\(extracted.summary)")
    }

    @Test("a person after a lower-case complement holds the title, and is not part of the body")
    func personAfterComplement() throws {
        let extracted = try Extracted("Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Nguyễn Xuân Cường dự hội nghị.")
        #expect(extracted.attributes("Nguyễn Xuân Cường", .holdsPosition, "Bộ Nông nghiệp và Phát triển nông thôn")
                == [["title": "Bộ trưởng"]], "\(extracted.summary)")
    }

    @Test("foreign persons, cued like Vietnamese ones", arguments: [
        ("Thủ tướng Lào Thongloun Sisoulith dẫn đầu đoàn.", "Thongloun Sisoulith"),
        ("Chủ tịch Cuba Raul Castro tiếp đoàn.", "Raul Castro"),
        ("Cùng đi có đồng chí Somdy Douangdy, Phó Thủ tướng Lào.", "Somdy Douangdy"),
    ])
    func foreignPerson(_ sentence: String, _ name: String) throws {
        let extracted = try Extracted(sentence)
        #expect(extracted.names(.person) == [name], "\(extracted.summary)")
    }

    @Test("a given name that is also a clause opener ends the name only where no clause follows")
    func givenNameClauseOpener() throws {
        #expect(try Extracted("Ông Trần Huy Sáng cho biết Sở đã làm rõ.").names(.person) == ["Trần Huy Sáng"])
        #expect(try Extracted("Ông Đặng Xuân Hoan Theo quyết định mới.").names(.person) == ["Đặng Xuân Hoan"])
    }

    @Test("Vietnamese syllables and foreign words", arguments: [
        ("Nguyễn", true), ("Thường", true), ("nghiêng", true), ("Khuyến", true), ("Quý", true),
        ("Thongloun", false), ("Castro", false), ("Fidel", false), ("Akihiko", false), ("Raul", false),
    ])
    func syllable(_ word: String, _ vietnamese: Bool) {
        #expect(VietnameseSyllable.isVietnamese(word) == vietnamese)
    }
}

@Suite("Structure: part_of and located_in from dashes, lists, 'của' and place complements")
struct StructuralRelationTests {
    @Test("a unit, a dash or slash, and the body it belongs to", arguments: [
        ("Ông A làm việc tại Vụ Tổ chức cán bộ - Bộ Nội vụ từ năm 2010.", "Vụ Tổ chức cán bộ", "Bộ Nội vụ"),
        ("Thỏa thuận có Cục Bảo vệ An ninh Quân đội/Bộ Quốc phòng tham gia.", "Cục Bảo vệ An ninh Quân đội", "Bộ Quốc phòng"),
    ])
    func apposition(_ sentence: String, _ unit: String, _ parent: String) throws {
        let extracted = try Extracted(sentence)
        #expect(extracted.pairs(.partOf).contains(pair(unit, parent)), "\(extracted.summary)")
    }

    @Test("a 'gồm' list gives part_of for each listed unit")
    func unitList() throws {
        let extracted = try Extracted("Bộ Công Thương gồm các đơn vị: Vụ Kế hoạch, Cục Hóa chất và Cục Xúc tiến thương mại.")
        for unit in ["Vụ Kế hoạch", "Cục Hóa chất", "Cục Xúc tiến thương mại"] {
            #expect(extracted.pairs(.partOf).contains(pair(unit, "Bộ Công Thương")), "\(extracted.summary)")
        }
    }

    @Test("'của' names a unit's owner inside its name")
    func ownerWithCua() throws {
        let extracted = try Extracted("Chủ nhiệm Ủy ban Kinh tế của Quốc hội Vũ Hồng Thanh trình bày báo cáo.")
        #expect(extracted.names(.organization).contains("Ủy ban Kinh tế của Quốc hội"), "\(extracted.summary)")
        #expect(extracted.pairs(.partOf).contains(pair("Ủy ban Kinh tế của Quốc hội", "Quốc hội")))
        #expect(extracted.attributes("Vũ Hồng Thanh", .holdsPosition, "Ủy ban Kinh tế của Quốc hội") == [["title": "Chủ nhiệm"]])
    }

    @Test("a body named with its province lies in it")
    func placeComplement() throws {
        let extracted = try Extracted("Sở Y tế tỉnh Đồng Tháp đã có văn bản gửi bệnh viện ở tỉnh Đồng Tháp.")
        #expect(extracted.pairs(.locatedIn).contains(pair("Sở Y tế tỉnh Đồng Tháp", "Đồng Tháp")), "\(extracted.summary)")
    }

    @Test("a bare 'Tỉnh ủy' belongs to the one province the article names, and to none when it names two")
    func provinceInFocus() throws {
        let one = try Extracted("Bí thư Tỉnh ủy Nguyễn Văn A làm việc tại tỉnh Bình Thuận.")
        #expect(one.names(.organization).contains("Tỉnh ủy Bình Thuận"), "\(one.summary)")
        let two = try Extracted("Bí thư Tỉnh ủy Nguyễn Văn A làm việc tại tỉnh Bình Thuận và tỉnh Ninh Thuận.")
        #expect(!two.names(.organization).contains { $0.hasPrefix("Tỉnh ủy ") }, "\(two.summary)")
        // A centrally-run city has a Thành ủy, no Tỉnh ủy.
        let city = try Extracted("Bí thư Tỉnh ủy Nguyễn Văn A đến làm việc ở Hà Nội.")
        #expect(!city.names(.organization).contains("Tỉnh ủy Hà Nội"), "\(city.summary)")
    }

    @Test("an article that ends on a body's name, with no full stop, is read to its end", arguments: [
        "Thông tin do Bộ Y tế cung cấp cho Bộ Tài chính", "Ông Nguyễn Quốc Khánh, Vụ trưởng Vụ Tổ chức cán bộ, Bộ Nội vụ",
    ])
    func endsOnABody(_ body: String) throws {
        let extracted = try Extracted(body)
        #expect(!extracted.names(.organization).isEmpty, "\(extracted.summary)")
    }

    @Test("in an article about a city, a bare 'UBND tỉnh' or 'UBND quận' is no body of the city")
    func noProvincialBodyOfACity() throws {
        let generic = try Extracted(
            "Theo ông Dũng, thẩm quyền của Chủ tịch UBND tỉnh, TP là ban hành kế hoạch thanh tra. Hội nghị diễn ra tại TP.HCM.")
        #expect(generic.names(.organization).isEmpty, "\(generic.summary)")
        let districts = try Extracted(
            "UBND TP.HCM trình dự thảo nghị quyết. Theo dự thảo, UBND quận có không quá 3 Phó chủ tịch.")
        #expect(districts.names(.organization) == ["Ủy ban nhân dân Thành phố Hồ Chí Minh"], "\(districts.summary)")
    }
}

@Suite("Units named by their body, and boards")
struct UnitOfBodyTests {
    @Test("'Chánh Văn phòng Bộ Nội vụ X': the office is a unit of the ministry, and X heads it")
    func officeOfMinistry() throws {
        let extracted = try Extracted("Chánh Văn phòng Bộ Nội vụ Nguyễn Văn Long cho biết như vậy.")
        #expect(extracted.names(.organization).contains("Văn phòng Bộ Nội vụ"), "\(extracted.summary)")
        #expect(extracted.pairs(.partOf).contains(pair("Văn phòng Bộ Nội vụ", "Bộ Nội vụ")))
        #expect(extracted.attributes("Nguyễn Văn Long", .holdsPosition, "Văn phòng Bộ Nội vụ") == [["title": "Chánh Văn phòng"]])
    }

    @Test("'Chủ tịch HĐQT Tập đoàn Z': title Chủ tịch at the board, which is part of Z (annotation guide)")
    func board() throws {
        let extracted = try Extracted("Chủ tịch HĐQT Tập đoàn Điện lực Việt Nam Dương Quang Thành phát biểu.")
        let board = "Hội đồng quản trị Tập đoàn Điện lực Việt Nam"
        #expect(extracted.names(.organization).contains(board), "\(extracted.summary)")
        #expect(extracted.pairs(.partOf).contains(pair(board, "Tập đoàn Điện lực Việt Nam")))
        #expect(extracted.attributes("Dương Quang Thành", .holdsPosition, board) == [["title": "Chủ tịch"]])
    }
}

@Suite("One body, many spellings")
struct SpellingVariantTests {
    @Test("an abbreviation over glued tokens is expanded, so that the two spellings are one body")
    func gluedAbbreviation() throws {
        let extracted = try Extracted("Sở TN&MT tỉnh Yên Bái đã báo cáo. Giám đốc Sở Tài nguyên và Môi trường tỉnh Yên Bái ký văn bản.")
        #expect(extracted.names(.organization).filter { $0.hasPrefix("Sở") } == ["Sở Tài nguyên và Môi trường tỉnh Yên Bái"],
                "\(extracted.summary)")
    }

    @Test("a body named with and without the unit word of its province is one body")
    func unitWordVariant() throws {
        let extracted = try Extracted("Sở Y tế tỉnh Ninh Bình đã kiểm tra. Sở Y tế Ninh Bình kết luận.")
        let body = try #require(extracted.mentions(.organization, named: "Sở Y tế tỉnh Ninh Bình").first, "\(extracted.summary)")
        #expect(body.aliases.contains("Sở Y tế Ninh Bình"))
    }

    @Test("a biography carries its person over paragraphs that refer to them by 'ông' alone")
    func biographyOverParagraphs() throws {
        let extracted = try Extracted(
            "Ông Nguyễn Văn Bình sinh năm 1960 tại Nghệ An.\n\nNăm 2005, ông được bổ nhiệm làm Thứ trưởng Bộ Nội vụ.\n\n"
                + "Tháng 3/2010, ông là Phó Bí thư Tỉnh ủy Nghệ An.")
        let titles = Set(extracted.attributes("Nguyễn Văn Bình", .holdsPosition, "Tỉnh ủy Nghệ An").compactMap { $0["title"] })
        #expect(titles == ["Phó Bí thư"], "\(extracted.summary)")
        #expect(extracted.pairs(.holdsPosition).contains(pair("Nguyễn Văn Bình", "Bộ Nội vụ")), "\(extracted.summary)")
    }

    @Test("a chain of bodies after 'thuộc' is a hierarchy: each unit is part of the higher body after its comma")
    func belongingChain() throws {
        let extracted = try Extracted(
            "Đoàn thanh tra của Bộ Nội vụ làm việc tại Cục thuế tỉnh Bà Rịa – Vũng Tàu thuộc Tổng cục Thuế, Bộ Tài chính.")
        let partOf = extracted.pairs(.partOf)
        #expect(partOf.contains(pair("Tổng cục Thuế", "Bộ Tài chính")), "\(extracted.summary)")
        #expect(partOf.contains(pair("Cục thuế tỉnh Bà Rịa - Vũng Tàu", "Tổng cục Thuế")), "\(extracted.summary)")
    }

    @Test("a list of ministries after 'các Bộ' ends at the next post: 'Chủ nhiệm Ủy ban Dân tộc' is no ministry")
    func ministryListEndsAtATitle() throws {
        let extracted = try Extracted(
            "Tham gia trả lời có Bộ trưởng các Bộ Công Thương, Giao thông Vận tải, Chủ nhiệm Ủy ban Dân tộc, Tổng giám đốc "
                + "Bảo hiểm xã hội Việt Nam.")
        let names = Set(extracted.names(.organization))
        #expect(names.isSuperset(of: ["Bộ Công Thương", "Ủy ban Dân tộc", "Bảo hiểm xã hội Việt Nam"]), "\(extracted.summary)")
        #expect(!names.contains { $0.hasPrefix("Bộ Chủ nhiệm") || $0.hasPrefix("Bộ Tổng giám đốc") }, "\(extracted.summary)")
    }
}
