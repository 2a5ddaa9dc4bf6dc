import MekongPluginAPI
import VietnameseLexicon

/// When a post is held, as the sentence says it: its status ("nguyên Bí thư" is a former post, "hiện là Bí thư" a
/// current one), its term ("nhiệm kỳ 2015-2020", "khóa XIII") and the period of a career line ("Từ năm 1985 đến năm
/// 1990, ông là …", "Năm 1990-1995, …", "từ tháng 6/2000"). These become the attributes `status`, `term`, `since` and
/// `until` of a `holds_position` relation (docs/export-format.md); a post with none of them is held as of the day the
/// article reports it.
struct PostTime {
    /// `former` or `current`, when the text says which.
    var status: String?
    /// The term as written, normalized: "2015-2020", "khóa XIII".
    var term: String?
    /// Start of the period: `1985`, `2000-06` or `2021-06-01`.
    var since: String?
    /// End of the period, in the same forms; nil for an open period ("đến nay").
    var until: String?

    /// The attributes to add to a relation.
    var attributes: [String: String] {
        var attributes: [String: String] = [:]
        if let status { attributes["status"] = status }
        if let term { attributes["term"] = term }
        if let since { attributes["since"] = since }
        if let until { attributes["until"] = until }
        return attributes
    }

    /// Reads what the clause before the title (back to the sentence start or a semicolon) and the words after the
    /// body say of the post whose title starts at `titleStart` (time word included) and whose body ends at `bodyEnd`.
    static func read(
        titleStart: Int, past: Bool, bodyEnd: Int, sentence: Range<Int>, _ keys: [String], _ document: Document
    ) -> PostTime {
        var time = PostTime()
        var clauseStart = titleStart
        while clauseStart > sentence.lowerBound, keys[clauseStart - 1] != ";" { clauseStart -= 1 }
        if let period = period(in: clauseStart..<titleStart, keys, document) {
            time.since = period.since
            time.until = period.until
            if period.untilNow { time.status = "current" } else if period.until != nil { time.status = "former" }
        }
        let before = keys[max(clauseStart, titleStart - 4)..<titleStart].joined(separator: " ")
        // "thôi giữ chức", "thôi chức", "thôi" alone ("ông X thôi Ủy viên Bộ Chính trị"): a post the person leaves.
        let left = titleStart > clauseStart && keys[titleStart - 1] == "thôi"
        if past || left || before.hasSuffix("thôi giữ chức") || before.hasSuffix("thôi chức") || before.hasSuffix("thôi làm")
            || before.hasSuffix("khi đó là")
            || before.hasSuffix("trước đây là") || (Self.pastVerbs.contains { before.hasSuffix($0) } && !Self.isNegated(before))
        {
            time.status = "former"
        } else if before.hasSuffix("hiện là") || before.hasSuffix("hiện nay là") || before.hasSuffix("hiện giữ chức")
            || before.hasSuffix("đương nhiệm") || (titleStart < keys.count && keys[titleStart] == "tân")
        {
            time.status = "current"
        }
        time.term = term(at: bodyEnd, keys, document)?.term
        return time
    }

    /// What a verb of having held a post looks like right before its title: "từng là Bí thư".
    static let pastVerbs = ["từng là", "từng làm", "từng giữ chức", "từng giữ"]

    /// "chưa từng là", "không từng là": a post never held, not a former one.
    static func isNegated(_ before: String) -> Bool {
        before.contains("chưa từng") || before.contains("không từng")
    }

    /// "nhiệm kỳ 2015-2020", "nhiệm kỳ 2015 - 2020", "khóa XIII", "khóa 14" at `index`: the term and the token after it.
    /// Several terms are one term phrase: "các khóa III, IV", "khóa X; XI; XII", "từ khóa II đến khóa VI".
    static func term(at index: Int, _ keys: [String], _ document: Document) -> (term: String, end: Int)? {
        let tokens = document.tokens
        guard index + 1 < keys.count else { return nil }
        let isTermWord = { (at: Int) in at < keys.count && (keys[at] == "khóa" || keys[at] == "khoá") }
        let start = ["các", "từ"].contains(keys[index]) && isTermWord(index + 1) ? index + 1 : index
        if isTermWord(start), start + 1 < keys.count {
            let numeral = tokens[start + 1]
            let roman = numeral.kind == .word && numeral.text.allSatisfy({ "IVXL".contains($0) })
            guard numeral.kind == .number || roman else { return nil }
            // A numeral of the same kind after a comma, a semicolon or "đến" (itself maybe after "khóa") carries the
            // list on; anything else ends it, so that the chain of posts goes on after it.
            let isNumeral = { (at: Int) in
                at < keys.count && (roman
                    ? tokens[at].kind == .word && tokens[at].text.allSatisfy({ "IVXL".contains($0) })
                    : tokens[at].kind == .number)
            }
            var end = start + 2
            while end + 1 < keys.count, [",", ";", "đến"].contains(keys[end]) {
                let next = isTermWord(end + 1) && keys[end] == "đến" ? end + 2 : end + 1
                guard isNumeral(next) else { break }
                end = next + 1
            }
            let span = TextSpan(start: tokens[start].span.start, end: tokens[end - 1].span.end)
            return (end == start + 2 ? "khóa " + numeral.text : document.text(span), end)
        }
        guard index + 2 < keys.count, keys[index] == "nhiệm", keys[index + 1] == "kỳ" else { return nil }
        let first = tokens[index + 2].text
        if let range = yearRange(first) { return (range, index + 3) }
        if index + 4 < keys.count, isYear(first), ["-", "–"].contains(keys[index + 3]), isYear(tokens[index + 4].text) {
            return (first + "-" + tokens[index + 4].text, index + 5)
        }
        return nil
    }

    /// The period a career clause opens with, or nil.
    private static func period(in clause: Range<Int>, _ keys: [String], _ document: Document)
        -> (since: String, until: String?, untilNow: Bool)?
    {
        let tokens = document.tokens
        var cursor = clause.lowerBound
        // Words that stand before a career line's period: "Quá trình công tác: Năm …", "đồng chí".
        while cursor < clause.upperBound, tokens[cursor].kind != .number, !["từ", "năm", "tháng", "ngày"].contains(keys[cursor]) {
            cursor += 1
            if cursor - clause.lowerBound > 8 { return nil }
        }
        guard cursor < clause.upperBound else { return nil }
        // "Trần Văn A (SN 1970, … - nguyên Chủ tịch …)", "sinh năm 1970": a birth year dates the person, not the post.
        if cursor > clause.lowerBound, ["sn", "sinh"].contains(keys[cursor - 1]) { return nil }
        if keys[cursor] == "từ" { cursor += 1 }
        guard let start = moment(at: cursor, keys, document) else { return nil }
        // "1990-1995" in one token.
        if let range = start.range { return (range.since, range.until, false) }
        cursor = start.end
        guard cursor < clause.upperBound, ["đến", "-", "–", "tới"].contains(keys[cursor]) else { return (start.iso, nil, false) }
        cursor += 1
        if cursor < clause.upperBound, keys[cursor] == "nay" { return (start.iso, nil, true) }
        if cursor + 1 < clause.upperBound, keys[cursor] == "hiện", keys[cursor + 1] == "nay" { return (start.iso, nil, true) }
        guard let end = moment(at: cursor, keys, document) else { return (start.iso, nil, false) }
        return (start.iso, end.iso, false)
    }

    /// "năm 1985", "tháng 6/2000", "ngày 1/6/2021", "1985", "6/2000", "1990-1995" at `index`.
    private static func moment(at index: Int, _ keys: [String], _ document: Document)
        -> (iso: String, end: Int, range: (since: String, until: String)?)?
    {
        let tokens = document.tokens
        var cursor = index
        if cursor < keys.count, ["năm", "tháng", "ngày"].contains(keys[cursor]) { cursor += 1 }
        guard cursor < keys.count, tokens[cursor].kind == .number else { return nil }
        let text = tokens[cursor].text
        if isYear(text) { return (text, cursor + 1, nil) }
        if let range = yearRange(text) {
            let years = range.split(separator: "-").map(String.init)
            return (years[0], cursor + 1, (years[0], years[1]))
        }
        let parts = text.split(separator: "/").map(String.init)
        if parts.count == 2, let month = Int(parts[0]), (1...12).contains(month), isYear(parts[1]) {
            return (parts[1] + "-" + (month < 10 ? "0\(month)" : "\(month)"), cursor + 1, nil)
        }
        if let date = VietnameseDate.parse(document, at: cursor, anchorYear: nil), !date.iso.hasPrefix("--") {
            return (date.iso, date.end, nil)
        }
        return nil
    }

    private static func isYear(_ text: String) -> Bool {
        text.count == 4 && text.allSatisfy(\.isASCII) && text.allSatisfy(\.isNumber) && (text.hasPrefix("19") || text.hasPrefix("20"))
    }

    /// "2015-2020" written as one token, or nil.
    private static func yearRange(_ text: String) -> String? {
        let parts = text.split(separator: "-").map(String.init)
        guard parts.count == 2, isYear(parts[0]), isYear(parts[1]), parts[0] <= parts[1] else { return nil }
        return parts[0] + "-" + parts[1]
    }
}
