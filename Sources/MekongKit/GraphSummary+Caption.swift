extension GraphSummary {
    /// What the drawing leaves out, in `language`, for its caption, and the publication dates its relations
    /// were selected by; nil when it shows the whole selection of every date.
    public func caption(in language: DiagramLanguage, published: PublishedRange = .all) -> String? {
        var sentences: [String] = []
        if published.isBounded {
            let since = published.since.map(DiagramDate.display)
            let until = published.until.map(DiagramDate.display)
            switch (language, since, until) {
            case (.vi, let since?, let until?): sentences.append("Quan hệ được đưa tin từ \(since) đến \(until).")
            case (.vi, let since?, nil): sentences.append("Quan hệ được đưa tin từ \(since).")
            case (.vi, nil, let until?): sentences.append("Quan hệ được đưa tin đến \(until).")
            case (.en, let since?, let until?): sentences.append("Relations reported from \(since) to \(until).")
            case (.en, let since?, nil): sentences.append("Relations reported from \(since).")
            case (.en, nil, let until?): sentences.append("Relations reported until \(until).")
            default: break
            }
        }
        let drawnConnected = graph.entities.count - drawnIsolatedEntityCount
        let count = language.count
        if leftOutConnectedEntities > 0 {
            switch language {
            case .vi where focus != nil:
                sentences.append(
                    "Vẽ \(count(drawnConnected)) trong số \(count(connectedEntityCount)) thực thể, gần thực thể trung tâm nhất, và "
                        + "\(count(graph.relations.count)) trong số \(count(relationCount)) quan hệ giữa chúng; "
                        + "\(count(leftOutConnectedEntities)) thực thể khác và \(count(leftOutRelations)) quan hệ không được vẽ.")
            case .en where focus != nil:
                sentences.append(
                    "Showing the \(count(drawnConnected)) of \(count(connectedEntityCount)) entities nearest to the focus and "
                        + "\(count(graph.relations.count)) of \(count(relationCount)) relations between them; "
                        + "\(count(leftOutConnectedEntities)) other entities and \(count(leftOutRelations)) relations are not drawn.")
            case .vi:
                sentences.append(
                    "Vẽ \(count(drawnConnected)) trong số \(count(connectedEntityCount)) thực thể có nhiều quan hệ nhất và "
                        + "\(count(graph.relations.count)) trong số \(count(relationCount)) quan hệ giữa chúng; "
                        + "\(count(leftOutConnectedEntities)) thực thể khác và \(count(leftOutRelations)) quan hệ không được vẽ.")
            case .en:
                sentences.append(
                    "Showing the \(count(drawnConnected)) of \(count(connectedEntityCount)) entities with the most relations and "
                        + "\(count(graph.relations.count)) of \(count(relationCount)) relations between them; "
                        + "\(count(leftOutConnectedEntities)) other entities and \(count(leftOutRelations)) relations are not drawn.")
            }
        }
        if leftOutIsolatedEntities > 0 {
            switch language {
            case .vi: sentences.append("\(count(leftOutIsolatedEntities)) thực thể không có quan hệ nào không được vẽ.")
            case .en: sentences.append("\(count(leftOutIsolatedEntities)) entities without relations are not drawn.")
            }
        }
        return sentences.isEmpty ? nil : sentences.joined(separator: " ")
    }
}
