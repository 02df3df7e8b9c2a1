import DocumentModel
import LatvianLanguage
import LatvianMorphology
import Lexicon

/// Finds the passages of a submission that mention lexicon terms, and decides for each match
/// whether it is denied in its clause and whether it can count at all (headings and template
/// labels cannot).
struct PassageFinder {
    let matcher: Matcher
    let claims: ClaimReader
    /// The applicant is a business: its company and staff acting are the applicant acting.
    var companyIsApplicant = false
    /// The folded name of the institution applying, if one is (see ``ApplicantField``).
    var institutionApplying: String?

    /// A passage before it is assigned to indicators.
    struct Found {
        var evidence: Evidence
        /// The owners (indicators, resource types) each match is for, as numbered in
        /// ``Matcher/owners``, parallel to `evidence.matches`.
        var owners: [Int]
        /// Where the passage's block is: an index into the submission's documents, and into
        /// that document's blocks.
        var document: Int
        var block: Int
        /// The places the passage's sentence names (see ``PlaceNames``).
        var places: PlaceNames
    }

    /// The passages of `document`, the submission's document number `documentIndex`, as far as
    /// `budget` matches go: a block whose matches would overdraw it is not judged, nor any after it.
    /// - Returns: the passages; whether the whole document was judged; whether it is general
    ///   text, never the applicant's (see ``Anchor``).
    func passages(in document: ReadDocument, documentIndex: Int, budget: inout Int) -> (found: [Found], complete: Bool, general: Bool) {
        var found: [Found] = []
        let tables = TableFacts(document, verbs: claims.verbs)
        let letter = SupportLetter(document)
        let genre = DeclaredGenre(document)
        var anchor = Anchor(essay: genre?.isEssay ?? false)
        for (position, block) in document.blocks.enumerated() {
            let scanned = matcher.scan(block.text)
            anchor.read(scanned.words, in: block.text, claims: claims)
            var matches = scanned.matches
            // Words of an e-mail or web address say nothing: "skeltovas.jauniesi@gmail.com".
            if WebAddresses.mayHoldAddress(block.text) {
                let addresses = WebAddresses(block.text)
                matches.removeAll { match in match.words.contains { addresses.contains(scanned.words[$0]) } }
            }
            guard !matches.isEmpty else { continue }
            guard matches.count <= budget else {
                anchor.settle(document, claims: claims, matcher: matcher)
                return (found, false, anchor.isGeneral)
            }
            budget -= matches.count
            let words = scanned.words
            var sentences = SentenceTexts(block.text)
            let label = labelReason(block, position: position, in: document, tables: tables, matches: matches, words: words)
            let sentenceWords = SentenceWords(sentences.ranges, words: words)
            let overruledBefore = sentenceWords.overruling.map { sentences.ranges[$0].start }
            let givenUp = sentenceWords.givenUp
            let quotations = Quotations.mayQuote(block.text) ? Quotations(block.text) : nil
            var openingClaims: [Int: Claim] = [:]
            var advert = AdvertInBlock()
            // Matches come in text order, sentences too: one sweep assigns them.
            var nextMatch = 0
            for sentenceIndex in sentences.ranges.indices {
                let sentence = sentences.ranges[sentenceIndex]
                while nextMatch < matches.count, matches[nextMatch].start < sentence.start { nextMatch += 1 }
                let firstMatch = nextMatch
                while nextMatch < matches.count, matches[nextMatch].start < sentence.end { nextMatch += 1 }
                // A phrase running over the sentence's end belongs to neither sentence.
                let inSentence = matches[firstMatch..<nextMatch].filter { $0.end <= sentence.end }
                guard !inSentence.isEmpty else { continue }
                let sentenceRange = sentenceWords.ranges[sentenceIndex]
                let clauses = Clauses(words: words, sentence: sentenceRange, mentions: inSentence, in: block.text)
                let read = ClaimReader.Sentence(
                    blockText: block.text, words: words[sentenceRange], part: block.location.part,
                    inPlanTable: block.location.cell.map { tables.isPlan(block.location.part, table: $0.table, row: $0.row) } ?? false
                )
                // What cannot count either way — a heading, a template label — is not read for
                // its claim, nor its mentions for their mode.
                var claim = label == nil ? claims.claim(of: read) : .plain
                // Someone else's letter of support: its "we" is the writer's.
                if let letter, letter.blocks.contains(position), claim == .plain, claims.speaksAsWe(read.words, in: block.text) {
                    claim = Claim(speaker: .other, cue: letter.cue)
                }
                // The later sentences of a quotation are its source's, as its first one is.
                if claim == .plain, let quotations, let first = read.words.first,
                    let opened = quotations.openedBefore(first.scanned.byteStart, enclosing: first)
                {
                    let opening = openingClaims[opened] ?? quotationClaim(opened: opened, sentences: sentences.ranges, words: words, block: block)
                    openingClaims[opened] = opening
                    if opening.speaker != .applicant { claim = Claim(speaker: opening.speaker, cue: opening.cue) }
                }
                // "Ceptuve „Rudzu klēts” piedāvā svaigu maizi! Tagad var pasūtīt arī mūsu
                // e-veikalā": after an advert, the paragraph's "we" is the advertiser's.
                if claim.speaker == .applicant, claim.register == .content, !companyIsApplicant,
                    let cue = advert.before(sentenceIndex, of: sentenceWords.ranges, words: words, in: block, claims: claims)
                {
                    claim = Claim(speaker: .other, cue: cue)
                }
                // A sample to fill in: all of it is form.
                if case .sample(let cue) = genre, claim.register == .content {
                    claim = Claim(register: .template, cue: cue)
                }
                if claim.speaker == .general { anchor.speaksGenerally = true }
                let text = sentences.text(sentenceIndex)
                let before = sentenceIndex > 0 ? sentences.text(sentenceIndex - 1) : ""
                let after = sentenceIndex + 1 < sentences.ranges.count ? sentences.text(sentenceIndex + 1) : ""
                let asks = text.utf8.last == 0x3F || ClaimReader.asks(read.words)
                let reason = label ?? (claims.isAgendaItem(read) || claims.isQuotedName(read) ? NotCounted.heading.rawValue : nil)
                    ?? (asks ? NotCounted.question.rawValue : claim.disqualification?.rawValue)
                // "Inovācijas var būt uzņēmējdarbībā (piemēram, kooperatīvs, e-veikals)": a
                // mention inside a form's bracketed examples is its hint.
                let examples = ClaimReader.bracketedExamples(in: read)
                let countable = reason == nil
                var modes = countable ? claims.modes(of: inSentence, in: read, clauses: clauses.clause(of:)) : inSentence.map { _ in .actual }
                // "Tūrisma maršruts. Gidu vadībā izveidosim …": an item's run-in title is done,
                // planned or wished as the description after it is told.
                if countable, sentenceIndex == 0, sentences.ranges.count > 1, isRunInTitle(read) {
                    let described = describedMode(after: sentences.ranges[1], words: words, block: block)
                    if described != .actual { modes = modes.map { _ in described } }
                }
                var matched: [MatchedTerm] = []
                var owners: [Int] = []
                matched.reserveCapacity(inSentence.count)
                owners.reserveCapacity(inSentence.count)
                for (match, mode) in zip(inSentence, modes) {
                    let term = matcher.terms[match.term]
                    let negated = clauses.denies(match) || givenUp.contains(sentenceIndex)
                    // What the residents said or did before a board overruled it, later in the paragraph.
                    let byInstitution = countable
                        && (overruledBefore.map { sentence.start < $0 } ?? false
                            || ClaimReader.isDoneByInstitution(
                                clauses.clause(of: match), in: read.words, text: block.text, companyIsApplicant: companyIsApplicant,
                                institutionApplying: institutionApplying
                            ))
                    matched.append(
                        MatchedTerm(
                            term: term.text, lemma: term.lemma, start: match.start - sentence.start, end: match.end - sentence.start,
                            strength: term.strength.rawValue, negated: negated, folded: match.viaFolding ? true : nil,
                            mode: mode == .actual ? nil : mode, byInstitution: byInstitution ? true : nil,
                            inExample: examples.contains { $0.contains(words[match.words.lowerBound].scanned.byteStart) } ? true : nil
                        )
                    )
                    owners.append(term.ownerIndex)
                }
                var evidence = Evidence(
                    file: document.path, part: block.location.part, headingPath: block.location.headingPath,
                    cell: block.location.cell, ordinal: block.location.ordinal, text: text,
                    context: Evidence.Context(before: before, after: after), matches: matched, negated: false,
                    counted: true, notCountedBecause: reason,
                    strength: LexiconFile.Strength.supporting.rawValue,
                    answersHeading: nil, textOffset: sentence.start
                )
                if claim != .plain { evidence.claim = claim }
                found.append(
                    Found(evidence: evidence, owners: owners, document: documentIndex, block: position, places: PlaceNames(read.words, in: block.text, verbs: claims.verbs))
                )
            }
        }
        anchor.settle(document, claims: claims, matcher: matcher)
        return (found, true, anchor.isGeneral)
    }

    /// Whether a block's first sentence is the run-in title of an item, a word or three with a
    /// full stop or colon and no verb: "Tūrisma maršruts.", "Sponsori:".
    private func isRunInTitle(_ sentence: ClaimReader.Sentence) -> Bool {
        let words = sentence.words
        guard let first = words.first, let last = words.last, (1...Self.wordsOfATitleLine).contains(words.count { !Self.isNumber($0, in: sentence.blockText) }),
            ClaimReader.isCapitalised(first, in: sentence.blockText)
        else { return false }
        let utf8 = sentence.blockText.utf8
        let after = utf8.index(utf8.startIndex, offsetBy: last.scanned.byteEnd)
        guard after < utf8.endIndex, utf8[after] == UInt8(ascii: ".") || utf8[after] == UInt8(ascii: ":") else { return false }
        return !claims.hasTenseOrMood(words, in: sentence.blockText)
    }

    /// The mode the first clause of `sentence` reports in: what a run-in title before it takes.
    private func describedMode(after sentence: SentenceSplitter.Sentence, words: [ScannedText.Word], block: TextBlock) -> LexiconFile.Mode {
        guard let first = words.firstIndex(where: { $0.scanned.utf16Start >= sentence.start }), first < words.count,
            words[first].scanned.utf16End <= sentence.end
        else { return .actual }
        var end = first + 1
        while end < words.count, words[end].scanned.utf16End <= sentence.end { end += 1 }
        var clauseEnd = first + 1
        while clauseEnd < end, !words[clauseEnd].scanned.clauseBoundaryBefore { clauseEnd += 1 }
        let read = ClaimReader.Sentence(blockText: block.text, words: words[first..<end], part: block.location.part, inPlanTable: false)
        return claims.modes(ofClauses: [first..<clauseEnd], in: read).first ?? .actual
    }

    /// The claim of the sentence in which a quotation opened at byte `opened` of the block: its
    /// later sentences are the same speaker's.
    private func quotationClaim(
        opened: Int, sentences: [SentenceSplitter.Sentence], words: [ScannedText.Word], block: TextBlock
    ) -> Claim {
        // The first word after the opening mark, and the sentence it stands in.
        guard let inside = words.firstIndex(where: { $0.scanned.byteStart > opened }),
            let sentence = sentences.last(where: { $0.start <= words[inside].scanned.utf16Start })
        else { return .plain }
        let sentenceWords = words.indices.filter { words[$0].scanned.utf16Start >= sentence.start && words[$0].scanned.utf16End <= sentence.end }
        guard let first = sentenceWords.first, let last = sentenceWords.last else { return .plain }
        let read = ClaimReader.Sentence(blockText: block.text, words: words[first...last], part: block.location.part, inPlanTable: false)
        return claims.claim(of: read)
    }

    /// The words of a paragraph's sentences, and the cues each sentence holds, read in one
    /// sweep for the rules that look across sentences.
    private struct SentenceWords {
        /// Per sentence, the indices of its words in the block's words.
        let ranges: [Range<Int>]
        /// Per sentence, the union of its words' cues.
        let cues: [ClaimCues.Kind]

        init(_ sentences: [SentenceSplitter.Sentence], words: [ScannedText.Word]) {
            var ranges: [Range<Int>] = []
            var cues: [ClaimCues.Kind] = []
            ranges.reserveCapacity(sentences.count)
            cues.reserveCapacity(sentences.count)
            var nextWord = 0
            for sentence in sentences {
                while nextWord < words.count, words[nextWord].scanned.utf16Start < sentence.start { nextWord += 1 }
                var end = nextWord
                var union: ClaimCues.Kind = []
                while end < words.count, words[end].scanned.utf16End <= sentence.end {
                    union.formUnion(words[end].cues)
                    end += 1
                }
                ranges.append(nextWord..<end)
                cues.append(union)
            }
            self.ranges = ranges
            self.cues = cues
        }

        /// The sentence that overrules what the paragraph said before it: "Vairums aptaujā
        /// atbalstīja rotaļu laukumu. Tomēr skolas direktore un biedrības valde savā sēdē nolēma,
        /// ka svarīgāka ir ietve" — a contrast, a verb of deciding, a board or an institution as
        /// its doer, and no "we". `nil` when no sentence after the first does.
        var overruling: Int? {
            cues.indices.dropFirst().first { index in
                let cues = cues[index]
                return cues.contains(.contrast) && cues.contains(.decision) && !cues.isDisjoint(with: [.role, .institution]) && !cues.contains(.firstPerson)
            }
        }

        /// The sentences the next one gives up: "… runājām par laika bankas izveidi. Tomēr pēc
        /// ilgām diskusijām no tās atteicāmies" — a verb of giving up and a word pointing back at
        /// what was just named.
        var givenUp: Set<Int> {
            Set(cues.indices.dropFirst().filter { cues[$0].isSuperset(of: [.refusal, .backReference]) }.map { $0 - 1 })
        }
    }

    /// Whether a document is anchored to an applicant: it speaks as "we" or "I", or names a
    /// place or organisation ("Vietalvas pagastā", "biedrība „Sprogu kaimiņi”"). A document that
    /// does neither and speaks of smart villages in general ("Viedie ciemi ir …") is general text
    /// throughout — its lists of what such villages have included (see ``markedGeneral(_:)``);
    /// an unanchored annex that makes claims of its own (a resource table, a budget) is judged
    /// by them.
    private struct Anchor {
        /// The document declares itself an essay or article (see ``DeclaredGenre``): only "we"
        /// anchors it.
        let essay: Bool
        private(set) var isAnchored = false
        /// A sentence of the document speaks of smart villages in general.
        var speaksGenerally = false
        /// The words read while the document was not anchored that may be verbs in the first
        /// person plural (lower-case, outside quotes): ``settle(_:claims:matcher:)`` asks the
        /// dictionary about them instead of scanning the document again.
        private(set) var weVerbCandidates: [String] = []
        /// How many of the document's blocks ``read(_:in:claims:)`` has taken in.
        private(set) var blocksRead = 0

        var isGeneral: Bool { !isAnchored && (speaksGenerally || essay) }

        /// Takes in a block's words.
        mutating func read(_ words: [ScannedText.Word], in text: String, claims: ClaimReader) {
            blocksRead += 1
            guard !isAnchored else { return }
            // An essay's "we" is often everyone's ("mūsu laukos"): it anchors the essay only
            // beside the name of a place — "Mēs, Liepkalnu ciema jaunieši, …".
            if essay {
                isAnchored = Self.namesAPlace(words, in: text) && ClaimReader.wordsOutsideQuotes(words, in: text).contains { Self.isWe($0, in: text) }
                return
            }
            if Self.namesAPlace(words, in: text) {
                isAnchored = true
                return
            }
            // Whether a verb speaks as "we" is asked of the dictionary only for a document that
            // would otherwise be general text (see ``settle(_:claims:matcher:)``). A quoted "Mūsu
            // ciems …" is someone else's words or a form's sample.
            let mayBeWe = words.contains { ClaimReader.mayBeFirstPersonPlural(ClaimReader.text(of: $0, in: text)) }
            guard mayBeWe || words.contains(where: { $0.cues.contains(.firstPerson) }) else { return }
            let outside = ClaimReader.wordsOutsideQuotes(words, in: text)
            isAnchored = outside.contains { $0.cues.contains(.firstPerson) }
            guard !isAnchored, mayBeWe else { return }
            for word in outside {
                let written = ClaimReader.text(of: word, in: text)
                if ClaimReader.mayBeFirstPersonPlural(written) { weVerbCandidates.append(TextNormalizer.key(written)) }
            }
        }

        /// Whether a block names a place beside a place noun: "Vietalvas pagastā", "biedrība
        /// „Sprogu kaimiņi”" — not a place abroad or in the capital ("Austrijā, Tiroles ciemos"),
        /// nor villages in the plural ("vairākos Kurzemes ciemos"), which are examples.
        private static func namesAPlace(_ words: [ScannedText.Word], in text: String) -> Bool {
            guard !words.contains(where: { !$0.cues.isDisjoint(with: [.otherPlace, .abroad]) }) else { return false }
            return words.indices.contains { index in
                let word = words[index]
                guard word.cues.contains(.placeNoun), !isPlural(word, in: text) else { return false }
                // Only a neighbour in the same clause: "„Viedais ciems”. Zīmi …" names nothing.
                let before = index - 1 >= 0 && !word.scanned.clauseBoundaryBefore ? [index - 1] : []
                let after = index + 1 < words.count && !words[index + 1].scanned.clauseBoundaryBefore ? [index + 1] : []
                return (before + after).contains { isName(words[$0], in: text) }
            }
        }

        /// Settles a document that speaks generally and was not anchored by a pronoun or a name:
        /// a verb in the first person plural anywhere anchors it after all.
        mutating func settle(_ document: ReadDocument, claims: ClaimReader, matcher: Matcher) {
            // An essay's verbs in "we" are the author's and the readers' ("redzam", "zinām").
            guard isGeneral, !essay else { return }
            if claims.verbs.readings(of: weVerbCandidates).contains(where: { $0.contains(.firstPersonPlural) }) {
                isAnchored = true
                return
            }
            // Blocks left unread when the match budget ran out.
            for block in document.blocks.dropFirst(blocksRead) {
                // Quoted words are someone else's or a sample's.
                let words = ClaimReader.wordsOutsideQuotes(matcher.scan(block.text).words, in: block.text)
                guard claims.speaksAsWe(words, in: block.text) else { continue }
                isAnchored = true
                return
            }
        }

        /// Whether the word is a name: capitalised, and not "Viedie" or "Šādas" opening a
        /// sentence about smart villages.
        private static func isName(_ word: ScannedText.Word, in text: String) -> Bool {
            // "Lai ciems kļūtu viedāks": a capitalised word that is a cue ("Lai", "Mūsu") is no name.
            guard word.cues.isEmpty, ClaimReader.isCapitalised(word, in: text) else { return false }
            let written = ClaimReader.text(of: word, in: text)
            // "Daudzos Latvijas ciemos", "Eiropas kopienas", "Rīgas apkaime": the country's, the
            // continent's or the capital's, not the applicant's.
            return !ClaimReader.isGenericSubject(written) && !PlaceNames.isNoApplicantsPlace(TextNormalizer.folded(written))
        }

        /// Whether the word is "we" ("mēs", "mūsu", "mums", "mūs"), not an author's "I".
        private static func isWe(_ word: ScannedText.Word, in text: String) -> Bool {
            word.cues.contains(.firstPerson) && ["mes", "musu", "mums", "mus"].contains(TextNormalizer.folded(ClaimReader.text(of: word, in: text)))
        }

        /// Whether a place noun is in the plural ("ciemos", "pagastos"), as examples are; the
        /// forms a singular shares ("kopienas") are not told apart.
        private static func isPlural(_ word: ScannedText.Word, in text: String) -> Bool {
            ClaimReader.pluralPlaceNouns.contains(TextNormalizer.folded(ClaimReader.text(of: word, in: text)))
        }

    }

    /// The advert a paragraph's earlier sentences hold, read once per sentence as the
    /// paragraph is swept: what follows an advert in its paragraph is the advertiser's.
    private struct AdvertInBlock {
        private var read = 0
        private var cue: String?

        /// The word that made a sentence before `index` an exclaimed advert, if one did.
        /// - Parameter sentences: per sentence of the block, its words' indices.
        mutating func before(_ index: Int, of sentences: [Range<Int>], words: [ScannedText.Word], in block: TextBlock, claims: ClaimReader) -> String? {
            while cue == nil, read < index {
                let range = sentences[read]
                read += 1
                guard !range.isEmpty else { continue }
                let earlier = ClaimReader.Sentence(blockText: block.text, words: words[range], part: block.location.part, inPlanTable: false)
                cue = claims.exclaimedAdvert(in: earlier)
            }
            return cue
        }
    }

    /// A block's sentences, each copied out of the block at most once though it is cited as a
    /// passage and as its neighbours' context.
    private struct SentenceTexts {
        let text: String
        let ranges: [SentenceSplitter.Sentence]
        private var texts: [String?]

        init(_ text: String) {
            self.text = text
            ranges = SentenceSplitter.sentences(in: text)
            texts = Array(repeating: nil, count: ranges.count)
        }

        mutating func text(_ index: Int) -> String {
            if let text = texts[index] { return text }
            let text = ranges[index].text(in: self.text)
            texts[index] = text
            return text
        }
    }

    /// `found` with every passage that would count marked as a general statement: the passages
    /// of a document that is general text — its examples of other places included ("Vairākos
    /// Kurzemes ciemos …"), which the text as a whole speaks of in general.
    static func markedGeneral(_ found: [Found]) -> [Found] {
        found.map { passage in
            let reason = passage.evidence.notCountedBecause
            guard reason == nil || reason == NotCounted.aboutSomeoneElse.rawValue else { return passage }
            var general = passage
            general.evidence.notCountedBecause = NotCounted.generalStatement.rawValue
            general.evidence.claim = Claim(speaker: .general, cue: general.evidence.claim?.cue)
            return general
        }
    }

    // MARK: Negation

    /// A sentence's clauses and the negation cues in them, worked out once per sentence so that
    /// each match is judged in constant time: a paragraph without punctuation is one clause, and
    /// looking through it for every match in it cost hours for a few megabytes.
    ///
    /// A clause runs from the last boundary (`,` `;` `:` a dash, or `bet`/`taču`/…) before a
    /// match to the first one after it; a cue in it denies the match. Two cues reach less far.
    /// `bez` ("without") denies what it governs, the words right after it — "bez pašvaldības
    /// atbalsta" — not its clause: "Kopienas centrs ir atvērts bez maksas" says the centre is
    /// free, not that there is none. And `ne tikai … bet arī` ("not only … but also") denies
    /// nothing.
    private struct Clauses {
        /// The sentence's words, as indices into the block's words.
        let sentence: Range<Int>
        /// For each word of the sentence (from `sentence.lowerBound`), the first word of its
        /// clause and the last.
        private var clauseStart: [Int] = []
        private var clauseEnd: [Int] = []
        /// How many cues that deny their whole clause come before each word of the sentence
        /// (one entry more than the sentence has words).
        private var cuesBefore: [Int] = []
        /// Whether each word of the sentence is `bez`.
        private var isGoverningCue: [Bool] = []
        /// Whether each word of the sentence opens a clause that is only a parenthesis
        /// ("godīgi sakot", "protams", "diemžēl").
        private var isParenthesis: [Bool] = []
        /// Whether each word of the sentence opens a relative clause (`kas`, `kuri`).
        private var opensRelative: [Bool] = []
        /// Words before this one (a block word index) are denied across a contrast: "Kaimiņu
        /// pagastā ir kopienas centrs, bet mums tāda nav".
        private var deniedBefore: Int?

        init(words: [ScannedText.Word], sentence: Range<Int>, mentions: [TermMatch], in text: String) {
            self.sentence = sentence
            guard !sentence.isEmpty else { return }
            let count = sentence.count
            clauseStart.reserveCapacity(count)
            var start = sentence.lowerBound
            for index in sentence {
                if index > sentence.lowerBound, Self.opensClause(words[index]) { start = index }
                clauseStart.append(start)
            }
            clauseEnd = Array(repeating: sentence.upperBound - 1, count: count)
            var end = sentence.upperBound - 1
            for index in sentence.reversed() {
                clauseEnd[index - sentence.lowerBound] = end
                if Self.opensClause(words[index]) { end = index - 1 }
            }
            cuesBefore.reserveCapacity(count + 1)
            cuesBefore.append(0)
            isGoverningCue.reserveCapacity(count)
            for index in sentence {
                let word = words[index]
                var deniesClause = false
                var governs = false
                if word.isNegationCue {
                    if PassageFinder.word(word, in: text, is: NegationCues.governingCue) {
                        governs = true
                    } else {
                        let notOnly = PassageFinder.word(word, in: text, is: NegationCues.notOnlyCue.first) && index + 1 < words.count
                            && PassageFinder.word(words[index + 1], in: text, is: NegationCues.notOnlyCue.second)
                        deniesClause = !notOnly
                    }
                }
                isGoverningCue.append(governs)
                cuesBefore.append(cuesBefore[cuesBefore.count - 1] + (deniesClause ? 1 : 0))
            }
            deniedBefore = Self.contrastDenial(words: words, sentence: sentence, mentions: mentions, in: text)
            opensRelative = sentence.map { words[$0].cues.contains(.relative) }
            isParenthesis = sentence.map { index in
                guard index == clauseStart[index - sentence.lowerBound], index > sentence.lowerBound else { return false }
                let clause = index...clauseEnd[index - sentence.lowerBound]
                // "Kopienas mājas ar kopstrādes telpu, kā Ēdolē, mums nav": a comparison set off
                // by commas.
                if clause.count <= Self.wordsOfAComparison, clause.upperBound + 1 < sentence.upperBound,
                    words[index].byteCount == 3, TextNormalizer.key(ClaimReader.text(of: words[index], in: text)) == "kā"
                {
                    return true
                }
                guard clause.count <= 2 else { return false }
                return Self.parentheses.contains(clause.map { TextNormalizer.key(ClaimReader.text(of: words[$0], in: text)) }.joined(separator: " "))
            }
        }

        /// Words set off by commas that leave the clause around them whole.
        private static let parentheses: Set<String> = [
            "godīgi sakot", "protams", "diemžēl", "patiesībā", "jāatzīst", "starp citu", "acīmredzot", "manuprāt", "šķiet", "varbūt",
            "godigi sakot", "diemzel", "patiesiba", "jaatzist",
        ]

        /// A comparison set off by commas is "kā" and a word or two: "kā Ēdolē", "kā kaimiņu ciemā".
        private static let wordsOfAComparison = 3

        /// A clause this short is a fragment of the one around it.
        private static let wordsOfAFragment = 2

        /// The words of the clause `match` stands in, as block word indices.
        func clause(of match: TermMatch) -> Range<Int> {
            guard !sentence.isEmpty, sentence.contains(match.words.lowerBound), sentence.contains(match.words.upperBound - 1) else {
                return match.words
            }
            let base = sentence.lowerBound
            return clauseStart[match.words.lowerBound - base]..<(clauseEnd[match.words.upperBound - 1 - base] + 1)
        }

        /// The contrast word whose part of the sentence denies what came before it: it denies
        /// (`nav`, `atteicāmies`), points back (`tāda`, `tās`, `nekā`) or names again what it
        /// denies ("…, bet mūsu ciemam ārzemju partneru nav"), and says who lacks it — "we", a
        /// named place, or a refusal of our own ("bet no tās atteicāmies").
        private static func contrastDenial(words: [ScannedText.Word], sentence: Range<Int>, mentions: [TermMatch], in text: String) -> Int? {
            var result: Int?
            // "Kādi resursi mums vispār ir, līdz galam vēl neesam apzinājuši": what a question
            // opening the sentence asks about, the clause after it has not done.
            if words[sentence.lowerBound].cues.contains(.interrogative),
                let next = (sentence.lowerBound + 1..<sentence.upperBound).first(where: { words[$0].scanned.clauseBoundaryBefore })
            {
                var end = next + 1
                while end < sentence.upperBound, !words[end].scanned.clauseBoundaryBefore { end += 1 }
                let answer = Self.mainClauseWords(words[next..<end])
                if answer.contains(where: \.isNegationCue), !answer.contains(where: { $0.cues.contains(.contrast) }) { result = next }
            }
            var index = sentence.lowerBound + 1
            while index < sentence.upperBound {
                defer { index += 1 }
                // A contrast word, or a clause of ours set against the one before with only a
                // comma: "Seces jauniešiem ir savs e-veikals, mums tāda nav".
                let saysContrast = words[index].cues.contains(.contrast)
                // …or one that points back after a dash: "Meistarklases – šo rīcību vēl neesam sākuši".
                // "…, paši neesam nekur pieteikušies": ourselves, by ourselves.
                guard saysContrast
                    || (words[index].scanned.clauseBoundaryBefore && !words[index].cues.isDisjoint(with: [.firstPerson, .backReference, .selfReference]))
                else { continue }
                var end = index + 1
                while end < sentence.upperBound, !words[end].cues.contains(.contrast), saysContrast || !words[end].scanned.clauseBoundaryBefore {
                    end += 1
                }
                let afterRange = (saysContrast ? index + 1 : index)..<end
                let after = words[afterRange]
                // Only a main clause denies: "bet tiem, kas telefonu neizmanto, pie veikala ir
                // ziņojumu dēlis" and "…, jo Facebook ierakstus viņas neredz" deny nothing before.
                let main = Self.mainClauseWords(after)
                let denies = main.contains { $0.isNegationCue || $0.cues.contains(.refusal) }
                // A denying verb of ours: "neesam sākuši", "nepaspējām".
                let ourDenial = main.contains { $0.isNegationCue && ClaimReader.mayBeFirstPersonPlural(ClaimReader.text(of: $0, in: text)) }
                let ours = ourDenial || after.contains { $0.cues.contains(.firstPerson) }
                // "tāda", "tās" — or, in a few words, "vēl": "bet pie mums vēl ne".
                let pointsBack = after.contains { $0.cues.contains(.backReference) }
                    || (after.count <= Self.wordsOfAShortDenial && after.contains { $0.cues.contains(.notYet) })
                    || (after.count <= Self.wordsOfARestatedDenial && mentions.contains { afterRange.contains($0.words.lowerBound) })
                // Who lacks it: "we", a named place, or a refusal.
                let names = ours || after.contains { $0.cues.contains(.refusal) || ClaimReader.isCapitalised($0, in: text) }
                // "sponsorus meklējām, bet neviens neatsaucās": nobody, nothing came of it.
                let nothingCame = after.contains { $0.cues.contains(.negativePronoun) }
                // A clause opened by a pointer denies for us only in our words ("šo rīcību vēl
                // neesam sākuši"): "to neviens cits ciems nevar nosaukt par savu" boasts.
                let opensWithPointer = !saysContrast && !words[index].cues.contains(.firstPerson)
                // "bet nepaspējām reģistrēties", "bet tagad vairs nerīkojam": a short denial in our
                // own verb needs no word pointing back.
                let oursInShort = saysContrast && ourDenial && after.count <= Self.wordsOfARestatedDenial
                // "Aptaujā vairākums gribēja laukumu, bet valde tomēr izlēma pirkt soliņus": what the
                // residents said, a board or an institution overruled.
                var decisionEnd = index + 1
                while decisionEnd < sentence.upperBound, !words[decisionEnd].scanned.clauseBoundaryBefore || words[decisionEnd].cues.contains(.contrast) {
                    decisionEnd += 1
                }
                // "bet valde tomēr izlēma": a second contrast word inside the clause is an adverb.
                let decided = words[(index + 1)..<decisionEnd]
                let overruled = saysContrast && !ours && !decided.contains { $0.cues.contains(.firstPerson) }
                    && decided.contains { $0.cues.contains(.decision) } && decided.contains { !$0.cues.isDisjoint(with: [.role, .institution]) }
                if opensWithPointer {
                    // "Par LEADER uzzināju no avīzes, paši neesam nekur pieteikušies": nowhere, never.
                    if denies && (pointsBack || nothingCame) && ours { result = index }
                } else if (denies && ((pointsBack && names) || nothingCame || oursInShort)) || overruled {
                    result = index
                }
            }
            return result
        }

        /// The words of `words` outside the relative and subordinate clauses among them (those
        /// opened by `kas`, `kuri`, `ka`, `jo`, …).
        private static func mainClauseWords(_ words: ArraySlice<ScannedText.Word>) -> [ScannedText.Word] {
            var main: [ScannedText.Word] = []
            var subordinate = false
            for (offset, word) in words.enumerated() {
                if offset == 0 || word.scanned.clauseBoundaryBefore {
                    subordinate = !word.cues.isDisjoint(with: [.relative, .subordinator, .reason])
                }
                if !subordinate { main.append(word) }
            }
            return main
        }

        /// "bet pie mums vēl ne", "bet mums vēl nav": a denial this short needs no word pointing back.
        private static let wordsOfAShortDenial = 5

        /// "bet mūsu ciemam ārzemju partneru vai sponsoru nav": a denial that names again what it
        /// denies is a clause of a few words, not the rest of a long sentence.
        private static let wordsOfARestatedDenial = 8

        /// Whether a cue in the match's clause, outside the match, denies it.
        func denies(_ match: TermMatch) -> Bool {
            guard !sentence.isEmpty, sentence.contains(match.words.lowerBound), sentence.contains(match.words.upperBound - 1) else { return false }
            let base = sentence.lowerBound
            let first = clauseStart[match.words.lowerBound - base]
            var last = clauseEnd[match.words.upperBound - 1 - base]
            guard first <= last else { return false }
            // "Resursi, kas mums jau ir, vēl nav apzināti": a subject cut off by a relative clause
            // takes the negation of the clause that resumes after it.
            if last - first < Self.wordsOfAFragment, last + 1 < sentence.upperBound, opensRelative[last + 1 - base] {
                let relativeEnd = clauseEnd[last + 1 - base]
                if relativeEnd + 1 < sentence.upperBound { last = clauseEnd[relativeEnd + 1 - base] }
            }
            // "Kopīgas vīzijas mums, godīgi sakot, nav": a parenthesis does not end the clause.
            if last + 1 < sentence.upperBound, isParenthesis[last + 1 - base] {
                let parenthesisEnd = clauseEnd[last + 1 - base]
                if parenthesisEnd + 1 < sentence.upperBound { last = clauseEnd[parenthesisEnd + 1 - base] }
            }
            let inClause = cuesBefore[last + 1 - base] - cuesBefore[first - base]
            let inMatch = cuesBefore[match.words.upperBound - base] - cuesBefore[match.words.lowerBound - base]
            if inClause > inMatch { return true }
            if let deniedBefore, match.words.upperBound <= deniedBefore { return true }
            // `bez` right before the match, within its clause.
            for distance in 1...PassageFinder.wordsGovernedByBez {
                let cue = match.words.lowerBound - distance
                if cue >= first, isGoverningCue[cue - base] { return true }
            }
            return false
        }

        private static func opensClause(_ word: ScannedText.Word) -> Bool {
            word.scanned.clauseBoundaryBefore || word.isClauseBreaker
        }
    }


    /// How many words after `bez` a match may start and still be what `bez` governs: a noun
    /// and one word before it ("bez pašvaldības atbalsta").
    fileprivate static let wordsGovernedByBez = 2

    /// Whether `word` of `text` is `literal` (lower-case ASCII), in any case.
    fileprivate static func word(_ word: ScannedText.Word, in text: String, is literal: StaticString) -> Bool {
        let length = word.scanned.byteEnd - word.scanned.byteStart
        guard length == literal.utf8CodeUnitCount else { return false }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: word.scanned.byteStart)
        return zip(utf8[start...].prefix(length), UnsafeBufferPointer(start: literal.utf8Start, count: length)).allSatisfy { $0 | 0x20 == $1 }
    }

    // MARK: Labels

    /// A table row of one part of a document.
    private struct RowAddress: Hashable {
        var part: DocumentPart
        var table: Int
        var row: Int
    }

    /// What a label's table says about it, gathered once per document: a label is judged by
    /// what its row holds, and a table of one column holds no labels.
    private struct TableFacts {
        /// Per row, how many cells it has and how many of them answer something.
        var rows: [RowAddress: (cells: Int, answered: Int)] = [:]
        /// Tables with a second column, by part and number.
        var withColumns: Set<Int> = []
        /// Tables with more than one row, by part and number: their first row is a head row.
        var withRows: Set<RowAddress> = []
        /// Action plans and estimates: tables whose head row names deadlines, plans or costs
        /// ("Termiņš", "Plānotā rīcība", "Summa, EUR"), by part and number.
        var plans: Set<RowAddress> = []

        /// Rows whose status cell says the item is not done: "Iecerēts", "Vēl nav sākts".
        var plannedRows: Set<RowAddress> = []

        init(_ document: ReadDocument, verbs: VerbForms) {
            var lastText: String?
            var lastTable: RowAddress?
            for block in document.blocks {
                guard let cell = block.location.cell else {
                    lastText = block.text
                    continue
                }
                let address = RowAddress(part: block.location.part, table: cell.table, row: cell.row)
                let table = RowAddress(part: block.location.part, table: cell.table, row: 0)
                // What stands right above a table titles it: "Rīcības plāns", "Ko darīsim projekta laikā".
                if table != lastTable, let title = lastText, Self.titlesPlan(title, verbs: verbs) { plans.insert(table) }
                lastTable = table
                rows[address, default: (0, 0)].cells += 1
                if !PassageFinder.isEmptyAnswer(block.text) { rows[address, default: (0, 0)].answered += 1 }
                if cell.column > 1 { withColumns.insert(cell.table) }
                if cell.row > 1 { withRows.insert(table) }
                if cell.row == 1, Self.namesPlan(block.text) { plans.insert(table) }
                if cell.column > 1, Self.saysNotDone(block.text) { plannedRows.insert(address) }
            }
        }

        /// Whether the row `row` of a table is a row of an action plan (below its head row), or
        /// a row whose status says it is not done.
        func isPlan(_ part: DocumentPart, table: Int, row: Int) -> Bool {
            row > 1 && (plans.contains(RowAddress(part: part, table: table, row: 0)) || plannedRows.contains(RowAddress(part: part, table: table, row: row)))
        }

        /// Whether a table's title announces a plan: an action or work plan, a budget, or a verb
        /// in the future ("Ko darīsim projekta laikā").
        private static func titlesPlan(_ text: String, verbs: VerbForms) -> Bool {
            let keys = Tokenizer.tokens(in: text).map(\.key)
            guard keys.count <= wordsOfATitle else { return false }
            let folded = keys.map(TextNormalizer.folded)
            let namesPlan = zip(folded, folded.dropFirst()).contains { first, second in
                second.hasPrefix("plan") && ["ricibas", "darba", "darbibas", "aktivitasu", "pasakumu"].contains(first)
            }
            // A budget or an estimate lists what is to be bought and done: "5. Budžets", "Izmaksu
            // tāme" — but "Resursi un budžets" lists what there is.
            let budget = folded.contains { $0.hasPrefix("budzet") || $0 == "tame" } && !folded.contains { $0.hasPrefix("resurs") }
            return namesPlan || budget || folded.contains { $0.hasPrefix("planot") } || verbs.readings(of: keys).contains { $0.contains(.future) }
        }

        /// A title is a line of a few words.
        private static let wordsOfATitle = 8

        /// Whether a status cell says its row is not done yet: "Iecerēts", "Plānots", "Vēl nav sākts".
        private static func saysNotDone(_ text: String) -> Bool {
            // A status is short: longer cells are not read word by word.
            guard text.utf8.count <= bytesOfAStatus else { return false }
            let folded = Tokenizer.tokens(in: text).map { TextNormalizer.folded($0.key) }
            guard (1...wordsOfAStatus).contains(folded.count) else { return false }
            let intends = folded.contains { ["iecer", "planot", "ieplanot", "paredzet"].contains(where: $0.hasPrefix) }
            let notStarted = folded.contains("nav") && folded.contains { $0.hasPrefix("sakt") || $0.hasPrefix("uzsakt") || $0.hasPrefix("iesakt") }
            return intends || notStarted
        }

        /// A status is a word or three.
        private static let wordsOfAStatus = 4

        /// …of a few letters.
        private static let bytesOfAStatus = 40

        /// Whether a head cell names a deadline or a plan.
        private static func namesPlan(_ text: String) -> Bool {
            Tokenizer.tokens(in: text).contains { token in
                let folded = TextNormalizer.folded(token.key)
                // Deadlines and plans; an estimate's costs ("Izmaksas", "Summa, EUR") are purchases ahead.
                return folded.hasPrefix("termin") || folded.hasPrefix("planot") || folded.hasPrefix("izmaks") || folded.hasPrefix("summa")
                    || folded.hasPrefix("budzet")
            }
        }
    }

    /// Why a block's mentions cannot count on their own: it is a heading, or a template label
    /// with nothing filled in next to it (an empty row, a "—").
    private func labelReason(
        _ block: TextBlock,
        position: Int,
        in document: ReadDocument,
        tables: TableFacts,
        matches: [TermMatch],
        words: [ScannedText.Word]
    ) -> String? {
        if block.kind == .heading { return "heading" }
        // One word on its own line of a web page, outside a table or list, is a menu entry or a
        // link ("Facebook"), not a statement; in a document it may be an item of a list.
        if document.format == .html, block.kind == .paragraph, block.location.cell == nil, words.count == 1 {
            return NotCounted.heading.rawValue
        }
        // A web page's menu: a few capitalised words with no punctuation — "Sākums Video Tirgus Grupas".
        if document.format == .html, block.kind == .paragraph, block.location.cell == nil, (2...Self.wordsOfAMenu).contains(words.count),
            words.allSatisfy({ ClaimReader.isCapitalised($0, in: block.text) }), let last = Self.lastVisibleScalar(block.text),
            last.properties.isAlphabetic, !claims.hasTenseOrMood(words, in: block.text)
        {
            return NotCounted.heading.rawValue
        }
        // A line of a few words standing alone, capitalised and unpunctuated, with no verb, is a
        // title or a signature's role: "Rīcības plāns", "Valdes loceklis".
        if block.kind == .paragraph, block.location.cell == nil, words.count <= Self.wordsOfATitleLine + 2,
            (1...Self.wordsOfATitleLine).contains(words.count { !Self.isNumber($0, in: block.text) }),
            ClaimReader.isCapitalised(words[0], in: block.text), let last = Self.lastVisibleScalar(block.text),
            last.properties.isAlphabetic || last.properties.numericType != nil || (last == "." && words.count <= Self.wordsOfAnItem),
            !claims.hasTenseOrMood(words, in: block.text)
        {
            return NotCounted.heading.rawValue
        }
        // A column's head cell ("Resursa veids", "Resurss") names what the rows below hold; so
        // does a head put as a question without its mark ("Kā tas kalpo mūsu mērķim").
        if let cell = block.location.cell, cell.row == 1,
            tables.withRows.contains(RowAddress(part: block.location.part, table: cell.table, row: 0)),
            words.count <= Self.wordsOfAHeadCell || (words.count <= Self.wordsOfAQuestionHead && Self.asksAsAHead(words, in: block.text))
        {
            return NotCounted.heading.rawValue
        }
        if let cell = block.location.cell {
            let row = tables.rows[RowAddress(part: block.location.part, table: cell.table, row: cell.row)] ?? (cells: 1, answered: 0)
            // Another cell of the row answers something.
            let filled = row.answered - (Self.isEmptyAnswer(block.text) ? 0 : 1) > 0
            if !filled && row.cells > 1 || (row.cells == 1 && cell.column == 1 && tables.withColumns.contains(cell.table)) {
                return "template label with nothing filled in"
            }
        }
        // "Lēmumu pieņemšana: —" or a label line followed by an empty answer.
        guard let last = Self.lastVisibleScalar(block.text), ":—–-".unicodeScalars.contains(last) else { return nil }
        // "[Ārējie partneri, sponsori:] —", "Partneri: –": a label whose answer is a dash.
        if last != ":", let dash = block.text.unicodeScalars.lastIndex(of: last),
            let beforeDash = Self.lastVisibleScalar(String(block.text.unicodeScalars[..<dash])), beforeDash == ":" || beforeDash == "]"
        {
            return "template label with nothing filled in"
        }
        var covered = [Bool](repeating: false, count: words.count)
        for match in matches { for word in match.words { covered[word] = true } }
        let rest = words.indices.reduce(0) { $0 + (covered[$1] ? 0 : words[$1].scanned.utf16End - words[$1].scanned.utf16Start) }
        if rest < 3 { return "template label with nothing filled in" }
        if last == ":", position + 1 < document.blocks.count, Self.isEmptyAnswer(document.blocks[position + 1].text) {
            return "template label with nothing filled in"
        }
        return nil
    }

    /// A web page's menu line holds a few entries.
    private static let wordsOfAMenu = 6

    /// A word or two with a full stop is an item's title: "E-veikals."
    private static let wordsOfAnItem = 2

    /// Whether a word is written in digits: a year, a number.
    private static func isNumber(_ word: ScannedText.Word, in text: String) -> Bool {
        ClaimReader.text(of: word, in: text).utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// A title line is a word or three, and perhaps its years: "Rīcības plāns 2024–2026".
    private static let wordsOfATitleLine = 3

    /// A head cell of a table is a label of a few words.
    private static let wordsOfAHeadCell = 4
    /// A head cell asking what its column holds is a short question.
    private static let wordsOfAQuestionHead = 8

    /// Whether a cell's words open with a question word and end without a full stop: a
    /// column's head put as a question ("Kam izmantojam (saistība ar mērķi)").
    private static func asksAsAHead(_ words: [ScannedText.Word], in text: String) -> Bool {
        guard let first = words.first, lastVisibleScalar(text) != "." else { return false }
        return questionWords.contains(TextNormalizer.key(ClaimReader.text(of: first, in: text)))
    }

    private static let questionWords: Set<String> = ["kā", "kam", "kas", "kāpēc", "kur", "kad", "ko", "kurš", "kura", "kuri", "kādi", "kāds", "kāda", "cik"]

    /// The last character of `text` that is not white space, as a scalar.
    private static func lastVisibleScalar(_ text: String) -> Unicode.Scalar? {
        text.unicodeScalars.last { !isWhitespace($0) }
    }

    /// Unicode's white space, answered for ASCII without a property lookup.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }

    /// A cell or paragraph that answers nothing: empty, a dash, dots.
    static func isEmptyAnswer(_ text: String) -> Bool {
        // By scalar: a letter anywhere (nearly always the first) settles it without breaking
        // the text into characters.
        text.unicodeScalars.allSatisfy { isWhitespace($0) || "—–-.…_/".unicodeScalars.contains($0) }
    }
}
