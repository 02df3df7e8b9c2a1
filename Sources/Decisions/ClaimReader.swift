import DocumentModel
import LatvianLanguage
import LatvianMorphology
import Lexicon

#if canImport(Glibc)
import Glibc
#endif

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
    ///
    /// The cheap signals — cue words the matcher marked — are read first; the dictionary is
    /// asked whether the sentence speaks as "we" only when a rule depends on it.
    func claim(of sentence: Sentence) -> Claim {
        var knownSpeaksAsWe: Bool?
        func speaksAsWe() -> Bool {
            if let knownSpeaksAsWe { return knownSpeaksAsWe }
            let answer = self.speaksAsWe(sentence.words, in: sentence.blockText)
            knownSpeaksAsWe = answer
            return answer
        }
        // A page's header or footer is furniture — unless it speaks as "we" to no reader: "Sekojiet
        // mums Facebook!" is an address line all the same.
        if (sentence.part == .header || sentence.part == .footer) && (!speaksAsWe() || addressesReaders(sentence)) {
            return Claim(register: .boilerplate)
        }
        guard let first = sentence.words.first else { return .plain }
        if let stems = template.candidateStems(sentence.words.lazy.map { Self.text(of: $0, in: sentence.blockText) }) {
            if let restated = template.restated(by: stems) {
                return Claim(register: .template, cue: restated)
            }
            if template.namesOnly(stems, words: sentence.words.count), !speaksAsWe() {
                return Claim(register: .template, cue: String(Self.text(of: first, in: sentence.blockText)))
            }
            // The criteria restated in other words, with no fact of the community's own.
            if !sentence.words.contains(where: \.isNegationCue), template.restatesVocabulary(stems), !statesAFact(sentence), !speaksAsWe() {
                return Claim(register: .template, cue: String(Self.text(of: first, in: sentence.blockText)))
            }
        }
        let firstText = String(Self.text(of: first, in: sentence.blockText))
        // A post shared from a news site: "Ezerzeme.lv: „Indrā atklāj kopienas centru …”".
        if let site = Self.sharedFromSite(sentence) {
            return Claim(speaker: .other, cue: site)
        }
        if first.cues.contains(.reference) || sentence.words.contains(where: { $0.cues.contains(.reference) && Self.isSeeWord($0, in: sentence.blockText) })
            || (sentence.words.count <= Self.wordsOfAPointer && sentence.words.contains { $0.cues.contains(.reference) })
        {
            return Claim(register: .reference, cue: firstText)
        }
        if Self.isContactLine(sentence) || Self.isAddressLine(sentence) {
            return Claim(register: .contact, cue: firstText)
        }
        if let role = signatureRole(sentence) {
            return Claim(register: .contact, cue: role)
        }
        if Self.isLabelWithNonAnswer(sentence) {
            return Claim(register: .template, cue: firstText)
        }
        if Self.isDateLine(sentence), !hasTenseOrMood(sentence.words, in: sentence.blockText) {
            return Claim(register: .template, cue: firstText)
        }
        // A row label that names the scheme's indicator: "C4.4 Lēmumi no apakšas uz augšu".
        if Self.isIndicatorNumber(first, in: sentence.blockText) {
            return Claim(register: .template, cue: firstText)
        }
        // A form's hint in brackets: "[norādiet partnerus, sponsorus]".
        if let hint = bracketedInstruction(sentence) {
            return Claim(register: .template, cue: hint)
        }
        if let line = sentence.words.first(where: { $0.cues.contains(.formLine) }) {
            return Claim(register: .template, cue: String(Self.text(of: line, in: sentence.blockText)))
        }
        // A form's instruction ("Aprakstiet, kā …") or its placeholder ("„Mūsu mērķis ir…”").
        if isSecondPersonPlural(firstText) || Self.hasPlaceholder(sentence) {
            return Claim(register: .template, cue: firstText)
        }
        // "Ieteikums: pievienojiet kopsapulces protokolu": the instruction after a label.
        if let instruction = instructionAfterLabel(sentence) {
            return Claim(register: .template, cue: instruction)
        }
        // Someone else's statement, or no one's — unless the sentence speaks as "we".
        let found: Claim?
        if first.cues.contains(.example) {
            // "Piemēram, „Mūsu ciemā dzīvo 300 iedzīvotāju …”": the hint's sample speaks in
            // quotes; an applicant's own example ("Piemēram, pērn mēs …") speaks outside them.
            let ownExample = Self.wordsOutsideQuotes(sentence).contains { $0.cues.contains(.firstPerson) }
                || (!Self.opensQuote(sentence) && speaksAsWe())
            return ownExample ? .plain : Claim(register: .template, cue: firstText)
        } else if let example = Self.exampleAfterLabel(sentence) {
            // "Pašorganizēšanās: Piemēram, biedrība rīko talkas …", "[Piemēram, …]": the form's hint.
            found = Claim(register: .template, cue: example)
        } else if Self.isLabelOfNothing(sentence) {
            // "Sadarbība ar skolu, pašvaldību, uzņēmējiem:" with nothing after it in its block.
            found = Claim(register: .template, cue: firstText)
        } else if let advert = advertWord(in: sentence) {
            // A labelled advert's "we" is the advertiser's: "Sponsorēts · Veikals „Lauku Prece” –
            // Mūsu e-veikalā pasūtiet …"; so is a business's speaking to "you": "SIA „Zemgales
            // saules enerģija” — uzstādām saules paneļus jūsu mājai."
            if sentence.words.contains(where: { $0.cues.contains(.advertLabel) }) || Self.businessSpeaksToYou(sentence) {
                return Claim(speaker: .other, cue: advert)
            }
            found = Claim(speaker: .other, cue: advert)
        } else if let generic = sentence.words.first(where: { $0.cues.contains(.generic) }) {
            found = Claim(speaker: .general, cue: String(Self.text(of: generic, in: sentence.blockText)))
        } else if Self.isGenericSubject(firstText) {
            found = Claim(speaker: .general, cue: firstText)
        } else if let reporting = reportingVerb(in: sentence) {
            // "… lasījām: „…”", "Es lasīju, ka …": whoever reads or hears it, what follows is the
            // source's.
            let received = Self.receivingVerbs.contains(TextNormalizer.foldedPrefix(Self.text(of: reporting, in: sentence.blockText), count: 12))
            if received || Self.quotesAfterColon(reporting, in: sentence) {
                return Claim(speaker: .other, cue: String(Self.text(of: reporting, in: sentence.blockText)))
            }
            // The "we" of a quote is the quoted speaker's: only a "we" outside it makes the
            // sentence the applicant's.
            let outside = Self.wordsOutsideQuotes(sentence)
            if !outside.contains(where: { $0.cues.contains(.firstPerson) }) {
                return Claim(speaker: .other, cue: String(Self.text(of: reporting, in: sentence.blockText)))
            }
            found = Claim(speaker: .other, cue: String(Self.text(of: reporting, in: sentence.blockText)))
        } else if first.cues.contains(.neighbours), let next = sentence.words.dropFirst().first, Self.isCapitalised(next, in: sentence.blockText) {
            // "Kaimiņi Valles pagastā atklāja …", "Kaimiņu Bilskas pagasta biedrības …". A "we"
            // in a later clause greets them ("– apsveicam!"); only one in theirs joins them.
            let theirs = sentence.words.prefix { $0.scanned.byteStart == first.scanned.byteStart || !$0.scanned.clauseBoundaryBefore }
            if !self.speaksAsWe(theirs, in: sentence.blockText) { return Claim(speaker: .other, cue: firstText) }
            found = Claim(speaker: .other, cue: firstText)
        } else if let reported = sentence.words.first(where: { $0.cues.contains(.reported) }) {
            // "Jānis stāstīja, ka Kokneses pusē kopienas esot dabūjušas LEADER naudu".
            found = Claim(speaker: .other, cue: String(Self.text(of: reported, in: sentence.blockText)))
        } else if let place = sentence.words.indices.first(where: { sentence.words[$0].cues.contains(.otherPlace) && !Self.isWhereSomeoneLives(after: $0, in: sentence) })
            .map({ sentence.words[$0] })
            ?? abroadSetting(sentence)
        {
            // "Pilsētā ir daudz vairāk resursu", "Rīgā pie skolām uzstādīti sensori".
            found = Claim(speaker: .other, cue: String(Self.text(of: place, in: sentence.blockText)))
        } else if let others = Self.otherVillages(in: sentence) {
            // "Arī Latvijā vairāki ciemi, piemēram, Kaltene un Mazirbe, jau darbojas …".
            found = Claim(speaker: .other, cue: others)
        } else if let smart = Self.smartVillages(in: sentence) {
            // "Parasti viedajos ciemos ir …", "… viedos ciemus raksturo kā lauku kopienas".
            found = Claim(speaker: .general, cue: smart)
        } else {
            found = nil
        }
        guard let found, !speaksAsWe() else { return .plain }
        return found
    }

    /// The words that name other villages as a group — a quantifier before a place noun in the
    /// plural: "vairāki ciemi", "citos pagastos", "daudzās kopienās".
    private static func otherVillages(in sentence: Sentence) -> String? {
        let words = sentence.words
        // Place nouns first, by their cue bit or their bytes: few words are one.
        for index in words.indices.dropFirst() where isPluralPlace(words[index], in: sentence.blockText) {
            for before in stride(from: index - 1, through: max(words.startIndex, index - 2), by: -1) where words[before].byteCount >= 4 {
                guard groupQuantifiers.contains(TextNormalizer.foldedPrefix(text(of: words[before], in: sentence.blockText), count: 9)) else { continue }
                return "\(text(of: words[before], in: sentence.blockText)) \(text(of: words[index], in: sentence.blockText))"
            }
        }
        return nil
    }

    /// Whether a word is a place noun in the plural: "ciemi", "ciemos", "kopienas" (marked as place
    /// nouns by the matcher), "pagastos", "novados", "kopienās" (told by their bytes).
    private static func isPluralPlace(_ word: ScannedText.Word, in text: String) -> Bool {
        if word.cues.contains(.placeNoun) { return pluralPlaces.contains(TextNormalizer.foldedPrefix(Self.text(of: word, in: text), count: 9)) }
        guard (6...10).contains(word.byteCount) else { return false }
        return withBytes(of: word, in: text) { bytes in
            // "kopienās", "kopienām": the plurals with a long vowel, folded.
            if bytes.count >= 9, bytes.prefix(6).map({ $0 | 0x20 }).elementsEqual("kopien".utf8) {
                return pluralPlaces.contains(TextNormalizer.foldedPrefix(Self.text(of: word, in: text), count: 9))
            }
            return asciiPluralPlaces.contains { $0.utf8.count == bytes.count && zip($0.utf8, bytes).allSatisfy { $0 == $1 | 0x20 } }
        }
    }

    /// The plural place nouns the matcher does not mark, in plain ASCII.
    private static let asciiPluralPlaces = ["pagasti", "pagastos", "pagastiem", "novadi", "novados", "novadiem", "ciemati", "ciematos"]

    /// Quantifiers of a group, folded: "vairāki", "citos", "daudzās", "dažiem".
    private static let groupQuantifiers: Set<String> = [
        "vairaki", "vairakos", "vairakiem", "vairakas", "vairakam", "daudzi", "daudzos", "daudziem", "daudzas", "daudzam", "citi",
        "citos", "citiem", "citas", "citam", "dazi", "dazos", "daziem", "dazas", "dazam", "kaiminu",
    ]

    /// Place nouns in the plural, folded, whose form no singular shares: "ciemos", "pagastos" —
    /// villages named as examples, not the applicant's own.
    static let pluralPlaceNouns: Set<String> = [
        "ciemi", "ciemos", "ciemiem", "ciemati", "ciematos", "pagasti", "pagastos", "pagastiem", "novadi", "novados", "novadiem",
        "kopienam", "biedribam",
    ]

    /// …and after a quantifier, "kopienas" and "sādžas", which a singular's genitive shares.
    private static let pluralPlaces = pluralPlaceNouns.union(["kopienas", "sadzas", "sadzam"])

    /// Whether the clause's doer is an institution, not the residents: "Talkas organizē pagasta
    /// pārvalde", "sakopšanu veic pašvaldības algoti strādnieki".
    /// - Parameters:
    ///   - companyIsApplicant: the applicant is a business, so a company and its staff doing
    ///     something are the applicant acting ("Ar LEADER atbalstu uzņēmums iegādājās …").
    ///   - institutionApplying: the folded name of the institution applying: a word its name
    ///     holds is the applicant acting ("Skola piedalās …" of "Vilzēnu pamatskola").
    static func isDoneByInstitution(
        _ clause: Range<Int>, in words: ArraySlice<ScannedText.Word>, text: String, companyIsApplicant: Bool = false, institutionApplying: String? = nil
    ) -> Bool {
        let inClause = clause.clamped(to: words.indices)
        func isDoer(_ word: ScannedText.Word) -> Bool {
            if companyIsApplicant && isCompanyWord(word, in: text) { return false }
            if let institutionApplying, institutionApplying.contains(TextNormalizer.foldedPrefix(Self.text(of: word, in: text), count: 5)) { return false }
            return true
        }
        // "Paldies pagasta pārvaldei, kas nopļāva un sakopa laukumu": a relative clause's doer
        // is the word it follows.
        let antecedent = inClause.first.flatMap { first in
            first > words.startIndex && words[first].cues.contains(.relative) && isInstitution(words[first - 1], in: text) && isDoer(words[first - 1])
                ? first - 1 : nil
        }
        guard antecedent != nil || inClause.contains(where: { words[$0].cues.contains(.institution) && isDoer(words[$0]) }) else { return false }
        // "mēs", "mums" make the residents doers too; the possessive "mūsu" ("mūsu pagastā") does not.
        let residentsAct = inClause.contains { index in
            words[index].cues.contains(.firstPerson) && !["mūsu", "musu"].contains(TextNormalizer.key(Self.text(of: words[index], in: text)))
                // "Talkas pie mums rīko pārvalde": "pie mums" is where, not who.
                && !(index > words.startIndex && TextNormalizer.key(Self.text(of: words[index - 1], in: text)) == "pie")
        }
        return !residentsAct
    }

    /// Whether a word names a company or its staff: "uzņēmums", "firma", "darbinieki", "strādnieki".
    private static func isCompanyWord(_ word: ScannedText.Word, in text: String) -> Bool {
        ["uznem", "firm", "darbinie", "stradniek"].contains(where: TextNormalizer.foldedPrefix(Self.text(of: word, in: text), count: 8).hasPrefix)
    }

    /// Whether a word names an institution in any case: "pārvalde", "pārvaldei", "pašvaldībai".
    private static func isInstitution(_ word: ScannedText.Word, in text: String) -> Bool {
        word.cues.contains(.institution) || ["parvald", "pasvald", "skolai", "skolas"].contains(where: TextNormalizer.foldedPrefix(Self.text(of: word, in: text), count: 7).hasPrefix)
    }

    /// Whether the sentence is an address or contact line: a postal code ("LV-3932"), a phone
    /// or e-mail label, or a street with a number ("Melioratoru iela 1").
    private static func isContactLine(_ sentence: Sentence) -> Bool {
        let words = sentence.words
        for index in words.indices where words[index].cues.contains(.contactWord) || isPostalCode(words[index], in: sentence.blockText) {
            let key = TextNormalizer.foldedPrefix(text(of: words[index], in: sentence.blockText), count: 8)
            let isPhoneWord = key.hasPrefix("talrun")
            // "Adrese: …", "e-pasts …" open a contact line; in a long sentence they are words:
            // "… kam šī vieta ir mājas, nevis tikai adrese".
            guard key == "lv" || key == "iela" || isPhoneWord else {
                if words.count <= wordsOfAContactLine { return true }
                continue
            }
            // "LV-3932", "iela 1", "pa tālruni 29 507 713": a number must follow ("pa tālruni no
            // koordinatores" is how news travels, not a contact line).
            guard index + 1 < words.endIndex else { continue }
            let next = text(of: words[index + 1], in: sentence.blockText).utf8
            let number = next.first.map { (0x30...0x39).contains($0) } == true
            // "… kopienas māju Blaumaņa ielā 8, kur …": a street in a long sentence is a place.
            if number && (isPhoneWord || next.count == 4 || (key == "iela" && words.count <= wordsOfAContactLine)) { return true }
        }
        return false
    }

    /// A contact line is a few words: "Adrese: Skolas iela 3, Sece", "e-pasts: ozoli@inbox.lv".
    private static let wordsOfAContactLine = 12

    /// Whether the sentence is an address made of names: "Sece, Seces pagasts, Aizkraukles
    /// novads", "Nr. 40203199877, „Saldētava”, Staburaga pagasts" — a place named, no community
    /// presented.
    private static func isAddressLine(_ sentence: Sentence) -> Bool {
        guard (2...wordsOfAnAddress).contains(sentence.words.count) else { return false }
        var territories = 0
        for word in sentence.words {
            guard !word.cues.contains(.firstPerson) else { return false }
            let written = text(of: word, in: sentence.blockText)
            guard let first = written.unicodeScalars.first else { continue }
            if first.properties.isUppercase || first.properties.numericType != nil { continue }
            guard word.cues.contains(.placeNoun), territoryNouns.contains(where: TextNormalizer.foldedPrefix(written, count: 5).hasPrefix) else {
                return false
            }
            territories += 1
        }
        return territories > 0
    }

    /// The role a signature line names — "Valdes loceklis", "SIA „…” valdes loceklis K. Vītols",
    /// "Atbildīgā persona" — if the sentence is one: a few words, a role, no verb.
    private func signatureRole(_ sentence: Sentence) -> String? {
        guard sentence.words.count <= Self.wordsOfASignature, let role = sentence.words.first(where: { $0.cues.contains(.role) }),
            let last = sentence.words.last
        else { return nil }
        // A signature ends with a name or a role; a sentence ends with its full stop ("Atbildīgā –
        // valdes locekle Sanita.").
        guard sentence.blockText.utf8.dropFirst(last.scanned.byteEnd).first != UInt8(ascii: "."),
            !hasTenseOrMood(sentence.words, in: sentence.blockText)
        else { return nil }
        return String(Self.text(of: role, in: sentence.blockText))
    }

    /// Whether any of `words` is a verb in a tense or a mood — not a participle: the words
    /// state, rather than label.
    func hasTenseOrMood(_ words: some Sequence<ScannedText.Word>, in text: String) -> Bool {
        readings(of: words, in: text).contains { !$0.isDisjoint(with: [.past, .present, .future, .conditional, .debitive]) }
    }

    /// Whether any of `words` is a verb in the past tense.
    private func hasPastTense(_ words: some Sequence<ScannedText.Word>, in text: String) -> Bool {
        readings(of: words, in: text).contains { $0.contains(.past) }
    }

    /// The dictionary's verb readings of `words`.
    private func readings(of words: some Sequence<ScannedText.Word>, in text: String) -> [VerbReading] {
        verbs.readings(of: words.map { TextNormalizer.key(Self.text(of: $0, in: text)) })
    }

    /// A signature is a line of a few words: a name, a role, an organisation.
    private static let wordsOfASignature = 8

    /// An address is a line of a few names.
    private static let wordsOfAnAddress = 12

    /// The folded openings of the nouns an address names a territory with: pagasts, novads,
    /// ciems, ciemats, sādža.
    private static let territoryNouns = ["pagas", "novad", "ciem", "sadz"]

    /// The business form a sentence opens with — `SIA`, `Z/S`, `IK`, "zemnieku saimniecība" —
    /// if any.
    private func businessOpening(_ sentence: Sentence) -> String? {
        let words = sentence.words.prefix(2)
        // Every opening starts with s, z, i or a, and the longest is "zemnieku".
        guard let first = words.first, first.byteCount <= 8,
            let lead = sentence.blockText.utf8.dropFirst(first.scanned.byteStart).first.map({ $0 | 0x20 }),
            lead == UInt8(ascii: "s") || lead == UInt8(ascii: "z") || lead == UInt8(ascii: "i") || lead == UInt8(ascii: "a")
        else { return nil }
        let key = TextNormalizer.foldedPrefix(Self.text(of: first, in: sentence.blockText), count: 12)
        if ["sia", "z/s", "zs", "ik", "as"].contains(key) { return String(Self.text(of: first, in: sentence.blockText)) }
        if key == "zemnieku", words.count == 2, TextNormalizer.foldedPrefix(Self.text(of: words[words.startIndex + 1], in: sentence.blockText), count: 8).hasPrefix("saimniec") {
            return "zemnieku saimniecība"
        }
        return nil
    }

    /// Whether a business named by its legal form speaks to "you" in the sentence.
    private static func businessSpeaksToYou(_ sentence: Sentence) -> Bool {
        sentence.words.contains { $0.cues.contains(.secondPerson) } && sentence.words.contains { isBusinessForm($0, in: sentence.blockText) }
    }

    /// A business's name after its legal form is a few words: „Saules Enerģija“.
    private static let wordsOfASignedName = 4

    /// Whether a dash stands between two words ("–", "—" or a spaced "-").
    private static func dashBetween(_ first: ScannedText.Word, _ second: ScannedText.Word, in text: String) -> Bool {
        let gap = first.scanned.byteEnd..<second.scanned.byteStart
        return contains(UInt8(ascii: "-"), in: text, gap) || (contains(0xE2, in: text, gap) && (contains(0x93, in: text, gap) || contains(0x94, in: text, gap)))
    }

    /// "Smart villages" in the sentence — a form of "viedais" right before a place noun
    /// ("viedajos ciemos", "viedās kopienas"): a sentence about them speaks of such villages in
    /// general unless it speaks as "we".
    private static func smartVillages(in sentence: Sentence) -> String? {
        let words = sentence.words
        for index in words.indices.dropLast() where words[index + 1].cues.contains(.placeNoun) && words[index].byteCount >= 5 {
            guard withBytes(of: words[index], in: sentence.blockText, { $0[0] | 0x20 == UInt8(ascii: "v") }) else { continue }
            // Capitalised inside a sentence it is a name ("Latvijas Lauku foruma Viedo ciemu
            // skola") — unless quoted as the concept: "konkursa „Viedais ciems” pieteikumam".
            if index > words.startIndex, isCapitalised(words[index], in: sentence.blockText),
                !quoteOpens(before: words[index], in: sentence.blockText)
            {
                continue
            }
            let written = text(of: words[index], in: sentence.blockText)
            if TextNormalizer.foldedPrefix(written, count: 4) == "vied" { return String(written) + " " + String(text(of: words[index + 1], in: sentence.blockText)) }
        }
        return nil
    }

    /// The site a sentence is quoted from when it opens with a web address and a colon, or
    /// the separator of a shared link's card: "Ezerzeme.lv: …", "STABURAGS.LV · Neretā …",
    /// "LSM.lv | …".
    private static func sharedFromSite(_ sentence: Sentence) -> String? {
        // Most sentences are ruled out by the byte after their first word: no full stop.
        guard let first = sentence.words.first, contains(UInt8(ascii: "."), in: sentence.blockText, first.scanned.byteEnd..<first.scanned.byteEnd + 1)
        else { return nil }
        let utf8 = sentence.blockText.utf8
        let afterName = utf8.index(utf8.startIndex, offsetBy: first.scanned.byteEnd)
        let rest = utf8[afterName...].prefix(Self.bytesOfADomainEnding + Self.bytesOfASeparator)
        for domain in Self.domains where rest.count > domain.utf8.count && zip(rest, domain.utf8).allSatisfy({ $0 | 0x20 == $1 }) {
            let after = rest.dropFirst(domain.utf8.count)
            let separator = after.first == UInt8(ascii: " ") ? after.dropFirst() : after
            guard Self.siteSeparators.contains(where: { separator.starts(with: $0.utf8) }) else { continue }
            return String(text(of: first, in: sentence.blockText)) + String(decoding: rest.prefix(domain.utf8.count), as: UTF8.self)
        }
        return nil
    }

    /// What separates a site's name from what is shared from it: a colon, or a link card's
    /// middle dot or bar. A dash may open the applicant's own words about its site.
    private static let siteSeparators = [":", "·", "|"]

    /// A space and the longest of ``siteSeparators``, in bytes.
    private static let bytesOfASeparator = 3

    /// The endings of the sites news is shared from.
    private static let domains = [".lv", ".com", ".eu", ".org", ".net"]

    /// The longest of ``domains``, in bytes.
    private static let bytesOfADomainEnding = 4

    /// Whether a quote opens right after the sentence's first word: "Piemēram, „…”".
    private static func opensQuote(_ sentence: Sentence) -> Bool {
        let words = sentence.words
        return words.count > 1 && quoteOpens(before: words[words.startIndex + 1], in: sentence.blockText)
    }

    /// Whether an opening quote („, “ or ") touches the word — a closing one is followed by a
    /// space: "„Viedais ciems”", not "„Latvijas Lauku foruma” Viedo ciemu skola".
    private static func quoteOpens(before word: ScannedText.Word, in text: String) -> Bool {
        let before = word.scanned.byteStart - 1..<word.scanned.byteStart
        return contains(0x9E, in: text, before) || contains(0x9C, in: text, before) || contains(UInt8(ascii: "\""), in: text, before)
    }

    /// The example word ("Piemēram") that opens what follows a form's label or bracket within
    /// the sentence's first words: "Kopdarbība: [Piemēram, biedrība ar valdi …]".
    private static func exampleAfterLabel(_ sentence: Sentence) -> String? {
        let words = sentence.words
        for index in words.indices.dropFirst().prefix(wordsOfALabelBeforeAHint) where words[index].cues.contains(.example) {
            let gap = words[index - 1].scanned.byteEnd..<words[index].scanned.byteStart
            if contains(UInt8(ascii: ":"), in: sentence.blockText, gap) || contains(UInt8(ascii: "["), in: sentence.blockText, gap) {
                return String(text(of: words[index], in: sentence.blockText))
            }
        }
        return nil
    }

    /// Whether the sentence speaks to its readers: "jūs", "jums", or a verb in the second person
    /// plural ("Sekojiet mums", "Zvaniet").
    private func addressesReaders(_ sentence: Sentence) -> Bool {
        sentence.words.contains { word in
            if word.cues.contains(.secondPerson) { return true }
            return isSecondPersonPlural(Self.text(of: word, in: sentence.blockText))
        }
    }

    /// Whether a word is a verb in the second person plural — "Aprakstiet", "Sekojiet",
    /// "norādiet": its last bytes first, the dictionary only then.
    private func isSecondPersonPlural(_ written: some StringProtocol) -> Bool {
        guard written.utf8.count > 3, written.utf8.suffix(3).elementsEqual("iet".utf8) else { return false }
        return verbs.readings(of: [TextNormalizer.key(written)]).first?.contains(.secondPersonPlural) == true
    }

    /// The instruction that opens what follows a form's label: a verb in the second person
    /// plural right after the colon ("Ieteikums: pievienojiet …").
    private func instructionAfterLabel(_ sentence: Sentence) -> String? {
        let words = sentence.words
        for index in words.indices.dropFirst().prefix(Self.wordsOfALabelBeforeAHint) {
            let gap = words[index - 1].scanned.byteEnd..<words[index].scanned.byteStart
            guard Self.contains(UInt8(ascii: ":"), in: sentence.blockText, gap) else { continue }
            let written = Self.text(of: words[index], in: sentence.blockText)
            return isSecondPersonPlural(written) ? String(written) : nil
        }
        return nil
    }

    /// The byte ranges of the sentence's bracketed examples: from "(piemēram" to the closing
    /// bracket ("… uzņēmējdarbībā (piemēram, kooperatīvs, e-veikals) …").
    static func bracketedExamples(in sentence: Sentence) -> [Range<Int>] {
        let words = sentence.words
        var ranges: [Range<Int>] = []
        for index in words.indices.dropFirst() where words[index].cues.contains(.example) {
            let start = words[index].scanned.byteStart
            guard contains(UInt8(ascii: "("), in: sentence.blockText, start - 1..<start) else { continue }
            var text = sentence.blockText
            let end = text.withUTF8 { bytes in bytes[start...].firstIndex(of: UInt8(ascii: ")")) ?? bytes.count }
            ranges.append(start..<end)
        }
        return ranges
    }

    /// A form's label before its hint is a few words.
    private static let wordsOfALabelBeforeAHint = 6

    /// Whether the sentence is a label that ends its block with a colon: a form's question left
    /// unanswered ("Sadarbība ar skolu, pašvaldību, uzņēmējiem:").
    private static func isLabelOfNothing(_ sentence: Sentence) -> Bool {
        guard let last = sentence.words.last else { return false }
        var text = sentence.blockText
        return text.withUTF8 { bytes in
            var rest = bytes[last.scanned.byteEnd...].drop { $0 == 0x20 }
            guard rest.first == UInt8(ascii: ":") else { return false }
            rest = rest.dropFirst()
            return rest.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }
        }
    }

    /// Whether a word is a business's legal form as registers print it, in capitals: SIA, AS, IK,
    /// ZS ("ik" and "as" in lower case are other words).
    private static func isBusinessForm(_ word: ScannedText.Word, in text: String) -> Bool {
        guard (2...3).contains(word.byteCount) else { return false }
        return withBytes(of: word, in: text) { bytes in
            bytes.elementsEqual("SIA".utf8) || bytes.elementsEqual("AS".utf8) || bytes.elementsEqual("IK".utf8) || bytes.elementsEqual("ZS".utf8)
        }
    }

    /// Whether the sentence is a form's label answered by nothing: "Jautājums par informācijas
    /// apriti: Vēl tiek izstrādāts.", "… e-pakalpojumiem: Nav apkopots."
    private static func isLabelWithNonAnswer(_ sentence: Sentence) -> Bool {
        let bytes = sentence.blockText.utf8
        let words = sentence.words
        // The last colon between words, and what follows it.
        guard let colon = words.indices.dropFirst().last(where: { index in
            words[index].scanned.clauseBoundaryBefore
                && bytes.dropFirst(words[index - 1].scanned.byteEnd).prefix(words[index].scanned.byteStart - words[index - 1].scanned.byteEnd)
                    .contains(UInt8(ascii: ":"))
        }) else { return false }
        let answer = words[colon...]
        guard answer.count <= Self.wordsOfANonAnswer else { return false }
        let denies = answer.contains { $0.isNegationCue }
        let notYet = answer.contains { $0.cues.contains(.notYet) } && answer.contains { $0.cues.contains(.inProgress) }
        return denies || notYet
    }

    /// A non-answer is a few words: "Nav.", "Nav apkopots.", "Vēl tiek izstrādāts."
    private static let wordsOfANonAnswer = 4

    /// Whether a word is a postal code as one word: "LV-4122".
    private static func isPostalCode(_ word: ScannedText.Word, in text: String) -> Bool {
        guard word.byteCount == 7 else { return false }
        return withBytes(of: word, in: text) { bytes in
            bytes[0] | 0x20 == UInt8(ascii: "l") && bytes[1] | 0x20 == UInt8(ascii: "v") && bytes[2] == UInt8(ascii: "-")
                && bytes[3...].allSatisfy { (0x30...0x39).contains($0) }
        }
    }

    /// Whether a word is an indicator's number as a form prints it: a capital letter and digits
    /// ("C4", "C4.4" — the scanner reads "C4" before the full stop).
    private static func isIndicatorNumber(_ word: ScannedText.Word, in text: String) -> Bool {
        guard (2...4).contains(word.byteCount) else { return false }
        return withBytes(of: word, in: text) { bytes in
            (0x41...0x5A).contains(bytes[0]) && bytes.dropFirst().allSatisfy { (0x30...0x39).contains($0) }
        }
    }

    /// The instruction a sentence holds in square brackets, or in round ones that open it, if
    /// any: a verb in the second person plural ("[norādiet partnerus, sponsorus, sadarbības
    /// tīklus]", "(Katrai rīcībai norādiet termiņu, atbildīgo un budžetu.)"). An applicant's
    /// aside inside a sentence ("… (skatiet pielikumu)") leaves the sentence its own.
    private func bracketedInstruction(_ sentence: Sentence) -> String? {
        let utf8 = sentence.blockText.utf8
        guard let first = sentence.words.first, let last = sentence.words.last else { return nil }
        let brackets: (open: UInt8, close: UInt8)
        if Self.contains(UInt8(ascii: "["), in: sentence.blockText, max(first.scanned.byteStart - 2, 0)..<last.scanned.byteEnd) {
            brackets = (UInt8(ascii: "["), UInt8(ascii: "]"))
        } else if first.scanned.byteStart > 0, utf8[utf8.index(utf8.startIndex, offsetBy: first.scanned.byteStart - 1)] == UInt8(ascii: "(") {
            brackets = (UInt8(ascii: "("), UInt8(ascii: ")"))
        } else {
            return nil
        }
        var inBrackets = false
        var position = max(first.scanned.byteStart - 2, 0)
        for word in sentence.words {
            for byte in utf8.dropFirst(position).prefix(word.scanned.byteStart - position) {
                if byte == brackets.open { inBrackets = true } else if byte == brackets.close { inBrackets = false }
            }
            position = word.scanned.byteEnd
            guard inBrackets else { continue }
            let written = Self.text(of: word, in: sentence.blockText)
            if isSecondPersonPlural(written) { return String(written) }
        }
        return nil
    }

    /// Whether the sentence is a record's date line: a month and a year, in a line of a few words
    /// ("Pasienē, bijušās skolas zālē, 2026. gada 6. septembrī").
    private static func isDateLine(_ sentence: Sentence) -> Bool {
        guard sentence.words.count <= wordsOfADateLine, sentence.words.contains(where: { $0.cues.contains(.month) }) else { return false }
        return sentence.words.contains { word in
            let bytes = Self.text(of: word, in: sentence.blockText).utf8
            return bytes.count == 4 && bytes.allSatisfy { (0x30...0x39).contains($0) }
        }
    }

    /// A date line is short.
    private static let wordsOfADateLine = 12

    /// The sentence's words that stand outside quotation marks („…”, "…").
    private static func wordsOutsideQuotes(_ sentence: Sentence) -> [ScannedText.Word] {
        wordsOutsideQuotes(sentence.words, in: sentence.blockText)
    }

    /// The words, in text order, that stand outside quotation marks („…”, "…") in `blockText`.
    static func wordsOutsideQuotes(_ words: some Collection<ScannedText.Word>, in blockText: String) -> [ScannedText.Word] {
        guard let first = words.first else { return [] }
        let bytes = Array(blockText.utf8)
        var outside: [ScannedText.Word] = []
        // A sentence may open with its quote: "„Mēs visu izlēmām kopā,” stāsta vadītāja."
        var quoted = Self.opensWithQuote(bytes, before: first.scanned.byteStart)
        var position = first.scanned.byteStart
        // „ is E2 80 9E, ” is E2 80 9D, " toggles.
        for word in words {
            while position < word.scanned.byteStart {
                if bytes[position] == 0x22 {
                    quoted.toggle()
                } else if bytes[position] == 0xE2, position + 2 < bytes.count, bytes[position + 1] == 0x80 {
                    // „ opens; ” closes, and so does “ after „ („…“), while on its own it opens (“…”).
                    switch bytes[position + 2] {
                    case 0x9E: quoted = true
                    case 0x9D: quoted = false
                    case 0x9C: quoted.toggle()
                    default: break
                    }
                }
                position += 1
            }
            if !quoted { outside.append(word) }
            position = word.scanned.byteEnd
        }
        return outside
    }

    /// Whether `word` is followed by a colon and a quote: "… rakstīja: „…”".
    private static func quotesAfterColon(_ word: ScannedText.Word, in sentence: Sentence) -> Bool {
        guard let position = sentence.words.firstIndex(where: { $0.scanned.byteStart == word.scanned.byteStart }),
            position + 1 < sentence.words.endIndex
        else { return false }
        let next = sentence.words[position + 1]
        let utf8 = sentence.blockText.utf8
        return next.scanned.clauseBoundaryBefore
            && utf8.dropFirst(word.scanned.byteEnd).prefix(next.scanned.byteStart - word.scanned.byteEnd).contains(UInt8(ascii: ":"))
            && opensWithQuote(Array(utf8), before: next.scanned.byteStart)
    }

    /// Whether a quotation mark („ or ") stands right before the byte offset `start`, after
    /// nothing but spaces.
    private static func opensWithQuote(_ bytes: [UInt8], before start: Int) -> Bool {
        var index = start - 1
        while index >= 0, bytes[index] == 0x20 { index -= 1 }
        guard index >= 0 else { return false }
        if bytes[index] == 0x22 { return true }
        return index >= 2 && bytes[index - 2] == 0xE2 && bytes[index - 1] == 0x80 && (bytes[index] == 0x9E || bytes[index] == 0x9C)
    }

    /// Whether the sentence asks rather than says: "J. Ozols jautā par resursiem".
    static func asks(_ words: some Collection<ScannedText.Word>) -> Bool {
        words.contains { $0.cues.contains(.asking) }
    }

    /// Whether the sentence is a name in quotes, set out as a line: a project's title
    /// ("„Aizkalnes tautas nams – kopienas māja” (darba nosaukums)") or an organisation's name
    /// ("Biedrība „Vārkavas kopienas centrs”") — at most two words outside the quotes, neither
    /// a finite verb. A name says nothing of what is done.
    func isQuotedName(_ sentence: Sentence) -> Bool {
        guard sentence.words.count <= Self.wordsOfAQuotedName, Quotations.mayQuote(sentence.blockText) else { return false }
        let outside = Self.wordsOutsideQuotes(sentence)
        guard outside.count < sentence.words.count, outside.count <= Self.wordsBesideAQuotedName else { return false }
        // "Projekta nosaukums: „…”" answers a form's field: the label's rules read it.
        guard let first = sentence.words.first, let last = sentence.words.last,
            !Self.contains(UInt8(ascii: ":"), in: sentence.blockText, first.scanned.byteStart..<last.scanned.byteEnd)
        else { return false }
        // The name may hold anything ("… kopienas māja": māja, also waved); the words beside it no verb.
        return !hasTenseOrMood(outside, in: sentence.blockText)
    }

    /// A quoted name set out as a line is a title's length.
    private static let wordsOfAQuotedName = 12

    /// "Biedrība", "(darba nosaukums)": the words a name line has besides the name.
    private static let wordsBesideAQuotedName = 2

    /// Whether the sentence is an agenda item of minutes: "Par LEADER projekta iesniegšanu."
    func isAgendaItem(_ sentence: Sentence) -> Bool {
        guard let first = sentence.words.first, let last = sentence.words.last, sentence.words.count <= Self.wordsOfAnAgendaItem else { return false }
        // "Par LEADER projekta iesniegšanu.", "Kopienas telpu jautājums.", "Dažādi jautājumi".
        let opensWithAbout = TextNormalizer.foldedPrefix(Self.text(of: first, in: sentence.blockText), count: 4) == "par"
        let namesAQuestion = sentence.words.count <= Self.wordsOfAQuestionItem
            && TextNormalizer.foldedPrefix(Self.text(of: last, in: sentence.blockText), count: 9).hasPrefix("jautajum")
        guard opensWithAbout || namesAQuestion else { return false }
        // A title has no finite verb: "Par pasākumiem cilvēki uzzina cits no cita" is a statement.
        let forms = sentence.words.map { TextNormalizer.key(Self.text(of: $0, in: sentence.blockText)) }
        return !verbs.readings(of: forms).contains { !$0.isDisjoint(with: [.present, .past, .future, .conditional]) }
    }

    /// An agenda item is a title: "Par ciema rīcības plāna prioritātēm".
    private static let wordsOfAnAgendaItem = 8

    /// An item named as a question is shorter: "Kopienas telpu jautājums".
    private static let wordsOfAQuestionItem = 4

    /// "Skatīt" or "skat." — a pointer wherever it stands: "… skatīt pielikumā Nr. 3".
    private static func isSeeWord(_ word: ScannedText.Word, in blockText: String) -> Bool {
        let key = TextNormalizer.foldedPrefix(text(of: word, in: blockText), count: 8)
        return key == "skatit" || key == "skat"
    }

    /// Whether the sentence holds a form's placeholder: an ellipsis inside quotes, „Mūsu mērķis ir…”.
    private static func hasPlaceholder(_ sentence: Sentence) -> Bool {
        guard let first = sentence.words.first, let last = sentence.words.last else { return false }
        let bytes = sentence.blockText.utf8.dropFirst(first.scanned.byteStart).prefix(last.scanned.byteEnd + 8 - first.scanned.byteStart)
        return bytes.withContiguousStorageIfAvailable(holdsEllipsisBeforeQuote) ?? holdsEllipsisBeforeQuote(Array(bytes)[...])
    }

    /// Whether `bytes` hold "…" (E2 80 A6) right before "”" (E2 80 9D).
    private static func holdsEllipsisBeforeQuote<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> Bool where Bytes.Index == Int {
        var index = bytes.startIndex + 5
        while index < bytes.endIndex {
            if bytes[index] == 0x9D && bytes[index - 2] == 0xE2 && bytes[index - 1] == 0x80 && bytes[index - 3] == 0xA6 && bytes[index - 4] == 0x80
                && bytes[index - 5] == 0xE2
            {
                return true
            }
            index += 1
        }
        return false
    }

    /// Whether the sentence states a fact of its own: a number, or a name (a capitalised word
    /// that does not open the sentence) — what a restated criterion lacks.
    private func statesAFact(_ sentence: Sentence) -> Bool {
        for (position, word) in sentence.words.enumerated() {
            let written = Self.text(of: word, in: sentence.blockText)
            guard let first = written.unicodeScalars.first else { continue }
            if first.properties.numericType != nil { return true }
            // A name — but the scheme's own ("Eiropas Lauksaimniecības fonds") is no fact.
            if position > 0 && first.properties.isUppercase && !word.scanned.clauseBoundaryBefore,
                !(TemplateWording.stem(of: written).map(template.hasStem) ?? false)
            {
                return true
            }
        }
        return false
    }

    /// The word that makes the sentence an advert that exclaims, if any — "… piedāvā svaigu
    /// rupjmaizi!", "Pavasara piedāvājums!" — the opening of a paragraph in the advertiser's
    /// words; a service named in a list ("… (reklāma), …") opens none.
    func exclaimedAdvert(in sentence: Sentence) -> String? {
        Self.endsWithExclamation(sentence) ? advertWord(in: sentence) : nil
    }

    /// The word that makes the sentence an advert, if any: it sells ("Pārdod malku", "e-veikalā
    /// … pa telefonu 29123456", "… piedāvā 20 % atlaidi!").
    private func advertWord(in sentence: Sentence) -> String? {
        // A business speaking: "SIA „…” – uzstādām saules paneļus!", "Zemnieku saimniecība „…” … e-veikalā!".
        if let business = businessOpening(sentence), Self.endsWithExclamation(sentence) || sentence.words.contains(where: { $0.cues.contains(.advert) }) {
            return business
        }
        let hasPhone = sentence.words.contains { word in
            guard word.byteCount == 8 else { return false }
            let bytes = Self.text(of: word, in: sentence.blockText).utf8
            return bytes.count == 8 && bytes.allSatisfy { (0x30...0x39).contains($0) } && (bytes.first == 0x32 || bytes.first == 0x36)
        }
        let selling = sentence.words.first { $0.cues.contains(.advert) }.map { String(Self.text(of: $0, in: sentence.blockText)) }
        if hasPhone { return selling ?? "tālr." }
        // A business speaking to "you": "SIA „Cēsu saules enerģija” — saules paneļi jūsu mājai".
        if sentence.words.contains(where: { $0.cues.contains(.secondPerson) }),
            let business = sentence.words.first(where: { Self.isBusinessForm($0, in: sentence.blockText) })
        {
            return String(Self.text(of: business, in: sentence.blockText))
        }
        // A business signing its offer after a dash: "Saules paneļi par 20 % lētāk – SIA „Saules
        // Enerģija“" (a list of partners names businesses too, but does not sign with one).
        if selling != nil, let business = sentence.words.indices.dropFirst().suffix(Self.wordsOfASignedName).first(where: { index in
            Self.isBusinessForm(sentence.words[index], in: sentence.blockText)
                && Self.dashBetween(sentence.words[index - 1], sentence.words[index], in: sentence.blockText)
        }) {
            return String(Self.text(of: sentence.words[business], in: sentence.blockText))
        }
        // "Apmaksāta reklāma" says so wherever it stands.
        if let label = sentence.words.first(where: { $0.cues.contains(.advertLabel) }) {
            return String(Self.text(of: label, in: sentence.blockText))
        }
        // "Saules paneļi jūsu mājai ar 0 % pirmo iemaksu!": an exclamation to "you".
        if Self.endsWithExclamation(sentence),
            let you = sentence.words.first(where: { $0.cues.contains(.secondPerson) })
        {
            return String(Self.text(of: you, in: sentence.blockText))
        }
        // "Optiskais internets tagad arī Kaļķos!", "Kafejnīca „Muižas krogs” – tagad arī e-veikals!":
        // news of an offer.
        if Self.endsWithExclamation(sentence), let now = Self.nowAlso(in: sentence) {
            return now
        }
        guard let selling else { return nil }
        // "Pārdod malku", "Reklāma: …" open an advert; "Veikalā dežūrē seniori" is the
        // village's own shop.
        let opensWithIt = (sentence.words.first?.cues.contains(.advert) ?? false) && !selling.lowercased().hasPrefix("veikal")
        return opensWithIt || Self.endsWithExclamation(sentence) ? selling : nil
    }

    /// "tagad arī" ("now also"), as written, when the sentence has it.
    private static func nowAlso(in sentence: Sentence) -> String? {
        let words = sentence.words
        for index in words.indices.dropLast() {
            let now = text(of: words[index], in: sentence.blockText)
            let also = text(of: words[index + 1], in: sentence.blockText)
            if TextNormalizer.folded(now) == "tagad", TextNormalizer.folded(also) == "ari" { return "\(now) \(also)" }
        }
        return nil
    }

    /// Whether the words speak as "we" or "I": a pronoun, or a verb in the first person plural.
    func speaksAsWe(_ words: some Collection<ScannedText.Word>, in blockText: String) -> Bool {
        Self.speaksAsWe(words, in: blockText, verbs: verbs)
    }

    /// Whether the words speak as "we" or "I", the dictionary being `verbs`.
    static func speaksAsWe(_ words: some Collection<ScannedText.Word>, in blockText: String, verbs: VerbForms) -> Bool {
        if words.contains(where: { $0.cues.contains(.firstPerson) }) { return true }
        let forms = words.filter { mayBeFirstPersonPlural(text(of: $0, in: blockText)) }.map { TextNormalizer.key(text(of: $0, in: blockText)) }
        return !forms.isEmpty && verbs.readings(of: forms).contains { $0.contains(.firstPersonPlural) }
    }

    /// Whether a word's ending lets it be a verb in the first person plural: `-am`, `-ām`,
    /// `-im`, `-sim`, `-mies` — told from its last bytes, before any string is made.
    static func mayBeFirstPersonPlural(_ word: Substring) -> Bool {
        let bytes = word.utf8
        guard bytes.count >= 4 else { return false }
        let last = Array(bytes.suffix(4))
        let two = (last[2] | 0x20, last[3] | 0x20)
        // "am", "im" in any case; "ām" is C4 81 6D (Ā: C4 80); "mies" ends every reflexive one.
        return two == (0x61, 0x6D) || two == (0x69, 0x6D) || (last[1] == 0xC4 && (last[2] | 0x01) == 0x81 && last[3] | 0x20 == 0x6D)
            || (last[0] | 0x20, last[1] | 0x20, last[2] | 0x20, last[3] | 0x20) == (0x6D, 0x69, 0x65, 0x73)
    }

    /// A sentence this short that names an annex only points to it: "Resursu plāns – pievienotajā
    /// failā „Resursu_plans.docx”".
    private static let wordsOfAPointer = 12

    /// Whether the sentence ends with "!" — how adverts end.
    private static func endsWithExclamation(_ sentence: Sentence) -> Bool {
        guard let last = sentence.words.last else { return false }
        return contains(UInt8(ascii: "!"), in: sentence.blockText, last.scanned.byteEnd..<last.scanned.byteEnd + 4)
    }

    /// A verb that reports someone else's words: after a closing quote ("„…,” rakstīja
    /// laikraksts") or opening what they said ("Pētnieki norāda, ka …").
    private func reportingVerb(in sentence: Sentence) -> ScannedText.Word? {
        guard sentence.words.contains(where: { $0.cues.contains(.reporting) }) else { return nil }
        let words = Array(sentence.words)
        let utf8 = sentence.blockText.utf8
        let sentenceStart = words.first?.scanned.byteStart ?? 0
        // "Kā raksta laikraksts …", "Kā intervijā teica …" — "Ka raksta …" typed without
        // diacritics: "ka" (that) does not open a sentence.
        if let first = words.first, ["kā", "ka"].contains(TextNormalizer.key(Self.text(of: first, in: sentence.blockText))),
            let verb = words.prefix(Self.wordsBeforeQuotedVerb).first(where: { $0.cues.contains(.reporting) })
        {
            return verb
        }
        for (position, word) in words.enumerated() where word.cues.contains(.reporting) {
            // A closing quote between the sentence's first word and this one.
            let preceding = utf8.dropFirst(sentenceStart).prefix(word.scanned.byteStart - sentenceStart)
            if Self.containsClosingQuote(preceding) { return word }
            // "Laikraksts … rakstīja: „…”": a quote after a colon — or after the source named
            // after the verb: "Lasām „Staburagā”: „…”".
            let namedSource = words[position..<min(position + 1 + Self.wordsOfANamedSource, words.count)]
            if namedSource.contains(where: { Self.quotesAfterColon($0, in: sentence) }) { return word }
            // "Pētnieki norāda, ka …": a source's claim. Minutes report members the same way
            // ("Ozoliņa ziņo, ka pērn biedri paši …"), so only the verbs of sources open one.
            // "Lasīju avīzē, ka …": a word or two of where may stand before "ka".
            let opensThat = (position + 1..<min(position + 1 + Self.wordsBeforeThat, words.count)).contains { next in
                words[next].scanned.clauseBoundaryBefore && TextNormalizer.key(Self.text(of: words[next], in: sentence.blockText)) == "ka"
            }
            // "Žurnāls „Ir” stāstīja par Rīgas apkaimju biedrībām …": a newspaper or an office
            // reporting, whatever follows its verb.
            if position <= Self.wordsBeforeReportingVerb, words[..<position].contains(where: { $0.cues.contains(.source) }) { return word }
            guard opensThat, position <= Self.wordsBeforeQuotedVerb else { continue }
            // A named source may take a few more words: "Zemkopības ministrijas pārstāvis
            // konferencē „Lauki 2030” uzsvēra, ka …".
            if words[..<position].contains(where: { $0.cues.contains(.source) }) { return word }
            if position <= Self.wordsBeforeReportingVerb,
                Self.sourceVerbs.contains(TextNormalizer.foldedPrefix(Self.text(of: word, in: sentence.blockText), count: 12))
            {
                return word
            }
        }
        return nil
    }

    /// A source named after its verb before the colon is a few words: "Lasām „Staburagā”: …",
    /// "Lasījām avīzē „Diena”: …".
    private static let wordsOfANamedSource = 3

    /// "ka" stands right after the reporting verb, or a word or two later ("lasīju avīzē, ka").
    private static let wordsBeforeThat = 3

    /// Verbs of reading or hearing someone else's words, folded: the "I" or "we" of the sentence
    /// only passes them on.
    private static let receivingVerbs: Set<String> = ["lasiju", "lasijam", "izlasiju", "izlasijam", "dzirdeju", "dzirdejam"]

    /// Reporting verbs that name a source's claim rather than a member's report, folded.
    private static let sourceVerbs: Set<String> = [
        "norada", "noradija", "uzskata", "uzskatija", "apgalvo", "apgalvoja", "vesta", "vestija", "raksta", "rakstija", "pauz",
        "pauda", "atzist", "atzina", "lasiju", "lasijam", "izlasiju", "izlasijam", "dzirdeju", "dzirdejam",
        // A document's words, in the passive: "Novada attīstības programmā uzsvērts, ka …".
        "uzsverts", "noradits", "teikts", "rakstits",
    ]

    /// Whether `bytes` hold `”` (U+201D) or `"`.
    ///
    /// Only a quote that ends a statement — „…,” „….” „…!” — closes someone's words; a quoted
    /// name („atmiņu pēcpusdienas”) does not.
    private static func containsClosingQuote(_ bytes: Substring.UTF8View) -> Bool {
        var iterator = bytes.makeIterator()
        var previous: (UInt8, UInt8, UInt8) = (0, 0, 0)
        let endsStatement: Set<UInt8> = [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")]
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "\""), endsStatement.contains(previous.2) { return true }
            if previous.1 == 0xE2 && previous.2 == 0x80 && (byte == 0x9D || byte == 0x9C), endsStatement.contains(previous.0) { return true }
            previous = (previous.1, previous.2, byte)
        }
        return false
    }

    /// How many words may name the one who speaks before "norāda, ka": "Pētnieki", "Eiropas
    /// Komisija viedos ciemus".
    private static let wordsBeforeReportingVerb = 5

    /// Whether the place at `index` says where someone lives or works, not where the sentence is
    /// set: "divi Rīgā dzīvojoši novadpētnieki", "Norvēģijā strādājošie ciema jaunieši".
    private static func isWhereSomeoneLives(after index: Int, in sentence: Sentence) -> Bool {
        guard index + 1 < sentence.words.endIndex else { return false }
        let next = TextNormalizer.foldedPrefix(text(of: sentence.words[index + 1], in: sentence.blockText), count: 9)
        return next.hasPrefix("dzivojos") || next.hasPrefix("stradajos")
    }

    /// A place abroad that sets the scene: opening the sentence ("Austrijā, Tiroles ciemos, …")
    /// or its contrast ("…, bet Somijā daudzviet ciemu biedrības …") — not where a donor lives
    /// ("Paldies Norvēģijā dzīvojošajai pilskalniecei").
    private func abroadSetting(_ sentence: Sentence) -> ScannedText.Word? {
        let words = sentence.words
        if let first = words.first, first.cues.contains(.abroadGenitive) {
            // "Igaunijas Vigalas ciemā", "Austrijas ciemos": a place noun in the locative within
            // the next two words.
            let next = words.dropFirst().prefix(2)
            if next.contains(where: { $0.cues.contains(.placeNoun) && Self.isLocative($0, in: sentence.blockText) }) { return first }
        }
        return words.indices.first { index in
            words[index].cues.contains(.abroad) && (index == words.startIndex || words[index - 1].cues.contains(.contrast))
        }.map { words[$0] }
    }

    /// Whether a noun ends as a locative does: -ā, -ē, -os, -ās, -ēs ("ciemā", "apkaimē",
    /// "ciemos").
    private static func isLocative(_ word: ScannedText.Word, in text: String) -> Bool {
        withBytes(of: word, in: text) { bytes in
            let count = bytes.count
            guard count >= 3 else { return false }
            let (a, b) = (bytes[count - 2], bytes[count - 1])
            if a == 0xC4 && (b == 0x81 || b == 0x93) { return true }
            return b | 0x20 == UInt8(ascii: "s") && (a | 0x20 == UInt8(ascii: "o") || (count >= 4 && bytes[count - 3] == 0xC4 && (a == 0x81 || a == 0x93)))
        }
    }

    /// After "Kā", or after a named source, the reporting verb may stand further off: "Kā
    /// intervijā laikrakstam „Latvijas Avīze” sacīja …".
    private static let wordsBeforeQuotedVerb = 8

    /// Whether a sentence opening with `word` speaks of smart villages in general ("Viedie
    /// ciemi ir …", "Šādas kopienas parasti …").
    static func isGenericSubject(_ word: some StringProtocol) -> Bool {
        // Every such opening starts with v, t, d, s or š (C5 A0/A1): most words are ruled out
        // by their first byte.
        switch word.utf8.first.map({ $0 == 0xC5 ? $0 : $0 | 0x20 }) {
        case UInt8(ascii: "v"), UInt8(ascii: "t"), UInt8(ascii: "d"), UInt8(ascii: "s"), 0xC5: break
        default: return false
        }
        let folded = TextNormalizer.foldedPrefix(word, count: 12)
        return folded.hasPrefix("vied") || folded.hasPrefix("tipisk") || genericSubjects.contains(folded)
    }

    /// The folded openings, besides the forms of "viedais" and "tipisks" ("Tipiskā viedā ciemā ir
    /// …"), that speak in general: "Šādi ciemi …", "Daudzviet nav ne biedrību …".
    private static let genericSubjects: Set<String> = ["sadas", "sadi", "sadam", "sados", "sada", "sads", "daudzviet"]

    /// The mode of each match of `sentence` (indices into the block's words), from the clause it
    /// stands in — or, for a subordinate clause ("…, kas ir mūsu ciema vērtības"), from the
    /// clause it depends on when that one plans or wishes.
    func modes(of matches: [TermMatch], in sentence: Sentence, clauses: (TermMatch) -> Range<Int>) -> [LexiconFile.Mode] {
        modes(ofClauses: matches.map(clauses), in: sentence)
    }

    /// The mode each of `clauses` (ranges of the sentence's words) reports in.
    func modes(ofClauses clauses: [Range<Int>], in sentence: Sentence) -> [LexiconFile.Mode] {
        if sentence.inPlanTable { return clauses.map { _ in .planned } }
        // The verbs' readings, asked once for the sentence's words that can be a conditional,
        // a future, a debitive or an infinitive opening an action item.
        let words = sentence.words
        var candidates: [Int] = []
        var forms: [String] = []
        for index in words.indices {
            let written = Self.text(of: words[index], in: sentence.blockText)
            guard Self.mayBeMarkedVerb(written) || (index - words.startIndex < Self.wordsBeforeAnItemsVerb && Self.mayBeInfinitive(written)) else {
                continue
            }
            candidates.append(index)
            forms.append(TextNormalizer.key(written))
        }
        var readings: [Int: VerbReading] = [:]
        if !forms.isEmpty {
            // "uz kāršu spēli": a genitive plural in -šu reads as a future in the first person
            // singular ("kāršu" of kārt); only a sentence that says "es" has one.
            let saysI = words.contains { $0.cues.contains(.firstPerson) && TextNormalizer.key(Self.text(of: $0, in: sentence.blockText)) == "es" }
            for (index, reading) in zip(candidates, verbs.readings(of: forms)) where !reading.isEmpty {
                var reading = reading
                if !saysI, reading.contains(.future), Self.endsInShu(Self.text(of: words[index], in: sentence.blockText)) { reading.remove(.future) }
                if !reading.isEmpty { readings[index] = reading }
            }
            // The dictionary does not know the modals typed without diacritics: "butu", "varetu".
            for (index, form) in zip(candidates, forms) where Self.foldedModals.contains(form) { readings[index, default: []].insert(.conditional) }
        }
        // "Nolēma: LEADER projektu gatavot ciema laukumam": an item after a colon, its first
        // verb an infinitive and no finite verb after it, is to be done — what opens the
        // sentence keeps its own mode ("Nolēma" decided).
        if let item = itemAfterColon(in: sentence) {
            var known: [Range<Int>: LexiconFile.Mode] = [:]
            return clauses.map { clause in
                clause.lowerBound >= item
                    ? .planned : effectiveMode(of: Self.scope(of: clause, in: words), words: words, readings: readings, text: sentence.blockText, known: &known)
            }
        }
        // With no marked verb and no cue of a plan or a wish, every clause reports what is.
        let planCues: ClaimCues.Kind = [.intention, .futureTime, .goal, .notYet]
        if readings.isEmpty, !words.contains(where: { !$0.cues.isDisjoint(with: planCues) }) {
            return clauses.map { _ in .actual }
        }
        // "Apzināt ciema resursus – telpas, tehniku", "2024. gada rudenī sasaukt iedzīvotāju
        // sapulci": an action plan's item, its first verb an infinitive after a word or three of when.
        let opening = words.startIndex..<min(words.endIndex, words.startIndex + Self.wordsBeforeAnItemsVerb)
        if let firstVerb = opening.first(where: { readings[$0] != nil }), readings[firstVerb]?.contains(.infinitive) == true,
            firstVerb == words.startIndex || !hasTenseOrMood(words, in: sentence.blockText)
        {
            return clauses.map { _ in .planned }
        }
        // "Mūsu vīzija: Ēdoles ciems 2030. gadā — sakopts …": what follows a goal's name is aimed at.
        if let frameEnd = words.indices.dropFirst().first(where: { words[$0].scanned.clauseBoundaryBefore }),
            frameEnd - words.startIndex <= Self.wordsOfAFrame, words[words.startIndex..<frameEnd].contains(where: { $0.cues.contains(.goal) })
        {
            return clauses.map { _ in .planned }
        }
        // "Mūsu vīzija ir Mežāre 2030. gadā – sakopts ciems …": a goal's name said to be what
        // follows — all of it is aimed at.
        if let goal = words.prefix(Self.wordsOfAFrame).firstIndex(where: { $0.cues.contains(.goal) }), goal + 1 < words.endIndex,
            TextNormalizer.key(Self.text(of: words[goal + 1], in: sentence.blockText)) == "ir"
        {
            return clauses.map { _ in .planned }
        }
        var known: [Range<Int>: LexiconFile.Mode] = [:]
        return clauses.map { clause in
            effectiveMode(of: Self.scope(of: clause, in: words), words: words, readings: readings, text: sentence.blockText, known: &known)
        }
    }

    /// Where an action item after a colon starts: the first word after the sentence's first
    /// colon, when an infinitive comes within ``wordsBeforeAnItemsVerb`` words of it and no
    /// finite verb after the infinitive. `nil` when there is no such item.
    private func itemAfterColon(in sentence: Sentence) -> Int? {
        let words = sentence.words
        guard words.count > 2, Self.contains(UInt8(ascii: ":"), in: sentence.blockText, words[words.startIndex].scanned.byteEnd..<words[words.endIndex - 1].scanned.byteStart),
            let start = words.indices.dropFirst().first(where: { index in
                Self.contains(UInt8(ascii: ":"), in: sentence.blockText, words[index - 1].scanned.byteEnd..<words[index].scanned.byteStart)
            })
        else { return nil }
        // The item's verb, and no finite verb after it: the nouns before it may read as verbs
        // ("resursu sarakstu sagatavot" — "sarakstu", I write down), and so may prepositions
        // after it ("līdz", until — a form of līdzēt).
        let opening = start..<min(words.endIndex, start + Self.wordsBeforeAnItemsVerb)
        guard let verb = opening.first(where: { index in
            let written = Self.text(of: words[index], in: sentence.blockText)
            return Self.mayBeInfinitive(written) && verbs.readings(of: [TextNormalizer.key(written)]).first?.contains(.infinitive) == true
        }), !hasTenseOrMood(words[(verb + 1)...].filter { !$0.cues.contains(.preposition) }, in: sentence.blockText)
        else { return nil }
        return start
    }

    /// The mode a clause reports in, its own or the one it carries on: a subordinate clause
    /// takes the mode of the clause it depends on, and so does a clause with no verb of its own,
    /// the next item of a list ("…, kur pēc pieciem gadiem būs darbs uz vietas, sakopta vide un
    /// droša dzīve ikvienam"; "Vajadzētu apzināt, kas mums ir – telpas, tehnika, cilvēki").
    private func effectiveMode(
        of clause: Range<Int>, words: ArraySlice<ScannedText.Word>, readings: [Int: VerbReading], text: String,
        known: inout [Range<Int>: LexiconFile.Mode], depth: Int = 0
    ) -> LexiconFile.Mode {
        if let mode = known[clause] { return mode }
        let mode = clauseMode(clause, words: words, readings: readings, text: text)
        guard mode == .actual, clause.lowerBound > words.startIndex, depth < Self.clausesCarriedOver else { return mode }
        var previous = clause.lowerBound - 1
        while previous > words.startIndex, !words[previous].scanned.clauseBoundaryBefore { previous -= 1 }
        let before = effectiveMode(of: previous..<clause.lowerBound, words: words, readings: readings, text: text, known: &known, depth: depth + 1)
        let effective: LexiconFile.Mode
        if !words[clause.lowerBound].cues.isDisjoint(with: [.relative, .subordinator]) {
            effective = before
        } else if before == .actual {
            effective = mode
        } else {
            effective = hasTenseOrMood(words[clause], in: text) ? mode : before
        }
        known[clause] = effective
        return effective
    }

    /// How many clauses back a mode is carried.
    private static let clausesCarriedOver = 4

    /// Whether a clause reports what is, plans, or wishes.
    private func clauseMode(_ clause: Range<Int>, words: ArraySlice<ScannedText.Word>, readings: [Int: VerbReading], text: String) -> LexiconFile.Mode {
        var mode = LexiconFile.Mode.actual
        var afterPurpose = false
        var notYet = false
        var inProgress = false
        var futureTime = false
        for index in clause {
            let cues = words[index].cues
            let reading = readings[index] ?? []
            afterPurpose = afterPurpose || cues.contains(.purpose)
            futureTime = futureTime || cues.contains(.futureTime)
            if reading.contains(.conditional) && !Self.agreesAsParticiple(at: index, in: words, text: text)
                && !isParticipleBesideFiniteVerb(at: index, clause: clause, words: words, text: text)
            {
                // "…, lai jaunas ģimenes varētu dzīvot": a purpose, the goal of a deed.
                if !afterPurpose { return .hypothetical }
                mode = .planned
            }
            if cues.contains(.intention) || cues.contains(.goal) || reading.contains(.future) || reading.contains(.debitive) {
                mode = .planned
            }
            notYet = notYet || cues.contains(.notYet)
            inProgress = inProgress || cues.contains(.inProgress)
        }
        // "nākamajā nedēļā" in a story told in the past is the week after, not a plan: "…, bet
        // nākamajā nedēļā paši uzlika jaunas skārda loksnes".
        if futureTime, mode == .actual, !hasPastTense(words[clause], in: text) { mode = .planned }
        // "… vēl tiek veidota", "Mājaslapa vēl top": not there yet.
        return notYet && inProgress ? .planned : mode
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

    /// Whether a `-tu` form is a participle agreeing with what stands before it, not a
    /// conditional: after a preposition ("ar vienotu sistēmu") or an accusative in `-u`
    /// ("saglabāt mazpilsētu apdzīvotu").
    private static func agreesAsParticiple(at index: Int, in words: ArraySlice<ScannedText.Word>, text: String) -> Bool {
        guard index > words.startIndex else { return false }
        let previous = words[index - 1]
        if previous.cues.contains(.preposition) { return true }
        // Only the participle shapes "-otu", "-ītu": "varētu", "gribētu", "būtu" are the
        // conditional whatever stands before them.
        let form = Array(Self.text(of: words[index], in: text).utf8.suffix(4))
        let participleShape = form.suffix(3).elementsEqual("otu".utf8) || form.elementsEqual([0xC4, 0xAB, 0x74, 0x75])
        let bytes = Self.text(of: previous, in: text).utf8
        let afterAccusative = !previous.scanned.clauseBoundaryBefore && bytes.count > 3 && bytes.last == UInt8(ascii: "u")
            && !previous.cues.contains(.firstPerson)
        // "… atbalstītu projektu": the participle agreeing with the noun after it.
        let next = index + 1 < words.endIndex ? Self.text(of: words[index + 1], in: text).utf8 : Substring("").utf8
        let beforeAccusative = index + 1 < words.endIndex && !words[index + 1].scanned.clauseBoundaryBefore && next.count > 3
            && next.last == UInt8(ascii: "u")
        return participleShape && (afterAccusative || beforeAccusative)
    }

    /// Whether a `-tu` form is a participle because its clause already has a verb that states:
    /// "Paneļus uzstādījām ar … administrētu ELFLA atbalstu", "biedrība ar 19 biedriem un
    /// ievēlētu valdi". The modal conditionals ("varētu", "būtu") stay conditionals.
    private func isParticipleBesideFiniteVerb(at index: Int, clause: Range<Int>, words: ArraySlice<ScannedText.Word>, text: String) -> Bool {
        let form = TextNormalizer.key(Self.text(of: words[index], in: text))
        guard !Self.modalConditionals.contains(form) else { return false }
        let others = clause.filter { $0 != index }.map { TextNormalizer.key(Self.text(of: words[$0], in: text)) }
        return verbs.readings(of: others).contains { $0.contains(.statesIndicative) }
    }

    /// The modal conditionals typed without diacritics.
    private static let foldedModals: Set<String> = ["butu", "varetu", "vajadzetu", "gribetu", "gribetos", "veletos", "spetu", "deretu"]

    /// Conditionals that are never participles: the modal verbs and "būt".
    private static let modalConditionals: Set<String> = [
        "būtu", "varētu", "varētos", "gribētu", "gribētos", "vēlētos", "vēlētu", "vajadzētu", "spētu", "drīkstētu", "derētu",
        "noderētu", "patiktu", "butu", "varetu", "gribetu", "gribetos", "veletos", "vajadzetu",
    ]

    /// A goal's name opening a sentence is a word or three: "Mūsu vīzija:", "Galvenais mērķis –".
    private static let wordsOfAFrame = 3

    /// Whether a word ends as an infinitive does: `-t`, `-ties`.
    /// An action item's infinitive follows a word or three of when: "2024. gada rudenī sasaukt …".
    private static let wordsBeforeAnItemsVerb = 4

    private static func mayBeInfinitive(_ word: Substring) -> Bool {
        let bytes = word.utf8
        guard bytes.count >= 3, let last = bytes.last.map({ $0 | 0x20 }) else { return false }
        return last == 0x74 || (last == 0x73 && bytes.suffix(4).map { $0 | 0x20 }.elementsEqual("ties".utf8))
    }

    /// Whether a word's ending or prefix lets it be a conditional (`-tu`, `-tos`), a future
    /// (`-os`, `-ās`, `-ēs`, `-īs`, `-ūs`, `-ks`, `-ies`, `-sim`, `-siet`, `-šu`, `-sies`) or a
    /// debitive (`jā-`) — told from its bytes, so that only those few words are looked up.
    private static func mayBeMarkedVerb(_ word: Substring) -> Bool {
        word.utf8.withContiguousStorageIfAvailable(mayBeMarkedVerb(bytes:)) ?? mayBeMarkedVerb(bytes: Array(word.utf8)[...])
    }

    private static func mayBeMarkedVerb<Bytes: RandomAccessCollection<UInt8>>(bytes word: Bytes) -> Bool where Bytes.Index == Int {
        let count = word.count
        guard count >= 3 else { return false }
        let end = word.endIndex
        let last = word[end - 1] | 0x20
        let second = word[end - 2]
        let third = word[end - 3]
        let lowerSecond = second | 0x20
        switch last {
        case 0x75:  // u: -tu, -šu (C5 A1 75)
            return lowerSecond == 0x74 || second == 0xA1
        case 0x73:  // s: -tos, -os, -ies, -ks, -ās -ēs -īs -ūs (2-byte vowels end in 81 93 AB AB), -sies
            if lowerSecond == 0x6F || lowerSecond == 0x6B || lowerSecond == 0x65 { return true }
            if third == 0xC4 && (second == 0x81 || second == 0x93 || second == 0xAB) || third == 0xC5 && second == 0xAB { return true }
        case 0x6D:  // m: -sim
            if lowerSecond == 0x69 && third | 0x20 == 0x73 { return true }
        case 0x74:  // t: -siet
            if count >= 4 && lowerSecond == 0x65 && third | 0x20 == 0x69 && word[end - 4] | 0x20 == 0x73 { return true }
        default:
            break
        }
        // jā- (6A C4 81), Jā- (4A C4 81).
        let start = word.startIndex
        return word[start] | 0x20 == 0x6A && word[start + 1] == 0xC4 && (word[start + 2] | 0x01) == 0x81
    }

    /// Whether a word ends in "šu" (C5 A1 75): a first person singular future, or a genitive
    /// plural.
    private static func endsInShu(_ word: Substring) -> Bool {
        word.utf8.count >= 3 && word.utf8.suffix(3).elementsEqual([0xC5, 0xA1, 0x75])
    }

    /// Whether a word starts with a capital letter: a name, or a sentence's first word.
    static func isCapitalised(_ word: ScannedText.Word, in blockText: String) -> Bool {
        text(of: word, in: blockText).unicodeScalars.first?.properties.isUppercase ?? false
    }

    /// The word as written.
    static func text(of word: ScannedText.Word, in blockText: String) -> Substring {
        Substring(blockText.utf8.dropFirst(word.scanned.byteStart).prefix(word.scanned.byteEnd - word.scanned.byteStart))
    }

    /// Calls `body` with a word's UTF-8 bytes, borrowed from the block without a copy.
    static func withBytes<Result>(of word: ScannedText.Word, in blockText: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var text = blockText
        return text.withUTF8 { bytes in body(UnsafeBufferPointer(rebasing: bytes[word.scanned.byteStart..<word.scanned.byteEnd])) }
    }

    /// Whether `byte` occurs among the block's bytes in `range` (clamped to the block).
    static func contains(_ byte: UInt8, in blockText: String, _ range: Range<Int>) -> Bool {
        var text = blockText
        return text.withUTF8 { bytes in
            let window = range.clamped(to: 0..<bytes.count)
            guard let base = bytes.baseAddress, !window.isEmpty else { return false }
            return memchr(base + window.lowerBound, Int32(byte), window.count) != nil
        }
    }
}

extension ScannedText.Word {
    /// The word's length in UTF-8 bytes: a cheap test before its text is made.
    var byteCount: Int { scanned.byteEnd - scanned.byteStart }
}
