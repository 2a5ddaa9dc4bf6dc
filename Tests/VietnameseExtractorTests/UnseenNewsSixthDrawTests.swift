import MekongPluginAPI
import Testing

/// Shapes found missing on the second random draw of unseen articles (dev/425–448), measured once before anyone
/// tuned to them: bare district and commune bodies, codes of law, …
@Suite("Shapes of unseen news, second draw")
struct UnseenNewsSixthDrawTests {
    @Test("a bare district or commune body is the body of the one district or commune the article names")
    func localUnitInFocus() throws {
        let district = try Extracted(
            "UBND huyện Tĩnh Gia tổ chức hội nghị. Lãnh đạo Huyện ủy, UBND huyện đã lắng nghe. Ông Nguyễn Văn An, Bí thư Huyện ủy, phát biểu.")
        #expect(district.pairs(.holdsPosition).contains("Nguyễn Văn An → Huyện ủy Tĩnh Gia"), "\(district.summary)")
        let commune = try Extracted("Người dân xã Đồng Tâm phản đối. Ông Lê Đình Kình, nguyên Bí thư Đảng ủy xã, được mời đối thoại.")
        #expect(commune.names(.organization).contains("Đảng ủy xã Đồng Tâm"), "\(commune.summary)")
        let ward = try Extracted("Cô giáo ở phường Bạch Đằng bị đình chỉ. Chủ tịch UBND quận Hai Bà Trưng yêu cầu UBND phường báo cáo.")
        #expect(ward.names(.organization).contains("Ủy ban nhân dân phường Bạch Đằng"), "\(ward.summary)")
    }

    @Test("two districts named: a bare 'Huyện ủy' is nobody's")
    func twoDistrictsNoFocus() throws {
        let extracted = try Extracted(
            "Huyện Tĩnh Gia và huyện Nông Cống cùng triển khai. Người dân huyện Tĩnh Gia và huyện Nông Cống đồng tình. Ông Nguyễn Văn An, Bí thư Huyện ủy, phát biểu.")
        #expect(!extracted.names(.organization).contains { $0.hasPrefix("Huyện ủy ") }, "\(extracted.summary)")
    }

    @Test("a code of law is a document by its title, and by its symbol alone when the symbol follows")
    func codeOfLaw() throws {
        // The year closes the code's name, as the gold names it ("Bộ luật Tố tụng hình sự năm 2015"); the title alone
        // stays one of its names.
        let extracted = try Extracted("Ông bị khởi tố theo Điều 123 Bộ luật Hình sự năm 2015.")
        #expect(extracted.names(.document).contains("Bộ luật Hình sự năm 2015"), "\(extracted.summary)")
        #expect(extracted.hasMention(.document, containingName: "Bộ luật Hình sự"), "\(extracted.summary)")
        let numbered = try Extracted("Quốc hội cho ý kiến về việc sửa đổi Bộ luật Hình sự số 100/2015/QH13 trong kỳ họp.")
        #expect(!numbered.names(.document).contains("Bộ luật Hình sự"), "\(numbered.summary)")
    }

    @Test("a head in lower case after a title names a body when the name has a capitalized word of its own", arguments: [
        ("Ông Hải (Giám đốc trung tâm quản lý và điều hành giao thông đô thị Hà Nội) cho biết.",
         "Trung tâm quản lý và điều hành giao thông đô thị Hà Nội"),
        ("Ông Trần Văn Bình, giám đốc công ty TNHH Minh Long, cho biết.", "Công ty TNHH Minh Long"),
        ("Ông Phạm Văn Nam, Giám đốc bệnh viện Đa khoa tỉnh Hòa Bình, cho biết.", "Bệnh viện Đa khoa tỉnh Hòa Bình"),
        ("Bà Phú Thị Cẩm, Hiệu trưởng trường THPT chuyên Bạc Liêu, trả lời.", "Trường THPT chuyên Bạc Liêu"),
    ])
    func lowercaseHeadAfterTitle(text: String, name: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.organization).contains(name), "\(extracted.summary)")
    }

    @Test("a lower-case head after a title with nothing capitalized of its own is no body")
    func genericHeadAfterTitle() throws {
        let extracted = try Extracted("Năng lực của giám đốc bệnh viện còn hạn chế, hiệu trưởng trường đại học cũng vậy.")
        #expect(extracted.names(.organization).isEmpty, "\(extracted.summary)")
    }

    @Test("a school named after a person keeps the name; a holder after it is a second name")
    func schoolNamedAfterPerson() throws {
        let school = try Extracted("Bà Lê Thị Hoa, Hiệu trưởng Trường THPT Chu Văn An, cho biết.")
        #expect(school.pairs(.holdsPosition).contains("Lê Thị Hoa → Trường THPT Chu Văn An"), "\(school.summary)")
        #expect(!school.names(.person).contains("Chu Văn An"), "\(school.summary)")
        let holder = try Extracted("Hiệu trưởng Trường THPT Chu Văn An Nguyễn Văn Bình cho biết.")
        #expect(holder.pairs(.holdsPosition).contains("Nguyễn Văn Bình → Trường THPT Chu Văn An"), "\(holder.summary)")
    }

    @Test("persons: after a title and its territory, an account's holder, a family name the lexicon lacks after 'bà'",
          arguments: [
              ("Báo cáo tại hội nghị, Chủ tịch tỉnh Hưng Yên Nguyễn Văn Phóng đề xuất kiến nghị.", "Nguyễn Văn Phóng"),
              ("Họ dùng 2 tài khoản đứng tên Nguyễn Quang Huy, Hoàng Xuân Tiến để cho vay.", "Hoàng Xuân Tiến"),
              ("Bà Phú Thị Cẩm trả lời báo chí.", "Phú Thị Cẩm"),
          ])
    func persons(text: String, name: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.person).contains(name), "\(extracted.summary)")
    }

    @Test("a street or a school named after a person is still no person")
    func namesakesStayOut() throws {
        let street = try Extracted("Công trình nằm trên đường mang tên Nguyễn Văn Linh, gần chợ.")
        #expect(street.names(.person).isEmpty, "\(street.summary)")
    }

    @Test("a known body written with '&' for 'và', and a unit named by a lower-case field before its owner", arguments: [
        ("Bộ trưởng Bộ Thông tin & Truyền thông Trương Minh Tuấn đề nghị xử lý nghiêm.",
         "Trương Minh Tuấn → Bộ Thông tin và Truyền thông"),
        ("Thứ trưởng Bộ Văn hóa, Thể thao & Du lịch Huỳnh Vĩnh Ái cho biết.", "Huỳnh Vĩnh Ái → Bộ Văn hóa, Thể thao và Du lịch"),
        ("Tổng cục trưởng Tổng cục cảnh sát Bộ Công an Trần Văn Vệ cho biết.", "Trần Văn Vệ → Tổng cục cảnh sát Bộ Công an"),
    ])
    func knownVariantsAndOwners(text: String, pair: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.pairs(.holdsPosition).contains(pair), "\(extracted.summary)")
    }

    @Test("a delegation is not a unit of the body it comes from")
    func delegationIsNoUnit() throws {
        let extracted = try Extracted("Đoàn đại biểu Chính phủ Lào thăm Việt Nam.")
        #expect(!extracted.names(.organization).contains("Đoàn đại biểu Chính phủ Lào"), "\(extracted.summary)")
    }

    @Test("a party named by words the lexicon lacks, ending with its country; its delegation is no body")
    func foreignParty() throws {
        let extracted = try Extracted(
            "Đoàn Đảng Hành động nhân dân Singapore do ông Khaw Boon Wan, Chủ tịch Đảng Hành động nhân dân Singapore dẫn đầu.")
        let names = extracted.names(.organization)
        #expect(names.contains("Đảng Hành động nhân dân Singapore"), "\(extracted.summary)")
        #expect(!names.contains { $0.hasPrefix("Đoàn") }, "\(extracted.summary)")
        let notParty = try Extracted("Đảng viên Nguyễn Văn An đã đi Nhật Bản.")
        #expect(notParty.names(.organization).isEmpty, "\(notParty.summary)")
    }

    @Test("a document's issuer code names the one body of the article with those initials", arguments: [
        ("Bộ trưởng Bộ Tài chính Đinh Tiến Dũng đã trao Quyết định số 234/QĐ-BTC ngày 3/2/2017.", "Bộ Tài chính → 234/QĐ-BTC"),
        ("Thanh tra Chính phủ cử đoàn thanh tra. Theo Quyết định số 3344/QĐ-TTCP, đoàn làm việc 45 ngày.",
         "Thanh tra Chính phủ → 3344/QĐ-TTCP"),
        ("Việc này đã được Bộ VHTTDL thỏa thuận tại Công văn số 3478/BVHTTDL ngày 19/10/2011.",
         "Bộ Văn hóa, Thể thao và Du lịch → 3478/BVHTTDL"),
    ])
    func issuerCode(text: String, pair: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.pairs(.issued).contains(pair), "\(extracted.summary)")
    }

    @Test("an issuer code two bodies of the article share, or of two letters, names none")
    func ambiguousIssuerCode() throws {
        let extracted = try Extracted(
            "Bộ Công Thương làm việc với Báo Công Thương. Quyết định số 12/QĐ-BCT được công bố. Nghị quyết số 5-NQ/TW được nhắc lại.")
        #expect(extracted.pairs(.issued).isEmpty, "\(extracted.summary)")
    }

    @Test("meetings: two titled parties talking, a foreign minister named with his country, a meeting chaired", arguments: [
        ("Chủ tịch nước Trần Đại Quang và Tổng thống Milos Zeman đã hội đàm tại Hà Nội.", "Milos Zeman → Trần Đại Quang"),
        ("Bộ trưởng Nguyễn Văn An hội đàm với Bộ trưởng Ngoại giao Lào Saleumxay Kommasith.", "Nguyễn Văn An → Saleumxay Kommasith"),
        ("Phó Thủ tướng Vũ Đức Đam chủ trì cuộc họp để nghe Bộ Y tế và UBND TP Đà Nẵng báo cáo.", "Bộ Y tế → Vũ Đức Đam"),
    ])
    func meetings(text: String, pair: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.pairs(.metWith).contains(pair), "\(extracted.summary)")
    }

    @Test("a body that leads a task with others does not meet them")
    func chairingIsNotMeeting() throws {
        let extracted = try Extracted("Giao Vụ Tổ chức Cán bộ chủ trì, phối hợp với Trung tâm Tin học thành lập Tổ công tác.")
        #expect(extracted.pairs(.metWith).isEmpty, "\(extracted.summary)")
    }

    @Test("posts: a title that took the body's 'Ban', and a body's acronym between it and the holder", arguments: [
        ("Trưởng Ban Tiếp công dân Trung ương Nguyễn Hồng Điệp khẳng định điều này.",
         "Nguyễn Hồng Điệp → Ban Tiếp công dân Trung ương"),
        ("Đây là nhận định của Chủ tịch Ủy ban Chứng khoán Nhà nước (UBCKNN) Vũ Bằng tại lễ đánh cồng.",
         "Vũ Bằng → Ủy ban Chứng khoán Nhà nước"),
    ])
    func posts(text: String, pair: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.pairs(.holdsPosition).contains(pair), "\(extracted.summary)")
    }

    @Test("'Phó Trưởng Ban Thường trực Ban X': the first 'Ban' is the title's")
    func banOfTheTitle() throws {
        let extracted = try Extracted("Phó Trưởng Ban Thường trực Ban Tuyên giáo Trung ương Võ Văn Phuông phát biểu.")
        #expect(!extracted.names(.organization).contains { $0.hasPrefix("Ban Thường trực") }, "\(extracted.summary)")
    }

    @Test("a road junction named after a person is no person")
    func junction() throws {
        let extracted = try Extracted("Tuyến có điểm đầu tại nút giao Thân Cửu Nghĩa và điểm cuối tại ngã tư Hàng Xanh.")
        #expect(extracted.names(.person).isEmpty, "\(extracted.summary)")
    }

    @Test("the city's short forms and abbreviated districts name one body however they are written")
    func cityAndDistrictForms() throws {
        let coordinated = try Extracted("Đại diện Thành ủy, UBND TP.HCM đã thưởng nóng ban chuyên án.")
        let names = Set(coordinated.names(.organization))
        #expect(names.contains("Thành ủy Thành phố Hồ Chí Minh") && names.contains("Ủy ban nhân dân Thành phố Hồ Chí Minh"),
                "\(coordinated.summary)")
        let spaced = try Extracted("UBND TP HCM chỉ đạo. Lãnh đạo Thành ủy, UBND TP Hà Nội dự.")
        #expect(spaced.names(.organization).contains("Ủy ban nhân dân Thành phố Hồ Chí Minh"), "\(spaced.summary)")
        #expect(spaced.names(.organization).contains("Ủy ban nhân dân thành phố Hà Nội"), "\(spaced.summary)")
        let district = try Extracted("Công an Q. Bình Thạnh phối hợp với Công an Q.Bình Thạnh cũ.")
        #expect(Set(district.names(.organization)) == ["Công an quận Bình Thạnh"], "\(district.summary)")
    }

    @Test("the police's departments by their codes, and nothing else that looks like one")
    func policeDepartments() throws {
        let listed = try Extracted("Công an quận phối hợp các phòng như: PC47, PA71, PK20E, PC54 và Công an TP.HCM.")
        #expect(Set(listed.names(.organization)).isSuperset(of: ["PC47", "PA71", "PK20E", "PC54"]), "\(listed.summary)")
        let others = try Extracted("Máy bay C919 và mã PC123, khối thi A00 không phải đơn vị nào.")
        #expect(others.names(.organization).isEmpty, "\(others.summary)")
    }

    @Test("a place lies in the first of the places in parentheses after it")
    func placeChainInParentheses() throws {
        let extracted = try Extracted("Y di dời về xã Trà Cổ (huyện Tân Phú, Đồng Nai) để sản xuất.")
        #expect(extracted.pairs(.locatedIn).contains("Trà Cổ → Tân Phú"), "\(extracted.summary)")
    }

    @Test("a lower-case 'trường' opens a school's name when a name follows its level")
    func lowercaseSchool() throws {
        let extracted = try Extracted("Ông Thuyết học trường Đại học Đồng Tháp, em học trường THPT Chu Văn An.")
        let names = Set(extracted.names(.organization))
        #expect(names.contains("Trường Đại học Đồng Tháp") && names.contains("Trường THPT Chu Văn An"), "\(extracted.summary)")
        let kind = try Extracted("Nhiều trường Trung học cơ sở và trường đại học đã tuyển sinh.")
        #expect(kind.names(.organization).isEmpty, "\(kind.summary)")
    }

    @Test("a known body after a body's number is its owner, not a count ('175 bộ')")
    func numberBeforeOwner() throws {
        let extracted = try Extracted("Ông Phạm Văn Cường, Giám đốc Bệnh viện 175 Bộ Quốc phòng, cho biết.")
        #expect(extracted.pairs(.holdsPosition).contains("Phạm Văn Cường → Bệnh viện 175 Bộ Quốc phòng"), "\(extracted.summary)")
        let count = try Extracted("Công ty Minh Long 5 bộ hồ sơ đã nộp.")
        #expect(!count.names(.organization).contains { $0.contains("5") }, "\(count.summary)")
    }
}
