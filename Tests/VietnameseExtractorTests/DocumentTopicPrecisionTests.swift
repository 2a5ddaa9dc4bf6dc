import MekongPluginAPI
import Testing

/// False facts the development corpus showed by rule (twentieth session: per-rule precision of the relations).
@Suite("Precision of the document rules, twentieth session")
struct DocumentTopicPrecisionTests {
    @Test("'văn bản số D về kết luận của ông X', '… về quản lý thuê bao do Công ty Y tổ chức': an author or an agent is no topic")
    func topicPastAuthorOrAgent() throws {
        let conclusion = try Extracted(
            "UBND tỉnh Quảng Nam vừa có văn bản số 156/TB-UBND về kết luận của ông Huỳnh Khánh Toàn, Phó Chủ tịch UBND tỉnh.")
        #expect(conclusion.pairs(.concerns).isEmpty, "\(conclusion.summary)")
        let agent = try Extracted(
            "Hội nghị phổ biến Nghị định 49/2017/NĐ-CP về quản lý thuê bao do Công ty Dịch vụ MobiFone khu vực I tổ chức.")
        #expect(agent.pairs(.concerns).isEmpty, "\(agent.summary)")
        // The person a decision is about stays its topic.
        let about = try Extracted("UBND huyện Diễn Châu đã ra Quyết định số 911/QĐ-UBND về việc tạm đình chỉ công tác đối với ông Cao Đức Dũng.")
        #expect(about.pairs(.concerns) == ["911/QĐ-UBND → Cao Đức Dũng"], "\(about.summary)")
    }
}

extension DocumentTopicPrecisionTests {
    @Test("'Công ty CP Tập đoàn Phúc Lộc': a group's name with its legal form before it is no company of the group")
    func legalNameOfGroup() throws {
        let group = try Extracted("Công ty CP Tập đoàn Phúc Lộc đề xuất dự án.")
        #expect(group.pairs(.partOf).isEmpty, "\(group.summary)")
        // A company named after its parent group stays its unit.
        let unit = try Extracted("Công ty Điện lực Hà Nội thuộc Tập đoàn Điện lực Việt Nam. Công ty Dịch vụ Tập đoàn Điện lực Việt Nam họp.")
        #expect(unit.pairs(.partOf).contains("Công ty Dịch vụ Tập đoàn Điện lực Việt Nam → Tập đoàn Điện lực Việt Nam"), "\(unit.summary)")
    }
}

extension DocumentTopicPrecisionTests {
    @Test("'Cục Điều tra Liên bang Mỹ' is no department of the one ministry an article names; 'Vụ Châu Âu' is")
    func foreignDepartments() throws {
        let foreign = try Extracted("Bộ Tư pháp cho biết. Cục Điều tra Liên bang Mỹ đang điều tra vụ việc.")
        #expect(foreign.pairs(.partOf).isEmpty, "\(foreign.summary)")
        let region = try Extracted("Bộ Ngoại giao cho biết. Vụ Châu Âu đã làm việc với đối tác. Vụ Thị trường châu Mỹ cũng tham dự.")
        #expect(region.pairs(.partOf).contains("Vụ Châu Âu → Bộ Ngoại giao"), "\(region.summary)")
    }
}

extension DocumentTopicPrecisionTests {
    @Test("'Ngân hàng … (Ngân hàng MHB)', 'Vụ … (Vụ 1)': a short name in parentheses is no parent; a higher body is")
    func shortNameInParenthesesIsNoParent() throws {
        let short = try Extracted(
            "Ngân hàng thương mại cổ phần phát triển nhà Đồng bằng sông Cửu Long (Ngân hàng MHB) thua lỗ. Vụ Thanh tra kinh tế ngành (Vụ 1) kiểm tra.")
        #expect(short.pairs(.partOf).isEmpty, "\(short.summary)")
        let parent = try Extracted("Học viện Chính trị khu vực II (Học viện Chính trị quốc gia Hồ Chí Minh) khai giảng.")
        #expect(parent.pairs(.partOf) == ["Học viện Chính trị khu vực II → Học viện Chính trị quốc gia Hồ Chí Minh"], "\(parent.summary)")
    }
}
