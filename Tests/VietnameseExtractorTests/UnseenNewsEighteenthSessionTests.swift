import MekongPluginAPI
import Testing

/// Shapes that unseen news writes and the grammar misread (issue 7, eighteenth session: the fourteenth to sixteenth
/// draws of unread baomoi 2017 articles), each on a sentence written for the test: a foreign country's ministry after a minister's
/// title, a name written twice by a caption, the last syllable of a name that opens clauses elsewhere, a body's fields
/// after capitalized compounds, public-investment laws, "số" (digital) inside a name, posts joined by "kiêm", initials
/// with full stops, bodies acting together, an honorific and a country's formal name.
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
        // A minister's own name is no ministry, even when it ends in a country's name ("Anh"), nor is a given name
        // that is one ("Đức") after the field.
        let minister = try Extracted("Bộ trưởng Trần Tuấn Anh đã ký báo cáo.")
        #expect(minister.names(.organization).isEmpty, "\(minister.summary)")
        #expect(minister.names(.person) == ["Trần Tuấn Anh"], "\(minister.summary)")
        let finance = try Extracted("Bộ trưởng Tài chính Hồ Đức Phớc cho biết.")
        #expect(finance.pairs(.holdsPosition) == ["Hồ Đức Phớc → Bộ Tài chính"], "\(finance.summary)")
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

    @Test("'Phó Bí thư Tỉnh ủy X kiêm Chủ tịch HĐND tỉnh X Nguyễn Văn A': 'kiêm' joins two posts before the name")
    func postsJoinedByKiem() throws {
        let extracted = try Extracted("Phó Bí thư Tỉnh ủy Lào Cai kiêm Chủ tịch HĐND tỉnh Lào Cai Nguyễn Văn Vịnh cho biết.")
        let posts = extracted.pairs(.holdsPosition)
        #expect(posts.contains("Nguyễn Văn Vịnh → Tỉnh ủy Lào Cai"), "\(extracted.summary)")
        #expect(posts.contains("Nguyễn Văn Vịnh → Hội đồng nhân dân tỉnh Lào Cai"), "\(extracted.summary)")
    }

    @Test("'Chủ tịch HĐQT kiêm TGĐ tập đoàn Lộc Trời Huỳnh Văn Thòn': a group in lower case after a title, and its board")
    func lowercaseGroupAfterTitle() throws {
        let extracted = try Extracted("Chủ tịch HĐQT kiêm TGĐ tập đoàn Lộc Trời Huỳnh Văn Thòn: Chính phủ đã ngồi lại giải quyết.")
        let posts = extracted.pairs(.holdsPosition)
        #expect(posts.contains("Huỳnh Văn Thòn → Tập đoàn Lộc Trời"), "\(extracted.summary)")
        #expect(posts.contains("Huỳnh Văn Thòn → Hội đồng quản trị Tập đoàn Lộc Trời"), "\(extracted.summary)")
    }

    @Test("'Công ty cổ phần Xuất nhập khẩu N.P.T Lư Nguyễn Xuân Vũ': initials with full stops, then a holder named Lư")
    func dottedInitialsAndFamilyNameLu() throws {
        let extracted = try Extracted(
            "Chủ tịch HĐQT Công ty cổ phần Xuất nhập khẩu N.P.T Lư Nguyễn Xuân Vũ: Các đại biểu đã nêu được vấn đề.")
        #expect(extracted.names(.person) == ["Lư Nguyễn Xuân Vũ"], "\(extracted.summary)")
        #expect(extracted.pairs(.holdsPosition).contains(
            "Lư Nguyễn Xuân Vũ → Hội đồng quản trị Công ty cổ phần Xuất nhập khẩu N.P.T"), "\(extracted.summary)")
        // A capital and a full stop that end the sentence are no initials of the name.
        let sentence = try Extracted("Ông An làm việc ở Công ty X. Ông Bình đến sau.")
        #expect(sentence.names(.organization) == ["Công ty X"], "\(sentence.summary)")
    }

    @Test("'Bộ Công Thương sẽ cùng Bộ Giao thông vận tải giám sát …': two bodies acting together cooperate")
    func bodiesActingTogether() throws {
        let extracted = try Extracted("Bộ Công Thương: Sẽ cùng Bộ Giao thông vận tải giám sát Uber và Grab.")
        #expect(!extracted.pairs(.cooperatesWith).isDisjoint(with: [
            "Bộ Công Thương → Bộ Giao thông vận tải", "Bộ Giao thông vận tải → Bộ Công Thương",
        ]), "\(extracted.summary)")
        // "cùng" in a list of those present is no shared act.
        let list = try Extracted("Sở Y tế cùng Sở Tài chính đã dự buổi lễ. Sở Nội vụ cùng Sở Xây dựng dự hội nghị.")
        #expect(list.pairs(.cooperatesWith).isEmpty, "\(list.summary)")
    }

    @Test("'Ngài Heng Samrin - Chủ tịch danh dự Đảng A, Chủ tịch Quốc hội Vương quốc Campuchia': honorific, title, formal country")
    func honorificAndFormalCountryName() throws {
        let extracted = try Extracted(
            "Lễ kỷ niệm có sự tham dự của Ngài Heng Samrin - Chủ tịch danh dự Đảng Nhân dân Campuchia, Chủ tịch Quốc hội "
                + "Vương quốc Campuchia.")
        let posts = extracted.pairs(.holdsPosition)
        #expect(posts.contains("Heng Samrin → Đảng Nhân dân Campuchia"), "\(extracted.summary)")
        #expect(posts.contains("Heng Samrin → Quốc hội Vương quốc Campuchia"), "\(extracted.summary)")
        #expect(extracted.attributes("Heng Samrin", .holdsPosition, "Đảng Nhân dân Campuchia").map { $0["title"] } == ["Chủ tịch danh dự"],
                "\(extracted.summary)")
    }

    @Test("'các thứ trưởng Bộ GD-ĐT A, B': a title in the plural is a post of every name listed after it")
    func pluralTitleBeforeList() throws {
        let extracted = try Extracted("Tại phía Nam, các thứ trưởng Bộ Y tế Phạm Mạnh Hùng, Nguyễn Thị Nghĩa thị sát tại các tỉnh.")
        let posts = extracted.pairs(.holdsPosition)
        #expect(posts.contains("Phạm Mạnh Hùng → Bộ Y tế") && posts.contains("Nguyễn Thị Nghĩa → Bộ Y tế"), "\(extracted.summary)")
        // A post held by one person does not pass down a list without a plural or a colon.
        let one = try Extracted("Thứ trưởng Bộ Tài chính Vũ Thị Mai, bà Nguyễn Thị Bích cùng đến.")
        #expect(!one.pairs(.holdsPosition).contains("Nguyễn Thị Bích → Bộ Tài chính"), "\(one.summary)")
    }

    @Test("'Phòng CSGT, Công an TP Hà Nội vừa đề xuất …': a unit and its owner opening the sentence as its subject")
    func unitCommaOwnerAsSubject() throws {
        let extracted = try Extracted("Phòng CSGT, Công an TP Hà Nội vừa đề xuất với UBND TP một số giải pháp.")
        #expect(extracted.pairs(.partOf).contains("Phòng CSGT → Công an thành phố Hà Nội"), "\(extracted.summary)")
        // A unit and two bodies listed as subjects are no unit and owner.
        let list = try Extracted("Phòng CSGT, Công an TP Hà Nội và Sở Giao thông vận tải vừa đề xuất với UBND TP.")
        #expect(list.pairs(.partOf).isEmpty, "\(list.summary)")
    }

    @Test("'ĐB HĐND TP Hà Nội Phạm Thị Thanh Mai': 'ĐB' abbreviates a delegate's title")
    func abbreviatedDelegate() throws {
        let extracted = try Extracted("ĐB HĐND TP Hà Nội Phạm Thị Thanh Mai (Đông Anh) đã chất vấn.")
        #expect(extracted.pairs(.holdsPosition).contains("Phạm Thị Thanh Mai → Hội đồng nhân dân thành phố Hà Nội"),
                "\(extracted.summary)")
    }

    @Test("'các tỉnh Tây Nam bộ': the south-western region is a place of its own, not 'Tây Nam'")
    func southWesternRegion() throws {
        let extracted = try Extracted("Đoàn thị sát tại các tỉnh Tây Nam bộ, sau đó đến các tỉnh Đông Nam bộ.")
        #expect(extracted.names(.place) == ["Tây Nam Bộ", "Đông Nam Bộ"], "\(extracted.summary)")
    }

    @Test("'Ban chỉ đạo thi THPT quốc gia 2017': the exam a steering committee runs is its name")
    func examSteeringCommittee() throws {
        let extracted = try Extracted(
            "Các thành viên trong Ban chỉ đạo thi THPT quốc gia 2017 cũng kiểm tra. Ban Chỉ đạo thi và tuyển sinh tỉnh Nghệ An họp.")
        #expect(extracted.names(.organization) == [
            "Ban chỉ đạo thi THPT quốc gia 2017", "Ban Chỉ đạo thi và tuyển sinh tỉnh Nghệ An",
        ], "\(extracted.summary)")
        // Without the exam's name or a territory, "ban chỉ đạo thi" is a kind of committee, and a holder's name after it
        // is no exam's.
        let bare = try Extracted("Ban chỉ đạo thi đã họp với các trường. Phó trưởng Ban chỉ đạo thi Bùi Văn Ga kiểm tra.")
        #expect(bare.names(.organization).isEmpty, "\(bare.summary)")
    }

    @Test("'Bộ trưởng Bộ Giáo dục và Đào tạo (GD-ĐT) Phùng Xuân Nhạ': an acronym of glued parts between body and holder")
    func gluedAcronymBeforeHolder() throws {
        let extracted = try Extracted(
            "Sáng 9.6, Bộ trưởng Bộ Giáo dục và Đào tạo (GD-ĐT) Phùng Xuân Nhạ đã giải trình. Bộ trưởng Bộ Lao động - Thương "
                + "binh và Xã hội (LĐ-TB&XH) Đào Ngọc Dung phát biểu.")
        #expect(extracted.pairs(.holdsPosition).contains("Phùng Xuân Nhạ → Bộ Giáo dục và Đào tạo"), "\(extracted.summary)")
        #expect(extracted.pairs(.holdsPosition).contains("Đào Ngọc Dung → Bộ Lao động - Thương binh và Xã hội"),
                "\(extracted.summary)")
    }

    @Test("'Ảnh: VGP/Lê Sơn Phát biểu tại …': a caption's name ends before the glued sentence's verb")
    func captionBeforeGluedVerb() throws {
        let extracted = try Extracted(
            "Ông Nguyễn Văn Phát cho biết. Ảnh: VGP/Lê Sơn Phát biểu tại buổi tiếp. Ảnh: Lê Sơn Khẳng định quyết tâm.")
        #expect(extracted.names(.person) == ["Nguyễn Văn Phát"], "\(extracted.summary)")
    }

    @Test("'Chủ tịch Nghị viện châu Âu Antonio Tajani': a continent's parliament, and the post in it")
    func continentalParliament() throws {
        let extracted = try Extracted("Chủ tịch Nghị viện châu Âu Antonio Tajani đều có mặt trong tang lễ.")
        #expect(extracted.pairs(.holdsPosition) == ["Antonio Tajani → Nghị viện châu Âu"], "\(extracted.summary)")
    }

    @Test("'Luật Hỗ trợ doanh nghiệp nhỏ và vừa': 'nhỏ và vừa' is one term, of a law's title and of a body's name")
    func smallAndMediumSized() throws {
        let extracted = try Extracted(
            "Quốc hội đã thông qua Luật Hỗ trợ doanh nghiệp nhỏ và vừa. Ông A, Chủ tịch Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam "
                + "cho biết.")
        #expect(extracted.names(.document) == ["Luật Hỗ trợ doanh nghiệp nhỏ và vừa"], "\(extracted.summary)")
        #expect(extracted.names(.organization).contains("Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam"), "\(extracted.summary)")
        // "và" between other words still ends the title.
        let two = try Extracted("Quốc hội thông qua Luật Đất đai và Luật Nhà ở.")
        #expect(two.names(.document) == ["Luật Đất đai", "Luật Nhà ở"], "\(two.summary)")
    }

    @Test("'ở thành phố Strasbourg (Pháp)', 'ở Maastricht - Hà Lan': a foreign city the text places in its country")
    func foreignCityInItsCountry() throws {
        let extracted = try Extracted(
            "Lễ được tổ chức ở thành phố Strasbourg (Pháp). Hiệp ước ký năm 1992 ở Maastricht - Hà Lan. Hai thành phố Milan "
                + "(Italy) và Kosice (Slovakia) rất gần.")
        let located = extracted.pairs(.locatedIn)
        for pair in ["Strasbourg → Pháp", "Maastricht → Hà Lan", "Milan → Italy", "Kosice → Slovakia"] {
            #expect(located.contains(pair), "\(pair): \(extracted.summary)")
        }
        // A person with a country in parentheses is no city.
        let person = try Extracted("Phát biểu của ông Donald Trump (Mỹ) được chú ý.")
        #expect(!person.names(.place).contains("Donald Trump"), "\(person.summary)")
        // A route from a city of the gazetteer to a country places the city nowhere; a club or a company named with its
        // country is no city (the company a brand of the lexicon knows lies in that country).
        let route = try Extracted("Hãng mở đường bay TP.HCM - Ấn Độ. Anh chuyển đến Juventus (Italy). Ông làm tại Toyota (Nhật Bản).")
        #expect(route.pairs(.locatedIn).subtracting(["Toyota → Nhật Bản"]).isEmpty, "\(route.summary)")
        #expect(!route.names(.place).contains("Juventus") && !route.names(.place).contains("Toyota"), "\(route.summary)")
    }

    @Test("'Tân Chủ tịch Hội Xuất bản Hoàng Vĩnh Bảo 56 tuổi': an age is no body's number, and the holder no part of it")
    func ageIsNoNumberOfBody() throws {
        let extracted = try Extracted("Tân Chủ tịch Hội Xuất bản Hoàng Vĩnh Bảo 56 tuổi, quê tại Phú Thọ.")
        #expect(extracted.names(.organization) == ["Hội Xuất bản"], "\(extracted.summary)")
        #expect(extracted.pairs(.holdsPosition) == ["Hoàng Vĩnh Bảo → Hội Xuất bản"], "\(extracted.summary)")
    }

    @Test("'Cục Quản lý công sản', 'Trung tâm Đăng kiểm tàu cá': fields of public property and fishing boats; 'tính từ' ends a name")
    func publicPropertyAndFishingBoats() throws {
        let extracted = try Extracted(
            "Ông A, chuyên viên Cục Quản lý công sản, Bộ Tài chính cho biết. Trung tâm Đăng kiểm tàu cá thuộc Tổng cục Thủy sản "
                + "đã kiểm tra. Theo báo cáo của Tổng cục Thuế tính từ ngày 1/7/2014 đến nay.")
        let parts = extracted.pairs(.partOf)
        #expect(parts.contains("Cục Quản lý công sản → Bộ Tài chính"), "\(extracted.summary)")
        #expect(parts.contains("Trung tâm Đăng kiểm tàu cá → Tổng cục Thủy sản"), "\(extracted.summary)")
        #expect(extracted.names(.organization).contains("Tổng cục Thuế"), "\(extracted.summary)")
    }

    @Test("'Chủ tịch Quốc hội Việt Nam' beside 'Quốc hội Campuchia': Việt Nam's assembly is never completed to another's")
    func ownAssemblyBesideForeignOne() throws {
        let extracted = try Extracted(
            "Ông Heng Samrin, Chủ tịch Quốc hội Campuchia dự lễ. Bà Nguyễn Thị Kim Ngân - Chủ tịch Quốc hội Việt Nam phát biểu.")
        #expect(extracted.pairs(.holdsPosition) == [
            "Heng Samrin → Quốc hội Campuchia", "Nguyễn Thị Kim Ngân → Quốc hội",
        ], "\(extracted.summary)")
    }
}
