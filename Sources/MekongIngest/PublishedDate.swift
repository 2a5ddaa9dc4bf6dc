/// Reads the publication dates the sources write, giving ISO 8601 (`2024-02-16`).
enum PublishedDate {
    /// `20210429`, `2021-04-29…`, or the first `d/m/yyyy` (also with `-` or `.`) anywhere in the text
    /// ("Thứ sáu, 16/2/2024, 11:06 (GMT+7)"); nil for "N/A", empty or anything without a valid date.
    static func iso(from text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        // A run of digits and separators at a time; the first run that is a date wins.
        var index = 0
        while index < scalars.count {
            guard scalars[index].isDigit else {
                index += 1
                continue
            }
            var numbers: [Int] = []
            var digits: [Int] = []
            var current = 0
            var length = 0
            while index < scalars.count {
                let scalar = scalars[index]
                if scalar.isDigit {
                    current = current * 10 + Int(scalar.value - 0x30)
                    length += 1
                } else if (scalar == "/" || scalar == "-" || scalar == ".") && length > 0
                    && index + 1 < scalars.count && scalars[index + 1].isDigit
                {
                    numbers.append(current)
                    digits.append(length)
                    current = 0
                    length = 0
                } else {
                    break
                }
                index += 1
            }
            numbers.append(current)
            digits.append(length)
            if let date = date(numbers: numbers, digits: digits) { return date }
        }
        return nil
    }

    private static func date(numbers: [Int], digits: [Int]) -> String? {
        switch (numbers.count, digits.first) {
        case (1, 8):
            let value = numbers[0]
            return format(year: value / 10000, month: value / 100 % 100, day: value % 100)
        case (3, 4):
            return format(year: numbers[0], month: numbers[1], day: numbers[2])
        case (3, _) where digits[2] == 4 && digits[0] <= 2 && digits[1] <= 2:
            return format(year: numbers[2], month: numbers[1], day: numbers[0])
        default:
            return nil
        }
    }

    /// `2017-06-12` for a valid day of a year from 1900 to 2100; nil otherwise.
    static func format(year: Int, month: Int, day: Int) -> String? {
        let daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1900...2100).contains(year), (1...12).contains(month), day >= 1, day <= daysInMonth[month - 1]
        else { return nil }
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }
}
