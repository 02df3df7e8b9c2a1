import ArgumentParser
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif
import LatvianMorphology
import Logging
import Decisions
import Ledger
import Lexicon
import Reports
import ScanPipeline
import SubmissionReading

struct ScanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Judge every submission of a round: DIR/evidence-map.json, matrix.csv, evidence.csv, index.html and a page per submission.",
        discussion: """
            Each INPUT is a round folder, where every entry directly inside is one submission (an \
            archive, a folder or a single document), or an archive that is one submission by itself.

            Exit codes: 0 when the round was processed, even if some files could not be read (the \
            evidence map lists them with reasons); 1 when the round could not be processed at all; \
            64 for usage errors; 130 when interrupted with Ctrl-C (no report is left as if complete).
            """
    )

    @Argument(help: "Round folders or submission archives.")
    var inputs: [String]

    @Option(name: .long, help: "Folder to write the outputs into.")
    var out: String

    @Option(name: .long, help: "Submissions read at once (default: the CPUs this process may use — its affinity and cgroup quota count).")
    var jobs: Int?

    @OptionGroup var lexicon: LexiconOption

    @OptionGroup var limitOptions: LimitOptions

    @Option(help: "How progress shows on standard error: auto is a bar on a terminal and a plain line every few seconds otherwise.")
    var progress: ProgressMode = .auto

    @Option(help: "Language of the reports and the summary: Latvian or English.")
    var lang: ReportLanguage = .lv

    @Option(help: "Process only shard I of N (e.g. 2/8): the submissions whose id hashes there. Join the shards' outputs with `lieciba merge`.")
    var shard: String?

    @Option(help: ArgumentHelp(
        "Passages listed per indicator and submission: the strongest counted ones, and as many not counted (denied first); or all.",
        discussion: "Every match counts in the decisions and is tallied in the map's hits and highlighted on the submission's page; this bounds the passages listed in the evidence map, evidence.csv and the pages' passage lists."
    ))
    var passages = EvidenceSelection(passagesPerIndicator: 5)

    @Flag(help: "Read every submission again, even those the ledger (DIR/ledger.sqlite) holds unchanged.")
    var fresh = false

    @Flag(help: "Only read the submissions: list their files, judge no criteria.")
    var inventoryOnly = false

    @Flag(name: .shortAndLong, help: "Log every file that could not be read.")
    var verbose = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        if let jobs, !(1...RoundScanner.maxJobs).contains(jobs) { throw ValidationError("--jobs must be between 1 and \(RoundScanner.maxJobs).") }
        guard !(verbose && quiet) else { throw ValidationError("--verbose and --quiet exclude each other.") }
        if let shard, Shard(shard) == nil { throw ValidationError("--shard must be I/N with 1 ≤ I ≤ N, such as 2/8.") }
    }

    func run() async throws {
        let logger = Logging.makeLogger(verbose: verbose, quiet: quiet)
        let discovery: (sources: [SubmissionSource], ignored: [RoundDiscovery.Ignored])
        do {
            try RoundDiscovery().refuseOutput(out, inside: inputs)
            discovery = try RoundDiscovery().discover(inputs)
        } catch {
            throw ValidationError(error.description)
        }
        for entry in discovery.ignored {
            logger.log(level: entry.isUnusual ? .warning : .notice, "not a submission", metadata: ["path": "\(entry.path)", "reason": "\(entry.reason)"])
        }
        guard !discovery.sources.isEmpty else {
            let passedOver = discovery.ignored.isEmpty ? "" : " (\(discovery.ignored.count) entries passed over: hidden files, pipes or devices)"
            logger.error("the round holds no submissions: nothing was found in \(inputs.joined(separator: ", "))\(passedOver); nothing was written")
            throw ExitCode.failure
        }
        // Hashed on the other core while the lexicon loads.
        async let build = BuildFingerprint.ofRunningExecutable()
        var judge: SubmissionJudge?
        var lexiconInfo: LexiconInfo?
        if !inventoryOnly {
            let loaded = try lexicon.load()
            let scheme = loaded.source.file.scheme
            judge = SubmissionJudge(lexicon: loaded.source.file, matcher: loaded.matcher, verbs: try VerbForms())
            lexiconInfo = LexiconInfo(
                id: scheme.id, name: scheme.name.en, version: scheme.version, sha256: loaded.source.sha256,
                file: loaded.source.url.lastPathComponent
            )
        }
        var scanner = RoundScanner(limits: try limitOptions.readingLimits(), jobs: jobs ?? AvailableProcessors.count, logger: logger, judge: judge, lexiconInfo: lexiconInfo)
        scanner.language = lang
        scanner.selection = passages
        scanner.progress = quiet ? .never : progress
        let chosenShard = shard.flatMap(Shard.init)
        let sources = discovery.sources.filter { source in chosenShard?.contains(source.id) ?? true }
        let folder: OutputFolder
        do {
            folder = try OutputFolder.claim(URL(fileURLWithPath: out, isDirectory: true))
        } catch {
            logger.error("\(ErrorDescription.of(error))")
            throw ExitCode.failure
        }
        let ledger = try openLedger(in: folder, logger: logger)
        defer { ledger.close() }
        scanner.ledger = ledger
        scanner.ignoreStoredResults = fresh
        scanner.build = await build
        logger.info("scan started", metadata: ["submissions": "\(sources.count)", "jobs": "\(scanner.jobs)", "output": "\(folder.url.path)"])
        let record = RunRecord(
            kind: .scan, state: .running, run: folder.run, toolVersion: ToolInfo.current.version, shard: chosenShard?.description,
            language: lang.rawValue, round: RunRecord.roundDigest(ids: discovery.sources.map(\.id)), scannedAt: ScanTime.now()
        )
        // A signal to stop cancels the scan: running submissions finish, nothing is committed as complete.
        let scan = Task { try await scanner.scan(sources, into: folder, as: record) }
        let stopSignal = Mutex<Int32?>(nil)
        let interrupt = Interrupt.on { signal in
            stopSignal.withLock { $0 = $0 ?? signal }
            scan.cancel()
        }
        defer { for source in interrupt { source.cancel() } }
        let summary: RoundScanner.Summary
        do {
            summary = try await scan.value
        } catch is CancellationError {
            FileHandle.standardError.write(Data("Interrupted: no report was written; what was finished is kept in the ledger for the next run.\n".utf8))
            throw ExitCode(Interrupt.exitStatus(for: stopSignal.withLock { $0 } ?? SIGINT))
        } catch {
            logger.error("the round could not be processed: \(ErrorDescription.of(error))")
            throw ExitCode.failure
        }
        if !quiet {
            print(summary.text(in: lang.words))
        }
    }

    /// The output folder's ledger; with `--fresh`, one that cannot be opened is built anew, since
    /// it holds nothing the outputs do not.
    private func openLedger(in folder: OutputFolder, logger: Logger) throws -> RoundLedger {
        let url = folder.url.appendingPathComponent("ledger.sqlite")
        do {
            return try RoundLedger(url: url)
        } catch {
            guard fresh else {
                logger.error(
                    "\(ErrorDescription.of(error)). The ledger only keeps earlier results to save reading them again: run with --fresh to rebuild it"
                )
                throw ExitCode.failure
            }
            logger.warning("\(ErrorDescription.of(error)); building it anew (--fresh)")
        }
        do {
            try RoundLedger.delete(at: url)
            return try RoundLedger(url: url)
        } catch {
            logger.error("\(ErrorDescription.of(error))")
            throw ExitCode.failure
        }
    }
}

extension RoundScanner.Summary {
    /// The account printed at the end of a scan, in the report's language: what was read, what
    /// could not be and in which submissions, what is missing, how fast, and where the report is.
    func text(in words: ReportWords) -> String {
        let seconds = max(elapsed.seconds, 0.001)
        let unreadable = unreadableByStatus.sorted { $0.key < $1.key }.map { words.unreadableKind($0.value, $0.key) }
        let missing = criteriaMissing.filter { $0.value > 0 }.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
        let unverifiable = criteriaUnverifiable.filter { $0.value > 0 }.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
        var lines = [
            words.scanned(submissions, documentsRead, filesUnreadable)
                + (unreadable.isEmpty ? "" : " (\(unreadable.joined(separator: ", ")))")
                + (submissionsUnreadable == 0 ? "" : ", " + words.notFullyOpened(submissionsUnreadable))
                + (missing.isEmpty ? "" : "; \(words.criteriaMissingSummary): " + missing.joined(separator: ", "))
                + (unverifiable.isEmpty ? "" : "; \(words.cannotCheckSummary): " + unverifiable.joined(separator: ", "))
                + ". " + words.speed(seconds, Double(submissions) / seconds, Double(inputBytes) / 1_048_576 / seconds) + "."
        ]
        if !withUnreadFiles.isEmpty {
            lines.append("\(words.withUnreadFiles): \(withUnreadFiles.joined(separator: ", "))")
        }
        lines.append("\(words.evidenceMap): \(evidenceMap.path)")
        if reused > 0 { lines.append(words.reused(reused)) }
        if let overview { lines.append("\(words.report): \(overview.path)") }
        return lines.joined(separator: "\n")
    }
}
