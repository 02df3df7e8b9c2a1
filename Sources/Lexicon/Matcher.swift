public import LatvianLanguage
import LatvianMorphology

/// One lexicon entry ready for matching: the keys each of its words may take.
public struct CompiledTerm: Sendable, Hashable {
    public var owner: TermOwner
    /// The owner's place in ``Matcher/owners``: what a submission's passages are grouped by.
    public var ownerIndex: Int
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
    /// Indexes into ``ScannedText/words`` covered, `first..<end`.
    public var words: Range<Int>
    /// UTF-16 offsets in the scanned text.
    public var start: Int
    public var end: Int
    /// Matched through the diacritic-folded table (the text was typed without diacritics).
    public var viaFolding: Bool
}

/// A text's words, what they do for negation, and the terms found in it.
public struct ScannedText: Sendable {
    public struct Word: Sendable, Hashable {
        public var scanned: ScannedWord
        /// Denies its clause: `nav`, `netiek`, a `ne-` form of a lexicon word, …
        public var isNegationCue: Bool
        /// Opens a new clause: `bet`, `taču`, …
        public var isClauseBreaker: Bool
        /// What the word says about whose statement this is and whether it is done, planned or
        /// wished (see ``ClaimCues``).
        public var cues: ClaimCues.Kind
    }

    public var words: [Word]
    public var matches: [TermMatch]
}

/// Finds a lexicon's terms in text with one hash lookup per word.
///
/// Built once per scan from the lexicon and its compiled forms; immutable and shared by every
/// task. Words are read straight from UTF-8 by ``WordScanner`` and looked up in byte-keyed
/// tables, so matching costs no allocation per word.
public struct Matcher: Sendable {
    public let terms: [CompiledTerm]
    /// Every owner (indicator, resource type, exclusion) with terms, numbered in lexicon order.
    public let owners: [TermOwner]
    private let ownerIndices: [TermOwner: Int]
    /// `ne-` forms of lexicon words (`nesadarbojas`): they deny, so they count as negation cues.
    public let negatedForms: Set<String>

    /// A (term, position) a key can fill: the key may be word `position` of `term`.
    private struct Posting: Sendable {
        var term: Int32
        var position: Int32
    }

    /// A key's postings: a run of `postings`, held where the key's other facts are so that a
    /// word costs no lookup beyond its key's. Empty when the key fills nothing.
    private struct PostingSpan: Sendable {
        var start: Int32 = 0
        var count: Int32 = 0

        var range: Range<Int> { Int(start)..<Int(start + count) }
    }

    /// What a word written as a key means: the (term, position) postings it fills, and its role.
    private struct KeyInfo: Sendable {
        var postings = PostingSpan()
        var isNegationCue = false
        var isClauseBreaker = false
        var cues: ClaimCues.Kind = []
        /// Indicators for which this form is excluded (`ciemiņi` is no `ciems`): an index into
        /// `exclusionSets`, or -1.
        var exclusions: Int32 = -1
        /// As a folded key — a lexicon form with its diacritics dropped, for text typed without
        /// them — the postings it fills.
        var foldedPostings = PostingSpan()
    }

    /// A scanned word's postings, and whether they were found through its folded form.
    private struct WordPostings {
        var span: PostingSpan
        var folded: Bool
    }

    /// Every key, as written or folded → index into `infos`. One lookup per word answers
    /// everything: a lookup is a likely cache miss in tables this size, so there is one table.
    private let keys: KeyTable
    private let infos: [KeyInfo]
    /// Every key's postings, each key's run sorted by position, then term.
    private let postings: [Posting]
    /// Words per term, apart from the terms themselves: the matching loop reads it for every
    /// candidate, and a small array stays in cache where the terms do not.
    private let termLengths: [Int]
    private let exclusionSets: [Set<String>]

    public init(lexicon: LexiconFile, forms compiled: CompiledForms) {
        var terms: [CompiledTerm] = []
        var owners: [TermOwner] = []
        var ownerIndices: [TermOwner: Int] = [:]
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
                words = Tokenizer.tokens(in: term.text).map { [$0.key] }
                lemma = term.text
            }
            guard !words.isEmpty else { continue }
            let ownerIndex = ownerIndices[owner] ?? {
                owners.append(owner)
                ownerIndices[owner] = owners.count - 1
                return owners.count - 1
            }()
            // A single word folds only when its folded spelling is safe; inside a phrase the
            // neighbouring words make every fold safe ("musu ciema" is "mūsu ciema").
            let foldedWords = words.map { keys in
                Set(
                    keys.filter { words.count > 1 || (!unsafe.contains($0) && ($0.count >= 5 || !TextNormalizer.hasDiacritics($0))) }
                        .map(TextNormalizer.folded)
                )
            }
            terms.append(
                CompiledTerm(
                    owner: owner, ownerIndex: ownerIndex, text: term.text, kind: kind, lemma: lemma, strength: term.strength ?? .supporting,
                    gloss: term.gloss, words: words, foldedWords: foldedWords
                )
            )
        }

        // Postings: every (term, position) a key can fill, grouped by key.
        let wordCount = terms.reduce(0) { $0 + $1.words.reduce(0) { $0 + $1.count } }
        var exactPostings: [String: [(Int32, Int32)]] = Dictionary(minimumCapacity: wordCount)
        var foldedPostings: [String: [(Int32, Int32)]] = Dictionary(minimumCapacity: wordCount)
        for (index, term) in terms.enumerated() {
            for (position, keys) in term.words.enumerated() {
                for key in keys { exactPostings[key, default: []].append((Int32(index), Int32(position))) }
            }
            for (position, keys) in term.foldedWords.enumerated() {
                for key in keys { foldedPostings[key, default: []].append((Int32(index), Int32(position))) }
            }
        }
        var postings: [Posting] = []
        // Each key's postings sorted by position, then term: the first-word postings a match
        // starts from come first, and the search for a later word stops past its position.
        func span(_ list: [(Int32, Int32)]) -> PostingSpan {
            let start = postings.count
            for (term, position) in list.sorted(by: { ($0.1, $0.0) < ($1.1, $1.0) }) {
                postings.append(Posting(term: term, position: position))
            }
            return PostingSpan(start: Int32(start), count: Int32(postings.count - start))
        }
        var infoByKey: [String: KeyInfo] = Dictionary(minimumCapacity: exactPostings.count + foldedPostings.count)
        var excludedFor: [String: Set<String>] = [:]
        for (key, list) in exactPostings {
            infoByKey[key, default: KeyInfo()].postings = span(list)
        }
        for cue in NegationCues.cues.union(negated) { infoByKey[cue, default: KeyInfo()].isNegationCue = true }
        for breaker in NegationCues.clauseBreakers { infoByKey[breaker, default: KeyInfo()].isClauseBreaker = true }
        for (cue, kind) in ClaimCues.kinds { infoByKey[cue, default: KeyInfo()].cues = kind }
        for indicator in lexicon.indicators {
            for form in (indicator.exclude ?? []).compactMap(\.form) {
                excludedFor[TextNormalizer.key(form), default: []].insert(indicator.id)
            }
        }
        var exclusionSets: [Set<String>] = []
        for (key, indicators) in excludedFor.sorted(by: { $0.key < $1.key }) {
            infoByKey[key, default: KeyInfo()].exclusions = Int32(exclusionSets.count)
            exclusionSets.append(indicators)
        }
        self.exclusionSets = exclusionSets
        for (key, list) in foldedPostings {
            infoByKey[key, default: KeyInfo()].foldedPostings = span(list)
        }
        // The tables' layout follows the dictionaries' order, which differs from run to run;
        // what a lookup or a match finds does not (each key's postings are sorted above), so
        // the keys need no sorting.
        let entries = Array(infoByKey)
        infos = entries.map(\.value)
        keys = KeyTable(entries.enumerated().map { ($0.element.key, Int32($0.offset)) })
        self.postings = postings
        self.terms = terms
        self.owners = owners
        self.ownerIndices = ownerIndices
        termLengths = terms.map(\.words.count)
        self.negatedForms = negated
    }

    /// The number of `owner` in ``owners``; `nil` when the lexicon gives it no terms.
    public func ownerIndex(of owner: TermOwner) -> Int? {
        ownerIndices[owner]
    }

    /// Scans `text` for every term. Phrases match as word sequences; a word that matches
    /// nothing as written is tried folded when it has no diacritics itself.
    public func scan(_ text: String) -> ScannedText {
        // Per word: the postings range it fills (as written or folded), and whether folded.
        let (words, slots, excluded) = WordScanner.withScanner(over: text) { scanner in
            var words: [ScannedText.Word] = []
            var slots: [WordPostings] = []
            var excluded: [(word: Int, set: Int32)] = []
            let expected = text.utf8.count / 6 + 1
            words.reserveCapacity(expected)
            slots.reserveCapacity(expected)
            while scanner.next() {
                let key = scanner.key
                let word = scanner.word
                let hash = scanner.keyHash
                let info = keys.value(for: key, hash: hash).map { infos[Int($0)] } ?? KeyInfo()
                if info.exclusions >= 0 { excluded.append((words.count, info.exclusions)) }
                // A ne- verb form the tables do not know is checked by its shape; only words
                // starting with "ne" pay for it.
                let negates = info.isNegationCue
                    || (info.postings.count == 0 && key.count >= 6 && key[0] == 0x6E && key[1] == 0x65
                        && NegatedVerb.isNegatedVerb(key))
                words.append(ScannedText.Word(scanned: word, isNegationCue: negates, isClauseBreaker: info.isClauseBreaker, cues: info.cues))
                if info.postings.count > 0 {
                    slots.append(WordPostings(span: info.postings, folded: false))
                } else if !word.hasDiacritics, info.foldedPostings.count > 0 {
                    // Without diacritics the key is its own folded form.
                    slots.append(WordPostings(span: info.foldedPostings, folded: true))
                } else {
                    slots.append(WordPostings(span: PostingSpan(), folded: false))
                }
            }
            return (words, slots, excluded)
        }
        var matches: [TermMatch] = []
        for index in slots.indices where slots[index].span.count > 0 {
            for posting in slots[index].span.range {
                guard postings[posting].position == 0 else { break }
                let term = Int(postings[posting].term)
                let length = termLengths[term]
                guard index + length <= slots.count else { continue }
                var viaFolding = slots[index].folded
                var complete = true
                var offset = 1
                while offset < length {
                    let fill = slots[index + offset]
                    guard fill.span.count > 0, fills(fill.span, term: term, position: offset) else {
                        complete = false
                        break
                    }
                    viaFolding = viaFolding || fill.folded
                    offset += 1
                }
                guard complete else { continue }
                matches.append(
                    TermMatch(
                        term: term, words: index..<(index + length), start: words[index].scanned.utf16Start,
                        end: words[index + length - 1].scanned.utf16End, viaFolding: viaFolding
                    )
                )
            }
        }
        if !excluded.isEmpty {
            // By word: a match looks at its own few words, not at every excluded word of the text.
            var exclusionSetOfWord: [Int: Int32] = [:]
            for entry in excluded { exclusionSetOfWord[entry.word] = entry.set }
            matches.removeAll { match in
                match.words.contains { word in
                    exclusionSetOfWord[word].map { exclusionSets[Int($0)].contains(terms[match.term].owner.id) } ?? false
                }
            }
        }
        return ScannedText(words: words, matches: Self.longestOnly(Self.removingExcluded(matches, terms: terms)))
    }

    /// Drops a match lying strictly inside a longer match of another term: "Lielā talka", the
    /// national campaign, is not also a village `talka`.
    private static func longestOnly(_ matches: [TermMatch]) -> [TermMatch] {
        guard matches.count > 1 else { return matches }
        // Matches come ordered by their first word. One lies inside a longer one exactly when
        // a match starting earlier reaches as far, or one starting at the same word reaches
        // further: two running maxima decide it in one pass per group of equal starts.
        var kept: [TermMatch] = []
        kept.reserveCapacity(matches.count)
        var reachBefore = Int.min
        var groupStart = 0
        while groupStart < matches.count {
            let start = matches[groupStart].words.lowerBound
            var groupEnd = groupStart
            var reachInGroup = Int.min
            while groupEnd < matches.count, matches[groupEnd].words.lowerBound == start {
                reachInGroup = max(reachInGroup, matches[groupEnd].words.upperBound)
                groupEnd += 1
            }
            for match in matches[groupStart..<groupEnd] where reachBefore < match.words.upperBound && reachInGroup <= match.words.upperBound {
                kept.append(match)
            }
            reachBefore = max(reachBefore, reachInGroup)
            groupStart = groupEnd
        }
        return kept
    }

    /// Drops exclusion-phrase matches, and the matches of their indicator's terms inside them.
    private static func removingExcluded(_ matches: [TermMatch], terms: [CompiledTerm]) -> [TermMatch] {
        // Per word, the indicators whose exclusion phrases cover it: each match then looks at
        // its own few words, however many exclusions the text holds.
        var excludedAt: [Int: Set<String>] = [:]
        for match in matches {
            guard case .exclusion(let id) = terms[match.term].owner else { continue }
            for word in match.words { excludedAt[word, default: []].insert(id) }
        }
        guard !excludedAt.isEmpty else { return matches }
        return matches.filter { match in
            switch terms[match.term].owner {
            case .exclusion: return false
            case .resourceType, .companion, .rival: return true
            case .indicator(let id): return !match.words.contains { excludedAt[$0]?.contains(id) == true }
            }
        }
    }

    @inline(__always)
    private func fills(_ span: PostingSpan, term: Int, position: Int) -> Bool {
        for posting in span.range {
            let at = Int(postings[posting].position)
            if at > position { return false }
            if at == position && Int(postings[posting].term) == term { return true }
        }
        return false
    }
}
