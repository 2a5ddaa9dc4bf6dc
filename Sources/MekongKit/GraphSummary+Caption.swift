extension GraphSummary {
    /// What the drawing leaves out, in `language`, for its caption; nil when it shows the whole selection.
    public func caption(in language: DiagramLanguage) -> String? {
        var sentences: [String] = []
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
