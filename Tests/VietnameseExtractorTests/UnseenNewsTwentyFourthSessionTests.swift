import MekongPluginAPI
import Testing
import VietnameseLexicon

/// Rules of the twenty-fourth session, each on a sentence written for the test after a shape of the development
/// corpus or of the session's draw (`dev/971`–`dev/991`).
@Suite("Foreign and clergy names, functional directors, boards and meetings, twenty-fourth session")
struct UnseenNewsTwentyFourthSessionTests {
    @Test("Vowel clusters Vietnamese spelling never writes make a word foreign", arguments: [
        ("Ye", false), ("Yong", false), ("Byung", false), ("Yoon", false), ("Nguyễn", true), ("Trương", true),
        ("khuya", true), ("Khuyến", true), ("gì", true), ("gìn", true), ("Giữa", true), ("Ngoẹo", true), ("thuở", true),
    ])
    func vowelClusters(_ word: String, _ vietnamese: Bool) {
        #expect(VietnameseSyllable.isVietnamese(word) == vietnamese)
    }

    @Test("'Bộ trưởng Giao thông Ong Ye Kung', 'ông Gan Kim Yong': foreign names whose words have Vietnamese letters")
    func foreignNamesOfVietnameseLetters() throws {
        let ministers = try Extracted(
            "Bộ trưởng Giao thông Ong Ye Kung sẽ trở thành Bộ trưởng Y tế thay cho ông Gan Kim Yong - người được bổ nhiệm làm tân Bộ trưởng Công thương.")
        #expect(Set(ministers.names(.person)) == ["Ong Ye Kung", "Gan Kim Yong"], "\(ministers.summary)")
        // A Vietnamese name after a minister's field is read as before; the field is no person.
        let vietnamese = try Extracted("Bộ trưởng Ngoại giao Phạm Bình Minh đã tiếp Đại sứ.")
        #expect(vietnamese.names(.person) == ["Phạm Bình Minh"], "\(vietnamese.summary)")
    }

    @Test("'Li Mingjiang, phó giáo sư tại Trường X': an academic's rank and where, after a foreign name")
    func academicApposition() throws {
        let scholars = try Extracted(
            "\"Trung Quốc rất lo lắng\", Li Mingjiang, phó giáo sư tại Trường Nghiên cứu Quốc tế nói. "
                + "Wang Wen, giáo sư tại Viện Chongyang thuộc Đại học Nhân dân Trung Quốc, cho biết.")
        #expect(Set(scholars.names(.person)) == ["Li Mingjiang", "Wang Wen"], "\(scholars.summary)")
        // Without the rank, a capitalized pair before a comma is no person.
        let place = try Extracted("Tại Bắc Kinh, Thượng Hải và Quảng Châu, giá nhà tăng mạnh.")
        #expect(place.names(.person).isEmpty, "\(place.summary)")
    }

    @Test("'Hòa thượng Thích Trí Quảng': a monk's name opens with 'Thích'")
    func buddhistNames() throws {
        let monks = try Extracted(
            "Trưởng lão Hòa thượng Thích Trí Quảng đã tuyên bố phục hồi chức vụ trụ trì đối với Hòa thượng Thích Thiện Chiếu.")
        #expect(Set(monks.names(.person)) == ["Thích Trí Quảng", "Thích Thiện Chiếu"], "\(monks.summary)")
        // "thích" in lower case is a verb.
        let verb = try Extracted("Ông Nguyễn Văn An rất thích Hà Nội.")
        #expect(verb.names(.person) == ["Nguyễn Văn An"], "\(verb.summary)")
    }

    @Test("'X, giảng viên tại Trường Y': the body a person's one title is held at")
    func titleAtBody() throws {
        let lecturer = try Extracted("Ông Trần Văn An, giảng viên tại Trường Đại học Bách khoa Hà Nội, cho biết.")
        #expect(lecturer.pairs(.holdsPosition) == ["Trần Văn An → Trường Đại học Bách khoa Hà Nội"], "\(lecturer.summary)")
        // "tại" before an event is no post.
        let event = try Extracted("Ông Lê Văn Bình, Chủ tịch, tại Hội nghị thường niên cho biết công ty có lãi.")
        #expect(event.pairs(.holdsPosition).isEmpty, "\(event.summary)")
    }

    @Test("'Giám đốc Truyền thông Công ty X', 'Giám đốc An toàn của Samsung': a functional director's field is the title's")
    func functionalDirectors() throws {
        let director = try Extracted(
            "Bà Nguyễn Thu An, Giám đốc Truyền thông Công ty TNHH Grab Việt Nam cho biết. Ông Kang Byung Soo - Giám đốc An toàn của Samsung phát biểu.")
        #expect(director.pairs(.holdsPosition) == [
            "Nguyễn Thu An → Công ty TNHH Grab Việt Nam", "Kang Byung Soo → Samsung",
        ], "\(director.summary)")
        #expect(director.attributes("Nguyễn Thu An", .holdsPosition, "Công ty TNHH Grab Việt Nam").first?["title"] == "Giám đốc Truyền thông")
        #expect(!director.names(.organization).contains("Truyền thông Công ty TNHH Grab Việt Nam"), "\(director.summary)")
    }

    @Test("'Tổng giám đốc PV GAS': words in capitals after an acronym that follows a title are one name")
    func acronymOfTwoWords() throws {
        let gas = try Extracted("Ông Dương Mạnh Sơn, Tổng giám đốc PV GAS nhấn mạnh vai trò của an toàn.")
        #expect(gas.pairs(.holdsPosition) == ["Dương Mạnh Sơn → PV GAS"], "\(gas.summary)")
        #expect(!gas.names(.organization).contains("PV"), "\(gas.summary)")
    }

    @Test("'HĐQT Cen Group': a board named with its company's own foreign name names the company too")
    func boardOwner() throws {
        let board = try Extracted("Ông Phạm Thanh Hưng - Phó Chủ tịch HĐQT Cen Group, bà Đỗ Thị Kim Liên cùng tham gia chương trình.")
        #expect(board.names(.organization).contains("Cen Group"), "\(board.summary)")
        #expect(board.pairs(.partOf).contains("Hội đồng quản trị Cen Group → Cen Group"), "\(board.summary)")
        // A Vietnamese word glued on after the board is no company.
        let glued = try Extracted("Nhiều ý kiến xung quanh ứng viên HĐQT Một trong những nội dung đáng chú ý là cổ tức.")
        #expect(!glued.names(.organization).contains("Một"), "\(glued.summary)")
    }

    @Test("'ông A - Phó Chủ tịch UBND tỉnh B làm việc với C': the person set off by a dash is the party")
    func dashAppositionMeets() throws {
        let work = try Extracted(
            "Ngày 13/4, ông Đoàn Tấn Bửu - Phó Chủ tịch UBND tỉnh Đồng Tháp làm việc với Sở GD - ĐT tỉnh Đồng Tháp về vấn đề học sinh.")
        #expect(work.pairs(.metWith) == [pair("Đoàn Tấn Bửu", "Sở GD - ĐT tỉnh Đồng Tháp", symmetric: true)], "\(work.summary)")
    }

    @Test("'Cùng ngày, tại buổi làm việc với B, Phó Chủ tịch A …': a meeting fronted after a phrase of time")
    func meetingAfterFrontedTime() throws {
        let meeting = try Extracted(
            "Cùng ngày, tại buổi làm việc với Sở Tài chính về triển khai nhiệm vụ năm 2017, Phó Chủ tịch UBND TP HCM Trần Vĩnh Tuyến yêu cầu sở nghiên cứu.")
        #expect(meeting.pairs(.metWith) == [pair("Trần Vĩnh Tuyến", "Sở Tài chính", symmetric: true)], "\(meeting.summary)")
        // A body named before the comma is no phrase of time: its meeting is not moved to the person after it.
        let named = try Extracted(
            "Sở Y tế, tại buổi làm việc với Bệnh viện Bạch Mai, Giám đốc Nguyễn Văn Hùng cho biết sẽ hỗ trợ.")
        #expect(!named.pairs(.metWith).contains(pair("Nguyễn Văn Hùng", "Bệnh viện Bạch Mai", symmetric: true)), "\(named.summary)")
    }
}
