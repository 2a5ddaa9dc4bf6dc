import MekongPluginAPI
import Testing

/// Relations of the eighteenth draw (dev/827–850) that no rule gave.
@Suite("Relations of the eighteenth draw, twentieth session")
struct EighteenthDrawRelationTests {
    @Test("'đến thăm hỏi, động viên chị B', 'thăm, chúc mừng B': a visit with a second verb meets the person visited")
    func visitWithSecondVerb() throws {
        let sick = try Extracted(
            "Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung đã đến thăm hỏi, động viên chị Trần Thị Thanh đang điều trị tại bệnh viện.")
        #expect(sick.pairs(.metWith) == [pair("Nguyễn Đức Chung", "Trần Thị Thanh", symmetric: true)], "\(sick.summary)")
        let veteran = try Extracted("Bí thư Thành ủy Nguyễn Thiện Nhân đến thăm, chúc mừng ông Trần Thăng Phúc.")
        #expect(veteran.pairs(.metWith) == [pair("Nguyễn Thiện Nhân", "Trần Thăng Phúc", symmetric: true)], "\(veteran.summary)")
        // A comma before another kind of verb ends the visit's object.
        let other = try Extracted("Bí thư Thành ủy Nguyễn Thiện Nhân đến thăm, sau đó ông Trần Thăng Phúc phát biểu.")
        #expect(other.pairs(.metWith).isEmpty, "\(other.summary)")
    }
}

extension EighteenthDrawRelationTests {
    @Test("'Bộ trưởng TN-MT cho biết …; Bộ trưởng Trần Hồng Hà cho hay …': a bare title holds the post the article names without a holder")
    func postInFocus() throws {
        let minister = try Extracted(
            "Bộ trưởng TN-MT: Sẽ họp báo. Trao đổi sáng nay, Bộ trưởng TN-MT cho biết sẽ họp. Bộ trưởng Trần Hồng Hà cho hay Formosa đang vận hành thử.")
        #expect(minister.pairs(.holdsPosition) == ["Trần Hồng Hà → Bộ Tài nguyên và Môi trường"], "\(minister.summary)")
        // Two bodies of the kind named so, or two persons with the bare title: no guess.
        let twoBodies = try Extracted("Bộ trưởng Tài chính cho biết. Bộ trưởng Y tế đồng ý. Bộ trưởng Nguyễn Văn An nói thêm.")
        #expect(twoBodies.pairs(.holdsPosition).isEmpty, "\(twoBodies.summary)")
        let twoPersons = try Extracted("Thứ trưởng Tài chính cho biết. Thứ trưởng Nguyễn Văn An và Thứ trưởng Lê Văn Bình dự họp.")
        #expect(twoPersons.pairs(.holdsPosition).isEmpty, "\(twoPersons.summary)")
        // A title already held in a body named with it.
        let held = try Extracted(
            "Thứ trưởng Bộ Ngoại giao cũng lưu ý. Ông Bùi Thanh Sơn, Thứ trưởng Thường trực Bộ Công Thương, phát biểu. Thứ trưởng Bùi Thanh Sơn nói.")
        #expect(held.pairs(.holdsPosition) == ["Bùi Thanh Sơn → Bộ Công Thương"], "\(held.summary)")
    }
}

extension EighteenthDrawRelationTests {
    @Test("'…, Bí thư Đảng ủy, Tổng Giám đốc TTXVN': the bare committee of a chain of posts owned by a body the lexicon knows")
    func partyCommitteeOfKnownBody() throws {
        let extracted = try Extracted("Có ông Nguyễn Đức Lợi, Ủy viên Trung ương Đảng, Bí thư Đảng ủy, Tổng Giám đốc TTXVN phát biểu.")
        let posts = extracted.pairs(.holdsPosition)
        #expect(posts.contains("Nguyễn Đức Lợi → Đảng ủy Thông tấn xã Việt Nam"), "\(extracted.summary)")
        #expect(posts.contains("Nguyễn Đức Lợi → Thông tấn xã Việt Nam"), "\(extracted.summary)")
        #expect(extracted.pairs(.partOf).contains("Đảng ủy Thông tấn xã Việt Nam → Thông tấn xã Việt Nam"), "\(extracted.summary)")
    }

    @Test("'ông A, Giám đốc Sở Y tế; ông B, Phó Giám đốc.': a deputy's bare post, last in its item, in the head's body")
    func deputyAfterComma() throws {
        let extracted = try Extracted("Dự buổi làm việc có ông Nguyễn Văn An, Giám đốc Sở Y tế; ông Lê Văn Bình, Phó Giám đốc.")
        #expect(extracted.pairs(.holdsPosition) == ["Nguyễn Văn An → Sở Y tế", "Lê Văn Bình → Sở Y tế"], "\(extracted.summary)")
        // Another post after it may name the deputy's body.
        let chain = try Extracted(
            "Có ông Bùi Văn Cường, Chủ tịch Tổng Liên đoàn Lao động Việt Nam; ông Trần Thanh Mẫn, Phó Chủ tịch, Tổng Thư ký Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam.")
        #expect(!chain.pairs(.holdsPosition).contains("Trần Thanh Mẫn → Tổng Liên đoàn Lao động Việt Nam"), "\(chain.summary)")
    }
}

extension EighteenthDrawRelationTests {
    @Test("'Ông A (trái) sẽ thay ông B (phải) làm Chủ tịch HĐQT X': the post after the replaced person is the replacer's")
    func replacerTakesThePost() throws {
        let extracted = try Extracted("Ông Phạm Việt Dũng (trái) sẽ thay ông Đinh Việt Thắng (phải) làm Chủ tịch HĐQT Tổng công ty Quản lý bay Việt Nam.")
        #expect(extracted.pairs(.holdsPosition) == ["Phạm Việt Dũng → Hội đồng quản trị Tổng công ty Quản lý bay Việt Nam"],
                "\(extracted.summary)")
        // The replaced person's own post, written after the name, stays the replaced person's.
        let own = try Extracted("Ông Phạm Việt Dũng thay ông Đinh Việt Thắng, Giám đốc Sở Y tế, phụ trách công việc.")
        #expect(own.pairs(.holdsPosition) == ["Đinh Việt Thắng → Sở Y tế"], "\(own.summary)")
    }
}
