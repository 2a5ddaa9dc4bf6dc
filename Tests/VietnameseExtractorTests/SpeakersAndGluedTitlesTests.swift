import MekongPluginAPI
import Testing

/// Rules of the twenty-fourth session on speakers' appositions, titles glued to names, acronyms with their province and
/// lists of provinces and cities, each on a sentence written for the test after a shape of the session's draw (`dev/971`–`dev/991`).
@Suite("Speakers' posts, titles glued to names, acronyms with their province, twenty-fourth session")
struct SpeakersAndGluedTitlesTests {
    @Test("'Theo bác sĩ A, Giám đốc Trung tâm B cho biết': a verb of saying after the post repeats 'Theo'; the post is A's")
    func accordingToWithSayingVerb() throws {
        let said = try Extracted("Theo bác sĩ Lê Công Lĩnh, Giám đốc Trung tâm Y tế huyện Phú Quốc cho biết, trước khi tiêm phải khám sàng lọc.")
        #expect(said.pairs(.holdsPosition) == ["Lê Công Lĩnh → Trung tâm Y tế huyện Phú Quốc"], "\(said.summary)")
        // A post that opens the main clause after "Theo A," is its subject's, not A's.
        let subject = try Extracted("Theo đại biểu Nguyễn Văn An, Bí thư Tỉnh ủy Yên Bái phải chỉ đạo quyết liệt hơn.")
        #expect(subject.pairs(.holdsPosition).isEmpty, "\(subject.summary)")
    }

    @Test("'ông A Chủ tịch UBND thành phố nhấn mạnh': a title in capitals right after the name, the comma left out")
    func titleRightAfterName() throws {
        let glued = try Extracted("Tại cuộc họp ở TP.HCM, ông Nguyễn Thành Phong Chủ tịch UBND thành phố nhấn mạnh yêu cầu phòng dịch.")
        #expect(glued.pairs(.holdsPosition) == ["Nguyễn Thành Phong → Ủy ban nhân dân Thành phố Hồ Chí Minh"], "\(glued.summary)")
    }

    @Test("'Giám đốc CDC tỉnh Sóc Trăng': a province after an acronym that follows a title is the body's")
    func acronymWithProvince() throws {
        let centre = try Extracted("Bác sĩ Trần Văn Dũng, Giám đốc CDC tỉnh Sóc Trăng cho biết tỉnh đã tiêm 3.000 liều.")
        #expect(centre.pairs(.holdsPosition) == ["Trần Văn Dũng → CDC tỉnh Sóc Trăng"], "\(centre.summary)")
    }

    @Test("'Quốc vụ khanh cấp cao Bộ Tài chính': Singapore's junior ministers")
    func ministersOfState() throws {
        let minister = try Extracted("Ông Lawrence Wong từng là Quốc vụ khanh cấp cao Bộ Tài chính Singapore.")
        #expect(minister.attributes("Lawrence Wong", .holdsPosition, "Bộ Tài chính Singapore").first?["title"] == "Quốc vụ khanh cấp cao",
            "\(minister.summary)")
    }

    @Test("'UBND các tỉnh, thành phố: A, B': provinces and cities together, each body with its place's unit word")
    func provincesAndCitiesListed() throws {
        let notice = try Extracted("Bộ Y tế đề nghị UBND các tỉnh, thành phố: Hà Nam, Hà Nội, Đà Nẵng, TPHCM chỉ đạo các đơn vị.")
        #expect(Set(notice.names(.organization)) == [
            "Bộ Y tế", "Ủy ban nhân dân tỉnh Hà Nam", "Ủy ban nhân dân thành phố Hà Nội", "Ủy ban nhân dân thành phố Đà Nẵng",
            "Ủy ban nhân dân Thành phố Hồ Chí Minh",
        ], "\(notice.summary)")
        // The tagger no longer names one body after the first place of a list.
        let provinces = try Extracted("Bộ Y tế đề nghị UBND các tỉnh Hà Nam, Hải Dương và Bắc Ninh chỉ đạo các đơn vị.")
        #expect(!provinces.names(.organization).contains("Ủy ban nhân dân các tỉnh Hà Nam"), "\(provinces.summary)")
        #expect(provinces.names(.organization).contains("Ủy ban nhân dân tỉnh Bắc Ninh"), "\(provinces.summary)")
    }

    @Test("'Giám đốc Bệnh viện Bạch Mai cho biết': a two-word name the article writes after the head elsewhere is no holder")
    func twoWordNameNamedElsewhere() throws {
        let hospital = try Extracted(
            "Thuốc men được hỗ trợ từ Bệnh viện Bạch Mai cơ sở 1. \"Chúng tôi đã sẵn sàng\", GS.TS Nguyễn Quang Tuấn, Giám đốc Bệnh viện Bạch Mai cho biết.")
        #expect(hospital.pairs(.holdsPosition) == ["Nguyễn Quang Tuấn → Bệnh viện Bạch Mai"], "\(hospital.summary)")
        #expect(!hospital.names(.person).contains("Bạch Mai"), "\(hospital.summary)")
        // Named once, after a title, two words opening with a family name are still the holder.
        let inspector = try Extracted("Tổng Thanh tra Phan Sáu đã ký quyết định thanh tra.")
        #expect(inspector.names(.person) == ["Phan Sáu"], "\(inspector.summary)")
    }
}
