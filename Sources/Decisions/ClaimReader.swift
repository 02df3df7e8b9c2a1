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
        let firstText = String(Self.text(of: first, in: sentence.blockText))
        if first.cues.contains(.reference) || sentence.words.contains(where: { $0.cues.contains(.reference) && Self.isSeeWord($0, in: sentence.blockText) })
            || (sentence.words.count <= Self.wordsOfAPointer && sentence.words.contains { $0.cues.contains(.reference) })
        {
            return Claim(register: .reference, cue: firstText)
        }
        if Self.isContactLine(sentence) {
            return Claim(register: .contact, cue: firstText)
        }
        if let line = sentence.words.first(where: { $0.cues.contains(.formLine) }) {
            return Claim(register: .template, cue: String(Self.text(of: line, in: sentence.blockText)))
        }
        // A form's instruction ("Aprakstiet, kā …") or its placeholder ("„Mūsu mērķis ir…”").
        if verbs.readings(of: [TextNormalizer.key(firstText)]).first?.contains(.secondPersonPlural) == true || Self.hasPlaceholder(sentence) {
            return Claim(register: .template, cue: firstText)
        }
        // The criteria restated in other words, with no fact of the community's own.
        if !speaksAsWe, !sentence.words.contains(where: \.isNegationCue), template.restatesVocabulary(stems), !Self.statesAFact(sentence) {
            return Claim(register: .template, cue: firstText)
        }
        guard !speaksAsWe else { return .plain }
        if first.cues.contains(.example) {
            return Claim(register: .template, cue: firstText)
        }
        if let advert = advertWord(in: sentence) {
            return Claim(speaker: .other, cue: advert)
        }
        if let generic = sentence.words.first(where: { $0.cues.contains(.generic) }) {
            return Claim(speaker: .general, cue: String(Self.text(of: generic, in: sentence.blockText)))
        }
        if Self.isGenericSubject(firstText) {
            return Claim(speaker: .general, cue: firstText)
        }
        if let reporting = reportingVerb(in: sentence) {
            return Claim(speaker: .other, cue: String(Self.text(of: reporting, in: sentence.blockText)))
        }
        // "Pilsētā ir daudz vairāk resursu", "Rīgā pie skolām uzstādīti sensori".
        if let place = sentence.words.first(where: { $0.cues.contains(.otherPlace) }) {
            return Claim(speaker: .other, cue: String(Self.text(of: place, in: sentence.blockText)))
        }
        return .plain
    }

    /// Whether the clause's doer is an institution, not the residents: "Talkas organizē pagasta
    /// pārvalde", "sakopšanu veic pašvaldības algoti strādnieki".
    static func isDoneByInstitution(_ clause: Range<Int>, in words: ArraySlice<ScannedText.Word>, text: String) -> Bool {
        let inClause = clause.filter { words.indices.contains($0) }
        // "mēs", "mums" make the residents doers too; the possessive "mūsu" ("mūsu pagastā") does not.
        let residentsAct = inClause.contains { index in
            words[index].cues.contains(.firstPerson) && !["mūsu", "musu"].contains(TextNormalizer.key(Self.text(of: words[index], in: text)))
        }
        return !residentsAct && inClause.contains { words[$0].cues.contains(.institution) }
    }

    /// Whether the sentence is an address or contact line: a postal code ("LV-3932"), a phone
    /// or e-mail label, or a street with a number ("Melioratoru iela 1").
    private static func isContactLine(_ sentence: Sentence) -> Bool {
        let words = Array(sentence.words)
        for (position, word) in words.enumerated() {
            let key = TextNormalizer.folded(text(of: word, in: sentence.blockText))
            let next = position + 1 < words.count ? TextNormalizer.folded(text(of: words[position + 1], in: sentence.blockText)) : ""
            if key == "lv" && next.count == 4 && next.allSatisfy(\.isNumber) { return true }
            if (key == "iela" || key == "iela") && next.first?.isNumber == true { return true }
            if key == "talr" || key == "e-pasts" || key == "reg" { return true }
        }
        return false
    }

    /// Whether the sentence asks rather than says: "J. Ozols jautā par resursiem".
    static func asks(_ words: some Collection<ScannedText.Word>) -> Bool {
        words.contains { $0.cues.contains(.asking) }
    }

    /// Whether the sentence is an agenda item of minutes: "Par LEADER projekta iesniegšanu."
    func isAgendaItem(_ sentence: Sentence) -> Bool {
        guard let first = sentence.words.first, sentence.words.count <= Self.wordsOfAnAgendaItem,
            TextNormalizer.key(Self.text(of: first, in: sentence.blockText)) == "par"
        else { return false }
        // A title has no finite verb: "Par pasākumiem cilvēki uzzina cits no cita" is a statement.
        let forms = sentence.words.map { TextNormalizer.key(Self.text(of: $0, in: sentence.blockText)) }
        return !verbs.readings(of: forms).contains { !$0.isDisjoint(with: [.present, .past, .future, .conditional]) }
    }

    /// An agenda item is a title: "Par ciema rīcības plāna prioritātēm".
    private static let wordsOfAnAgendaItem = 8

    /// "Skatīt" or "skat." — a pointer wherever it stands: "… skatīt pielikumā Nr. 3".
    private static func isSeeWord(_ word: ScannedText.Word, in blockText: String) -> Bool {
        let key = TextNormalizer.folded(text(of: word, in: blockText))
        return key == "skatit" || key == "skat"
    }

    /// Whether the sentence holds a form's placeholder: an ellipsis inside quotes, „Mūsu mērķis ir…”.
    private static func hasPlaceholder(_ sentence: Sentence) -> Bool {
        guard let first = sentence.words.first, let last = sentence.words.last else { return false }
        let utf8 = sentence.blockText.utf8
        let bytes = Array(utf8.dropFirst(first.scanned.byteStart).prefix(last.scanned.byteEnd + 8 - first.scanned.byteStart))
        let ellipsis: [UInt8] = [0xE2, 0x80, 0xA6]
        let closingQuote: [UInt8] = [0xE2, 0x80, 0x9D]
        guard bytes.count >= 6 else { return false }
        for index in 0..<(bytes.count - 5) where Array(bytes[index..<(index + 3)]) == ellipsis && Array(bytes[(index + 3)..<(index + 6)]) == closingQuote {
            return true
        }
        return false
    }

    /// Whether the sentence states a fact of its own: a number, or a name (a capitalised word
    /// that does not open the sentence) — what a restated criterion lacks.
    private static func statesAFact(_ sentence: Sentence) -> Bool {
        for (position, word) in sentence.words.enumerated() {
            let written = text(of: word, in: sentence.blockText)
            guard let first = written.unicodeScalars.first else { continue }
            if first.properties.numericType != nil { return true }
            if position > 0 && first.properties.isUppercase && !word.scanned.clauseBoundaryBefore { return true }
        }
        return false
    }

    /// The word that makes the sentence an advert, if any: it sells ("Pārdod malku", "e-veikalā
    /// … pa telefonu 29123456", "… piedāvā 20 % atlaidi!").
    private func advertWord(in sentence: Sentence) -> String? {
        var hasPhone = false
        var selling: String?
        for word in sentence.words {
            let text = Self.text(of: word, in: sentence.blockText)
            let folded = TextNormalizer.folded(text)
            if text.utf8.count == 8, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }), text.first == "2" || text.first == "6" { hasPhone = true }
            if Self.sellingStems.contains(where: folded.hasPrefix) { selling = selling ?? String(text) }
        }
        if hasPhone { return selling ?? "tālr." }
        guard let selling else { return nil }
        let opensWithIt = sentence.words.first.map { Self.sellingStems.contains(where: TextNormalizer.folded(Self.text(of: $0, in: sentence.blockText)).hasPrefix) } ?? false
        return opensWithIt || Self.endsWithExclamation(sentence) ? selling : nil
    }

    /// Stems of selling words, folded: pārdod, atlaide, piedāvā, veikalā, pasūti, cena.
    private static let sellingStems = ["pardod", "atlaid", "piedava", "veikal", "pasut", "cena", "cenas", "izire", "perku"]

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
        // "Kā raksta laikraksts …", "Kā intervijā teica …".
        if let first = words.first, TextNormalizer.key(Self.text(of: first, in: sentence.blockText)) == "kā",
            let verb = words.prefix(Self.wordsBeforeReportingVerb).first(where: { $0.cues.contains(.reporting) })
        {
            return verb
        }
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
    /// stands in — or, for a subordinate clause ("…, kas ir mūsu ciema vērtības"), from the
    /// clause it depends on when that one plans or wishes.
    func modes(of matches: [TermMatch], in sentence: Sentence, clauses: (TermMatch) -> Range<Int>) -> [LexiconFile.Mode] {
        if sentence.inPlanTable { return matches.map { _ in .planned } }
        // The verbs' readings, asked once for the sentence's words that can be a conditional,
        // a future, a debitive or an infinitive opening an action item.
        let words = sentence.words
        var candidates: [Int] = []
        var forms: [String] = []
        for index in words.indices {
            let key = TextNormalizer.key(Self.text(of: words[index], in: sentence.blockText))
            guard Self.mayBeMarkedVerb(key) || index == words.startIndex else { continue }
            candidates.append(index)
            forms.append(key)
        }
        var readings: [Int: VerbReading] = [:]
        for (index, reading) in zip(candidates, verbs.readings(of: forms)) where !reading.isEmpty { readings[index] = reading }
        // "Apzināt ciema resursus – telpas, tehniku": an action plan's item.
        if let first = words.first.map({ _ in words.startIndex }), readings[first]?.contains(.infinitive) == true {
            return matches.map { _ in .planned }
        }
        return matches.map { match in
            let clause = Self.scope(of: clauses(match), in: words)
            let mode = clauseMode(clause, words: words, readings: readings)
            guard mode == .actual, clause.lowerBound > words.startIndex, words[clause.lowerBound].cues.contains(.relative) || Self.isSubordinator(words[clause.lowerBound], in: sentence.blockText)
            else { return mode }
            var previous = clause.lowerBound - 1
            while previous > words.startIndex, !words[previous].scanned.clauseBoundaryBefore { previous -= 1 }
            return clauseMode(previous..<clause.lowerBound, words: words, readings: readings)
        }
    }

    /// Whether a clause reports what is, plans, or wishes.
    private func clauseMode(_ clause: Range<Int>, words: ArraySlice<ScannedText.Word>, readings: [Int: VerbReading]) -> LexiconFile.Mode {
        var mode = LexiconFile.Mode.actual
        let opensWithPurpose = clause.first.map { words[$0].cues.contains(.purpose) } ?? false
        var notYet = false
        var inProgress = false
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
            notYet = notYet || cues.contains(.notYet)
            inProgress = inProgress || cues.contains(.inProgress)
        }
        // "… vēl tiek veidota", "Mājaslapa vēl top": not there yet.
        return notYet && inProgress ? .planned : mode
    }

    /// Whether a word opens a subordinate clause: `ka`, `kā`, `kur`, `lai`, `ja`.
    private static func isSubordinator(_ word: ScannedText.Word, in text: String) -> Bool {
        ["ka", "kā", "kur", "lai", "ja", "kad"].contains(TextNormalizer.key(Self.text(of: word, in: text)))
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
