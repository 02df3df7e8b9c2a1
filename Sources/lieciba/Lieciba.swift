import ArgumentParser

/// The `lieciba` command: a thin shell over the ScanPipeline library.
@main
struct Lieciba: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lieciba",
        abstract: "Pre-screen LEADER Smart Village applications: which criteria each submission of a round shows, with the passages that show them.",
        discussion: """
            Exit codes:
              0   the work was done (files that could not be read are reported in the output)
              1   the work could not be done at all (for example, the output cannot be written)
              64  usage error: a bad option or an input that does not exist
              130 interrupted (Ctrl-C): no report is left behind as if complete
            """,
        version: "0.1.0",
        subcommands: [ScanCommand.self, MergeCommand.self, ExtractCommand.self, LexiconCommand.self, EvaluateCommand.self]
    )

    static func main() async {
        LocalTimeZone.pin()
        await main(nil)
    }
}
