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
    /// The reports' language; `nil` takes the shards' own.
    public var language: ReportLanguage?

    public init(lexicon: LexiconFile?, lexiconSHA256: String?, language: ReportLanguage?) {
        self.lexicon = lexicon
        self.lexiconSHA256 = lexiconSHA256
        self.language = language
    }

    /// Merges `shards` (scan output folders) into `folder`, reading each shard's map one
    /// submission at a time.
    /// - Throws: ``MergeError`` when the shards do not make one whole round together — one is
    ///   missing or given twice, their splits differ, a shard's last scan did not complete or
    ///   its map changed since, they scanned different rounds, were made by different tools,
    ///   lexicons or report languages, or a judged shard lacks a page — and when `folder` is one
    ///   of them.
    public func merge(_ shards: [URL], into folder: OutputFolder) throws {
        let target = Self.resolved(folder.url)
        if let shard = shards.first(where: { Self.resolved($0) == target }) {
            throw MergeError(description: "the output folder is the shard \(shard.path): merge into a folder of its own")
        }
        guard !shards.isEmpty else { throw MergeError(description: "no shard outputs given") }
        // Held until the merge ends: no scan may start writing a shard while it is read.
        let locks = try shards.map { shard throws(MergeError) in try Self.readLock(shard) }
        defer { withExtendedLifetime(locks) {} }
        let records = try shards.map { shard throws(MergeError) in try Self.completedRecord(of: shard) }
        let language = try checkTogether(records, shards: shards)

        var readers = try shards.map { shard throws(MergeError) in try ShardMapReader(url: shard.appendingPathComponent("evidence-map.json")) }
        guard let first = readers.first?.header else { throw MergeError(description: "no shard outputs given") }
        for (reader, record) in zip(readers, records) where reader.header.shard != record.shard {
            throw MergeError(description: "\(reader.url.path) does not say it is shard \(record.shard ?? "1/1"): scan that shard again")
        }
        if readers.contains(where: { $0.header.schemaVersion != first.schemaVersion || $0.header.tool != first.tool || $0.header.lexicon != first.lexicon }) {
            throw MergeError(description: "the shards were made by different tool versions or lexicons")
        }
        let map = try EvidenceMapWriter(directory: folder.url, tool: first.tool, lexicon: first.lexicon)
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
                    try MatrixCSVWriter(directory: folder.url, lexicon: lexicon, language: language),
                    try EvidenceCSVWriter(directory: folder.url, language: language),
                    try OverviewPageWriter(
                        directory: folder.url, lexicon: lexicon, language: language,
                        audit: AuditFacts(scannedAt: records.compactMap(\.scanDate).min() ?? Date(), tool: first.tool, lexicon: first.lexicon)
                    ),
                    RoundIndexWriter(pagesFolder: PageFolder.staging(output: folder.url, run: folder.run)),
                ]
            }
        }
        let pages = PageFolder(output: folder.url, run: folder.run)
        do {
            try RunRecord(
                kind: .merge, state: .running, run: folder.run, toolVersion: ToolInfo.current.version, language: language.rawValue,
                scannedAt: records.compactMap(\.scanDate).min()
            ).write(in: folder.url)
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
                if entry.judgement != nil { try copyPage(of: entry.id, from: shards[shard], to: pages.staging) }
                next[shard] = try readers[shard].next()
            }
        } catch {
            for report in reports { report.discard() }
            try? FileManager.default.removeItem(at: pages.staging)
            throw error
        }
        try RoundReports.complete(reports) { try pages.commit() }
        try folder.recordCompletion(
            RunRecord(
                kind: .merge, state: .complete, run: folder.run, toolVersion: ToolInfo.current.version, language: language.rawValue,
                round: records.first?.round, scannedAt: records.compactMap(\.scanDate).min()
            ),
            evidenceMapSHA256: InputDigest.sha256(ofFile: map.url) ?? ""
        )
    }

    /// The record of the shard's last run, which must be a scan that completed and left the
    /// evidence map that is there now.
    private static func completedRecord(of shard: URL) throws(MergeError) -> RunRecord {
        let record: RunRecord?
        do {
            record = try RunRecord.read(in: shard)
        } catch {
            throw MergeError(description: "the run record of \(shard.path) cannot be read (\(error)): scan that shard again")
        }
        guard let record else {
            throw MergeError(description: "\(shard.path) holds no record of a scan by this version of Liecība: scan that shard again")
        }
        guard record.kind == .scan else {
            throw MergeError(description: "\(shard.path) holds a merge, not a scan's shard")
        }
        guard record.state == .complete else {
            throw MergeError(
                description: "the last scan of \(shard.path) did not complete (interrupted, killed or failed): its outputs are an older run's — scan that shard again"
            )
        }
        let map = shard.appendingPathComponent("evidence-map.json")
        guard let digest = InputDigest.sha256(ofFile: map), digest == record.evidenceMapSHA256 else {
            throw MergeError(description: "\(map.path) is not the map its scan completed with (changed or replaced since): scan that shard again")
        }
        return record
    }

    /// Checks that the shards are all the parts of one split of one round, each once, made with
    /// one report language (this merge's, when it names one); returns that language.
    private func checkTogether(_ records: [RunRecord], shards: [URL]) throws(MergeError) -> ReportLanguage {
        let parts = records.map { $0.shard.flatMap(Shard.init) ?? .whole }
        let count = parts[0].count
        if let other = parts.first(where: { $0.count != count }) {
            throw MergeError(description: "the shards split the round differently (\(parts[0]) and \(other)): scan every shard with the same N")
        }
        var seen: [Int: URL] = [:]
        for (part, shard) in zip(parts, shards) {
            if let earlier = seen[part.index] {
                throw MergeError(description: "shard \(part) is given twice: \(earlier.path) and \(shard.path)")
            }
            seen[part.index] = shard
        }
        let missing = (1...count).filter { seen[$0] == nil }
        guard missing.isEmpty else {
            let listed = missing.prefix(10).map { "\($0)/\(count)" }.joined(separator: ", ") + (missing.count > 10 ? ", …" : "")
            throw MergeError(description: "shards missing: \(listed) — the merged round would lack their submissions; give every shard's folder")
        }
        if Set(records.map(\.round)).count > 1 {
            throw MergeError(
                description: "the shards are scans of different versions of the round (submissions were added or removed between them): scan every shard again"
            )
        }
        let languages = Set(records.map(\.language))
        guard languages.count == 1, let shardLanguage = languages.first.flatMap(ReportLanguage.init(rawValue:)) else {
            throw MergeError(description: "the shards were written in different report languages (\(languages.sorted().joined(separator: ", "))): scan them with the same --lang")
        }
        if let language, language != shardLanguage {
            throw MergeError(description: "the shards were written with --lang \(shardLanguage.rawValue), not \(language.rawValue): merge with --lang \(shardLanguage.rawValue), or scan them again")
        }
        return shardLanguage
    }

    /// A shared lock on the shard's folder, refused while a scan writes it.
    private static func readLock(_ shard: URL) throws(MergeError) -> OutputFolder.SharedLock {
        do {
            return try OutputFolder.sharedLock(on: shard)
        } catch {
            throw MergeError(description: error.description)
        }
    }

    /// The absolute path with symbolic links resolved.
    private static func resolved(_ url: URL) -> String {
        url.standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// A judged submission's page was rendered by its shard, which had the text: it moves as it
    /// is, into `target` (staged, put in place once the merge is complete).
    private func copyPage(of id: String, from shard: URL, to target: URL) throws {
        let name = SubmissionPage.fileName(forSubmission: id)
        let source = shard.appendingPathComponent("submissions").appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: source.path) else {
            throw MergeError(description: "the page of submission \(id) is missing from \(shard.path)/submissions: scan that shard again")
        }
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source, to: target.appendingPathComponent(name))
    }
}
