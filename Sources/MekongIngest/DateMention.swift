/// A date written with digits in running text: "7/2", "12-6-2017", "8.2.2017", and where it is.
struct DateMention {
    /// Where the date starts and ends, in characters of the text it was found in.
    var start: Int
    var end: Int
    var day: Int
    var month: Int
    /// The year, when written (four digits).
    var year: Int?
    /// Whether it is a day and month joined by a dot without a year ("18.5"), which is as often a number.
    var isDottedDayMonth: Bool { year == nil && separator == "." }
    /// The separator between its groups: `/`, `-` or `.`.
    var separator: Character

    /// Days since the start of year 0 (roughly: for comparing dates), when the year is written.
    var ordinal: Int? {
        year.map { $0 * 372 + month * 31 + day }
    }

    /// The dates written in `characters`, in order: a run of digit groups joined by one kind of separator, `/`,
    /// `-` or `.`, day and month of one or two digits and a year of four; `.` only with a year ("3.5" is a
    /// number) unless `dottedDayMonth` (then "18.5" is given too, ``isDottedDayMonth``, for a reader that knows
    /// from its place that it is a date). A run that is anything else ("13-15/6", "15/2007", "44/46", "1.300")
    /// is no date.
    static func all(in characters: [Character], dottedDayMonth: Bool = false) -> [DateMention] {
        var mentions: [DateMention] = []
        var index = 0
        while index < characters.count {
            guard characters[index].isNumber, index == 0 || !isWordCharacter(characters[index - 1]) else {
                index += 1
                continue
            }
            var groups: [String] = [""]
            var separators: Set<Character> = []
            var end = index
            while end < characters.count {
                let character = characters[end]
                if character.isASCII && character.isNumber {
                    groups[groups.count - 1].append(character)
                } else if "/-.".contains(character), end + 1 < characters.count, characters[end + 1].isNumber,
                    characters[end + 1].isASCII
                {
                    separators.insert(character)
                    groups.append("")
                } else {
                    break
                }
                end += 1
            }
            defer { index = max(end, index + 1) }
            if end < characters.count, isWordCharacter(characters[end]) { continue }
            guard separators.count == 1, let separator = separators.first,
                groups.count == 2 || groups.count == 3,
                groups[0].count <= 2, groups[1].count <= 2,
                let day = Int(groups[0]), let month = Int(groups[1])
            else { continue }
            var year: Int?
            if groups.count == 3 {
                guard groups[2].count == 4, let written = Int(groups[2]) else { continue }
                year = written
            } else if separator == ".", !dottedDayMonth {
                continue
            }
            // A valid day of that month (29 February in any year when the year is not written).
            guard PublishedDate.format(year: year ?? 2000, month: month, day: day) != nil else { continue }
            mentions.append(DateMention(start: index, end: end, day: day, month: month, year: year, separator: separator))
        }
        return mentions
    }

    /// `2017-06-12`; nil for an invalid day or a year outside 1900…2100.
    static func iso(year: Int, month: Int, day: Int) -> String? {
        PublishedDate.format(year: year, month: month, day: day)
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }
}
