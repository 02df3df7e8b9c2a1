/// One surface form of a word, with the traits that change what it means.
///
/// Stored as one string — `kopienām`, or `nekopiena|n` with tags after a bar (`n` negated,
/// `d` diminutive, `c` comparative) — because a lexicon's table holds tens of thousands of them.
public struct WordForm: Sendable, Hashable, Codable {
    public var form: String
    /// A `ne-` form: it denies the word (`nesadarbojas`).
    public var isNegated: Bool
    /// A diminutive (`ciemiņš`), which may be another word entirely (`ciemiņi` "guests").
    public var isDiminutive: Bool
    /// A comparative or superlative (`inovatīvāks`, `visinovatīvākais`).
    public var isComparative: Bool

    public init(form: String, isNegated: Bool = false, isDiminutive: Bool = false, isComparative: Bool = false) {
        self.form = form
        self.isNegated = isNegated
        self.isDiminutive = isDiminutive
        self.isComparative = isComparative
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        let parts = text.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
        let tags = parts.count > 1 ? parts[1] : ""
        self.init(
            form: String(parts[0]),
            isNegated: tags.contains("n"),
            isDiminutive: tags.contains("d"),
            isComparative: tags.contains("c")
        )
    }

    public func encode(to encoder: any Encoder) throws {
        var tags = ""
        if isNegated { tags += "n" }
        if isDiminutive { tags += "d" }
        if isComparative { tags += "c" }
        var container = encoder.singleValueContainer()
        try container.encode(tags.isEmpty ? form : form + "|" + tags)
    }
}

/// Every form of one headword, and how it was found.
public struct Paradigm: Sendable, Hashable, Codable {
    public enum Source: String, Sendable, Hashable, Codable {
        /// Generated from the Hunspell dictionary and validated form by form.
        case dictionary
        /// The dictionary does not know the word: forms from Liecība's suffix table. Review them.
        case suffixTable
    }

    public var lemma: String
    public var source: Source
    public var forms: [WordForm]
    /// Forms that are also forms of other headwords, with those headwords (`talku` → `talks`).
    public var homographs: [String: [String]]

    public init(lemma: String, source: Source, forms: [WordForm], homographs: [String: [String]] = [:]) {
        self.lemma = lemma
        self.source = source
        self.forms = forms
        self.homographs = homographs
    }
}
