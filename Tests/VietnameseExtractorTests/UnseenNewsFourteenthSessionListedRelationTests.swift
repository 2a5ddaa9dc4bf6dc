import MekongPluginAPI
import Testing

/// Relation shapes that unseen news states and no rule read (fourteenth session: relation misses listed by reviewers
/// on articles no gold set holds), each on a sentence written for the test: places listed before a parenthesis whose
/// places a dash joins, a unit and its owner after "tại", a body that "has" a decision named by its number alone, a body that leads
/// a task "cùng với" another, a bare title whose body is the one whose delegation the person leads, a former
/// post after a dash in a parenthesized biography, the signer named after his post and a comma, a licence
/// granted by the body before "cấp", a body that belongs past its short form,
/// the members of a joint venture, a body placed in a parenthesis that ends with a place no extractor read.
@Suite("Relations of general grammar, fourteenth session (listed misses)")
struct UnseenNewsFourteenthSessionListedRelationTests {
    @Test("'xã A và thị trấn B (huyện C – tỉnh D)': the places before the parenthesis lie in its first place")
    func placesBeforeParenthesisJoinedByDash() throws {
        let extracted = try Extracted("Các hộ dân ở xã Vũ Lễ và thị trấn Thanh Nê (huyện Kiến Xương – Thái Bình) đã nhận tiền.")
        for commune in ["Vũ Lễ", "Thanh Nê"] {
            #expect(extracted.pairs(.locatedIn).contains("\(commune) → Kiến Xương"), "\(commune): \(extracted.summary)")
        }
    }

    @Test("'tại Khoa A, Bệnh viện B': the unit named after 'tại' belongs to the body after the comma")
    func unitAndOwnerAfterAt() throws {
        let extracted = try Extracted("Sáng 3/6, tại Khoa Hồi sức tích cực, Bệnh viện Đa khoa tỉnh Nam Định có 12 bệnh nhân nặng.")
        #expect(extracted.pairs(.partOf).contains("Khoa Hồi sức tích cực → Bệnh viện Đa khoa tỉnh Nam Định"), "\(extracted.summary)")
    }

    @Test("'tại Bệnh viện A, Bệnh viện B': two bodies of one rank after 'tại' are a list, not a unit and its owner")
    func twoBodiesOfOneRankAfterAt() throws {
        let extracted = try Extracted("Bệnh nhân được điều trị tại Bệnh viện Bạch Mai, Bệnh viện Việt Đức và Bệnh viện E.")
        #expect(extracted.pairs(.partOf).isEmpty, "\(extracted.summary)")
    }

    @Test("'Tại X, Y tổ chức …': a body after 'tại' that opens the clause does not belong to the subject after the comma",
        arguments: [
            "Tại Trung tâm Hội nghị Quốc gia, Bộ Kế hoạch và Đầu tư tổ chức hội nghị tổng kết năm.",
            "Tại Công ty cổ phần Thép Hòa An, Công an tỉnh Bình Dương phát hiện nhiều sai phạm.",
        ])
    func placeOfAnEventOpeningTheClause(text: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.pairs(.partOf).isEmpty, "\(extracted.summary)")
    }

    @Test("'UBND tỉnh X có Quyết định số N': a decision named by its number alone is issued by the body that has it")
    func decisionByNumberAlone() throws {
        let extracted = try Extracted("Ngày 3-4-2005, UBND tỉnh Long An có Quyết định số 1523 thu hồi 20 ha đất của xã.")
        #expect(extracted.pairs(.issued).contains("Ủy ban nhân dân tỉnh Long An → Quyết định số 1523"), "\(extracted.summary)")
    }

    @Test("'có ý kiến về Quyết định số N': a document after other words than its kind's is not the body's")
    func opinionOnADecision() throws {
        let extracted = try Extracted("UBND tỉnh Long An có ý kiến về Quyết định số 1523 của Bộ Tài chính.")
        #expect(!extracted.pairs(.issued).contains("Ủy ban nhân dân tỉnh Long An → Quyết định số 1523"), "\(extracted.summary)")
    }

    @Test("'A chủ trì cùng với B kiểm tra …', 'A chủ trì cùng B': the body leading a task cooperates with its partner", arguments: [
        "UBND tỉnh giao Thanh tra tỉnh Nam Định chủ trì cùng với Sở Tài chính tỉnh Nam Định kiểm tra vụ việc.",
        "Thanh tra tỉnh Nam Định chủ trì cùng Sở Tài chính tỉnh Nam Định rà soát giá đất.",
    ])
    func leadingTogetherWith(text: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.pairs(.cooperatesWith).contains(pair("Sở Tài chính tỉnh Nam Định", "Thanh tra tỉnh Nam Định", symmetric: true)),
            "\(extracted.summary)")
    }

    @Test("'Thứ trưởng A dẫn đầu đoàn công tác của Bộ X': a title with no body of its own is held in the delegation's body")
    func titleOfTheLedDelegation() throws {
        let extracted = try Extracted("Thứ trưởng Lê Đình Thọ dẫn đầu đoàn công tác của Bộ Xây dựng kiểm tra công trình cầu.")
        #expect(extracted.attributes("Lê Đình Thọ", .holdsPosition, "Bộ Xây dựng").contains { $0["title"] == "Thứ trưởng" },
            "\(extracted.summary)")
    }

    @Test("a bare title that heads no body of the delegation's kind holds no post there: 'Thứ trưởng A dẫn đầu đoàn công tác của Ban Chỉ đạo 389'")
    func titleUnfitForTheLedDelegation() throws {
        let extracted = try Extracted(
            "Thứ trưởng Đỗ Thắng Hải dẫn đầu đoàn công tác của Ban Chỉ đạo 389 quốc gia kiểm tra tại tỉnh Lạng Sơn.")
        #expect(!extracted.pairs(.holdsPosition).contains { $0.hasPrefix("Đỗ Thắng Hải → Ban Chỉ đạo") }, "\(extracted.summary)")
    }

    @Test("a title with its own body keeps it: the leader of another body's delegation holds no post in that body")
    func titleWithItsBodyLeadingADelegation() throws {
        let extracted = try Extracted("Giám đốc Sở Y tế tỉnh Nam Định Trần Văn Hòa dẫn đầu đoàn công tác của Bộ Y tế đi kiểm tra.")
        #expect(!extracted.pairs(.holdsPosition).contains("Trần Văn Hòa → Bộ Y tế"), "\(extracted.summary)")
    }

    @Test("'A (SN 1970, trú tại phường B, quận C - nguyên Chủ tịch UBND phường D)': the post after the biography's dash, its birth year no start")
    func postAfterABiographysDash() throws {
        let extracted = try Extracted(
            "Bị cáo Phạm Văn Tâm (SN 1968, trú tại phường Cát Linh, quận Đống Đa, Hà Nội - nguyên Chủ tịch UBND phường Văn Chương) bị phạt 4 năm tù.")
        let posts = extracted.attributes("Phạm Văn Tâm", .holdsPosition, "Ủy ban nhân dân phường Văn Chương")
        #expect(posts.contains { $0["title"] == "Chủ tịch" && $0["status"] == "former" && $0["since"] == nil }, "\(extracted.summary)")
    }

    @Test("a dash inside a biography that leads to a place gives no post")
    func placeAfterABiographysDash() throws {
        let extracted = try Extracted("Ông Phạm Văn Tâm (SN 1968, trú tại quận Đống Đa - Hà Nội) đã bị bắt tạm giam.")
        #expect(!extracted.relations.contains { $0.predicate == .holdsPosition }, "\(extracted.summary)")
    }

    @Test("'Quyết định số D do chủ tịch UBND tỉnh X, (ông) Y ký': the signer holds the post named before the comma", arguments: [
        "Ông Hòa mang theo Quyết định số 1203/QĐ-UBND do chủ tịch UBND tỉnh Nam Định, Trần Văn Lâm ký ngày 4/5/2016.",
        "Công văn số 12/UBND-KT do Phó Chủ tịch UBND tỉnh Nam Định, ông Trần Văn Lâm ký ngày 3/5.",
    ])
    func signerAfterHisPost(text: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.pairs(.holdsPosition).contains("Trần Văn Lâm → Ủy ban nhân dân tỉnh Nam Định"), "\(extracted.summary)")
    }

    @Test("'do Chủ tịch UBND tỉnh X, ông Y và …': with no 'ký' after the name, the comma may list another person")
    func postBeforeACommaWithoutSigning() throws {
        let extracted = try Extracted("Buổi lễ do Chủ tịch UBND tỉnh Nam Định, ông Trần Văn Lâm và nhiều đại biểu tham dự.")
        #expect(!extracted.pairs(.holdsPosition).contains("Trần Văn Lâm → Ủy ban nhân dân tỉnh Nam Định"), "\(extracted.summary)")
    }

    @Test("'được Sở X cấp phép số D', 'Sở X đã cấp giấy phép số D': the body before 'cấp' issued the licence", arguments: [
        "Tòa nhà trên được Sở Xây dựng tỉnh Nam Định cấp phép số 57/GP-SXD ngày 2.3.2016 với quy mô 30 tầng.",
        "Năm 2016, Sở Xây dựng tỉnh Nam Định đã cấp giấy phép số 57/GP-SXD cho chủ đầu tư.",
    ])
    func licenceGranted(text: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.pairs(.issued).contains("Sở Xây dựng tỉnh Nam Định → 57/GP-SXD"), "\(extracted.summary)")
    }

    @Test("'cấp' as a level ('cấp tỉnh') grants nothing")
    func levelIsNoGrant() throws {
        let extracted = try Extracted("Sở Xây dựng tỉnh Nam Định cấp tỉnh thực hiện Quyết định số 12/QĐ-UBND ngày 3/4/2016.")
        #expect(!extracted.pairs(.issued).contains("Sở Xây dựng tỉnh Nam Định → 12/QĐ-UBND"), "\(extracted.summary)")
    }

    @Test("'Chánh Văn phòng Tổng công ty A (TCA) thuộc Tập đoàn B': the body that ends the unit's name belongs, past its short form")
    func belongingPastTheShortForm() throws {
        let extracted = try Extracted(
            "Ông Lê Văn Nam, Chánh Văn phòng Tổng công ty Điện lực miền Trung (EVNCPC) thuộc Tập đoàn Điện lực Việt Nam (EVN), cho biết.")
        #expect(extracted.pairs(.partOf).contains("Tổng công ty Điện lực miền Trung → Tập đoàn Điện lực Việt Nam"), "\(extracted.summary)")
        #expect(!extracted.pairs(.partOf).contains("Văn phòng Tổng công ty Điện lực miền Trung → Tập đoàn Điện lực Việt Nam"),
            "\(extracted.summary)")
    }

    @Test("'Đảng bộ Tập đoàn A trực thuộc Đảng bộ Khối B', 'Công đoàn Tổng công ty A thuộc Công đoàn B': the named body is not the one that belongs",
        arguments: [
            "Đảng bộ Tập đoàn Dầu khí Quốc gia Việt Nam trực thuộc Đảng bộ Khối Doanh nghiệp Trung ương đã tổ chức đại hội.",
            "Công đoàn Tổng công ty Điện lực miền Bắc thuộc Công đoàn Điện lực Việt Nam đã tổ chức hội nghị.",
        ])
    func bodyOfABodyBelongsItself(text: String) throws {
        let extracted = try Extracted(text)
        #expect(!extracted.pairs(.partOf).contains { $0.hasPrefix("Tập đoàn Dầu khí") || $0.hasPrefix("Tổng công ty Điện lực") },
            "\(extracted.summary)")
    }

    @Test("'làm việc với liên danh Công ty A, Sở B đề nghị': a joint venture of one member cooperates with no subject after a comma")
    func jointVentureWithAnUnclosedList() throws {
        let extracted = try Extracted(
            "Sau khi làm việc với liên danh Công ty cổ phần Sông Đà 5, Sở Xây dựng tỉnh Bình Dương đề nghị nhà thầu đẩy nhanh tiến độ.")
        #expect(!extracted.pairs(.cooperatesWith).contains { $0.contains("Sở Xây dựng") }, "\(extracted.summary)")
    }

    @Test("'giao liên danh: Công ty A và Công ty B', 'liên danh gồm A, B và C': the members of a joint venture cooperate")
    func jointVentureMembers() throws {
        let extracted = try Extracted(
            "Dự án do liên danh gồm Công ty cổ phần Sông Đà 5, Công ty TNHH Hòa Phát và Tổng công ty Xây dựng Hà Nội thi công.")
        let members = ["Công ty cổ phần Sông Đà 5", "Công ty TNHH Hòa Phát", "Tổng công ty Xây dựng Hà Nội"]
        for (offset, a) in members.enumerated() {
            for b in members[(offset + 1)...] {
                #expect(extracted.pairs(.cooperatesWith).contains(pair(a, b, symmetric: true)), "\(a) – \(b): \(extracted.summary)")
            }
        }
    }

    @Test("'Công ty A (phường B, Liên Chiểu)': a last place that no extractor read does not keep the body out of B")
    func parenthesisEndingWithAnUnreadPlace() throws {
        let extracted = try Extracted("Khói bụi bốc lên từ Công ty cổ phần Thép Việt Úc (phường Hòa Hiệp Nam, Liên Chiểu) suốt đêm qua.")
        #expect(extracted.pairs(.locatedIn).contains("Công ty cổ phần Thép Việt Úc → Hòa Hiệp Nam"), "\(extracted.summary)")
    }

    @Test("a parenthesis with a lower-case word after the comma is no address")
    func parenthesisWithAWordAfterTheComma() throws {
        let extracted = try Extracted("Khói bụi bốc lên từ Công ty cổ phần Thép Việt Úc (phường Hòa Hiệp Nam, gần cảng) suốt đêm qua.")
        #expect(!extracted.pairs(.locatedIn).contains("Công ty cổ phần Thép Việt Úc → Hòa Hiệp Nam"), "\(extracted.summary)")
    }
}
