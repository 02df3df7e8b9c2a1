import LatvianLanguage

/// The scheme's own wording (``LexiconFile/template``), ready to tell a sentence that restates
/// it: an empty application form, or an answer that copies the criterion, says nothing about
/// the applicant however many lexicon words it holds.
///
/// Sentences are compared by the stems of their longer words — the first five letters, folded —
/// so that inflection ("kopiena", "kopienas") and missing diacritics do not hide a copy.
struct TemplateWording: Sendable {
    /// Per template sentence, its text and its stems.
    private let sentences: [(text: String, stems: Set<String>)]
    /// Per stem, the template sentences that have it.
    private let sentencesWithStem: [String: [Int]]

    /// A sentence restates a template sentence when at least this share of its stems are the
    /// template's: an applicant who answers in the criterion's words with a fact of its own
    /// ("Mūsu kopiena ir Vietalvas ciema iedzīvotāji") brings stems of its own.
    static let restatedShare = 0.75
    /// Shorter sentences are left alone: "Sociālā inovācija" is a heading, not a restatement.
    static let fewestStems = 4

    init(_ template: [String]) {
        var sentences: [(text: String, stems: Set<String>)] = []
        var index: [String: [Int]] = [:]
        for text in template {
            let stems = Self.stems(of: text)
            guard !stems.isEmpty else { continue }
            for stem in stems { index[stem, default: []].append(sentences.count) }
            sentences.append((text, stems))
        }
        self.sentences = sentences
        sentencesWithStem = index
    }

    /// The template sentence `stems` restate, if any.
    func restated(by stems: Set<String>) -> String? {
        guard stems.count >= Self.fewestStems, !sentences.isEmpty else { return nil }
        var shared = [Int](repeating: 0, count: sentences.count)
        for stem in stems {
            for sentence in sentencesWithStem[stem] ?? [] { shared[sentence] += 1 }
        }
        guard let best = shared.indices.max(by: { shared[$0] < shared[$1] }) else { return nil }
        return Double(shared[best]) >= Self.restatedShare * Double(stems.count) ? sentences[best].text : nil
    }

    /// Whether most of `stems` are the scheme's own words — the criteria restated in other
    /// words ("Iedzīvotāju kopa ir saliedēta, pašorganizējas un pieņem lēmumus no apakšas uz
    /// augšu"). Only a sentence with no fact of its own is taken for one (see ``ClaimReader``).
    func restatesVocabulary(_ stems: Set<String>) -> Bool {
        guard stems.count >= Self.fewestStemsInOtherWords else { return false }
        let shared = stems.filter { sentencesWithStem[$0] != nil }.count
        return Double(shared) >= Self.vocabularyShare * Double(stems.count)
    }

    /// A restatement in other words has at least this many stems: shorter sentences say too
    /// little to tell.
    static let fewestStemsInOtherWords = 5

    /// The share of a sentence's stems that must be the scheme's words for it to restate the
    /// criteria in other words.
    static let vocabularyShare = 0.7

    /// The stems of a text's words of four letters or more.
    static func stems(of text: String) -> Set<String> {
        var stems: Set<String> = []
        for token in Tokenizer.tokens(in: text) {
            if let stem = stem(of: token.key) { stems.insert(stem) }
        }
        return stems
    }

    /// A word's stem, `nil` for a short word ("un", "ir", "kas").
    static func stem(of word: some StringProtocol) -> String? {
        let folded = TextNormalizer.folded(word)
        guard folded.count >= 4 else { return nil }
        return String(folded.prefix(5))
    }
}
