import MekongPluginAPI
import VietnameseLexicon

/// The short name a text gives a body in parentheses right after its full name: "Cục Giải quyết khiếu nại, tố cáo và
/// thanh tra khu vực II (gọi tắt là Cục II)", "công ty TNHH MTV Nam Triệu (Bộ Công an, gọi tắt là công ty Nam Triệu)".
extension OrganizationGrammar {
    /// The phrases that introduce a short name, as token keys.
    static let shortNameOpeners: [[String]] = [
        ["gọi", "tắt", "là"], ["viết", "tắt", "là"], ["sau", "đây", "gọi", "tắt", "là"], ["sau", "đây", "gọi", "là"],
    ]

    /// The short name given in the parenthesis that opens at `index`, or nil: one of ``shortNameOpeners`` within its
    /// first eight tokens, then one to six words up to the closing parenthesis.
    func shortNameInParentheses(at index: Int) -> String? {
        let tokens = document.tokens
        guard index + 3 < keys.count, keys[index] == "(" else { return nil }
        var cursor = index + 1
        var nameStart: Int?
        while cursor < keys.count, cursor - index <= 8, keys[cursor] != ")", !document.startsSentence[cursor] {
            if let opener = Self.shortNameOpeners.first(where: { opener in
                cursor + opener.count < keys.count && keys[cursor..<cursor + opener.count].elementsEqual(opener)
            }) {
                nameStart = cursor + opener.count
                break
            }
            cursor += 1
        }
        guard let nameStart else { return nil }
        var end = nameStart
        while end < keys.count, end - nameStart <= 6, keys[end] != ")", !document.startsSentence[end] {
            guard tokens[end].kind == .word || tokens[end].kind == .number else { return nil }
            end += 1
        }
        guard end > nameStart, end < keys.count, keys[end] == ")", tokens[end - 1].isCapitalized || tokens[end - 1].kind == .number
        else { return nil }
        return text(nameStart, end)
    }
}
