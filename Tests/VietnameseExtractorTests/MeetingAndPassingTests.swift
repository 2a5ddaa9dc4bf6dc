import MekongPluginAPI
import Testing

/// Relations stated by a meeting noun, a passing vote, a chain of posts before the verb and a parenthesis that
/// places a unit.
@Suite("Meetings, passed laws and units in parentheses")
struct MeetingAndPassingTests {
    @Test("a body passing several documents issued each of them")
    func passedList() throws {
        let extracted = try Extracted(
            "Quốc hội đã biểu quyết thông qua Luật Quy hoạch; Nghị quyết về chất vấn và Nghị quyết về xử lý nợ xấu.")
        let issued = extracted.pairs(.issued)
        #expect(issued.contains(pair("Quốc hội", "Luật Quy hoạch")), "\(extracted.summary)")
        #expect(issued.contains(pair("Quốc hội", "Nghị quyết về chất vấn")), "\(extracted.summary)")
        #expect(issued.contains(pair("Quốc hội", "Nghị quyết về xử lý nợ xấu")), "\(extracted.summary)")
    }

    @Test("a list set apart by semicolons goes on past an item no extractor named in full")
    func passedListWithGaps() throws {
        let extracted = try Extracted(
            "Quốc hội đã biểu quyết thông qua Luật quản lý, sử dụng tài sản nhà nước (sửa đổi); Nghị quyết về xử lý nợ xấu "
                + "của các tổ chức tín dụng; Nghị quyết về chất vấn và trả lời chất vấn.")
        let issued = extracted.pairs(.issued)
        #expect(issued.contains(pair("Quốc hội", "Nghị quyết về xử lý nợ xấu của các tổ chức tín dụng")), "\(extracted.summary)")
        #expect(issued.contains(pair("Quốc hội", "Nghị quyết về chất vấn và trả lời chất vấn")), "\(extracted.summary)")
    }

    @Test("the passive: a document 'được' or 'do' a body 'thông qua', 'ban hành' was issued by that body")
    func passivePassing() throws {
        let extracted = try Extracted(
            "Luật Lực lượng dự bị động viên đã được Quốc hội thông qua ngày 26/11/2019. "
                + "Quyết định số 1122/QĐ-SYT do Sở Y tế tỉnh Đồng Tháp ban hành có hiệu lực. "
                + "Luật Đất đai được nhiều người quan tâm, và Chính phủ ban hành kế hoạch mới.")
        #expect(extracted.pairs(.issued) == [
            pair("Quốc hội", "Luật Lực lượng dự bị động viên"), pair("Sở Y tế tỉnh Đồng Tháp", "1122/QĐ-SYT"),
        ], "\(extracted.summary)")
    }

    @Test("a post's department, a comma, and a body that stands higher: the department is a unit of it")
    func unitCommaOwner() throws {
        let extracted = try Extracted(
            "Hội nghị có sự tham dự của ông Vũ Xuân Hùng, Vụ trưởng Vụ Đào tạo chính quy, Tổng cục Giáo dục nghề nghiệp, "
                + "Bộ Lao động - Thương binh và Xã hội. Ông Nguyễn Quốc Khánh, Vụ trưởng Vụ Tổ chức cán bộ, Bộ Nội vụ nói.")
        let partOf = extracted.pairs(.partOf)
        #expect(partOf.contains(pair("Vụ Đào tạo chính quy", "Tổng cục Giáo dục nghề nghiệp")), "\(extracted.summary)")
        #expect(partOf.contains(pair("Tổng cục Giáo dục nghề nghiệp", "Bộ Lao động - Thương binh và Xã hội")), "\(extracted.summary)")
        #expect(partOf.contains(pair("Vụ Tổ chức cán bộ", "Bộ Nội vụ")), "\(extracted.summary)")
        let belonging = try Extracted(
            "Ông Nguyễn Hiến giữ chức giám đốc Văn phòng Đăng ký đất đai tỉnh Bình Định (thuộc Sở TN&MT) từ năm 2019.")
        // The bare department is the one of the article's one province (annotation guide, bare bodies).
        #expect(belonging.pairs(.partOf)
                == [pair("Văn phòng Đăng ký đất đai tỉnh Bình Định", "Sở Tài nguyên và Môi trường tỉnh Bình Định")],
                "\(belonging.summary)")
        // A list of bodies is no hierarchy, and nor is a post over several bodies, whether "và" or a comma follows.
        let commaList = try Extracted("Dự hội nghị có Phó Giám đốc Sở Y tế, Bộ Y tế, Bộ Tài chính và các ngành liên quan.")
        #expect(commaList.pairs(.partOf).isEmpty, "\(commaList.summary)")
        let listed = try Extracted("Đoàn làm việc với Vụ Kế hoạch, Bộ Tài chính và Bộ Công Thương. Giám đốc Sở Y tế, Bộ Y tế và Bộ Nội vụ dự.")
        #expect(listed.pairs(.partOf).isEmpty, "\(listed.summary)")
    }

    @Test("cooperation between two parties: 'giữa A và B', a coordinated subject, and a leader who 'chủ trì phối hợp'")
    func cooperationShapes() throws {
        let extracted = try Extracted(
            "Dự án do Tập đoàn Dầu khí Việt Nam (PVN) và Tập đoàn Dệt may (Vinatex) hợp tác đầu tư. Các mô hình hợp tác "
                + "thành công giữa Tổng công ty Viễn thông MobiFone và Tổng công ty truyền thông Haiti được nêu. Bộ giao cho "
                + "Vụ Tổ chức cán bộ chủ trì phối hợp với Trung tâm Tin học thành lập tổ công tác.")
        let cooperating = extracted.pairs(.cooperatesWith)
        // "(Vinatex)" names the group the lexicon knows, by its full name.
        #expect(cooperating.contains(pair("Tập đoàn Dầu khí Việt Nam", "Tập đoàn Dệt May Việt Nam", symmetric: true)),
                "\(extracted.summary)")
        #expect(cooperating.contains(pair("Tổng công ty Viễn thông MobiFone", "Tổng công ty truyền thông Haiti", symmetric: true)),
                "\(extracted.summary)")
        #expect(cooperating.contains(pair("Trung tâm Tin học", "Vụ Tổ chức cán bộ", symmetric: true)), "\(extracted.summary)")
        // Two people who "làm việc" side by side did not meet each other.
        let working = try Extracted("Ông Nguyễn Văn An và ông Trần Văn Bình làm việc tại Sở Nội vụ từ năm 2010.")
        #expect(working.pairs(.metWith).isEmpty, "\(working.summary)")
    }

    @Test("a law's title ends before a clause glued on without a full stop ('… nhỏ và vừa Dưới sự điều hành …')")
    func titleBeforeGluedClause() throws {
        let extracted = try Extracted(
            "Biểu quyết thông qua Luật hỗ trợ doanh nghiệp nhỏ và vừa Dưới sự điều hành của Phó Chủ tịch Quốc hội Phùng Quốc Hiển, "
                + "Quốc hội đã nghe báo cáo.")
        #expect(extracted.names(.document) == ["Luật hỗ trợ doanh nghiệp nhỏ và vừa"], "\(extracted.summary)")
    }

    @Test("'thông qua' meaning 'through' issues nothing")
    func throughIsNotPassing() throws {
        let extracted = try Extracted("Mọi thủ tục phải thông qua Chính phủ điện tử từ năm 2017.")
        #expect(extracted.pairs(.issued).isEmpty, "\(extracted.summary)")
    }

    @Test("a hyphenated given name ('Jean-Claude Juncker') and known foreign bodies")
    func hyphenatedName() throws {
        let extracted = try Extracted(
            "Thủ tướng Nguyễn Xuân Phúc đã có các cuộc gặp với Chủ tịch Hội đồng châu Âu Donald Tusk và Chủ tịch Ủy ban "
                + "châu Âu Jean-Claude Juncker.")
        #expect(extracted.pairs(.holdsPosition).contains(pair("Jean-Claude Juncker", "Ủy ban châu Âu")), "\(extracted.summary)")
        #expect(extracted.pairs(.holdsPosition).contains(pair("Donald Tusk", "Hội đồng châu Âu")), "\(extracted.summary)")
        #expect(!extracted.pairs(.holdsPosition).contains(pair("Donald Tusk", "Ủy ban châu Âu")), "\(extracted.summary)")
        // The next post, with its body's acronym, is the next person's.
        let next = try Extracted(
            "Thủ tướng đã gặp Chủ tịch Ủy ban châu Âu Jean-Claude Juncker và Tổng Giám đốc Tổ chức Y tế thế giới (WHO) "
                + "Tedros Adhanom Ghebreyesus.")
        #expect(!next.pairs(.holdsPosition).contains { $0.hasPrefix("Jean-Claude Juncker → Tổ chức") }, "\(next.summary)")
    }

    @Test("'có các cuộc gặp với' lists the people met, past titles, countries and unnamed bodies")
    func meetingNoun() throws {
        let extracted = try Extracted(
            "Ngày 8/7, Thủ tướng Nguyễn Xuân Phúc đã có các cuộc gặp với Tổng thống Indonesia Joko Widodo, "
                + "Thủ tướng Ấn Độ Narendra Modi và Chủ tịch Hội đồng châu Âu Donald Tusk.")
        let met = extracted.pairs(.metWith)
        for other in ["Joko Widodo", "Narendra Modi", "Donald Tusk"] {
            #expect(met.contains(pair("Nguyễn Xuân Phúc", other, symmetric: true)), "\(other): \(extracted.summary)")
        }
    }

    @Test("a talk ('trao đổi … với') is a meeting; a scholar's honorific is no party")
    func talk() throws {
        let extracted = try Extracted("Phó Chủ tịch Quốc hội Uông Chu Lưu đã trao đổi học thuật với giáo sư Masahiro Horie.")
        #expect(extracted.pairs(.metWith) == [pair("Masahiro Horie", "Uông Chu Lưu", symmetric: true)], "\(extracted.summary)")
    }

    @Test("the person before a chain of posts is who receives, not the last body of the chain")
    func appositiveSubject() throws {
        let extracted = try Extracted(
            "Chiều 6/6, Đại tướng Raúl Castro, Bí thư thứ nhất Ban Chấp hành Trung ương Đảng Cộng sản Cuba, Chủ tịch "
                + "Hội đồng Nhà nước Cuba đã tiếp thân mật Đại tướng Ngô Xuân Lịch, Ủy viên Bộ Chính trị, Phó Bí thư Quân ủy "
                + "Trung ương, Bộ trưởng Bộ Quốc phòng.")
        let met = extracted.pairs(.metWith)
        #expect(met.contains(pair("Raúl Castro", "Ngô Xuân Lịch", symmetric: true)), "\(extracted.summary)")
        // Neither the receiver's posts nor the guest's are parties of the meeting.
        #expect(met.count == 1, "\(extracted.summary)")
    }

    @Test("departments named without owner in an article about one ministry are that ministry's")
    func ministryDepartments() throws {
        let extracted = try Extracted("Bộ trưởng Bộ Công Thương yêu cầu Vụ Kế hoạch và Cục Hóa chất rà soát.")
        let partOf = extracted.pairs(.partOf)
        for unit in ["Vụ Kế hoạch", "Cục Hóa chất"] {
            #expect(partOf.contains(pair(unit, "Bộ Công Thương")), "\(unit): \(extracted.summary)")
        }
        // A general department named on its own is one more department of the ministry, and owns no "Vụ" (only one
        // that the text gives a general department keeps it: UnseenNewsTwelfthSessionRelationTests).
        let withGeneral = try Extracted(
            "Bộ trưởng Bộ Công Thương yêu cầu Vụ Kế hoạch rà soát. Tổng cục Quản lý thị trường tăng cường kiểm tra.")
        #expect(withGeneral.pairs(.partOf) == [
            pair("Tổng cục Quản lý thị trường", "Bộ Công Thương"), pair("Vụ Kế hoạch", "Bộ Công Thương"),
        ], "\(withGeneral.summary)")
        // Another central body that may own the unit: no guess.
        let two = try Extracted("Ông Vũ Ngọc Dũng, Vụ trưởng Vụ Địa phương I, Ban Tổ chức Trung ương, gặp Bộ Xây dựng.")
        #expect(!two.pairs(.partOf).contains(pair("Vụ Địa phương I", "Bộ Xây dựng")), "\(two.summary)")
    }

    @Test("a unit in parentheses 'đơn vị sự nghiệp trực thuộc' its body")
    func unitInParentheses() throws {
        let extracted = try Extracted(
            "Một số cán bộ thuộc Trung tâm Hỗ trợ Xuất khẩu (đơn vị sự nghiệp trực thuộc Cục Xúc tiến thương mại) bị kỷ luật.")
        #expect(extracted.pairs(.partOf).contains(pair("Trung tâm Hỗ trợ Xuất khẩu", "Cục Xúc tiến thương mại")),
                "\(extracted.summary)")
    }
}

/// Posts and documents written in the shapes news uses for them beyond "Title Body Name".
@Suite("Posts and references in other shapes")
struct OtherShapesTests {
    @Test("a document cited by type, number and year, with or without 'số'")
    func numberAndYear() throws {
        let extracted = try Extracted(
            "Theo Nghị định 24/2014 của Chính phủ và Nghị định số 52/2013, việc này được quy định. "
                + "Ông nghỉ hưu theo Nghị định 108/2014/CP về tinh giản biên chế.")
        let documents = extracted.names(.document)
        #expect(documents.contains("Nghị định 24/2014"), "\(extracted.summary)")
        #expect(documents.contains("Nghị định số 52/2013"), "\(extracted.summary)")
        // A code glued on makes the whole a symbol: no "Nghị định 108/2014" cut out of it.
        #expect(!documents.contains("Nghị định 108/2014"), "\(extracted.summary)")
    }

    @Test("a title that takes in the body's head, then only the holder's name")
    func titleTakesHead() throws {
        let extracted = try Extracted("Chiều 9/6, Tổng Thanh tra Phan Văn Sáu đã giải trình trước Quốc hội.")
        #expect(extracted.names(.person) == ["Phan Văn Sáu"], "\(extracted.summary)")
        #expect(!extracted.names(.organization).contains { $0.hasPrefix("Thanh tra Phan") }, "\(extracted.summary)")
    }

    @Test("'khi đó là ông' between a post and its holder; 'từng' marks a past post")
    func bridgesAndPastPosts() throws {
        let extracted = try Extracted(
            "Năm 2015, Bộ trưởng Bộ Công Thương khi đó là ông Vũ Huy Hoàng đã ký quyết định. "
                + "Ông Trần Lưu Hải, từng Bí thư Tỉnh ủy Hòa Bình, bị kỷ luật.")
        #expect(extracted.pairs(.holdsPosition).contains(pair("Vũ Huy Hoàng", "Bộ Công Thương")), "\(extracted.summary)")
        let past = extracted.attributes("Trần Lưu Hải", .holdsPosition, "Tỉnh ủy Hòa Bình")
        #expect(past.contains { $0["status"] == "former" && $0["title"] == "Bí thư" }, "\(extracted.summary)")
    }

    @Test("'từng là', 'từng giữ chức' before a title: a past post", arguments: ["từng là", "từng giữ chức", "từng làm"])
    func pastPostVerbs(verb: String) throws {
        let extracted = try Extracted("Ông Trần Lưu Hải \(verb) Bí thư Tỉnh ủy Hòa Bình.")
        let past = extracted.attributes("Trần Lưu Hải", .holdsPosition, "Tỉnh ủy Hòa Bình")
        #expect(past.contains { $0["status"] == "former" && $0["title"] == "Bí thư" }, "\(extracted.summary)")
    }

    @Test("'chưa từng là' before a title is no former post")
    func neverHeld() throws {
        let extracted = try Extracted("Ông Trần Lưu Hải chưa từng là Bí thư Tỉnh ủy Hòa Bình.")
        let posts = extracted.attributes("Trần Lưu Hải", .holdsPosition, "Tỉnh ủy Hòa Bình")
        #expect(!posts.contains { $0["status"] == "former" }, "\(extracted.summary)")
    }

    @Test("a welcome is a meeting, with an adverb between the host and the verb")
    func welcome() throws {
        let extracted = try Extracted(
            "Thay mặt Quốc hội Việt Nam, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân nhiệt liệt chào mừng Chủ tịch Thượng viện "
                + "Youri Latortue sang thăm chính thức Việt Nam.")
        #expect(extracted.pairs(.metWith).contains(pair("Nguyễn Thị Kim Ngân", "Youri Latortue", symmetric: true)),
                "\(extracted.summary)")
    }

    @Test("a body lies in each district, city and province of the address where it sits")
    func seatAddress() throws {
        let extracted = try Extracted(
            "Trường Cao đẳng Quảng Nam có trụ sở chính đặt tại số 431 đường Hùng Vương, TP Tam Kỳ, Quảng Nam. Nhà máy Xơ sợi "
                + "Polyester Đình Vũ đóng tại Khu công nghiệp Đình Vũ, quận Hải An, thành phố Hải Phòng.")
        let located = extracted.pairs(.locatedIn)
        for (body, place) in [
            ("Trường Cao đẳng Quảng Nam", "Tam Kỳ"), ("Trường Cao đẳng Quảng Nam", "Quảng Nam"),
            ("Nhà máy Xơ sợi Polyester Đình Vũ", "Hải An"), ("Nhà máy Xơ sợi Polyester Đình Vũ", "Hải Phòng"),
        ] {
            #expect(located.contains(pair(body, place)), "\(body) in \(place): \(extracted.summary)")
        }
    }
}
