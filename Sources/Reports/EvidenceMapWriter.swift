public import Decisions
public import DocumentModel
public import Foundation

/// Writes `evidence-map.json` as a stream: the header first, each submission as it arrives (in
/// id order, which the caller guarantees) on a line of its own, the totals last. A round of thousands never has to be
/// held in memory at once.
///
/// Written through an ``AtomicOutputFile``: an interrupted run never leaves a half-written map
/// that looks complete.
public final class EvidenceMapWriter {
    /// The version of the JSON contract this writer produces.
    public static let schemaVersion = 1

    private let file: AtomicOutputFile
    private let encoder: JSONEncoder
    private var count = 0
    public private(set) var totals = RoundTotals()

    /// Creates the output folder if needed and starts the file.
    /// - Parameter shard: `I/N` when the map holds only that shard of the round (`scan --shard`),
    ///   so that no reader takes it for the whole round; `nil` for a whole round.
    /// - Throws: when the folder or file cannot be created.
    public init(directory: URL, tool: ToolInfo = .current, lexicon: LexiconInfo? = nil, shard: String? = nil) throws {
        file = try AtomicOutputFile(directory: directory, name: "evidence-map.json")
        encoder = Self.makeEncoder()
        let toolJSON = try String(decoding: encoder.encode(tool), as: UTF8.self).indented(by: 2)
        var header = "{\n  \"schemaVersion\" : \(Self.schemaVersion),\n  \"tool\" : \(toolJSON),\n"
        if let lexicon {
            header += "  \"lexicon\" : \(try String(decoding: encoder.encode(lexicon), as: UTF8.self).indented(by: 2)),\n"
        }
        if let shard {
            header += "  \"shard\" : \(String(decoding: try encoder.encode(shard), as: UTF8.self)),\n"
        }
        try write(header + "  \"submissions\" : [")
    }

    /// Appends one submission. Submissions must arrive sorted by id.
    public func append(_ rendered: RenderedSubmission) throws {
        try write((count == 0 ? "\n    " : ",\n    "))
        try file.write(rendered.mapEntry)
        count += 1
        totals.add(rendered.submission, judgement: rendered.judgement)
    }

    /// A submission's entry, as compact JSON on one line: a map of thousands of submissions
    /// stays a fraction of the size of an indented one, and one line per submission is still
    /// easy to `grep` or read with `jq`.
    public static func encodeEntry(_ submission: Submission, judgement: Judgement?) throws -> [UInt8] {
        try SubmissionEntry(submission, judgement: judgement).compactJSON()
    }

    /// Writes the totals, closes the file and moves it into place.
    public func finish() throws {
        let totalsJSON = try String(decoding: encoder.encode(totals), as: UTF8.self).indented(by: 2)
        try write((count == 0 ? "]" : "\n  ]") + ",\n  \"totals\" : \(totalsJSON)\n}\n")
        try file.complete()
    }

    public func publish() throws { try file.publish() }

    public func discard() { file.discard() }

    public var url: URL { file.url }

    private func write(_ text: String) throws {
        try file.write(text)
    }

    /// Sorted keys and unescaped slashes: the same value always gives the same bytes, and paths
    /// read naturally.
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}

extension String {
    /// Indents every line but the first, so a pretty-printed value can be nested in hand-written
    /// JSON at the given depth.
    func indented(by spaces: Int) -> String {
        // Byte by byte: this runs over every line of the map, so it must not split and rejoin.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + utf8.count / 8)
        for byte in utf8 {
            bytes.append(byte)
            if byte == 0x0A { bytes.append(contentsOf: repeatElement(0x20, count: spaces)) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
