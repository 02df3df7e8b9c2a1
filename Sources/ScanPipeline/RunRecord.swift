public import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the last run in an output folder was and whether it completed: `DIR/.lieciba/run.json`.
///
/// A merge reads it to refuse a shard whose last run did not complete (its evidence map is an
/// older run's), shards of different rounds, splits or report languages, and a map replaced
/// since. It stays out of the evidence map, which must come out byte-identical run after run.
public struct RunRecord: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case scan
        case merge
    }

    public enum State: String, Sendable, Hashable, Codable {
        /// Started and not (yet) completed: killed, interrupted or failed if no run holds the folder.
        case running
        case complete
    }

    public var kind: Kind
    public var state: State
    /// The run's name (``OutputFolder/run``).
    public var run: String
    public var toolVersion: String
    /// `I/N` for a scan of one shard; `nil` for a whole round.
    public var shard: String?
    /// The reports' language.
    public var language: String
    /// Which round was scanned: the SHA-256 of every submission id of the round, shards included.
    public var round: String?
    /// The SHA-256 of the evidence map the run completed with.
    public var evidenceMapSHA256: String?
    /// When the scan started, in ISO 8601 (UTC): what the pages' footers say; a merge takes the
    /// earliest of its shards'.
    public var scannedAt: String?

    public init(
        kind: Kind, state: State, run: String, toolVersion: String, shard: String? = nil, language: String, round: String? = nil,
        evidenceMapSHA256: String? = nil, scannedAt: Date? = nil
    ) {
        self.scannedAt = scannedAt.map { $0.formatted(.iso8601) }
        self.kind = kind
        self.state = state
        self.run = run
        self.toolVersion = toolVersion
        self.shard = shard
        self.language = language
        self.round = round
        self.evidenceMapSHA256 = evidenceMapSHA256
    }

    /// ``scannedAt`` as a date, when it is one.
    public var scanDate: Date? {
        scannedAt.flatMap { try? Date($0, strategy: .iso8601) }
    }

    /// Where the record of the output folder `folder` is kept.
    public static func url(in folder: URL) -> URL {
        OutputFolder.markerFolder(of: folder).appendingPathComponent("run.json")
    }

    /// The record in `folder`, or `nil` when there is none (no run marked it).
    public static func read(in folder: URL) throws -> RunRecord? {
        let url = url(in: folder)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return try JSONDecoder().decode(RunRecord.self, from: Data(contentsOf: url))
    }

    /// Writes the record into `folder`, replacing the last one whole and durably.
    public func write(in folder: URL) throws {
        let url = Self.url(in: folder)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let temporary = url.deletingLastPathComponent().appendingPathComponent("run.json.\(run).partial")
        let data = try encoder.encode(self) + Data("\n".utf8)
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputFolder.ClaimError.system(action: "write", path: temporary.path, errno: errno) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        try handle.write(contentsOf: data)
        try handle.synchronize()
        try handle.close()
        guard rename(temporary.path, url.path) == 0 else {
            throw OutputFolder.ClaimError.system(action: "write", path: url.path, errno: errno)
        }
    }

    /// The SHA-256 of a round's submission ids, in order: what ``round`` records. Each id is
    /// preceded by its length, so that no two lists of ids give the same bytes.
    public static func roundDigest(ids: [String]) -> String {
        SHA256Hex.of(Data(ids.map { "\($0.utf8.count):\($0)" }.joined().utf8))
    }
}

extension OutputFolder {
    /// Records in the folder that this run has started: until it completes, its outputs are an
    /// earlier run's, and a merge must not take them.
    public func recordStart(_ record: RunRecord) throws {
        var record = record
        record.run = run
        record.state = .running
        record.evidenceMapSHA256 = nil
        try record.write(in: url)
    }

    /// Records that this run completed with the evidence map whose SHA-256 is `evidenceMapSHA256`.
    public func recordCompletion(_ record: RunRecord, evidenceMapSHA256: String) throws {
        var record = record
        record.run = run
        record.state = .complete
        record.evidenceMapSHA256 = evidenceMapSHA256
        try record.write(in: url)
    }
}
