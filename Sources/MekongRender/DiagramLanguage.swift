import MekongCore

/// The language of the words a diagram prints: predicate labels, entity type names in the legend, the
/// legend's heading and the caption of a summarized graph.
///
/// Entity names and relation titles are always printed as the articles wrote them. The raw values are what
/// the command line accepts (`--labels en`).
public enum DiagramLanguage: String, CaseIterable, Codable, Hashable, Sendable {
    /// Vietnamese, the language of the articles: the default.
    case vi
    /// English, with the predicates' own names made readable (`holds position`).
    case en

    /// How an edge of `predicate` is labelled; a plugin's predicate (`acme.supplies`) keeps its own name.
    public func label(for predicate: Predicate) -> String {
        switch (self, predicate) {
        case (.vi, .holdsPosition): "giữ chức vụ tại"
        case (.vi, .partOf): "trực thuộc"
        case (.vi, .locatedIn): "đặt tại"
        case (.vi, .issued): "ban hành"
        case (.vi, .implements): "thực hiện"
        case (.vi, .concerns): "liên quan đến"
        case (.vi, .cooperatesWith): "phối hợp với"
        case (.vi, .metWith): "làm việc với"
        case (.vi, .signedWith): "ký kết với"
        case (.en, _) where Predicate.core.contains(predicate): predicate.rawValue.replacingOccurrences(of: "_", with: " ")
        default: predicate.rawValue
        }
    }

    /// The name of an entity type in the legend; a plugin's type keeps its own name.
    public func label(for type: EntityType) -> String {
        switch (self, type) {
        case (.vi, .organization): "tổ chức"
        case (.vi, .person): "cá nhân"
        case (.vi, .place): "địa danh"
        case (.vi, .document): "văn bản"
        case (.vi, .event): "sự kiện"
        case (.vi, .position): "chức vụ"
        case (.vi, .date): "ngày tháng"
        case (.vi, .quantity): "số lượng"
        default: type.rawValue
        }
    }

    /// The legend's heading.
    var legendHeading: String {
        switch self {
        case .vi: "Chú giải"
        case .en: "Legend"
        }
    }

    /// What an empty drawing says.
    var emptyGraph: String {
        switch self {
        case .vi: "(đồ thị trống)"
        case .en: "(empty graph)"
        }
    }

    /// A count as people write it in this language: `1.234` in Vietnamese, `1,234` in English.
    public func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(self == .vi ? "." : ",") }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }
}
