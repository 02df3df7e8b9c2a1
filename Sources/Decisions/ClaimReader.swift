import DocumentModel
import LatvianLanguage
import LatvianMorphology
import Lexicon

/// Reads a sentence as an evaluator does before weighing its words: whose statement it is,
/// whether it is the applicant's content or the form's (``Claim``), and whether each mention in
/// it reports what is, what is planned or what is wished (``LexiconFile/Mode``).
///
/// The signals are the sentence's own words: pronouns and reporting verbs for the speaker (see
/// ``ClaimCues``), the scheme's wording for the template, the part of the page for boilerplate,
/// and the verbs' mood and tense from the Latvian dictionary (``VerbForms``) for the mode.
struct ClaimReader: Sendable {
    let verbs: VerbForms
    let template: TemplateWording

    /// A sentence of a block, as the matcher scanned it.
    struct Sentence {
        /// The whole block's text: the words' offsets are into it.
        let blockText: String
        let words: ArraySlice<ScannedText.Word>
        let part: DocumentPart
        /// The sentence is a cell of an action plan: a table whose head row names deadlines.
        let inPlanTable: Bool
    }

    /// Whose statement `sentence` is, and whether it is content.
    func claim(of sentence: Sentence) -> Claim {
        let speaksAsWe = speaksAsWe(sentence.words, in: sentence.blockText)
        if (sentence.part == .header || sentence.part == .footer) && !speaksAsWe {
            return Claim(register: .boilerplate)
        }
        var stems: Set<String> = []
        for word in sentence.words {
            if let stem = TemplateWording.stem(of: Self.text(of: word, in: sentence.blockText)) { stems.insert(stem) }
        }
        if let restated = template.restated(by: stems) {
            return Claim(register: .template, cue: restated)
        }
        guard let first = sentence.words.first else { return .plain }
        if first.cues.contains(.reference) || (sentence.words.count <= Self.wordsOfAPointer && sentence.words.contains { $0.cues.contains(.reference) }) {
            return Claim(register: .reference, cue: String(Self.text(of: first, in: sentence.blockText)))
        }
        guard !speaksAsWe else { return .plain }
        if first.cues.contains(.example) {
            return Claim(register: .template, cue: String(Self.text(of: first, in: sentence.blockText)))
        }
        if Self.endsWithExclamation(sentence), let advert = sentence.words.first(where: { $0.cues.contains(.advert) }) {
            return Claim(speaker: .other, cue: String(Self.text(of: advert, in: sentence.blockText)))
        }
        if let generic = sentence.words.first(where: { $0.cues.contains(.generic) }) {
            return Claim(speaker: .general, cue: String(Self.text(of: generic, in: sentence.blockText)))
        }
        if Self.isGenericSubject(Self.text(of: first, in: sentence.blockText)) {
            return Claim(speaker: .general, cue: String(Self.text(of: first, in: sentence.blockText)))
        }
        if let reporting = reportingVerb(in: sentence) {
            return Claim(speaker: .other, cue: String(Self.text(of: reporting, in: sentence.blockText)))
        }
        return .plain
    }

    /// Whether the words speak as "we" or "I": a pronoun, or a verb in the first person plural.
    func speaksAsWe(_ words: some Collection<ScannedText.Word>, in blockText: String) -> Bool {
        if words.contains(where: { $0.cues.contains(.firstPerson) }) { return true }
        let forms = words.map { TextNormalizer.key(Self.text(of: $0, in: blockText)) }.filter(Self.mayBeFirstPersonPlural)
        return !forms.isEmpty && verbs.readings(of: forms).contains { $0.contains(.firstPersonPlural) }
    }

    /// Whether a word's ending lets it be a verb in the first person plural: `-am`, `-ām`,
    /// `-im`, `-sim`, `-mies`.
    static func mayBeFirstPersonPlural(_ key: String) -> Bool {
        key.unicodeScalars.count >= 4 && (key.hasSuffix("am") || key.hasSuffix("ām") || key.hasSuffix("im") || key.hasSuffix("mies"))
    }

    /// A sentence this short that names an annex only points to it: "Resursu plāns – pievienotajā
    /// failā „Resursu_plans.docx”".
    private static let wordsOfAPointer = 8

    /// Whether the sentence ends with "!" — how adverts end.
    private static func endsWithExclamation(_ sentence: Sentence) -> Bool {
        guard let last = sentence.words.last else { return false }
        let tail = sentence.blockText.utf8.dropFirst(last.scanned.byteEnd).prefix(4)
        return tail.contains(UInt8(ascii: "!"))
    }

    /// A verb that reports someone else's words: after a closing quote ("„…,” rakstīja
    /// laikraksts") or opening what they said ("Pētnieki norāda, ka …").
    private func reportingVerb(in sentence: Sentence) -> ScannedText.Word? {
        let words = Array(sentence.words)
        let utf8 = sentence.blockText.utf8
        let sentenceStart = words.first?.scanned.byteStart ?? 0
        for (position, word) in words.enumerated() where word.cues.contains(.reporting) {
            // A closing quote between the sentence's first word and this one.
            let preceding = utf8.dropFirst(sentenceStart).prefix(word.scanned.byteStart - sentenceStart)
            if Self.containsClosingQuote(preceding) { return word }
            if position <= Self.wordsBeforeReportingVerb, position + 1 < words.count,
                words[position + 1].scanned.clauseBoundaryBefore,
                TextNormalizer.key(Self.text(of: words[position + 1], in: sentence.blockText)) == "ka"
            {
                return word
            }
        }
        return nil
    }

    /// Whether `bytes` hold `”` (U+201D) or `"`.
    private static func containsClosingQuote(_ bytes: Substring.UTF8View) -> Bool {
        var iterator = bytes.makeIterator()
        var previous: (UInt8, UInt8) = (0, 0)
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "\"") || (previous == (0xE2, 0x80) && byte == 0x9D) { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    /// How many words may name the one who speaks before "norāda, ka": "Pētnieki", "Eiropas
    /// Komisija viedos ciemus".
    private static let wordsBeforeReportingVerb = 5

    /// Whether a sentence opening with `word` speaks of smart villages in general ("Viedie
    /// ciemi ir …", "Šādas kopienas parasti …").
    static func isGenericSubject(_ word: some StringProtocol) -> Bool {
        let folded = TextNormalizer.folded(word)
        return folded.hasPrefix("vied") || genericSubjects.contains(folded)
    }

    /// The folded openings, besides the forms of "viedais", that speak in general.
    private static let genericSubjects: Set<String> = ["sadas", "sadi", "sadam", "sados", "sada", "sads"]

    /// The mode of each match of `sentence` (indices into the block's words), from the clause it
    /// stands in.
    func modes(of matches: [TermMatch], in sentence: Sentence, clauses: (TermMatch) -> Range<Int>) -> [LexiconFile.Mode] {
        if sentence.inPlanTable { return matches.map { _ in .planned } }
        // The verbs' readings, asked once for the sentence's words that can be a conditional,
        // a future or a debitive at all.
        let words = sentence.words
        var candidates: [Int] = []
        var forms: [String] = []
        for index in words.indices {
            let key = TextNormalizer.key(Self.text(of: words[index], in: sentence.blockText))
            guard Self.mayBeMarkedVerb(key) else { continue }
            candidates.append(index)
            forms.append(key)
        }
        var readings: [Int: VerbReading] = [:]
        for (index, reading) in zip(candidates, verbs.readings(of: forms)) where !reading.isEmpty { readings[index] = reading }
        return matches.map { match in
            let clause = Self.scope(of: clauses(match), in: words)
            var mode = LexiconFile.Mode.actual
            let opensWithPurpose = clause.first.map { words[$0].cues.contains(.purpose) } ?? false
            for index in clause {
                let cues = words[index].cues
                let reading = readings[index] ?? []
                let afterPreposition = index > words.startIndex && words[index - 1].cues.contains(.preposition)
                if reading.contains(.conditional) && !afterPreposition {
                    // "…, lai jaunas ģimenes varētu dzīvot": a purpose, the goal of a deed.
                    if !opensWithPurpose { return .hypothetical }
                    mode = .planned
                }
                if cues.contains(.intention) || cues.contains(.futureTime) || cues.contains(.goal) || reading.contains(.future)
                    || reading.contains(.debitive)
                {
                    mode = .planned
                }
            }
            return mode
        }
    }

    /// The words whose mood and tense a mention's clause takes: the clause itself, or — when it is
    /// a word or two between brackets or after a colon ("LEADER (ELFLA)", "avoti: LEADER
    /// (pieteikums vēl tiks gatavots)") — the clauses on either side too.
    private static func scope(of clause: Range<Int>, in words: ArraySlice<ScannedText.Word>) -> Range<Int> {
        guard clause.count <= wordsOfAFragment else { return clause }
        var lower = clause.lowerBound
        if lower > words.startIndex {
            lower -= 1
            while lower > words.startIndex, !words[lower].scanned.clauseBoundaryBefore { lower -= 1 }
        }
        var upper = clause.upperBound
        if upper < words.endIndex {
            upper += 1
            while upper < words.endIndex, !words[upper].scanned.clauseBoundaryBefore { upper += 1 }
        }
        return lower..<upper
    }

    /// A clause this short is a fragment of the one around it.
    private static let wordsOfAFragment = 2

    /// Whether a word's ending or prefix lets it be a conditional (`-tu`, `-tos`), a future
    /// (`-s`, `-sim`, `-siet`, `-šu`, `-sies`) or a debitive (`jā-`).
    private static func mayBeMarkedVerb(_ key: String) -> Bool {
        guard key.unicodeScalars.count >= 3 else { return false }
        return key.hasSuffix("tu") || key.hasSuffix("tos") || key.hasSuffix("s") || key.hasSuffix("sim") || key.hasSuffix("siet")
            || key.hasSuffix("šu") || key.hasSuffix("simies") || key.hasPrefix("jā")
    }

    /// The word as written.
    static func text(of word: ScannedText.Word, in blockText: String) -> Substring {
        Substring(blockText.utf8.dropFirst(word.scanned.byteStart).prefix(word.scanned.byteEnd - word.scanned.byteStart))
    }
}
