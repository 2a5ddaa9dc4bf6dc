import MekongPluginAPI
import VietnameseLexicon

/// Asides in parentheses between a subject and its verb: a present name ("(nay là …)"), a passive aside ("(được …)").
extension RelationRules {
    /// The start of a body's present name in parentheses ("(nay là Bộ Công Thương)") that ends right before `end`, so
    /// that the body named before it is read as the agent of the verb after it: "Sở Địa chính (nay là Sở Tài nguyên và
    /// Môi trường) có Tờ trình số D", "do Bộ Công nghiệp nặng (nay là Bộ Công Thương) cấp". `end` itself otherwise.
    func pastPresentName(before end: Int, in range: Range<Int>) -> Int {
        pastParenthesis(opening: "nay", before: end, within: 12, in: range)
    }

    /// The start of a parenthesis that closes right before `end`, opens within `window` tokens before it and whose
    /// first word is `word` ("(nay là …)", "(được … ủy quyền)"); `end` itself otherwise.
    func pastParenthesis(opening word: String, before end: Int, within window: Int, in range: Range<Int>) -> Int {
        guard end > range.lowerBound + 3, keys[end - 1] == ")",
            let open = (max(range.lowerBound, end - window)..<(end - 1)).last(where: { keys[$0] == "(" }), keys[open + 1] == word
        else { return end }
        return open
    }
}
