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

    public var lexicon: LexiconFile?
    /// The SHA-256 of `lexicon`'s file: judged shards must have been judged with it.
    public var lexiconSHA256: String?
    public var language: ReportLanguage

    public init(lexicon: LexiconFile?, lexiconSHA256: String?, language: ReportLanguage) {
        self.lexicon = lexicon
        self.lexiconSHA256 = lexiconSHA256
        self.language = language
    }

    /// Merges `shards` (scan output folders) into `output`, reading each shard's map one
    /// submission at a time.
    /// - Throws: ``MergeError`` when the shards come from different tools or lexicons, were
    ///   judged with another lexicon than this merge's, share a submission, or when `output` is
    ///   one of them.
    public func merge(_ shards: [URL], into output: URL) throws {
        let target = Self.resolved(output)
        if let shard = shards.first(where: { Self.resolved($0) == target }) {
            throw MergeError(description: "the output folder is the shard \(shard.path): merge into a folder of its own")
        }
        var readers = try shards.map { shard throws(MergeError) in try ShardMapReader(url: shard.appendingPathComponent("evidence-map.json")) }
        guard let first = readers.first?.header else { throw MergeError(description: "no shard outputs given") }
        if readers.contains(where: { $0.header != first }) {
            throw MergeError(description: "the shards were made by different tool versions or lexicons")
        }
        let map = try EvidenceMapWriter(directory: output, tool: first.tool, lexicon: first.lexicon)
        var reports: [any RoundReport] = [map]
        if let judgedWith = first.lexicon {
            guard let lexicon else {
                map.discard()
                throw MergeError(description: "the shards were judged: the merge needs their lexicon")
            }
            guard judgedWith.sha256 == lexiconSHA256 else {
                map.discard()
                throw MergeError(
                    description: "the shards were judged with \(judgedWith.file) (SHA-256 \(judgedWith.sha256.prefix(12))…), not with the lexicon given: pass that file with --lexicon"
                )
            }
            try RoundReports.add(to: &reports) {
                [
                    try MatrixCSVWriter(directory: output, lexicon: lexicon, language: language),
                    try EvidenceCSVWriter(directory: output, language: language),
                    try OverviewPageWriter(directory: output, lexicon: lexicon, language: language),
                ]
            }
        }
        let pages = PageFolder(output: output)
        do {
            // Each shard is in id order: the round is too, taking the least id of the shards' next ones.
            var next = try readers.indices.map { index throws(MergeError) in try readers[index].next() }
            var previous: String?
            while let (shard, entry) = next.enumerated().compactMap({ shard, entry in entry.map { (shard, $0) } }).min(by: { $0.1.id < $1.1.id }) {
                if let previous, !(previous < entry.id) {
                    throw MergeError(description: "submission \(entry.id) is in more than one shard, or a shard is out of order")
                }
                previous = entry.id
                let rendered = try RenderedSubmission(entry.submission, judgement: entry.judgement, language: language)
                for report in reports { try report.append(rendered) }
                next[shard] = try readers[shard].next()
            }
            try copyPages(from: shards, to: pages.staging)
        } catch {
            for report in reports { report.discard() }
            try? FileManager.default.removeItem(at: pages.staging)
            throw error
        }
        try RoundReports.complete(reports) { try pages.commit() }
    }

    /// The absolute path with symbolic links resolved.
    private static func resolved(_ url: URL) -> String {
        url.standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The submission pages were rendered by the shards, which had the text: they move as they
    /// are, into `target` (staged, put in place once the merge is complete).
    private func copyPages(from shards: [URL], to target: URL) throws {
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
