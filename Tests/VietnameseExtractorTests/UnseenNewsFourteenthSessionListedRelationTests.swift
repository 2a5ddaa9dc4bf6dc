import MekongPluginAPI
import Testing

/// Relation shapes that unseen news states and no rule read (fourteenth session: relation misses listed by reviewers
/// on articles no gold set holds), each on a sentence written for the test: places listed before a parenthesis whose
/// places a dash joins, a unit and its owner after "tại".
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
}
