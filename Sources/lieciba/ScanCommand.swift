import ArgumentParser
import Foundation
import Logging
import Decisions
import Lexicon
import Reports
import ScanPipeline
import SubmissionReading

struct ScanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Read every submission of a round and write DIR/evidence-map.json, matrix.csv and evidence.csv.",
        discussion: """
            Each INPUT is a round folder, where every entry directly inside is one submission (an \
            archive, a folder or a single document), or an archive that is one submission by itself.

            Exit codes: 0 when the round was processed, even if some files could not be read (the \
            evidence map lists them with reasons); 1 when the round could not be processed at all; \
            64 for usage errors.
            """
    )

    @Argument(help: "Round folders or submission archives.")
    var inputs: [String]

    @Option(name: .long, help: "Folder to write the outputs into.")
    var out: String

    @Option(name: .long, help: "Submissions read at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var lexicon: LexiconOption

    @Option(help: "Language of the reports' text: lv (Latvian) or en (English).")
    var lang: ReportLanguage = .lv

    @Flag(help: "Only read the submissions: list their files, judge no criteria.")
    var inventoryOnly = false

    @Flag(name: .shortAndLong, help: "Log every file that could not be read.")
    var verbose = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1.") }
        guard !(verbose && quiet) else { throw ValidationError("--verbose and --quiet exclude each other.") }
    }

    func run() async throws {
        let logger = Logging.makeLogger(verbose: verbose, quiet: quiet)
        let discovery: (sources: [SubmissionSource], ignored: [RoundDiscovery.Ignored])
        do {
            discovery = try RoundDiscovery().discover(inputs)
        } catch {
            throw ValidationError(error.description)
        }
        for entry in discovery.ignored {
            logger.notice("not a submission", metadata: ["path": "\(entry.path)", "reason": "\(entry.reason)"])
        }
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
        var scanner = RoundScanner(jobs: jobs, logger: logger, judge: judge, lexiconInfo: lexiconInfo)
        scanner.language = lang
        let summary: RoundScanner.Summary
        do {
            summary = try await scanner.scan(discovery.sources, into: URL(fileURLWithPath: out, isDirectory: true))
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
    /// The one-line account printed at the end of a scan.
    var line: String {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let unreadable = unreadableByStatus.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        return "Scanned \(submissions) submissions: \(documentsRead) documents read, \(filesUnreadable) files unreadable"
            + (unreadable.isEmpty ? "" : " (\(unreadable))")
            + (submissionsUnreadable == 0 ? "" : ", \(submissionsUnreadable) submissions not fully opened")
            + String(format: ", %.2f s. Evidence map: %@", seconds, evidenceMap.path)
            + (overview.map { "\nReport: \($0.path)" } ?? "")
    }
}

