import Foundation
import MekongCore

/// How an answer is written: an aligned table for people, JSON or CSV for other programs.
public enum QueryOutputFormat: String, CaseIterable, Sendable {
    /// Columns padded to their widest value under a header and a rule; `null` for no value.
    case table
    /// An array of objects, one per row, keyed by column name in RETURN order; numbers as numbers, no value as null.
    case json
    /// RFC 4180: a header line, then one line per row, CRLF line ends, a field quoted when it holds a comma, a
    /// double quote or a line break (a double quote doubled); no value is an empty field.
    case csv

    /// The answer written in this format, ending with a line break.
    public func render(_ result: QueryResult) -> String {
        switch self {
        case .table: Self.table(result)
        case .json: Self.json(result)
        case .csv: Self.csv(result)
        }
    }

    private static func table(_ result: QueryResult) -> String {
        // A line break inside a value would break the table's lines. (Looked for in the bytes first: a table may
        // have thousands of rows, and walking characters or Foundation's replacing is slow on Linux.)
        let cells = result.rows.map { row in
            row.map { value in
                let text = value.description
                let breaks = text.utf8.contains { $0 == 0x0A || $0 == 0x0D }
                return breaks ? String(text.map { $0.isNewline ? " " : $0 }) : text
            }
        }
        var widths = result.columns.map(\.count)
        for row in cells {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ values: [String]) -> String {
            var text = ""
            for (index, value) in values.enumerated() {
                if index > 0 { text += "  " }
                // The last column is not padded: no trailing spaces.
                text += index == values.count - 1 ? value : value + String(repeating: " ", count: widths[index] - value.count)
            }
            return text + "\n"
        }
        var text = line(result.columns) + line(widths.map { String(repeating: "-", count: $0) })
        for row in cells { text += line(row) }
        return text
    }

    private static func json(_ result: QueryResult) -> String {
        if result.rows.isEmpty { return "[]\n" }
        let objects = result.rows.map { row in
            "  {" + zip(result.columns, row).map { "\(jsonString($0)): \(jsonValue($1))" }.joined(separator: ", ") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    private static func jsonValue(_ value: QueryValue) -> String {
        switch value {
        case .null: "null"
        case .text(let text): jsonString(text)
        case .integer(let number): String(number)
        case .real(let number): number.isFinite ? String(number) : "null"
        case .boolean(let flag): flag ? "true" : "false"
        }
    }

    private static func jsonString(_ text: String) -> String { QuotedString.quoted(text) }

    private static func csv(_ result: QueryResult) -> String {
        func field(_ text: String) -> String {
            guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        var text = result.columns.map(field).joined(separator: ",") + "\r\n"
        for row in result.rows {
            text += row.map { value in
                if case .null = value { return "" }
                return field(value.description)
            }.joined(separator: ",") + "\r\n"
        }
        return text
    }
}
