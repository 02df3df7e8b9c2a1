import ArgumentParser
import Foundation
import Lexicon

/// `--lexicon FILE`, defaulting to the Smart Village lexicon bundled in `corpora/lexicons/`.
struct LexiconOption: ParsableArguments {
    @Option(name: .long, help: "The lexicon (criteria scheme) YAML file. Default: corpora/lexicons/smart-village.lv.yaml.")
    var lexicon: String?

    static let defaultRelativePath = "corpora/lexicons/smart-village.lv.yaml"

    /// The lexicon named, or the bundled default found next to the executable's checkout, in
    /// `$LIECIBA_HOME`, or in the current folder.
    func resolvedURL() throws -> URL {
        if let lexicon { return URL(fileURLWithPath: lexicon) }
        var candidates: [URL] = []
        if let home = ProcessInfo.processInfo.environment["LIECIBA_HOME"] {
            candidates.append(URL(fileURLWithPath: home).appendingPathComponent(Self.defaultRelativePath))
        }
        // .build/<config>/lieciba or .build/<triple>/<config>/lieciba inside a checkout.
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            directory.deleteLastPathComponent()
            candidates.append(directory.appendingPathComponent(Self.defaultRelativePath))
        }
        candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(Self.defaultRelativePath))
        guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
            throw ValidationError("the default lexicon (\(Self.defaultRelativePath)) was not found; pass --lexicon FILE or set LIECIBA_HOME")
        }
        return found
    }

    func load() throws -> LexiconLoader.Loaded {
        let url = try resolvedURL()
        do {
            return try LexiconLoader().load(url)
        } catch let error as LexiconSource.LoadError {
            throw ValidationError(error.description)
        }
    }
}
