/// What `mekong enqueue` did, for its summary line and `--json`.
public struct EnqueueSummary: Sendable, Codable, Equatable {
    /// Articles added to the queue.
    public var queued = 0
    /// Articles whose same bytes were already waiting in the queue (not added twice).
    public var alreadyWaiting = 0
    /// Files that could not be read, with the reason.
    public var failedFiles: [String] = []
    /// Articles in the queue that no worker has extracted yet, after the run.
    public var pending = 0

    enum CodingKeys: String, CodingKey {
        case version, queued, alreadyWaiting = "already_waiting", failedFiles = "failed_files", pending
    }

    /// The version of the JSON shape (docs/cli-json.md).
    public var version: Int { CLIJSON.version }

    /// A summary with every count zero.
    public init() {}

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        queued = try container.decode(Int.self, forKey: .queued)
        alreadyWaiting = try container.decode(Int.self, forKey: .alreadyWaiting)
        failedFiles = try container.decode([String].self, forKey: .failedFiles)
        pending = try container.decode(Int.self, forKey: .pending)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(version, forKey: .version)
        try container.encode(queued, forKey: .queued)
        try container.encode(alreadyWaiting, forKey: .alreadyWaiting)
        try container.encode(failedFiles, forKey: .failedFiles)
        try container.encode(pending, forKey: .pending)
    }
}
