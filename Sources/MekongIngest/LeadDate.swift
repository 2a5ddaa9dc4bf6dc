/// Reads the date an article's lead gives for its news ("Ngày 7/2/2017, …", "Sáng 12-6-2017, …", "Hôm nay
/// (ngày 3/5/2017), …"), for an article whose layout records no published date.
///
/// Only the first date written in the opening (the first ``openingParagraphs`` body paragraphs, at most
/// ``openingLength`` characters) is considered, and only when it is written as the time of the news: after a
/// time word that opens a clause ("Ngày", "Sáng", "Chiều ngày", "Tối nay", "sáng 11/7," after a comma), or in
/// parentheses after "nay" or "qua" ("sáng nay (10/5)"). A date after anything else — "Quyết định số 32 ngày
/// 11/4/2007", "từ ngày 17/6", "trước ngày 30/6/2017", "3/5 bệnh viện" — is not the news's date, and then the
/// article has none: a later date in the opening is not tried, since the lead has already moved on.
///
/// A day and month without year ("Chiều 23/6, …", "Sáng 18.5, …") get the year only from the same day and month
/// written with one elsewhere in the article ("Sáng 12/6, …" and later "Ngày 12-6-2017, …"). A year merely
/// mentioned in the article is not used: a review of "năm 2016" held on "Sáng 7-2" is from February 2017, not
/// 2016. A day and month with a dot ("18.5") is as often a number ("tăng 18.5%"): it is read as a date only in
/// the place of one (after a time word), and otherwise skipped as the number it then is.
///
/// A full date in the lead is refused when the article writes another full date more than a year after it:
/// the lead then recalls history ("Ngày 2/9/1945, …") rather than dating the news. No date is better than a
/// wrong one.
enum LeadDate {
    /// How many body paragraphs make the opening.
    static let openingParagraphs = 2
    /// How many characters of them, at most (crawled articles often hold the whole story in one paragraph).
    static let openingLength = 600

    /// Words that, opening a clause right before a date, make it the time of the news (lower case).
    private static let leads: Set<[String]> = {
        let times = ["sáng", "chiều", "trưa", "tối", "đêm", "rạng sáng", "sáng sớm", "chiều tối", "đêm khuya", "hôm"]
        var phrases: [[String]] = [["ngày"]]
        for time in times {
            let words = time.split(separator: " ").map(String.init)
            phrases.append(words)
            phrases.append(words + ["ngày"])
            phrases.append(words + ["nay"])
            phrases.append(words + ["qua"])
        }
        phrases.append(["ngày", "hôm", "nay"])
        phrases.append(["ngày", "hôm", "qua"])
        return Set(phrases)
    }()

    /// Characters after which a clause opens.
    private static let clauseBoundaries: Set<Character> = [
        "\n", ",", ";", ".", "!", "?", ":", "-", "–", "—", ")", "\"", "“", "”", "…",
    ]

    /// Words right after a date that make it something other than the day of the news ("ngày 15/7 tới").
    private static let refusedAfter: Set<String> = ["tới", "đến", "và", "hoặc", "hay", "trở", "sắp"]

    /// The ISO 8601 date (`2017-06-12`) the lead of `paragraphs` (the body, in order, without the headline)
    /// gives; nil when it gives none this reader can trust.
    static func iso(inBody paragraphs: [String]) -> String? {
        var opening = ""
        for paragraph in paragraphs.prefix(openingParagraphs) {
            if !opening.isEmpty { opening += "\n" }
            opening += paragraph
        }
        let characters = Array(opening.prefix(openingLength))
        let first = DateMention.all(in: characters, dottedDayMonth: true).first {
            !$0.isDottedDayMonth || isLead($0, in: characters)
        }
        guard let first, isLead(first, in: characters) else { return nil }
        let everywhere = paragraphs.flatMap { DateMention.all(in: Array($0)) }
        let year: Int
        if let stated = first.year {
            year = stated
            // A lead that recalls history: the article writes a full date more than a year later.
            let later = everywhere.compactMap { $0.ordinal }.contains { $0 > first.ordinal! + 366 }
            if later { return nil }
        } else {
            // The same day and month, written with its year elsewhere in the article; one year only.
            let years = Set(everywhere.filter { $0.day == first.day && $0.month == first.month }.compactMap(\.year))
            guard years.count == 1, let only = years.first else { return nil }
            year = only
        }
        return DateMention.iso(year: year, month: first.month, day: first.day)
    }

    /// Whether `mention` is written as the time of the news: after a lead word opening a clause, or in
    /// parentheses after "nay"/"qua"; and not followed by a word that makes it a range or a later day.
    private static func isLead(_ mention: DateMention, in characters: [Character]) -> Bool {
        if let next = word(after: mention.end, in: characters), refusedAfter.contains(next.lowercased()) {
            return false
        }
        var index = mention.start
        var before: [String] = []
        // The words between the date and the start of its clause, nearest first, at most four.
        while before.count <= 4 {
            while index > 0, characters[index - 1] == " " { index -= 1 }
            guard index > 0 else { break }
            let previous = characters[index - 1]
            guard previous.isLetter else {
                if previous == "(" {
                    // "sáng nay (10/5)", "hôm nay (ngày 3/5/2017)": the date of "nay" or "qua".
                    guard before.isEmpty || before == ["ngày"] else { return false }
                    var end = index - 1
                    while end > 0, characters[end - 1] == " " { end -= 1 }
                    var start = end
                    while start > 0, characters[start - 1].isLetter { start -= 1 }
                    let word = String(characters[start..<end]).lowercased()
                    return word == "nay" || word == "qua"
                }
                // The clause opens here (start of a sentence, after a comma, a dash or a closing bracket);
                // after a number ("Quyết định số 32 ngày 11/4/2007") or anything else, it does not.
                guard clauseBoundaries.contains(previous) else { return false }
                return leads.contains(before.reversed().map { $0.lowercased() })
            }
            var start = index - 1
            while start > 0, characters[start - 1].isLetter { start -= 1 }
            before.append(String(characters[start..<index]))
            index = start
            // A capitalised lead word opens a sentence glued to a caption ("… Đinh La Thăng Chiều 13/5, …").
            let phrase = before.reversed().map { $0.lowercased() }
            if let opening = before.last?.first, opening.isUppercase, leads.contains(phrase) { return true }
        }
        return index == 0 && leads.contains(before.reversed().map { $0.lowercased() })
    }

    /// The word that follows position `end`, skipping spaces; nil at a punctuation mark or the end.
    private static func word(after end: Int, in characters: [Character]) -> String? {
        var index = end
        while index < characters.count, characters[index] == " " { index += 1 }
        var stop = index
        while stop < characters.count, characters[stop].isLetter { stop += 1 }
        return stop > index ? String(characters[index..<stop]) : nil
    }
}
