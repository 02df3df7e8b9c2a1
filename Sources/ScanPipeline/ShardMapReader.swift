import Foundation
import Reports

/// Reads a shard's `evidence-map.json` one submission at a time.
///
/// The map writer puts every submission on a line of its own, in id order, between a header and
/// the totals: a merge can hold one submission per shard instead of the whole round, which is
/// the size at which rounds are sharded at all.
struct ShardMapReader {
    /// What a shard says about how it was made.
    struct Header: Decodable, Equatable {
        var schemaVersion: Int
        var tool: ToolInfo
        var lexicon: LexiconInfo?
        /// `I/N` when the map is one shard's.
        var shard: String?
    }

    let url: URL
    let header: Header
    private var lines: LineReader
    private var ended = false

    init(url: URL) throws(RoundMerger.MergeError) {
        self.url = url
        guard let lines = try? LineReader(url: url) else { throw RoundMerger.MergeError(description: "cannot read \(url.path)") }
        self.lines = lines
        // The header runs to the line that opens the submissions; closed there, it is JSON.
        var header: [UInt8] = []
        while true {
            guard let line = try? self.lines.next() else { throw Self.notAMap(url, "it cannot be read to the end") }
            let trimmed = line.drop { $0 == 0x20 }
            if trimmed.starts(with: Array(#""submissions" : ["#.utf8)) {
                ended = trimmed.starts(with: Array(#""submissions" : [],"#.utf8))
                break
            }
            header += line + [0x0A]
        }
        do {
            self.header = try JSONDecoder().decode(Header.self, from: Data(header + Array(#""submissions" : [] }"#.utf8)))
        } catch {
            throw Self.notAMap(url, "\(error)")
        }
    }

    /// The next submission, in the shard's (id) order; `nil` after the last.
    mutating func next() throws(RoundMerger.MergeError) -> SubmissionEntry? {
        guard !ended else { return nil }
        guard let line = try? lines.next() else { throw Self.notAMap(url, "it ends before its last submission") }
        var entry = line.drop { $0 == 0x20 }
        if entry.first == UInt8(ascii: "]") {
            ended = true
            return nil
        }
        if entry.last == UInt8(ascii: ",") { entry = entry.dropLast() }
        do {
            return try JSONDecoder().decode(SubmissionEntry.self, from: Data(entry))
        } catch {
            throw Self.notAMap(url, "a submission cannot be read: \(error)")
        }
    }

    private static func notAMap(_ url: URL, _ why: String) -> RoundMerger.MergeError {
        RoundMerger.MergeError(description: "\(url.path) is not an evidence map lieciba wrote: \(why)")
    }
}

/// The lines of a file, read in 1 MiB blocks, without their line feeds.
private struct LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false

    init(url: URL) throws {
        handle = try FileHandle(forReadingFrom: url)
    }

    /// The next line; `nil` at the end of the file.
    mutating func next() throws -> ArraySlice<UInt8>? {
        while true {
            if let end = buffer[start...].firstIndex(of: 0x0A) {
                defer { start = end + 1 }
                return buffer[start..<end]
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                defer { start = buffer.count }
                return buffer[start...]
            }
            buffer.removeFirst(start)
            start = 0
            let block = try handle.read(upToCount: 1 << 20) ?? Data()
            if block.isEmpty { atEnd = true } else { buffer.append(contentsOf: block) }
        }
    }
}
