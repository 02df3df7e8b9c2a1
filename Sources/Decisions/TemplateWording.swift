import LatvianLanguage

/// The scheme's own wording (``LexiconFile/template``), ready to tell a sentence that restates
/// it: an empty application form, or an answer that copies the criterion, says nothing about
/// the applicant however many lexicon words it holds.
///
/// Sentences are compared by the stems of their longer words — the first five letters, folded —
/// so that inflection ("kopiena", "kopienas") and missing diacritics do not hide a copy.
struct TemplateWording: Sendable {
    /// Per template sentence, its text and its stems.
    private let sentences: [(text: String, stems: Set<Stem>)]
    /// Per stem, the template sentences that have it.
    private let sentencesWithStem: [Stem: [Int]]

    /// A word's first five letters, folded (``TextNormalizer/folded(_:)``) and packed into an
    /// integer: made from the word's bytes without a string, since every word of every
    /// candidate sentence is compared.
    struct Stem: Hashable {
        var packed: UInt64
    }

    /// A sentence restates a template sentence when at least this share of its stems are the
    /// template's: an applicant who answers in the criterion's words with a fact of its own
    /// ("Mūsu kopiena ir Vietalvas ciema iedzīvotāji") brings stems of its own.
    static let restatedShare = 0.75
    /// Shorter sentences are left alone: "Sociālā inovācija" is a heading, not a restatement.
    static let fewestStems = 4

    init(_ template: [String]) {
        var sentences: [(text: String, stems: Set<Stem>)] = []
        var index: [Stem: [Int]] = [:]
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
    func restated(by stems: Set<Stem>) -> String? {
        guard stems.count >= Self.fewestStems, !sentences.isEmpty else { return nil }
        var shared = [Int](repeating: 0, count: sentences.count)
        for stem in stems {
            for sentence in sentencesWithStem[stem] ?? [] { shared[sentence] += 1 }
        }
        guard let best = shared.indices.max(by: { shared[$0] < shared[$1] }) else { return nil }
        return Double(shared[best]) >= Self.restatedShare * Double(stems.count) ? sentences[best].text : nil
    }

    /// The stems of `words` when the sentence may restate the template, `nil` as soon as too
    /// many of its words are not the scheme's: most applicants' sentences are ruled out after a
    /// few words, without a stem made for every word.
    func candidateStems(_ words: some Collection<Substring>) -> Set<Stem>? {
        // A sentence restates the template only when at least `vocabularyShare` of its stems are
        // the scheme's; it has at most as many stems as words. Most sentences fail early, so the
        // set is built only for those that pass.
        let allowedOthers = Int((1 - Self.vocabularyShare) * Double(words.count))
        var others = 0
        var stems: [Stem] = []
        stems.reserveCapacity(words.count)
        for word in words {
            guard let stem = Self.stem(of: word) else { continue }
            if sentencesWithStem[stem] == nil {
                others += 1
                if others > allowedOthers { return nil }
            }
            stems.append(stem)
        }
        return Set(stems)
    }

    /// Whether most of `stems` are the scheme's own words — the criteria restated in other
    /// words ("Iedzīvotāju kopa ir saliedēta, pašorganizējas un pieņem lēmumus no apakšas uz
    /// augšu"). Only a sentence with no fact of its own is taken for one (see ``ClaimReader``).
    func restatesVocabulary(_ stems: Set<Stem>) -> Bool {
        guard stems.count >= Self.fewestStemsInOtherWords else { return false }
        let shared = stems.filter { sentencesWithStem[$0] != nil }.count
        // A short sentence must be the scheme's words throughout: "Kopīgais mērķis ir saglabāt
        // skolu" names its own goal in one word of four.
        let share = stems.count < Self.stemsOfALongSentence ? 1.0 : Self.vocabularyShare
        return Double(shared) >= share * Double(stems.count)
    }

    /// From this many stems on, a sentence may bring a word or more of its own and still restate.
    static let stemsOfALongSentence = 6

    /// A restatement in other words has at least this many stems: shorter sentences say too
    /// little to tell.
    static let fewestStemsInOtherWords = 4

    /// Whether `stem` is one of the scheme's words.
    func hasStem(_ stem: Stem) -> Bool {
        sentencesWithStem[stem] != nil
    }

    /// Whether a short line is all the scheme's words: a criterion's or indicator's name typed
    /// as a row label of a self-assessment ("Inovācija uzņēmējdarbībā", "Resursi un atdeve").
    func namesOnly(_ stems: Set<Stem>, words: Int) -> Bool {
        words <= Self.wordsOfALabel && !stems.isEmpty && stems.allSatisfy { sentencesWithStem[$0] != nil }
    }

    /// A label is a few words.
    static let wordsOfALabel = 5

    /// The share of a sentence's stems that must be the scheme's words for it to restate the
    /// criteria in other words.
    static let vocabularyShare = 0.7

    /// The stems of a text's words of four letters or more.
    static func stems(of text: String) -> Set<Stem> {
        var stems: Set<Stem> = []
        for token in Tokenizer.tokens(in: text) {
            if let stem = stem(of: Substring(token.text)) { stems.insert(stem) }
        }
        return stems
    }

    /// A word's stem, `nil` for a short word ("un", "ir", "kas").
    static func stem(of word: Substring) -> Stem? {
        var packed: UInt64 = 0
        var letters = 0
        var lead: UInt8 = 0
        for byte in word.utf8 {
            var folded: UInt8?
            if lead != 0 {
                folded = Self.fold(lead, byte)
                lead = 0
            } else if byte < 0x80 {
                folded = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
            } else if byte >= 0xC0 {
                lead = byte
                // A lead byte of a longer sequence: its continuation bytes are skipped below.
                if byte >= 0xE0 { folded = byte; lead = 0 }
            }
            // Continuation bytes of 3- and 4-byte sequences fall through as nil.
            guard let folded else { continue }
            if folded == 0 { continue }
            letters += 1
            packed = packed << 8 | UInt64(folded)
            // A stem is a word's first five letters.
            if letters == 5 { break }
        }
        return letters >= 4 ? Stem(packed: packed) : nil
    }

    /// A two-byte letter folded to its base letter: the Latvian ones (ā → a, š → s, …), either
    /// case; 0 for a soft hyphen or a combining mark (dropped); the lead byte for any other.
    private static func fold(_ lead: UInt8, _ trail: UInt8) -> UInt8 {
        switch (lead, trail) {
        case (0xC4, 0x80), (0xC4, 0x81): UInt8(ascii: "a")
        case (0xC4, 0x8C), (0xC4, 0x8D): UInt8(ascii: "c")
        case (0xC4, 0x92), (0xC4, 0x93): UInt8(ascii: "e")
        case (0xC4, 0xA2), (0xC4, 0xA3): UInt8(ascii: "g")
        case (0xC4, 0xAA), (0xC4, 0xAB): UInt8(ascii: "i")
        case (0xC4, 0xB6), (0xC4, 0xB7): UInt8(ascii: "k")
        case (0xC4, 0xBB), (0xC4, 0xBC): UInt8(ascii: "l")
        case (0xC5, 0x85), (0xC5, 0x86): UInt8(ascii: "n")
        case (0xC5, 0x96), (0xC5, 0x97): UInt8(ascii: "r")
        case (0xC5, 0x8C), (0xC5, 0x8D): UInt8(ascii: "o")
        case (0xC5, 0xA0), (0xC5, 0xA1): UInt8(ascii: "s")
        case (0xC5, 0xAA), (0xC5, 0xAB): UInt8(ascii: "u")
        case (0xC5, 0xBD), (0xC5, 0xBE): UInt8(ascii: "z")
        case (0xC2, 0xAD), (0xCC, _), (0xCD, _): 0
        default: lead
        }
    }
}
