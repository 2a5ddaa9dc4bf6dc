import MekongPluginAPI
import Testing

/// Relation shapes that unseen news states and no rule read (fourteenth session: relation misses listed by reviewers
/// on articles no gold set holds), each on a sentence written for the test: places listed before a parenthesis whose
/// places a dash joins.
@Suite("Relations of general grammar, fourteenth session (listed misses)")
struct UnseenNewsFourteenthSessionListedRelationTests {
    @Test("'xã A và thị trấn B (huyện C – tỉnh D)': the places before the parenthesis lie in its first place")
    func placesBeforeParenthesisJoinedByDash() throws {
        let extracted = try Extracted("Các hộ dân ở xã Vũ Lễ và thị trấn Thanh Nê (huyện Kiến Xương – Thái Bình) đã nhận tiền.")
        for commune in ["Vũ Lễ", "Thanh Nê"] {
            #expect(extracted.pairs(.locatedIn).contains("\(commune) → Kiến Xương"), "\(commune): \(extracted.summary)")
        }
    }
}
