public import Foundation
import LatvianMorphology

/// Finds the compiled forms of a lexicon — beside it, or in the user's cache — and compiles
/// them when neither matches the lexicon's current bytes.
///
/// The default lexicon ships with its compiled table, so a scan never expands word forms; a
/// user's own lexicon is compiled on first use and cached under its SHA-256.
public struct LexiconLoader: Sendable {
    /// Where compiled tables of user lexicons are kept: `$XDG_CACHE_HOME/lieciba` or
    /// `~/.cache/lieciba`.
    public var cacheDirectory: URL

    public init(cacheDirectory: URL? = nil) {
        if let cacheDirectory {
            self.cacheDirectory = cacheDirectory
        } else if let xdg = ProcessInfo.processInfo.environment["XDG_CACHE_HOME"], !xdg.isEmpty {
            self.cacheDirectory = URL(fileURLWithPath: xdg).appendingPathComponent("lieciba")
        } else {
            self.cacheDirectory = FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/lieciba")
        }
    }

    /// A loaded lexicon, ready to match.
    public struct Loaded: Sendable {
        public var source: LexiconSource
        public var forms: CompiledForms
        public var matcher: Matcher
        /// Where the compiled forms came from.
        public var formsOrigin: String
    }

    /// The compiled-forms file that sits next to a lexicon: `x.yaml` → `x.forms.json`.
    public static func siblingFormsURL(of lexicon: URL) -> URL {
        let base = lexicon.deletingPathExtension().lastPathComponent
        return lexicon.deletingLastPathComponent().appendingPathComponent(base + ".forms.json")
    }

    public func load(_ url: URL) throws -> Loaded {
        let source = try LexiconSource(url: url)
        let sibling = Self.siblingFormsURL(of: url)
        let cached = cacheDirectory.appendingPathComponent(source.sha256 + ".forms.json")
        for candidate in [sibling, cached] {
            if let forms = try? CompiledForms.read(from: candidate), forms.lexiconSHA256 == source.sha256,
                forms.format == CompiledForms.currentFormat
            {
                return Loaded(source: source, forms: forms, matcher: Matcher(lexicon: source.file, forms: forms), formsOrigin: candidate.path)
            }
        }
        let forms = try LexiconCompiler(expander: ParadigmExpander()).compile(source)
        try FileManager.default.createDirectory(at: cacheDirectory, withIntermediateDirectories: true)
        try forms.write(to: cached)
        return Loaded(source: source, forms: forms, matcher: Matcher(lexicon: source.file, forms: forms), formsOrigin: cached.path)
    }
}
