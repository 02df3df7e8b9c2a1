public import Foundation
public import LatvianMorphology

#if canImport(Glibc)
import Glibc
#endif

/// The word forms of a lexicon, generated once by ``LexiconCompiler`` and stored next to the
/// lexicon (or in the cache), so that a scan never has to run Hunspell.
///
/// Generated from hunspell-lv (© 2002–2020 Jānis Eisaks, LGPL-2.1+); the notice travels with
/// every compiled table.
public struct CompiledForms: Sendable, Hashable, Codable {
    /// The version of this file's format.
    public var format: Int
    /// The SHA-256 of the lexicon file these forms were generated from.
    public var lexiconSHA256: String
    public var generator: String
    public var notice: String
    /// Every headword's paradigm, by headword.
    public var paradigms: [String: Paradigm]
    /// For each inflecting word of a phrase, the headword whose forms it takes.
    public var phraseWords: [String: String]
    /// Forms whose diacritic-folded spelling is another word of the language (`mūsu`/`mušu` →
    /// `musu`), or too short to fold safely: they match only as written.
    public var unsafeFolded: [String]

    public static let currentFormat = 1

    public static let hunspellNotice = """
        Word forms generated with the Latvian Hunspell dictionary hunspell-lv 1.4.0, \
        © 2002–2020 Jānis Eisaks, licensed under the GNU Lesser General Public License 2.1 or later.
        """

    public func write(to url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Written beside the target and renamed over it: a reader never sees half a table, and
        // nothing is left in the system's temporary folder (Foundation's `.atomic` stages there).
        let staged = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).partial")
        try encoder.encode(self).write(to: staged)
        guard rename(staged.path, url.path) == 0 else {
            let code = errno
            try? FileManager.default.removeItem(at: staged)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path, NSUnderlyingErrorKey: POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)])
        }
    }

    public static func read(from url: URL) throws -> CompiledForms {
        try JSONDecoder().decode(CompiledForms.self, from: Data(contentsOf: url))
    }
}
