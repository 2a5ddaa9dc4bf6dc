/// Dates as people write them on a Vietnamese diagram: day/month/year without leading zeros.
///
/// The store keeps dates in ISO 8601 (`2021-06-23`), with the partial forms the extractors write: a month
/// (`2021-06`), a year (`2021`) and a day without a year (`--06-23`, XML Schema's gMonthDay).
public enum DiagramDate {
    /// `iso` as `23/6/2021`, `6/2021`, `2021` or `23/6`; text that is not such a date comes back unchanged.
    public static func display(_ iso: String) -> String {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        func number(_ text: String, digits: Int, in range: ClosedRange<Int>) -> Int? {
            guard text.count == digits, text.allSatisfy(\.isASCII), let value = Int(text), range.contains(value)
            else { return nil }
            return value
        }
        switch parts.count {
        case 1:
            if let year = number(parts[0], digits: 4, in: 1...9999) { return "\(year)" }
        case 2:
            if let year = number(parts[0], digits: 4, in: 1...9999), let month = number(parts[1], digits: 2, in: 1...12) {
                return "\(month)/\(year)"
            }
        case 3:
            if let year = number(parts[0], digits: 4, in: 1...9999), let month = number(parts[1], digits: 2, in: 1...12),
                let day = number(parts[2], digits: 2, in: 1...31)
            {
                return "\(day)/\(month)/\(year)"
            }
        case 4 where parts[0].isEmpty && parts[1].isEmpty:
            if let month = number(parts[2], digits: 2, in: 1...12), let day = number(parts[3], digits: 2, in: 1...31) {
                return "\(day)/\(month)"
            }
        default:
            break
        }
        return iso
    }
}
