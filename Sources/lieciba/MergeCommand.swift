import ArgumentParser
import Foundation
import Lexicon
import Reports
import ScanPipeline

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Join the outputs of `scan --shard I/N` runs into one evidence map, spreadsheets and report.",
        discussion: "The result is byte-identical to scanning the whole round on one machine. Exit codes: 0 merged; 1 the shards do not fit together; 64 usage errors."
    )

    @Argument(help: "The shards' output folders.")
    var shards: [String]

    @Option(name: .long, help: "Folder to write the merged outputs into.")
    var out: String

    @OptionGroup var lexicon: LexiconOption

    @Option(help: "Language the shards' reports were written in: lv or en.")
    var lang: ReportLanguage = .lv

    func run() throws {
        let loaded = try lexicon.load()
        do {
            try RoundMerger(lexicon: loaded.source.file, lexiconSHA256: loaded.source.sha256, language: lang)
                .merge(shards.map { URL(fileURLWithPath: $0, isDirectory: true) }, into: URL(fileURLWithPath: out, isDirectory: true))
        } catch let error as RoundMerger.MergeError {
            FileHandle.standardError.write(Data("merge: \(error.description)\n".utf8))
            throw ExitCode.failure
        }
        print("Merged \(shards.count) shards into \(out)")
    }
}
