import Decisions
public import Foundation
public import Lexicon
public import Reports

/// Joins the outputs of a round's shards into one evidence map, spreadsheets and report,
/// byte-identical to what one machine scanning the whole round would write.
public struct RoundMerger: Sendable {
    public struct MergeError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The part of a shard's evidence map a merge needs.
    private struct ShardMap: Decodable {
        var schemaVersion: Int
        var tool: ToolInfo
        var lexicon: LexiconInfo?
        var submissions: [SubmissionEntry]
    }

    public var lexicon: LexiconFile?
    public var language: ReportLanguage

    public init(lexicon: LexiconFile?, language: ReportLanguage) {
        self.lexicon = lexicon
        self.language = language
    }

    /// Merges `shards` (scan output folders) into `output`.
    /// - Throws: ``MergeError`` when the shards come from different tools or lexicons, or share
    ///   a submission.
    public func merge(_ shards: [URL], into output: URL) throws {
        var maps: [ShardMap] = []
        for shard in shards {
            let url = shard.appendingPathComponent("evidence-map.json")
            guard let data = try? Data(contentsOf: url) else { throw MergeError(description: "cannot read \(url.path)") }
            do {
                maps.append(try JSONDecoder().decode(ShardMap.self, from: data))
            } catch {
                throw MergeError(description: "\(url.path) is not an evidence map: \(error)")
            }
        }
        guard let first = maps.first else { throw MergeError(description: "no shard outputs given") }
        for map in maps.dropFirst() where map.tool != first.tool || map.lexicon != first.lexicon || map.schemaVersion != first.schemaVersion {
            throw MergeError(description: "the shards were made by different tool versions or lexicons")
        }
        let entries = maps.flatMap(\.submissions).sorted { $0.id < $1.id }
        if let duplicate = zip(entries, entries.dropFirst()).first(where: { $0.id == $1.id }) {
            throw MergeError(description: "submission \(duplicate.0.id) is in more than one shard")
        }

        let map = try EvidenceMapWriter(directory: output, tool: first.tool, lexicon: first.lexicon)
        var reports: [any RoundReport] = [map]
        if first.lexicon != nil {
            guard let lexicon else { throw MergeError(description: "the shards were judged: the merge needs their lexicon") }
            reports.append(try MatrixCSVWriter(directory: output, lexicon: lexicon, language: language))
            reports.append(try EvidenceCSVWriter(directory: output, language: language))
            reports.append(try OverviewPageWriter(directory: output, lexicon: lexicon, language: language))
        }
        do {
            for entry in entries {
                let rendered = try RenderedSubmission(entry.submission, judgement: entry.judgement, language: language)
                for report in reports { try report.append(rendered) }
            }
            try copyPages(from: shards, to: output)
        } catch {
            for report in reports { report.discard() }
            throw error
        }
        for report in reports { try report.finish() }
    }

    /// The submission pages were rendered by the shards, which had the text: they move as they are.
    private func copyPages(from shards: [URL], to output: URL) throws {
        let target = output.appendingPathComponent("submissions")
        for shard in shards {
            let source = shard.appendingPathComponent("submissions")
            guard let pages = try? FileManager.default.contentsOfDirectory(atPath: source.path) else { continue }
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            for page in pages where page.hasSuffix(".html") {
                let destination = target.appendingPathComponent(page)
                try? FileManager.default.removeItem(at: destination)
                try FileManager.default.copyItem(at: source.appendingPathComponent(page), to: destination)
            }
        }
    }
}
