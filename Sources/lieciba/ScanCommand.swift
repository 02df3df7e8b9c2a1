import ArgumentParser
import Foundation
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

    @Option(name: .long, help: "Submissions read at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var lexicon: LexiconOption

    @OptionGroup var limitOptions: LimitOptions

    @Option(help: "Progress on standard error: auto (a bar on a terminal, a line every few seconds otherwise), always, never.")
    var progress: ProgressMode = .auto

    @Option(help: "Language of the reports' text: lv (Latvian) or en (English).")
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
        guard (1...RoundScanner.maxJobs).contains(jobs) else { throw ValidationError("--jobs must be between 1 and \(RoundScanner.maxJobs).") }
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
        // Hashed on the other core while the lexicon loads.
        async let build = BuildFingerprint.ofRunningExecutable()
        var judge: SubmissionJudge?
        var lexiconInfo: LexiconInfo?
        if !inventoryOnly {
            let loaded = try lexicon.load()
            let scheme = loaded.source.file.scheme
            judge = SubmissionJudge(lexicon: loaded.source.file, matcher: loaded.matcher)
            lexiconInfo = LexiconInfo(
                id: scheme.id, name: scheme.name.en, version: scheme.version, sha256: loaded.source.sha256,
                file: loaded.source.url.lastPathComponent
            )
        }
        var scanner = RoundScanner(limits: try limitOptions.readingLimits(), jobs: jobs, logger: logger, judge: judge, lexiconInfo: lexiconInfo)
        scanner.language = lang
        scanner.selection = passages
        scanner.progress = quiet ? .never : progress
        let sources = discovery.sources.filter { source in shard.flatMap(Shard.init)?.contains(source.id) ?? true }
        let output = URL(fileURLWithPath: out, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            scanner.ledger = try RoundLedger(url: output.appendingPathComponent("ledger.sqlite"))
        } catch {
            logger.error("cannot create the output folder or its ledger in \(out): \(error)")
            throw ExitCode.failure
        }
        scanner.ignoreStoredResults = fresh
        scanner.build = await build
        // Ctrl-C cancels the scan: running submissions finish, nothing is committed as complete.
        let scan = Task { try await scanner.scan(sources, into: output) }
        let interrupt = Interrupt.onSIGINT { scan.cancel() }
        defer { interrupt.cancel() }
        let summary: RoundScanner.Summary
        do {
            summary = try await scan.value
        } catch is CancellationError {
            FileHandle.standardError.write(Data("Interrupted: no report was written.\n".utf8))
            throw ExitCode(130)
        } catch {
            logger.error("the round could not be processed: \(error)")
            throw ExitCode.failure
        }
        if !quiet {
            print(summary.line)
        }
    }
}

extension RoundScanner.Summary {
    /// The account printed at the end of a scan: what was read, what could not be, what is
    /// missing, how fast, and where the report is.
    var line: String {
        let seconds = max(elapsed.seconds, 0.001)
        let unreadable = unreadableByStatus.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        let missing = criteriaMissing.filter { $0.value > 0 }.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
        return "Scanned \(submissions) submissions: \(documentsRead) documents read, \(filesUnreadable) files unreadable"
            + (unreadable.isEmpty ? "" : " (\(unreadable))")
            + (submissionsUnreadable == 0 ? "" : ", \(submissionsUnreadable) submissions not fully opened")
            + (missing.isEmpty ? "" : "; criteria missing: " + missing.joined(separator: ", "))
            + String(
                format: ". %.2f s, %.1f submissions/s, %.1f MB/s.\nEvidence map: %@", seconds, Double(submissions) / seconds,
                Double(inputBytes) / 1_048_576 / seconds, evidenceMap.path
            )
            + (reused == 0 ? "" : "\n\(reused) of them unchanged since the last run: taken from the ledger, not read again.")
            + (overview.map { "\nReport: \($0.path)" } ?? "")
    }
}

