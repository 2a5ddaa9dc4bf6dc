import MekongPluginAPI
import Testing

/// Entities that unseen news names and no rule read (issue 7, thirteenth session: misses listed by reviewers on
/// articles no gold set holds), each on a sentence written for the test: laws whose title holds a stop word of a name
/// compound or a dash, plans and strategies named by a capitalized title, a congress's resolution named by its term,
/// smaller countries and the oceans, Korean given names with a lower-case hyphenated syllable, a territory's party
/// committee written in lower case after a title, two bodies under one head joined by "và", a family name that heads
/// bodies in a list of persons, an unknown place with its province in parentheses, company names after their legal
/// form, bodies named after their remit with "về", a second task after "và" that starts with a head word, owners
/// named by an abbreviation, and high courts named by their seat.
@Suite("Documents by title, countries, foreign and listed persons, places in parentheses and cut organization names")
struct UnseenNewsThirteenthSessionEntityTests {
    @Test("a law's title runs over a stop word that makes a name compound ('thi hành', 'hành chính') and over a dash", arguments: [
        ("Quốc hội sẽ cho ý kiến về dự án Luật Thi hành án hình sự trong kỳ họp tới.", "Luật Thi hành án hình sự"),
        ("Tỉnh kiến nghị sớm ban hành Luật Vùng hành chính - kinh tế đặc biệt, Bộ Tư pháp đồng ý.",
            "Luật Vùng hành chính - kinh tế đặc biệt"),
    ])
    func lawTitleOverCompounds(text: String, document: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.document) == [document], "\(extracted.summary)")
    }

    @Test("'hiện hành' after a law's title is no part of it")
    func currentLawKeepsItsTitle() throws {
        let extracted = try Extracted("Theo Luật Đất đai hiện hành, người dân được bồi thường.")
        #expect(extracted.names(.document) == ["Luật Đất đai"], "\(extracted.summary)")
    }

    @Test("a plan, project or strategy named by a capitalized title, ending after the period of years it covers", arguments: [
        ("Huyện đang triển khai Kế hoạch Phát triển Kinh tế - Xã hội 2021-2025 của tỉnh Long An.",
            "Kế hoạch Phát triển Kinh tế - Xã hội 2021-2025"),
        ("Dự án phù hợp với Chiến lược Phát triển Nông nghiệp 2021-2030, theo Bộ trưởng.", "Chiến lược Phát triển Nông nghiệp 2021-2030"),
        ("Hai bên đã ký Kế hoạch Chiến lược chung giai đoạn 2019-2023 tại Hà Nội.", "Kế hoạch Chiến lược chung giai đoạn 2019-2023"),
        ("Bộ tổ chức hội thảo góp ý Đề án Phát triển nghề nuôi trồng rong biển ở các tỉnh ven biển.",
            "Đề án Phát triển nghề nuôi trồng rong biển ở các tỉnh ven biển"),
    ])
    func capitalizedPlanTitle(text: String, document: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.document) == [document], "\(extracted.summary)")
    }

    @Test("a plan owned by a body, or a strategy counted in years, is no document by title", arguments: [
        "Các sở thực hiện Kế hoạch UBND tỉnh giao trong năm nay.",
        "Doanh nghiệp cần một chiến lược 10 năm để phát triển.",
        "Các sở thực hiện Kế hoạch Bảo hiểm xã hội tỉnh giao trong năm nay.",
    ])
    func planWithoutTitle(text: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.document).isEmpty, "\(extracted.summary)")
    }

    @Test("a congress's resolution named by its term, and by its number elsewhere in the article, is one document")
    func resolutionNamedByItsTerm() throws {
        let alone = try Extracted("Các huyện quán triệt Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025 trong tháng này.")
        #expect(alone.names(.document) == ["Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025"], "\(alone.summary)")
        let both = try Extracted(
            "Tỉnh đã đạt nhiều chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX đề ra. Các chỉ tiêu Nghị quyết Đại hội Đảng "
                + "bộ tỉnh nhiệm kỳ 2020 - 2025 đã đề ra đều đạt.")
        #expect(both.names(.document) == ["Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX"], "\(both.summary)")
        #expect(both.hasMention(.document, containingName: "Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025"),
            "\(both.summary)")
    }

    @Test("smaller countries listed after 'các nước', and an ocean that starts with a province's name, are places")
    func countriesAndOceans() throws {
        let extracted = try Extracted("Đoàn đã làm việc với các nước Fiji, Papua New Guinea và Micronesia ở Thái Bình Dương.")
        for place in ["Fiji", "Papua New Guinea", "Micronesia", "Thái Bình Dương"] {
            #expect(extracted.names(.place).contains(place), "\(place): \(extracted.summary)")
        }
        #expect(!extracted.names(.place).contains("Thái Bình"), "\(extracted.summary)")
    }

    @Test("'châu Á-Thái Bình Dương' is one region, not 'châu Á' and the province 'Thái Bình'")
    func asiaPacific() throws {
        let extracted = try Extracted("Kinh tế khu vực châu Á-Thái Bình Dương tăng trưởng nhanh trong năm nay.")
        #expect(extracted.names(.place) == ["châu Á - Thái Bình Dương"], "\(extracted.summary)")
    }

    @Test("a Korean given name whose second syllable is glued by a hyphen in lower case", arguments: [
        ("Tổng thống Hàn Quốc Park Geun-hye tiếp đoàn tại Seoul.", "Park Geun-hye"),
        ("Sáng nay, Thủ tướng Hàn Quốc Lee Nak-yon đã phát biểu tại hội nghị.", "Lee Nak-yon"),
    ])
    func koreanGivenName(text: String, person: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.person).contains(person), "\(extracted.summary)")
    }

    @Test("'<head> A và B', A and B own names: two bodies of one kind, the second named by its own name only", arguments: [
        ("Nhà máy thủy điện Sông Tranh 2 và Sông Tranh 4 đã phát điện lên lưới.",
            ["Nhà máy thủy điện Sông Tranh 2", "Nhà máy thủy điện Sông Tranh 4"]),
        ("Tập đoàn đầu tư Nhà máy Alumin Phú Sơn và Gia Bình với cùng công suất.", ["Nhà máy Alumin Phú Sơn", "Nhà máy Alumin Gia Bình"]),
    ])
    func coordinatedOwnNames(text: String, bodies: [String]) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.organization) == bodies, "\(extracted.summary)")
    }

    @Test("a field joined by 'và' stays in one name, in lower case or in title case", arguments: [
        ("Ông công tác tại Sở Tài nguyên và Môi trường Bến Tre.", "Sở Tài nguyên và Môi trường Bến Tre"),
        ("Sinh viên Trường Đại học Khoa Học Xã Hội và Nhân Văn tham gia.", "Trường Đại học Khoa Học Xã Hội và Nhân Văn"),
    ])
    func fieldJoinedByAnd(text: String, body: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.organization).first == body, "\(extracted.summary)")
    }

    @Test("a family name that heads bodies ('Đoàn') opens a person in a list of persons", arguments: [
        "Bốn cán bộ gồm Lê Minh Tâm, Đoàn Văn Khải, Võ Hoàng Anh đã bị khởi tố.",
        "Hai ông Lê Minh Tâm và Đoàn Văn Khải đã bị khởi tố.",
    ])
    func familyNameInListOfPersons(text: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.person).contains("Đoàn Văn Khải"), "\(extracted.summary)")
        #expect(extracted.names(.organization).isEmpty, "\(extracted.summary)")
    }

    @Test("after a body in a list, 'Đoàn Thanh niên …' stays a body")
    func youthUnionAfterABody() throws {
        let extracted = try Extracted("Đại diện Sở Nội vụ, Đoàn Thanh niên tỉnh Bến Tre cùng dự.")
        #expect(extracted.names(.organization).contains("Đoàn Thanh niên tỉnh Bến Tre"), "\(extracted.summary)")
    }

    @Test("'ở/tại A (Province)': a place the gazetteer does not know, in the province its parentheses name")
    func placeBeforeItsProvince() throws {
        let extracted = try Extracted("Lễ hội đua thuyền ở Hòn Ngọc (Quảng Ngãi) diễn ra an toàn.")
        #expect(extracted.names(.place).contains("Hòn Ngọc"), "\(extracted.summary)")
        #expect(extracted.pairs(.locatedIn).contains("Hòn Ngọc → Quảng Ngãi"), "\(extracted.summary)")
    }

    @Test("without 'ở' or 'tại' before it, a name before a province in parentheses is no place")
    func nameBeforeProvinceWithoutLocative() throws {
        let extracted = try Extracted("Cầu thủ Văn Toàn (Hải Dương) đã ghi bàn.")
        #expect(!extracted.names(.place).contains("Văn Toàn"), "\(extracted.summary)")
    }

    @Test("a company's name goes on after its legal form whatever word opens it, and may end with a lower-case head word", arguments: [
        ("Dự án do Công ty CP Phát triển Nhà Hưng Long làm chủ đầu tư.", "Công ty CP Phát triển Nhà Hưng Long"),
        ("Gói thầu giao cho Công ty TNHH Quản lý chợ trung tâm (Nhà đầu tư) thực hiện.", "Công ty TNHH Quản lý chợ trung tâm"),
    ])
    func companyNameAfterLegalForm(text: String, company: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.hasMention(.organization, containingName: company), "\(extracted.summary)")
    }

    @Test("a body named after its remit with 'về' after 'Trung ương', 'Quốc gia' or 'tội phạm'", arguments: [
        ("Ông Lê Văn Ba, Phó Trưởng Ban Chỉ đạo Trung ương về phòng, chống thiên tai cho biết.",
            "Ban Chỉ đạo Trung ương về phòng, chống thiên tai"),
        ("Phòng Cảnh sát điều tra tội phạm về môi trường Công an tỉnh Long An đã vào cuộc.",
            "Phòng Cảnh sát điều tra tội phạm về môi trường"),
    ])
    func bodyNamedAfterItsRemit(text: String, body: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.organization).first == body, "\(extracted.summary)")
    }

    @Test("'về' as the verb 'come' after a central body is no remit")
    func comingIsNoRemit() throws {
        let extracted = try Extracted("Đoàn công tác của Ban Chỉ đạo Trung ương về làm việc với tỉnh Long An.")
        #expect(extracted.names(.organization).contains("Ban Chỉ đạo Trung ương"), "\(extracted.summary)")
    }

    @Test("'A và Phòng chống …': a one-word head that opens a name compound is a word of the name's second task")
    func headOpeningCompoundAfterAnd() throws {
        let extracted = try Extracted("Sở giao Chi cục Thủy lợi và Phòng chống thiên tai Long An phối hợp kiểm tra.")
        #expect(extracted.names(.organization).first == "Chi cục Thủy lợi và Phòng chống thiên tai Long An", "\(extracted.summary)")
        let two = try Extracted("Sở Tư pháp và Phòng Công chứng số 1 tỉnh Long An đã ký kết.")
        #expect(!two.names(.organization).contains { $0.hasPrefix("Sở Tư pháp và") }, "\(two.summary)")
    }

    @Test("an owner named by its head and a glued abbreviation closes a lower-case complement", arguments: [
        ("Trung tâm quan trắc môi trường Sở TN&MT tỉnh Long An đã lấy mẫu nước.", "Trung tâm quan trắc môi trường Sở"),
        ("Ông Ba được Hội đồng khoa học công nghệ Bộ LĐ-TB-XH công nhận.", "Hội đồng khoa học công nghệ Bộ"),
    ])
    func abbreviatedOwnerClosesComplement(text: String, prefix: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.organization).contains { $0.hasPrefix(prefix) }, "\(extracted.summary)")
    }

    @Test("a court or procuracy of the high level is named by its seat, and lies there")
    func highLevelBodyNamedBySeat() throws {
        let extracted = try Extracted("Ông Lê Văn Ba, Phó Viện trưởng Viện kiểm sát nhân dân cấp cao tại Đà Nẵng, đã kháng nghị.")
        #expect(extracted.names(.organization) == ["Viện kiểm sát nhân dân cấp cao tại Đà Nẵng"], "\(extracted.summary)")
        #expect(extracted.pairs(.locatedIn).contains("Viện kiểm sát nhân dân cấp cao tại Đà Nẵng → Đà Nẵng"), "\(extracted.summary)")
        let meeting = try Extracted("Hội nghị cấp cao tại Hà Nội diễn ra hôm qua.")
        #expect(meeting.names(.organization).isEmpty, "\(meeting.summary)")
    }
}
