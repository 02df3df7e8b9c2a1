public import LatvianLanguage
import LatvianMorphology

/// One lexicon entry ready for matching: the keys each of its words may take.
public struct CompiledTerm: Sendable, Hashable {
    public var owner: TermOwner
    /// The entry as written in the lexicon (`vietējā kopiena`).
    public var text: String
    public var kind: LexiconFile.Term.Kind
    /// The headword(s) the entry stands for (`vietējs kopiena`).
    public var lemma: String
    public var strength: LexiconFile.Strength
    public var gloss: String?
    /// For each word of the entry, the lower-case forms it may take.
    var words: [Set<String>]
    /// The same with diacritics folded, for text typed without them (unsafe folds left out).
    var foldedWords: [Set<String>]
}

/// A place where a term matched.
public struct TermMatch: Sendable, Hashable {
    public var term: Int
    /// Token indexes covered, `first..<end`.
    public var tokens: Range<Int>
    /// UTF-16 offsets in the tokenised text.
    public var start: Int
    public var end: Int
    /// Matched through the diacritic-folded table (the text was typed without diacritics).
    public var viaFolding: Bool
}

/// Finds a lexicon's terms in tokenised text with one hash lookup per token.
///
/// Built once per scan from the lexicon and its compiled forms; immutable and shared by every
/// task.
public struct Matcher: Sendable {
    public let terms: [CompiledTerm]
    /// First-word keys → the terms that start with that word.
    private let exact: [String: [Int32]]
    private let folded: [String: [Int32]]
    private let excluded: Set<String>
    /// `ne-` forms of lexicon words (`nesadarbojas`): they deny, so they count as negation cues.
    public let negatedForms: Set<String>

    public init(lexicon: LexiconFile, forms compiled: CompiledForms) {
        var terms: [CompiledTerm] = []
        var negated: Set<String> = []
        let unsafe = Set(compiled.unsafeFolded)
        for (owner, term) in lexicon.allTerms {
            guard let kind = term.kind else { continue }
            let keep = Set(term.keep ?? [])
            func inflections(of headword: String, written: String) -> Set<String> {
                var result: Set<String> = [written, headword]
                for form in compiled.paradigms[headword]?.forms ?? [] {
                    if form.isNegated { negated.insert(form.form) }
                    if form.isNegated && !keep.contains("negated") { continue }
                    if form.isDiminutive && !keep.contains("diminutive") { continue }
                    if form.isComparative && keep.contains("no-comparative") { continue }
                    result.insert(form.form)
                }
                return result
            }
            var words: [Set<String>]
            var lemma: String
            switch kind {
            case .lemma:
                let headword = TextNormalizer.key(term.text)
                words = [inflections(of: headword, written: headword).union((term.forms ?? []).map(TextNormalizer.key))]
                lemma = headword
            case .phrase:
                let parts = PhraseWord.words(of: term.text)
                words = parts.map { part in
                    guard part.inflects else { return [part.written] }
                    return inflections(of: compiled.phraseWords[part.written] ?? part.written, written: part.written)
                }
                lemma = parts.map { $0.inflects ? (compiled.phraseWords[$0.written] ?? $0.written) : $0.written }.joined(separator: " ")
                if let extra = term.forms {
                    // Hand-listed forms of a phrase are whole alternatives for its last word.
                    words[words.count - 1].formUnion(extra.map(TextNormalizer.key))
                }
            case .literal:
                words = Tokenizer.tokens(in: term.text).map { [TextNormalizer.key($0.text)] }
                lemma = term.text
            }
            let foldedWords = words.map { keys in
                Set(keys.filter { !unsafe.contains($0) && ($0.count >= 5 || !TextNormalizer.hasDiacritics($0)) }.map(TextNormalizer.folded))
            }
            terms.append(
                CompiledTerm(
                    owner: owner, text: term.text, kind: kind, lemma: lemma, strength: term.strength ?? .supporting,
                    gloss: term.gloss, words: words, foldedWords: foldedWords
                )
            )
        }
        var exact: [String: [Int32]] = [:]
        var folded: [String: [Int32]] = [:]
        for (index, term) in terms.enumerated() where !term.words.isEmpty {
            for key in term.words[0] { exact[key, default: []].append(Int32(index)) }
            for key in term.foldedWords[0] { folded[key, default: []].append(Int32(index)) }
        }
        var excluded: Set<String> = []
        for indicator in lexicon.indicators {
            for exclusion in indicator.exclude ?? [] { excluded.insert(TextNormalizer.key(exclusion.form)) }
        }
        self.terms = terms
        self.exact = exact
        self.folded = folded
        self.excluded = excluded
        self.negatedForms = negated
    }

    /// Every match in `tokens`, in token order. Phrases match as token sequences; a token that
    /// matches nothing as written is tried folded only if it has no diacritics itself.
    public func matches(in tokens: [Token]) -> [TermMatch] {
        var found: [TermMatch] = []
        let keys = tokens.map { TextNormalizer.key($0.text) }
        var foldedKeys: [String?] = Array(repeating: nil, count: tokens.count)
        func foldedKey(_ index: Int) -> String? {
            if foldedKeys[index] == nil, !TextNormalizer.hasDiacritics(keys[index]) {
                foldedKeys[index] = TextNormalizer.folded(keys[index])
            }
            return foldedKeys[index]
        }
        for index in keys.indices where !excluded.contains(keys[index]) {
            var viaFolding = false
            var candidates = exact[keys[index]]
            if candidates == nil, let key = foldedKey(index) {
                candidates = folded[key]
                viaFolding = candidates != nil
            }
            guard let candidates else { continue }
            for termIndex in candidates {
                let term = terms[Int(termIndex)]
                let length = term.words.count
                guard index + length <= tokens.count else { continue }
                var matched = true
                var folds = viaFolding
                for offset in 1..<max(length, 1) where offset < length {
                    let key = keys[index + offset]
                    if term.words[offset].contains(key) { continue }
                    if let fold = foldedKey(index + offset), term.foldedWords[offset].contains(fold) {
                        folds = true
                        continue
                    }
                    matched = false
                    break
                }
                guard matched else { continue }
                found.append(
                    TermMatch(
                        term: Int(termIndex), tokens: index..<(index + length), start: tokens[index].start,
                        end: tokens[index + length - 1].end, viaFolding: folds
                    )
                )
            }
        }
        return found
    }
}
