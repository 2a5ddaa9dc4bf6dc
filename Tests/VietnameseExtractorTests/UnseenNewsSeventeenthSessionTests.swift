import MekongPluginAPI
import Testing

/// Shapes that unseen news writes and the grammar misread (issue 7, seventeenth session: a draw of unread baomoi 2017
/// articles), each on a sentence written for the test: numbered lists of a body's units, a place whose first word
/// opens clauses elsewhere, a verb after a name's own proper name, national commands, owners in parentheses between a
/// party and its verb.
@Suite("Names of general grammar, seventeenth session")
struct UnseenNewsSeventeenthSessionTests {
    @Test("'Bộ X có 5 đơn vị gồm: 1- Vụ A; 2- Văn phòng; 3- Viện B': every body of a numbered list is the body's unit")
    func numberedUnitListAfterCount() throws {
        let extracted = try Extracted(
            "Về cơ cấu tổ chức, Bộ Giáo dục và Đào tạo có 5 đơn vị gồm: 1- Vụ Giáo dục Mầm non; 2- Vụ Tổ chức cán bộ; "
                + "3- Văn phòng; 4- Thanh tra; 5- Viện Khoa học Giáo dục Việt Nam; 6- Tạp chí Giáo dục.")
        let parts = extracted.pairs(.partOf)
        for unit in ["Vụ Giáo dục Mầm non", "Vụ Tổ chức cán bộ", "Viện Khoa học Giáo dục Việt Nam", "Tạp chí Giáo dục"] {
            #expect(parts.contains("\(unit) → Bộ Giáo dục và Đào tạo"), "\(unit): \(extracted.summary)")
        }
        // A list set apart by commas does not pass over what is not a body: the sentence goes on after it.
        let commas = try Extracted("Bộ Y tế gồm Vụ Pháp chế, nhiều chuyên gia, Cục Quản lý dược cùng tham dự.")
        #expect(commas.pairs(.partOf).contains("Vụ Pháp chế → Bộ Y tế"), "\(commas.summary)")
        #expect(!commas.pairs(.partOf).contains("Cục Quản lý dược → Bộ Y tế"), "\(commas.summary)")
    }

    @Test("'Đồn Biên phòng Tuy Đức': a known place whose first word opens clauses elsewhere ('Tuy') ends the name")
    func placeWhoseFirstWordOpensClauses() throws {
        let extracted = try Extracted("Gỗ lậu được phát hiện trong khu vực Đồn Biên phòng Tuy Đức quản lý.")
        #expect(extracted.names(.organization) == ["Đồn Biên phòng Tuy Đức"], "\(extracted.summary)")
    }

    @Test("'Đồn Biên phòng Bu Cháp quản lý.': a verb right after the name's own proper name is the sentence's")
    func verbAfterOwnProperName() throws {
        let extracted = try Extracted("Gỗ lậu nằm trong khu vực Đồn Biên phòng Bu Cháp quản lý.")
        #expect(extracted.names(.organization) == ["Đồn Biên phòng Bu Cháp"], "\(extracted.summary)")
        // After the name's field in lower case the verbal compound is still the name's, where the clause ends there.
        let field = try Extracted("Ông A được khen thưởng. Hội đồng Thi đua khen thưởng, Sở Nội vụ đã họp.")
        #expect(field.names(.organization).contains("Hội đồng Thi đua khen thưởng"), "\(field.summary)")
    }

    @Test("'Bộ Tư lệnh Bộ đội Biên phòng': the national command, not a province's force waiting for its province")
    func nationalBorderGuardCommand() throws {
        let extracted = try Extracted(
            "Gỗ lậu bị phát hiện. Cục Phòng chống ma túy và tội phạm - Bộ Tư lệnh Bộ đội Biên phòng đã vào cuộc.")
        #expect(extracted.pairs(.partOf).contains("Cục Phòng chống ma túy và tội phạm → Bộ Tư lệnh Bộ đội Biên phòng"),
                "\(extracted.summary)")
    }

    @Test("'A (B - C) phối hợp với D': the owners in parentheses stand between the party and its verb")
    func ownersInParenthesesBeforeTheVerb() throws {
        let extracted = try Extracted(
            "Cục Phòng chống ma túy và tội phạm (Bộ Tư lệnh Bộ đội Biên phòng - Bộ Quốc phòng) phối hợp với Công an tỉnh "
                + "Đắk Nông kiểm tra khu vực.")
        // cooperates_with is symmetric: either direction states it.
        #expect(!extracted.pairs(.cooperatesWith).isDisjoint(with: [
            "Cục Phòng chống ma túy và tội phạm → Công an tỉnh Đắk Nông", "Công an tỉnh Đắk Nông → Cục Phòng chống ma túy và tội phạm",
        ]), "\(extracted.summary)")
        let one = try Extracted("Cục Di sản văn hóa (Bộ Văn hóa, Thể thao và Du lịch) phối hợp với Sở Văn hóa tỉnh Huế tổ chức.")
        #expect(!one.pairs(.cooperatesWith).isDisjoint(with: [
            "Cục Di sản văn hóa → Sở Văn hóa tỉnh Huế", "Sở Văn hóa tỉnh Huế → Cục Di sản văn hóa",
        ]), "\(one.summary)")
    }

    @Test("'Thứ trưởng Bộ A Ông B và Thứ trưởng Bộ C Ông D đã làm việc với E': both officials meet E")
    func coordinatedOfficialsMeet() throws {
        let extracted = try Extracted(
            "Chiều 14/7, Thứ trưởng Bộ Giao thông vận tải Nguyễn Văn Công và Thứ trưởng Bộ Xây dựng Lê Quang Hùng đã làm việc "
                + "với UBND thành phố Hải Phòng và các nhà thầu.")
        let met = extracted.pairs(.metWith)
        for person in ["Nguyễn Văn Công", "Lê Quang Hùng"] {
            #expect(met.contains("\(person) → Ủy ban nhân dân thành phố Hải Phòng")
                || met.contains("Ủy ban nhân dân thành phố Hải Phòng → \(person)"),
                    "\(person): \(extracted.summary)")
        }
    }

    @Test("'ông Robert H. McCooey Jr, Phó chủ tịch Sàn chứng khoán NASDAQ': a middle initial, and an exchange's head")
    func foreignNameWithMiddleInitial() throws {
        let extracted = try Extracted(
            "Tham dự có ông Robert H. McCooey Jr, Phó chủ tịch Sàn chứng khoán NASDAQ. Ông Robert H McCooey Jr phát biểu.")
        #expect(extracted.mentions(.person, named: "Robert H. McCooey Jr").first?.aliases == ["Robert H McCooey Jr"],
                "\(extracted.summary)")
        #expect(extracted.attributes("Robert H. McCooey Jr", .holdsPosition, "Sàn chứng khoán NASDAQ") == [["title": "Phó chủ tịch"]],
                "\(extracted.summary)")
    }

    @Test("'A họp với B', 'Tại cuộc họp với B, UBND X kiến nghị': a meeting with B, whose other party may be a body after the comma")
    func meetingWithAndFrontedMeeting() throws {
        let met = try Extracted("UBND TP.HCM họp với Bộ Tài chính sáng 23/6 về vốn ODA.")
        #expect(!met.pairs(.metWith).isDisjoint(with: [
            "Ủy ban nhân dân Thành phố Hồ Chí Minh → Bộ Tài chính", "Bộ Tài chính → Ủy ban nhân dân Thành phố Hồ Chí Minh",
        ]), "\(met.summary)")
        let fronted = try Extracted("Tại cuộc họp với Bộ Tài chính sáng 23/6, UBND TP.HCM kiến nghị bổ sung vốn.")
        #expect(!fronted.pairs(.metWith).isDisjoint(with: [
            "Ủy ban nhân dân Thành phố Hồ Chí Minh → Bộ Tài chính", "Bộ Tài chính → Ủy ban nhân dân Thành phố Hồ Chí Minh",
        ]), "\(fronted.summary)")
        // A body followed by "và" may be one more partner: no subject is guessed.
        let listed = try Extracted("Tại buổi làm việc với Sở Y tế, Sở Tài chính và UBND tỉnh Nghệ An đề nghị bổ sung vốn.")
        #expect(listed.pairs(.metWith).isEmpty, "\(listed.summary)")
    }

    @Test("'Nghị quyết của Quốc hội về xử lý nợ xấu': the issuer named after 'của' inside a document's title issued it")
    func issuerInsideDocumentTitle() throws {
        let extracted = try Extracted("Chính phủ sẽ ban hành văn bản hướng dẫn triển khai Nghị quyết của Quốc hội về xử lý nợ xấu.")
        #expect(extracted.pairs(.issued).contains("Quốc hội → Nghị quyết của Quốc hội về xử lý nợ xấu"), "\(extracted.summary)")
    }

    @Test("'Nhà báo Thuận Hữu, Chủ tịch Hội Nhà báo Việt Nam': a name no family name starts, between a cue and its post")
    func penNameBetweenCueAndPost() throws {
        let extracted = try Extracted("Nhà báo Thuận Hữu, Chủ tịch Hội Nhà báo Việt Nam, phát biểu bế mạc.")
        #expect(extracted.attributes("Thuận Hữu", .holdsPosition, "Hội Nhà báo Việt Nam") == [["title": "Chủ tịch"]],
                "\(extracted.summary)")
        // Without the post after it, such a name stays unread: "ông Thuận Hữu" alone may be anything.
        let bare = try Extracted("Ông Thuận Hữu phát biểu bế mạc.")
        #expect(bare.names(.person).isEmpty, "\(bare.summary)")
    }

    @Test("'văn phòng HĐND và UBND thành phố Phan Thiết': one office of two bodies that share their place, part of the second")
    func officeOfTwoTerritorialBodies() throws {
        let extracted = try Extracted("Cụ thể: Đối với văn phòng HĐND và UBND thành phố Phan Thiết, tổ chức kiểm điểm.")
        let office = "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố Phan Thiết"
        #expect(extracted.names(.organization).contains(office), "\(extracted.summary)")
        #expect(extracted.pairs(.partOf).contains("\(office) → Ủy ban nhân dân thành phố Phan Thiết"), "\(extracted.summary)")
        #expect(extracted.hasMention(.organization, containingName: "văn phòng HĐND và UBND thành phố Phan Thiết"),
                "\(extracted.summary)")
    }

    @Test("'Bộ trưởng Bộ Quốc phòng - Đại tướng Ngô Xuân Lịch': a military rank ends the body and stands before the holder")
    func militaryRankBetweenBodyAndHolder() throws {
        for text in ["Bộ trưởng Bộ Quốc phòng - Đại tướng Ngô Xuân Lịch cho biết.", "Bộ trưởng Bộ Quốc phòng Đại tướng Ngô Xuân Lịch cho biết."] {
            let extracted = try Extracted(text)
            #expect(extracted.names(.organization) == ["Bộ Quốc phòng"], "\(extracted.summary)")
            #expect(extracted.attributes("Ngô Xuân Lịch", .holdsPosition, "Bộ Quốc phòng") == [["title": "Bộ trưởng"]],
                    "\(extracted.summary)")
        }
    }

    @Test("'Luật Nhà ở năm 2014': a stop word that completes the word before it ('nhà ở') is a word of a law's title")
    func lawTitleWithCompoundEndingInStopWord() throws {
        let extracted = try Extracted("Theo Luật Nhà ở năm 2014, ông phải trả lại nhà công vụ.")
        #expect(extracted.names(.document) == ["Luật Nhà ở năm 2014"], "\(extracted.summary)")
    }

    @Test("'gồm: Vụ A và B, c; Vụ D Bà mẹ - Trẻ em; …': each item of a semicolon list of bodies is one name")
    func semicolonListItemsAreWholeNames() throws {
        let extracted = try Extracted(
            "Bộ Y tế có 5 đơn vị gồm: Vụ Truyền thông và Thi đua, khen thưởng; Vụ Sức khỏe Bà mẹ - Trẻ em; Cục Phòng, chống "
                + "HIV/AIDS; Cục Quản lý Y, Dược cổ truyền; Cục Quản lý Dược.")
        let units = ["Vụ Truyền thông và Thi đua, khen thưởng", "Vụ Sức khỏe Bà mẹ - Trẻ em", "Cục Phòng, chống HIV/AIDS",
                     "Cục Quản lý Y, Dược cổ truyền", "Cục Quản lý Dược"]
        #expect(extracted.names(.organization) == ["Bộ Y tế"] + units, "\(extracted.summary)")
        for unit in units { #expect(extracted.pairs(.partOf).contains("\(unit) → Bộ Y tế"), "\(unit): \(extracted.summary)") }
        // A list of duties is no list of names: its verbs end them.
        let duties = try Extracted("Giao nhiệm vụ như sau: Sở Tài chính chủ trì thẩm định; Sở Xây dựng hướng dẫn thủ tục.")
        #expect(Set(duties.names(.organization)) == ["Sở Tài chính", "Sở Xây dựng"], "\(duties.summary)")
        // Nor is a holder's name after the body, nor lower-case words that are no name's compound.
        let holder = try Extracted("Dự có: Thường trực Ban Bí thư Đinh Thế Huynh; Bí thư Thành ủy Hà Nội Hoàng Trung Hải.")
        #expect(holder.names(.person).contains("Đinh Thế Huynh"), "\(holder.summary)")
        let said = try Extracted("Thành phần gồm: Sở Y tế tỉnh Nghệ An thường trực; Sở Tài chính tỉnh Nghệ An.")
        #expect(said.names(.organization).first == "Sở Y tế tỉnh Nghệ An", "\(said.summary)")
    }

    @Test("'Chủ tịch Hội đồng Liên bang Nga (Thượng viện) Valentina Matvienko': another name in parentheses between body and holder")
    func otherNameOfBodyBeforeHolder() throws {
        let extracted = try Extracted(
            "Tối cùng ngày, Chủ tịch nước Trần Đại Quang đã có cuộc hội kiến với Chủ tịch Hội đồng Liên bang Nga (Thượng viện) "
                + "Valentina Matvienko.")
        #expect(extracted.attributes("Valentina Matvienko", .holdsPosition, "Hội đồng Liên bang Nga") == [["title": "Chủ tịch"]],
                "\(extracted.summary)")
        #expect(!extracted.pairs(.metWith).isDisjoint(with: [
            "Trần Đại Quang → Valentina Matvienko", "Valentina Matvienko → Trần Đại Quang",
        ]), "\(extracted.summary)")
    }

    @Test("'Quốc hội Việt Nam' is the 'Quốc hội' of other sentences: one body, its country written as an alias")
    func nationalBodyOfVietNam() throws {
        let extracted = try Extracted("Hợp tác giữa Hội đồng Liên bang Nga và Quốc hội Việt Nam được tăng cường.")
        let national = extracted.mentions(.organization, named: "Quốc hội")
        #expect(national.count == 1 && national.first?.aliases.contains("Quốc hội Việt Nam") == true, "\(extracted.summary)")
    }

    @Test("'Chủ tịch Hội đồng quản trị, Tổng giám đốc Công ty X': the board written out in full takes the chain's company too")
    func boardInFullBeforeCompanyOfChain() throws {
        let extracted = try Extracted("Ông Đỗ Văn Tiến, Chủ tịch Hội đồng quản trị, Tổng giám đốc Công ty Hòa Phát, cho biết dự án lớn.")
        #expect(extracted.attributes("Đỗ Văn Tiến", .holdsPosition, "Hội đồng quản trị Công ty Hòa Phát") == [["title": "Chủ tịch"]],
                "\(extracted.summary)")
        #expect(extracted.attributes("Đỗ Văn Tiến", .holdsPosition, "Công ty Hòa Phát") == [["title": "Tổng giám đốc"]],
                "\(extracted.summary)")
    }

    @Test("'Theo ông A, Chủ tịch HĐQT kiêm Tổng giám đốc Công ty X, …': a title joined by 'kiêm' carries the apposition on")
    func accordingToWithJoinedTitles() throws {
        let extracted = try Extracted(
            "Theo ông Đỗ Văn Tiến, Chủ tịch HĐQT kiêm Tổng giám đốc Công ty Cổ phần Xi măng Thành Thắng Group, dự án có vốn lớn.")
        let company = "Công ty Cổ phần Xi măng Thành Thắng Group"
        #expect(extracted.names(.organization).contains(company), "\(extracted.summary)")
        #expect(extracted.attributes("Đỗ Văn Tiến", .holdsPosition, company) == [["title": "Tổng giám đốc"]], "\(extracted.summary)")
        #expect(extracted.attributes("Đỗ Văn Tiến", .holdsPosition, "Hội đồng quản trị \(company)") == [["title": "Chủ tịch"]],
                "\(extracted.summary)")
    }

    @Test("'xã Lý Thường Kiệt': a commune named after a hero is no person, as a ward or a street is not")
    func communeNamedAfterHero() throws {
        let extracted = try Extracted("Nạn nhân là Nguyễn Văn Thao (24 tuổi, ở thôn Hoan Ái, xã Lý Thường Kiệt, huyện Yên Mỹ, Hưng Yên).")
        #expect(extracted.names(.person) == ["Nguyễn Văn Thao"], "\(extracted.summary)")
    }

    @Test("'bà A, Phó bí thư chi bộ, Phó Ban X': a post in a lower-case unit naming no body does not end the chain of posts")
    func chainPastPostInUnnamedUnit() throws {
        let extracted = try Extracted(
            "Cảnh cáo đối với bà Võ Thị Thanh Hằng, Phó bí thư chi bộ, Phó Ban Bồi thường giải phóng mặt bằng quận Tân Phú.")
        #expect(extracted.attributes("Võ Thị Thanh Hằng", .holdsPosition, "Ban Bồi thường giải phóng mặt bằng quận Tân Phú")
                == [["title": "Phó Ban"]], "\(extracted.summary)")
    }

    @Test("'Công ty trách nhiệm hữu hạn chế biến … Việt Hải': a legal form written out, then the trade, is the company's name")
    func legalFormWrittenOut() throws {
        let extracted = try Extracted(
            "Nguyễn Tấn Hải (nguyên Tổng Giám đốc Công ty trách nhiệm hữu hạn chế biến và xuất nhập khẩu Việt Hải) bị bắt.")
        let company = "Công ty trách nhiệm hữu hạn chế biến và xuất nhập khẩu Việt Hải"
        #expect(extracted.names(.organization) == [company], "\(extracted.summary)")
        #expect(extracted.attributes("Nguyễn Tấn Hải", .holdsPosition, company) == [["status": "former", "title": "Tổng Giám đốc"]], "\(extracted.summary)")
    }

    @Test("'Tổ công tác của Thủ tướng (Chính phủ)': the Prime Minister's working group is one body, which meets whom it meets")
    func primeMinistersWorkingGroup() throws {
        let extracted = try Extracted("Chiều qua, Tổ công tác của Thủ tướng đã làm việc với Tập đoàn Dầu khí Việt Nam.")
        #expect(extracted.names(.organization).contains("Tổ công tác của Thủ tướng Chính phủ"), "\(extracted.summary)")
        #expect(!extracted.pairs(.metWith).isDisjoint(with: [
            "Tổ công tác của Thủ tướng Chính phủ → Tập đoàn Dầu khí Việt Nam", "Tập đoàn Dầu khí Việt Nam → Tổ công tác của Thủ tướng Chính phủ",
        ]), "\(extracted.summary)")
    }

    @Test("'Bộ Văn hóa, thể thao, du lịch': the ministry written with commas alone is the ministry, not 'Bộ Văn hóa'")
    func ministryWrittenWithCommas() throws {
        let extracted = try Extracted("Ông Nguyễn Ngọc Thiện, Bộ trưởng Bộ Văn hóa, thể thao, du lịch cho biết.")
        #expect(extracted.names(.organization) == ["Bộ Văn hóa, Thể thao và Du lịch"], "\(extracted.summary)")
    }

    @Test("'ĐBQH Dương Trung Quốc': an abbreviation spelling a title and a national body the article names is the name's post")
    func abbreviatedPostBeforeName() throws {
        for text in [
            "Cuối tuần qua ĐBQH Dương Trung Quốc cho biết, Quốc hội sẽ xem xét.",
            "Trước đó, đại biểu quốc hội (ĐBQH) Dương Trung Quốc gửi ý kiến đến Ủy ban Thường vụ Quốc hội.",
        ] {
            let extracted = try Extracted(text)
            #expect(extracted.attributes("Dương Trung Quốc", .holdsPosition, "Quốc hội") == [["title": "Đại biểu"]],
                    "\(extracted.summary)")
        }
        // No body of that name in the article: no post is guessed.
        let alone = try Extracted("ĐBQH Nguyễn Văn An phát biểu tại hội trường.")
        #expect(alone.pairs(.holdsPosition).isEmpty, "\(alone.summary)")
    }
}
