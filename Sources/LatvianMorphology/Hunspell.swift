internal import CHunspell

/// A Hunspell dictionary, opened once and asked about words.
///
/// Owns its `Hunhandle`; not copyable and not sendable, since Hunspell handles are not safe to
/// share between threads. The lexicon compiler expands word forms with it; a scan matches words
/// in the compiled form table and asks Hunspell only about verb forms, through ``VerbForms``.
public struct Hunspell: ~Copyable {
    private let handle: OpaquePointer

    /// Where Debian's hunspell-lv installs the Latvian dictionary.
    public static let debianLatvian = (affix: "/usr/share/hunspell/lv_LV.aff", dictionary: "/usr/share/hunspell/lv_LV.dic")

    public struct OpenError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    public init(affix: String, dictionary: String) throws(OpenError) {
        for path in [affix, dictionary] where access(path, R_OK) != 0 {
            throw OpenError(description: "cannot read \(path) (install the Debian package hunspell-lv)")
        }
        guard let handle = Hunspell_create(affix, dictionary) else {
            throw OpenError(description: "Hunspell could not load \(dictionary)")
        }
        self.handle = handle
    }

    deinit { Hunspell_destroy(handle) }

    /// Whether the dictionary accepts the word as correctly spelled.
    public func spell(_ word: String) -> Bool {
        Hunspell_spell(handle, word) != 0
    }

    /// The dictionary headwords the word is a form of (`kopienām` → `kopiena`).
    public func stems(_ word: String) -> [String] {
        var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        let count = Hunspell_stem(handle, &list, word)
        defer { Hunspell_free_list(handle, &list, count) }
        return (0..<Int(max(count, 0))).compactMap { list?[$0].map { String(cString: $0) } }
    }

    /// The morphological analyses of the word, one string per reading
    /// (`st:kopiena po:lietv4r is:dpd`).
    public func analyses(_ word: String) -> [String] {
        var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        let count = Hunspell_analyze(handle, &list, word)
        defer { Hunspell_free_list(handle, &list, count) }
        return (0..<Int(max(count, 0))).compactMap { list?[$0].map { String(cString: $0) } }
    }
}

@available(*, unavailable)
extension Hunspell: Sendable {}

#if canImport(Glibc)
import Glibc
#endif
