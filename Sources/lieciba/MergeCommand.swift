import ArgumentParser
import Foundation
import Lexicon
import Reports
import ScanPipeline

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Join the outputs of `scan --shard I/N` runs into one evidence map, spreadsheets and report.",
        discussion: "The result is byte-identical to scanning the whole round on one machine. Every shard of one split (I/N for each I) must be given once, each from a scan that completed. Exit codes: 0 merged; 1 the shards do not make one round together, or the output cannot be written; 64 usage errors."
    )

    @Argument(help: "The shards' output folders.")
    var shards: [String]

    @Option(name: .long, help: "Folder to write the merged outputs into.")
    var out: String

    @OptionGroup var lexicon: LexiconOption

    @Option(help: "Language of the merged reports: lv or en. Default: the shards' own (they must all share one).")
    var lang: ReportLanguage?

    func validate() throws {
        for shard in shards {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: shard, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("not a scan's output folder: \(shard)")
            }
        }
    }

    func run() throws {
        let loaded = try lexicon.load()
        let folder: OutputFolder
        do {
            folder = try OutputFolder.claim(URL(fileURLWithPath: out, isDirectory: true))
        } catch {
            FileHandle.standardError.write(Data("merge: \(ErrorDescription.of(error))\n".utf8))
            throw ExitCode.failure
        }
        do {
            try RoundMerger(lexicon: loaded.source.file, lexiconSHA256: loaded.source.sha256, language: lang)
                .merge(shards.map { URL(fileURLWithPath: $0, isDirectory: true) }, into: folder)
        } catch {
            // A folder this merge created holds nothing worth keeping.
            folder.removeIfCreatedByThisRun()
            FileHandle.standardError.write(Data("merge: \(ErrorDescription.of(error))\n".utf8))
            throw ExitCode.failure
        }
        print("Merged \(shards.count) shards into \(out)")
    }
}
