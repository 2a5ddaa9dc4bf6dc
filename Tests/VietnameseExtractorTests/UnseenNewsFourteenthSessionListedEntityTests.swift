import MekongPluginAPI
import Testing

/// Entity shapes that unseen news writes and no rule read (issue 7, fourteenth session: misses listed by reviewers on
/// articles no gold set holds), each on a sentence written for the test: a body named in lower case right after its
/// head and closed by the national level ("Trung tâm lưu trữ quốc gia"), an association's branch ("Chi hội X", "Liên chi
/// hội nhà báo X"), a field's inspectorate named by a bare unit word ("Thanh tra xây dựng quận"), a city's committee with the
/// unit's letters glued ("UBNDTP"), a lower-case name that the acronym after it spells ("Ban quản lý an toàn thực phẩm
/// (ATTP)"), an unknown place before its address's province after commas ("ở Nhổn, Hà Nội"), a name that ends
/// before the verb "tham mưu".
@Suite("Entities of general grammar, fourteenth session")
struct UnseenNewsFourteenthSessionListedEntityTests {
    @Test("'<Head> <lower-case words> quốc gia|Nhà nước [number]': the national level closes the body's name", arguments: [
        ("Ông Trần Văn Bình, Phó giám đốc Trung tâm khí tượng nông nghiệp quốc gia cho biết mưa sẽ kéo dài.",
            "Trung tâm khí tượng nông nghiệp quốc gia"),
        ("Hồ sơ đã được gửi tới Ủy ban năng lượng nguyên tử Nhà nước.", "Ủy ban năng lượng nguyên tử Nhà nước"),
        ("Đội tuyển tập trung tại Trung tâm huấn luyện điền kinh quốc gia 2 (ở Đà Nẵng).",
            "Trung tâm huấn luyện điền kinh quốc gia 2"),
        ("Văn phòng Ủy ban năng lượng nguyên tử Nhà nước đã có công văn trả lời.",
            "Văn phòng Ủy ban năng lượng nguyên tử Nhà nước"),
    ])
    func nationalLevelClosesLowercaseName(text: String, name: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.organization).contains(name), "\(extracted.summary)")
    }

    @Test("a head with a kind's word before the national level names a kind of body: 'Tập đoàn kinh tế nhà nước'", arguments: [
        "Tập đoàn kinh tế nhà nước cần minh bạch thông tin tài chính.",
        "Bộ yêu cầu các Ngân hàng thương mại nhà nước giảm lãi suất cho vay.",
    ])
    func kindOfBodyBeforeNationalLevel(text: String) throws {
        let extracted = try Extracted(text)
        #expect(!extracted.names(.organization).contains { $0.lowercased().hasSuffix("nhà nước") }, "\(extracted.summary)")
    }

    @Test("a one-word head and the word after it are one word: 'Hội nghị an ninh lương thực quốc gia' is a meeting")
    func oneWordHeadBeforeLowercaseNational() throws {
        let extracted = try Extracted("Hội nghị an ninh lương thực quốc gia diễn ra tại Hà Nội.")
        #expect(!extracted.names(.organization).contains { $0.hasSuffix("quốc gia") }, "\(extracted.summary)")
    }

    @Test("a verb or an act after the head carries the sentence on: 'Trung tâm đã xây dựng chiến lược quốc gia'", arguments: [
        "Năm nay, Trung tâm đã xây dựng chiến lược quốc gia về nước sạch.",
        "Kết luận Thanh tra việc cổ phần hóa doanh nghiệp nhà nước đã được công bố.",
    ])
    func verbAfterHeadBeforeNational(text: String) throws {
        let extracted = try Extracted(text)
        #expect(!extracted.names(.organization).contains { $0.lowercased().hasSuffix("quốc gia") || $0.hasSuffix("nhà nước") },
            "\(extracted.summary)")
    }

    @Test("'Chi hội X', 'Liên chi hội <lower-case> <owner>': an association's branch is named as an association is", arguments: [
        ("Liên chi hội nhà báo Đài Tiếng nói Việt Nam tổ chức lễ trao giải.", "Liên chi hội nhà báo Đài Tiếng nói Việt Nam"),
        ("Chi hội Nhiếp ảnh Cần Thơ có hơn 40 hội viên.", "Chi hội Nhiếp ảnh Cần Thơ"),
    ])
    func branchOfAssociation(text: String, name: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.organization).contains(name), "\(extracted.summary)")
    }

    @Test("'Thanh tra <field> quận' with no place after it: the field's inspectorate of the article's one district")
    func fieldInspectorateOfTerritoryInFocus() throws {
        let extracted = try Extracted(
            "Ủy ban nhân dân quận Hoàn Kiếm đã họp. Thanh tra xây dựng quận đã lập biên bản vi phạm đối với công trình.")
        #expect(extracted.names(.organization).contains("Thanh tra xây dựng quận Hoàn Kiếm"), "\(extracted.summary)")
    }

    @Test("'UBNDTP', 'HĐNDTP': the city's committee and council with the unit's letters glued, of the article's one city")
    func gluedCityCommittee() throws {
        let extracted = try Extracted(
            "Ủy ban nhân dân thành phố Cần Thơ đã họp. Tại buổi kiểm tra, ông Trần Văn Nam, Phó Chủ tịch UBNDTP nhấn mạnh cần xử lý dứt điểm.")
        #expect(extracted.names(.organization).contains("Ủy ban nhân dân thành phố Cần Thơ"), "\(extracted.summary)")
        #expect(!extracted.names(.organization).contains("UBNDTP"), "\(extracted.summary)")
        #expect(extracted.mentions(.organization, named: "Ủy ban nhân dân thành phố Cần Thơ").count >= 2, "\(extracted.summary)")
    }

    @Test("'<Head> <lower-case words> (ACRONYM)': the acronym spells the words' initials, so they are the body's name")
    func lowercaseNameSpelledByAcronym() throws {
        let extracted = try Extracted(
            "Chiều 5/6, lãnh đạo thành phố làm việc với Ban quản lý vệ sinh thực phẩm (VSTP) và đại diện các quận.")
        #expect(extracted.names(.organization).contains("Ban quản lý vệ sinh thực phẩm"), "\(extracted.summary)")
    }

    @Test("an acronym that spells other words names nothing: 'Trung tâm dự báo giá xăng dầu (RON) sẽ tăng'")
    func acronymSpellingOtherWords() throws {
        let extracted = try Extracted("Trung tâm dự báo giá xăng dầu (RON) sẽ tăng trong tuần tới.")
        #expect(!extracted.names(.organization).contains { $0.hasPrefix("Trung tâm dự báo") }, "\(extracted.summary)")
    }

    @Test("'ở X, Province', 'tại X, District, Province': an unknown place before its address's province is a place", arguments: [
        ("Các vận động viên tập luyện tại trung tâm (ở Cổ Nhuế, Hà Nội).", "Cổ Nhuế"),
        ("Nguyễn Văn Tư (SN 1970, trú tại Hàng Gai, Hoàn Kiếm, Hà Nội) đã bị bắt.", "Hàng Gai"),
    ])
    func unknownPlaceBeforeProvinceAfterComma(text: String, place: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.place).contains(place), "\(extracted.summary)")
    }

    @Test("'tại X, District, Province': the place lies in the district, the nearest unit that holds it")
    func unknownPlaceLiesInItsDistrict() throws {
        let extracted = try Extracted("Nguyễn Văn Tư (SN 1970, trú tại Hàng Gai, Hoàn Kiếm, Hà Nội) đã bị bắt.")
        #expect(extracted.pairs(.locatedIn).contains(pair("Hàng Gai", "Hoàn Kiếm")), "\(extracted.summary)")
    }

    @Test("the province must end the address: 'tại Hội nghị, Hà Nội khẳng định' names no place 'Hội nghị'")
    func provinceAfterCommaOpensClause() throws {
        let extracted = try Extracted("Phát biểu tại Hội nghị, Hà Nội khẳng định sẽ hoàn thành kế hoạch.")
        #expect(!extracted.names(.place).contains("Hội nghị"), "\(extracted.summary)")
    }

    @Test("provinces listed after 'tại X,' are no address: 'Tại Hội nghị, Hà Nội, Hải Phòng và Quảng Ninh' names no place 'Hội nghị'", arguments: [
        "Tại Hội nghị, Hà Nội, Hải Phòng và Quảng Ninh đã ký kết chương trình hợp tác.",
        "Tại Lễ ký kết, Đà Nẵng, Quảng Nam đã thống nhất phương án.",
    ])
    func provincesListedAfterEvent(text: String) throws {
        let extracted = try Extracted(text)
        #expect(!extracted.names(.place).contains { $0.hasPrefix("Hội nghị") || $0.hasPrefix("Lễ") }, "\(extracted.summary)")
    }

    @Test("a district that is not the province's is no address: 'tại Hàng Gai, Hoàn Kiếm, Đà Nẵng' puts no place in Hoàn Kiếm")
    func districtOutsideProvince() throws {
        let extracted = try Extracted("Nguyễn Văn Tư (SN 1970, trú tại Hàng Gai, Hoàn Kiếm, Đà Nẵng) đã bị bắt.")
        #expect(!extracted.pairs(.locatedIn).contains(pair("Hàng Gai", "Hoàn Kiếm")), "\(extracted.summary)")
    }

    @Test("'tham mưu' is a verb too: 'giao Vụ X tham mưu trình …' ends the name before it; 'Phòng Tham mưu' keeps it", arguments: [
        ("Bộ trưởng giao Vụ Giáo dục Thường xuyên tham mưu trình lãnh đạo bộ phương án xử lý.", "Vụ Giáo dục Thường xuyên"),
        ("Ông Lê Văn Hòa, Trưởng Phòng Tham mưu Công an tỉnh Bình Định, cho biết vụ việc đang được điều tra.",
            "Phòng Tham mưu Công an tỉnh Bình Định"),
    ])
    func adviseEndsName(text: String, name: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.organization).contains(name), "\(extracted.summary)")
    }
}
