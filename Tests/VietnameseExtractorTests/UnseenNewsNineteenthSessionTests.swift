import MekongPluginAPI
import Testing

/// Shapes that unseen news writes and the grammar misread (issue 7, nineteenth session: the seventeenth draw of unread
/// baomoi 2017 articles), each on a sentence written for the test.
@Suite("Names of general grammar, nineteenth session")
struct UnseenNewsNineteenthSessionTests {
    @Test("'Nguyễn Văn Tuấn Chúng tôi …', '… Chất lượng Nhân dịp này': a sentence glued on ends the name before it")
    func gluedSentenceEndsName() throws {
        let quote = try Extracted("Tổng cục trưởng Tổng cục Du lịch Nguyễn Văn Tuấn Chúng tôi cũng cung cấp thông tin.")
        #expect(quote.pairs(.holdsPosition) == ["Nguyễn Văn Tuấn → Tổng cục Du lịch"], "\(quote.summary)")
        let occasion = try Extracted(
            "Chính phủ tặng Huân chương cho Tổng cục Tiêu chuẩn - Đo lường - Chất lượng Nhân dịp này, thay mặt Chính phủ.")
        #expect(occasion.names(.organization).contains("Tổng cục Tiêu chuẩn - Đo lường - Chất lượng"), "\(occasion.summary)")
        #expect(!occasion.names(.organization).contains { $0.hasSuffix("Nhân dịp") }, "\(occasion.summary)")
        let worry = try Extracted("Đại biểu Quốc hội Hoàng Quang Hàm Trăn trở về thủ tục dự án.")
        #expect(worry.names(.person) == ["Hoàng Quang Hàm"], "\(worry.summary)")
        // Those words are given names when no such second word follows.
        let names = try Extracted("Bí thư Tỉnh ủy Nguyễn Văn Nhân cho biết. Ông Lê Văn Chúng dự họp.")
        #expect(names.names(.person) == ["Nguyễn Văn Nhân", "Lê Văn Chúng"], "\(names.summary)")
        // "Nhân" still starts a commune's name the gazetteer does not know.
        let commune = try Extracted("Người dân trú tại xã Nhân Cơ, huyện Đắk R'lấp.")
        #expect(commune.names(.place).contains("Nhân Cơ"), "\(commune.summary)")
    }

    @Test("'Bộ trưởng Bộ X (NN & PTNT) Nguyễn Xuân Cường': an acronym with a spaced '&' between the body and the name")
    func spacedAcronymBeforeName() throws {
        let extracted = try Extracted(
            "Trả lời chất vấn của các đại biểu Quốc hội, Bộ trưởng Bộ Nông nghiệp và Phát triển Nông thôn (NN & PTNT) "
                + "Nguyễn Xuân Cường nhận được sự đánh giá cao.")
        // The post in the plural before the minister's is the deputies', not his.
        #expect(extracted.pairs(.holdsPosition) == ["Nguyễn Xuân Cường → Bộ Nông nghiệp và Phát triển nông thôn"],
                "\(extracted.summary)")
        // Capitals joined by a spaced dash are two names ("(HN - HP)"), not an acronym: they part the body from the name.
        let places = try Extracted("Bộ trưởng Bộ Y tế (HN - HP) Nguyễn Văn An phát biểu.")
        #expect(places.pairs(.holdsPosition).isEmpty, "\(places.summary)")
    }

    @Test("'Bí thư Sóc Trăng - Nguyễn Văn Thể', 'Chủ tịch Hà Nội Nguyễn Đức Chung': the province alone names the leader's body")
    func provinceLeader() throws {
        let secretary = try Extracted("Bí thư Sóc Trăng - Nguyễn Văn Thể nói và cho biết.")
        #expect(secretary.pairs(.holdsPosition) == ["Nguyễn Văn Thể → Tỉnh ủy Sóc Trăng"], "\(secretary.summary)")
        let chairman = try Extracted("Chủ tịch Hà Nội Nguyễn Đức Chung đã chỉ đạo.")
        #expect(chairman.pairs(.holdsPosition) == ["Nguyễn Đức Chung → Ủy ban nhân dân thành phố Hà Nội"], "\(chairman.summary)")
        let city = try Extracted("Bí thư TP.HCM Nguyễn Thiện Nhân: phải làm ngay.")
        #expect(city.pairs(.holdsPosition) == ["Nguyễn Thiện Nhân → Thành ủy Thành phố Hồ Chí Minh"], "\(city.summary)")
        // Not the person Hồ Chí Minh, not the general secretary, not without a leader's name after the province.
        for text in ["Chủ tịch Hồ Chí Minh đã dạy.", "Tổng Bí thư Nguyễn Phú Trọng thăm Hà Nội.", "Bí thư Hà Nội cho biết."] {
            let other = try Extracted(text)
            #expect(other.names(.organization).isEmpty, "\(other.summary)")
        }
    }

    @Test("'Bí thư Tỉnh ủy Sóc Trăng - Nguyễn Văn Thể', '… Nguyễn Thiện Nhân Chủ tịch Quốc hội …': a dash before the name, a post glued after it")
    func dashBeforeNameAndGluedPost() throws {
        let dash = try Extracted("Bí thư Tỉnh ủy Sóc Trăng - Nguyễn Văn Thể nói.")
        #expect(dash.pairs(.holdsPosition) == ["Nguyễn Văn Thể → Tỉnh ủy Sóc Trăng"], "\(dash.summary)")
        let caption = try Extracted(
            "Trao quyết định cho tân Bí thư TP.HCM Nguyễn Thiện Nhân Chủ tịch Quốc hội Nguyễn Thị Kim Ngân bước vào.")
        #expect(caption.names(.person) == ["Nguyễn Thiện Nhân", "Nguyễn Thị Kim Ngân"], "\(caption.summary)")
    }

    @Test("'yêu cầu A và B …; phối hợp với các Bộ, ngành liên quan (C, D)': the bodies asked cooperate with those in parentheses")
    func requestedBodiesCooperateWithBodiesInParentheses() throws {
        let extracted = try Extracted(
            "Thủ tướng yêu cầu Thông tấn xã Việt Nam và Đài Tiếng nói Việt Nam lưu ý lựa chọn cán bộ; phối hợp với các Bộ, "
                + "ngành liên quan (Bộ Ngoại giao, Bộ Công an) thực hiện nhiệm vụ được giao.")
        #expect(extracted.pairs(.cooperatesWith) == [
            "Bộ Ngoại giao → Thông tấn xã Việt Nam", "Bộ Công an → Thông tấn xã Việt Nam",
            "Bộ Ngoại giao → Đài Tiếng nói Việt Nam", "Bộ Công an → Đài Tiếng nói Việt Nam",
        ], "\(extracted.summary)")
        // "yêu cầu" as a noun ("Thực hiện yêu cầu Bộ A, …") addresses no body whose duties follow.
        let noun = try Extracted("Thực hiện yêu cầu Bộ Tài chính, Tổng cục Thuế đã rà soát hồ sơ; phối hợp với Bộ Công an xử lý.")
        #expect(!noun.pairs(.cooperatesWith).contains("Bộ Công an → Bộ Tài chính"), "\(noun.summary)")
    }

    @Test("'bị PC44, Công an TP.HCM khởi tố': a police department by its code, then its owner, as a passive's agent")
    func policeCodeUnitOfOwner() throws {
        let extracted = try Extracted("Ngày 4-9-2013, ông Đảo bị PC44, Công an TP.HCM khởi tố tạm giam.")
        #expect(extracted.pairs(.partOf) == ["PC44 → Công an Thành phố Hồ Chí Minh"], "\(extracted.summary)")
        let unit = try Extracted("Vụ án do Phòng Cảnh sát kinh tế, Công an tỉnh Nghệ An thụ lý.")
        #expect(unit.pairs(.partOf) == ["Phòng Cảnh sát kinh tế → Công an tỉnh Nghệ An"], "\(unit.summary)")
        // Two agents acting together after "do" are no unit and its owner.
        let two = try Extracted("Vụ việc do Đội Cảnh sát điều tra, Viện Kiểm sát nhân dân huyện Quỳnh Lưu phối hợp làm rõ.")
        #expect(two.pairs(.partOf).isEmpty, "\(two.summary)")
    }

    @Test("'Chính phủ Nhật Bản', 'Quốc hội Lào': a country's government and parliament lie in the country their names end with")
    func nationalBodiesInTheirCountry() throws {
        let extracted = try Extracted(
            "Chính phủ Nhật Bản và Quốc hội Lào ủng hộ Việt Nam. Nhật Bản và Lào là đối tác tin cậy của Việt Nam.")
        #expect(extracted.pairs(.locatedIn) == ["Chính phủ Nhật Bản → Nhật Bản", "Quốc hội Lào → Lào"], "\(extracted.summary)")
        // Only where the country is a place the article names (annotation guide).
        let alone = try Extracted("Chính phủ Nhật Bản ủng hộ.")
        #expect(alone.pairs(.locatedIn).isEmpty, "\(alone.summary)")
    }

    @Test("'Thanh tra Sở Xây dựng': an inspectorate named by the body it belongs to, a part of it")
    func inspectorateOfBody() throws {
        let extracted = try Extracted("Thanh tra Sở Xây dựng đã kiểm tra dự án.")
        #expect(extracted.names(.organization) == ["Thanh tra Sở Xây dựng", "Sở Xây dựng"], "\(extracted.summary)")
        #expect(extracted.pairs(.partOf) == ["Thanh tra Sở Xây dựng → Sở Xây dựng"], "\(extracted.summary)")
        // A territory's inspectorate stays one body of the territory.
        let province = try Extracted("Thanh tra tỉnh Nghệ An vào cuộc.")
        #expect(province.names(.organization) == ["Thanh tra tỉnh Nghệ An"], "\(province.summary)")
    }

    @Test("'Sở A và các sở ngành, đơn vị liên quan phối hợp B': companions named in general leave the subject a party")
    func subjectBeforeGeneralCompanions() throws {
        let extracted = try Extracted(
            "UBND tỉnh giao Sở Tài chính tỉnh Quảng Nam và các sở ngành, đơn vị liên quan phối hợp Tổng cục Du lịch khảo sát sân bay.")
        #expect(extracted.pairs(.cooperatesWith) == ["Sở Tài chính tỉnh Quảng Nam → Tổng cục Du lịch"], "\(extracted.summary)")
    }

    @Test("'Bộ trưởng Kế hoạch Đầu tư Nguyễn Chí Dũng': a ministry's name written without 'và'")
    func ministryWithoutAnd() throws {
        let extracted = try Extracted("Trước chất vấn, Bộ trưởng Kế hoạch Đầu tư Nguyễn Chí Dũng lúng túng.")
        #expect(extracted.pairs(.holdsPosition) == ["Nguyễn Chí Dũng → Bộ Kế hoạch và Đầu tư"], "\(extracted.summary)")
        #expect(extracted.names(.document).isEmpty, "\(extracted.summary)")
        let environment = try Extracted("Bộ Tài nguyên Môi trường đã họp.")
        #expect(environment.names(.organization) == ["Bộ Tài nguyên và Môi trường"], "\(environment.summary)")
    }

    @Test("'Chính ủy Quân chủng Phòng không không quân': a service branch of the army is a body")
    func serviceBranch() throws {
        let extracted = try Extracted("Thiếu tướng Lâm Quang Đại, Chính ủy Quân chủng Phòng không không quân cho biết.")
        #expect(extracted.pairs(.holdsPosition) == ["Lâm Quang Đại → Quân chủng Phòng không không quân"], "\(extracted.summary)")
    }

    @Test("'Bộ trưởng Bộ Ngoại giao Hà Lan Bert Koenders': a country before a foreign name closes the ministry's name")
    func countryBeforeForeignName() throws {
        let extracted = try Extracted(
            "Bộ trưởng Bộ Ngoại giao Hà Lan Bert Koenders và Bộ trưởng Bộ Chính sách xã hội và Việc làm Hà Lan Lodewijck "
                + "Asscher đánh giá cao Việt Nam.")
        #expect(extracted.pairs(.holdsPosition) == [
            "Bert Koenders → Bộ Ngoại giao Hà Lan", "Lodewijck Asscher → Bộ Chính sách xã hội và Việc làm Hà Lan",
        ], "\(extracted.summary)")
        // A Vietnamese name after a province still starts the holder's name.
        let local = try Extracted("Giám đốc Sở Y tế Hà Nam Trần Văn Bình cho biết.")
        #expect(local.pairs(.holdsPosition) == ["Trần Văn Bình → Sở Y tế Hà Nam"], "\(local.summary)")
    }

    @Test("'A tiến hành hội đàm với B': the verb that carries a meeting out stands between the party and the meeting")
    func carriedOutMeeting() throws {
        let extracted = try Extracted(
            "Bộ trưởng Quốc phòng Mỹ James Mattis tiến hành hội đàm với Bộ trưởng Quốc phòng Hàn Quốc Han Min-koo.")
        #expect(extracted.pairs(.metWith) == ["Han Min-koo → James Mattis"], "\(extracted.summary)")
    }
}
