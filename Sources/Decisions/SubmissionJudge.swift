public import DocumentModel
import LatvianLanguage
public import LatvianMorphology
public import Lexicon
import UTF8Text

/// Decides, for one submission, the status of every indicator and criterion of a lexicon's
/// scheme, keeping the passages each decision rests on.
public struct SubmissionJudge: Sendable {
    public let lexicon: LexiconFile
    public let matcher: Matcher
    private let claims: ClaimReader
    /// The form's applicant fields, when an indicator depends on who applies (``LexiconFile/Indicator/communityOnly``).
    private let applicantFields: LexiconFile.Applicant?

    /// - Parameter verbs: the Latvian dictionary's reading of verb forms, which tells a deed
    ///   from a plan or a wish; one is shared by every judge of a scan.
    public init(lexicon: LexiconFile, matcher: Matcher, verbs: VerbForms) {
        self.lexicon = lexicon
        self.matcher = matcher
        // The scheme's own wording: its template text and the names of its criteria and indicators.
        let names = lexicon.criteria.map(\.name.lv) + lexicon.indicators.map(\.name.lv)
        claims = ClaimReader(verbs: verbs, template: TemplateWording((lexicon.template ?? []) + names))
        applicantFields = lexicon.indicators.contains { $0.communityOnly == true } ? lexicon.applicant : nil
    }

    /// Judges `submission`, listing in each result the passages `selection` picks; every passage
    /// still counts in the decisions and the tallies, and is among the highlights.
    /// - Parameter maxMatches: the lexicon matches judged at most (`judged-matches`); the
    ///   document where they run out, and those after it, are judged no further and named in
    ///   ``Judgement/unjudged``.
    public func judge(_ submission: Submission, selection: EvidenceSelection = .all, maxMatches: Int = .max) -> Judgement {
        let fieldValues = lexicon.applicant.map { ApplicantField.values(in: submission.documents, fields: $0) } ?? []
        let applicant = applicantFields.flatMap { ApplicantField(named: submission.documents, values: fieldValues, fields: $0) }
        let finder = PassageFinder(matcher: matcher, claims: claims, companyIsApplicant: applicant?.kind == .business, institutionApplying: applicant?.institution)
        var found: [PassageFinder.Found] = []
        var budget = maxMatches
        var unjudged: [String] = []
        for (index, document) in submission.documents.enumerated() {
            guard unjudged.isEmpty else {
                unjudged.append(document.path)
                continue
            }
            let (passages, complete, general) = finder.passages(in: document, documentIndex: index, budget: &budget)
            found += general ? PassageFinder.markedGeneral(passages) : passages
            if !complete { unjudged.append(document.path) }
        }
        found = PlaceNames.marked(found)
        // Read once, and only when an indicator that needs a named place finds none in its passages.
        var titleNamesPlace: Bool?
        let owners = PassagesByOwner(found, owners: matcher.owners)
        let notJudged = Set(unjudged)
        // The files that could hold evidence but were not (fully) read or judged; the
        // submission's own source when it could not be opened to the end.
        let unreadable = submission.files.filter { $0.isUnreadable || notJudged.contains($0.path) }.map(\.path)
            + (submission.container.status == .read ? [] : [submission.source])

        var indicators: [String: IndicatorResult] = [:]
        var highlights = Highlights(documents: submission.documents.count)
        var sentences = SentenceTally(found)
        var answers: [BlockIndex: SectionAnswer?] = [:]
        for (indicatorIndex, indicator) in lexicon.indicators.enumerated() {
            let owner = matcher.ownerIndex(of: .indicator(indicator.id))
            let mine = owners.passages(of: owner)
            let modes = indicator.acceptedModes
            var citations = Self.citations(in: found, at: mine, accepting: modes, ownAction: indicator.ownAction == true) { $0 == owner }
            if indicator.companions?.isEmpty == false {
                Self.requireCompanions(&citations, in: found, companion: matcher.ownerIndex(of: .companion(indicator.id)))
            }
            if indicator.notBeside?.isEmpty == false, let rival = matcher.ownerIndex(of: .rival(indicator.id)) {
                Self.withdrawBesideRivals(&citations, in: found, rival: rival)
            }
            citations += sectionAnswers(for: indicator.id, in: submission, found: found, at: mine, cited: citations, read: &answers)
            if lexicon.resourceTypes?.indicator == indicator.id {
                citations += resourceLists(
                    for: indicator.id, in: submission, found: found, owners: owners, accepting: modes,
                    alreadyCited: Self.sentences(of: citations, in: found)
                )
            }
            if let parts = indicator.combines, !parts.isEmpty {
                citations += combined(
                    parts, for: indicator.id, in: found, owners: owners, accepting: modes, alreadyCited: Self.sentences(of: citations, in: found)
                )
            }
            Self.withdrawDeniedInSection(&citations, in: found)
            Self.withdrawOutweighedByDenial(&citations, in: found)
            if indicator.namesPlace == true, !citations.contains(where: { $0.counted && Self.namesAPlace($0, in: found) }) {
                let named = titleNamesPlace ?? PlaceNames.inTitles(of: submission.documents)
                titleNamesPlace = named
                if !named { Self.withdraw(&citations, because: .placeNotNamed) }
            }
            if indicator.communityOnly == true, let applicant = applicant?.kind {
                Self.withdraw(&citations, because: applicant == .business ? .businessApplicant : .institutionApplicant)
            }
            highlights.add(citations, in: found, indicator: indicatorIndex)
            sentences.begin()
            indicators[indicator.id] = decide(
                citations, in: found, sentences: &sentences, thresholds: indicator.thresholds ?? lexicon.thresholds, unreadable: unreadable,
                selection: selection
            )
        }
        for indicator in lexicon.indicators {
            guard let ties = indicator.ties, !ties.isEmpty, var result = indicators[indicator.id], result.status == .missing,
                ties.allSatisfy({ indicators[$0].map { $0.status != .missing } ?? false })
            else { continue }
            result.shownApart = ties
            result.explanation = result.unverifiable.map { Explanation.unverifiable(result.counts, files: $0.files, apart: ties) }
                ?? Explanation.indicator(result.status, result.counts, apart: ties)
            indicators[indicator.id] = result
        }
        var criteria: [String: CriterionResult] = [:]
        for criterion in lexicon.criteria {
            let results = criterion.indicators.compactMap { indicators[$0] }
            criteria[criterion.id] = Self.combine(results.map(\.status), rule: criterion.rule, unverifiable: results.map { $0.unverifiable != nil })
        }
        // A type is shown by one passage that counts; no evidence needs building to know it.
        let resourceModes = lexicon.resourceTypes.flatMap { types in lexicon.indicators.first { $0.id == types.indicator } }?.acceptedModes ?? [.actual]
        let resourceTypes = (lexicon.resourceTypes?.types ?? []).map(\.id).filter { type in
            let owner = matcher.ownerIndex(of: .resourceType(type))
            return owners.passages(of: owner).contains { Self.counts(found[$0], accepting: resourceModes, for: { $0 == owner }) }
        }
        let named = ApplicantFinder().applicant(in: submission.documents, fieldValues: fieldValues)
        var judgement = Judgement(
            indicators: indicators, criteria: criteria, resourceTypes: resourceTypes, applicant: named.isEmpty ? nil : named, highlights: highlights
        )
        if !unjudged.isEmpty { judgement.unjudged = Judgement.Unjudged(documents: unjudged, limit: LimitHit(.judgedMatches, maxMatches)) }
        return judgement
    }

    /// The sentences cited, to be cited once only.
    private static func sentences(of citations: [Citation], in found: [PassageFinder.Found]) -> Set<ExactText> {
        Set(citations.map { ExactText($0.text(in: found)) })
    }

    /// The passages at `indices` with matches whose owner `belongs`, each cited with those
    /// matches; a mention in a mode outside `modes` (a plan, a wish) does not count.
    private static func citations(
        in found: [PassageFinder.Found],
        at indices: [Int],
        accepting modes: Set<LexiconFile.Mode>,
        ownAction: Bool = false,
        where belongs: (Int) -> Bool
    ) -> [Citation] {
        var citations: [Citation] = []
        citations.reserveCapacity(indices.count)
        for index in indices {
            var mine: [MatchedTerm]?
            if !found[index].owners.allSatisfy(belongs) {
                let matches = zip(found[index].evidence.matches, found[index].owners).filter { belongs($0.1) }.map(\.0)
                guard !matches.isEmpty else { continue }
                mine = matches
            }
            let denial = Denial(mine ?? found[index].evidence.matches, accepting: modes)
            var reason = found[index].evidence.notCountedBecause
            if reason == nil && denial.denies { reason = Self.negatedReason }
            if reason == nil, let mode = denial.unacceptedMode { reason = NotCounted.notAccepted(mode).rawValue }
            // Only the form's examples: "… (piemēram, kooperatīvs, e-veikals)".
            let cited = mine ?? found[index].evidence.matches
            if reason == nil, cited.contains(where: { $0.inExample == true }), cited.allSatisfy({ $0.negated || $0.inExample == true }) {
                reason = NotCounted.template.rawValue
            }
            // The residents' own deed only: what an institution did is not theirs.
            if reason == nil, ownAction, cited.allSatisfy({ $0.negated || $0.byInstitution == true }) {
                reason = NotCounted.doneByOthers.rawValue
            }
            citations.append(
                Citation(found: index, matches: mine, negated: denial.denies, counted: reason == nil, notCountedBecause: reason, isStrong: denial.isStrong)
            )
        }
        return citations
    }

    /// Whether a cited passage names a place: a place's name before `pagasts`, `ciems` …
    /// ("Vietalvas pagastā"), or any capitalised name after its first word ("Mēs dzīvojam
    /// Pilskalnē").
    private static func namesAPlace(_ citation: Citation, in found: [PassageFinder.Found]) -> Bool {
        if let index = citation.foundIndex, !found[index].places.named.isEmpty { return true }
        return PlaceNames.hasName(citation.text(in: found))
    }

    /// Withdraws every counted citation, for `reason`.
    private static func withdraw(_ citations: inout [Citation], because reason: NotCounted) {
        for index in citations.indices where citations[index].counted {
            citations[index].counted = false
            citations[index].notCountedBecause = reason.rawValue
        }
    }

    /// Withdraws the counted citations that hold only supporting mentions and no companion word
    /// in their sentence: a party named in passing, not taking part (see
    /// ``LexiconFile/Indicator/companions``).
    private static func requireCompanions(_ citations: inout [Citation], in found: [PassageFinder.Found], companion: Int?) {
        for index in citations.indices where citations[index].counted && !citations[index].isStrong {
            guard let passage = citations[index].foundIndex else { continue }
            let hasCompanion = companion.map { owner in
                zip(found[passage].owners, found[passage].evidence.matches).contains { $0.0 == owner && !$0.1.negated }
            } ?? false
            guard !hasCompanion else { continue }
            citations[index].counted = false
            citations[index].notCountedBecause = NotCounted.inPassing.rawValue
        }
    }

    /// Withdraws the counted citations whose sentence has a rival word, undenied: another
    /// indicator's evidence (see ``LexiconFile/Indicator/notBeside``).
    private static func withdrawBesideRivals(_ citations: inout [Citation], in found: [PassageFinder.Found], rival: Int) {
        for index in citations.indices where citations[index].counted {
            guard let passage = citations[index].foundIndex,
                zip(found[passage].owners, found[passage].evidence.matches).contains(where: { $0.0 == rival && !$0.1.negated })
            else { continue }
            citations[index].counted = false
            citations[index].notCountedBecause = NotCounted.anotherIndicator.rawValue
        }
    }

    /// Whether the passage would count as evidence for the owners that `belong`, as
    /// ``citations(in:at:where:)`` would decide it.
    private static func counts(_ passage: PassageFinder.Found, accepting modes: Set<LexiconFile.Mode>, for belongs: (Int) -> Bool) -> Bool {
        guard passage.evidence.notCountedBecause == nil else { return false }
        let mine = zip(passage.evidence.matches, passage.owners).filter { belongs($0.1) }.map(\.0)
        let denial = Denial(mine, accepting: modes)
        return !mine.isEmpty && !denial.denies && denial.unacceptedMode == nil
    }

    /// What a passage's matches say together. A sentence that denies the indicator ("kopīgas
    /// vīzijas mums nav") is not rescued by a supporting word elsewhere in it; only strong,
    /// undenied evidence outweighs the denial.
    ///
    /// A mention in a mode the indicator does not take — "Varētu izveidot WhatsApp grupu" for
    /// the flow of information — is neither denied nor live: when nothing else is live, the
    /// passage does not count, for that reason.
    private struct Denial {
        /// The passage denies what it mentions.
        var denies: Bool
        /// It has a strong match that is not denied.
        var isStrong: Bool
        /// Nothing in it is live, and some of it is planned or wished: the first such mode.
        var unacceptedMode: LexiconFile.Mode?

        init(_ matches: some Sequence<MatchedTerm>, accepting modes: Set<LexiconFile.Mode>) {
            var negated = 0
            var live = 0
            var liveStrong = false
            var unaccepted: LexiconFile.Mode?
            for match in matches {
                if match.negated {
                    negated += 1
                    continue
                }
                let mode = match.mode ?? .actual
                guard modes.contains(mode) else {
                    unaccepted = unaccepted ?? mode
                    continue
                }
                live += 1
                liveStrong = liveStrong || match.strength == LexiconFile.Strength.strong.rawValue
            }
            denies = (live == 0 && unaccepted == nil) || (negated > 0 && live > 0 && !liveStrong)
            isStrong = liveStrong
            unacceptedMode = live == 0 && !denies ? unaccepted : nil
        }
    }

    /// A section that denies what it also mentions shows its absence: "A. Sproģis aicina
    /// vienoties par kopīgu ciema vīziju … Vienoties par kopīgu vīziju neizdodas … jautājumu par
    /// ciema vīziju atlikt" records a vision that does not exist. A denial of a strong term — one
    /// that names the indicator itself, as "kopīga vīzija" does — therefore withdraws the passages
    /// of the same section (same file and headings) that mention the head word of what it denies
    /// ("vīzija"), not a modifier it shares with other terms ("kopīgs", as in "kopīgais mērķis");
    /// they stay listed with the reason. A denied supporting word says too little for that: "jauniešiem
    /// nav ko darīt" does not deny that the village has young people. Answers under a heading are
    /// not touched: they were checked for denials of their own.
    static func withdrawDeniedInSection(_ citations: inout [Citation], in found: [PassageFinder.Found]) {
        // By section: a text of thousands of sections, each denying something, is looked up,
        // not compared section by section.
        var denials: [SectionKey: Set<String>] = [:]
        // "Kaimiņos Skrundā darbojas kopstrādes telpa, …, bet Raņķos tāda vēl nav": a denial
        // carried over a contrast in a sentence about someone else is still the applicant's.
        for citation in citations
        where citation.notCountedBecause == Self.negatedReason || citation.notCountedBecause == NotCounted.aboutSomeoneElse.rawValue {
            let passage = citation.passage(in: found)
            for match in citation.citedMatches(in: found) where match.negated && match.strength == LexiconFile.Strength.strong.rawValue {
                // A Latvian phrase ends in its head: "kopīga vīzija", "ciema vīzija".
                guard let head = match.lemma.split(separator: " ").last.map(String.init) else { continue }
                denials[SectionKey(passage), default: []].insert(head)
            }
        }
        guard !denials.isEmpty else { return }
        // In place: only the withdrawn citations change.
        for index in citations.indices {
            guard citations[index].counted, citations[index].foundIndex != nil else { continue }
            let passage = citations[index].passage(in: found)
            guard let denied = denials[SectionKey(passage)],
                citations[index].citedMatches(in: found).contains(where: { $0.lemma.split(separator: " ").contains { denied.contains(String($0)) } })
            else { continue }
            citations[index].counted = false
            citations[index].notCountedBecause = Self.deniedInSectionReason
        }
    }

    /// Withdraws a lone supporting mention when the submission denies the indicator outright
    /// in a short sentence of its own — "Resursi vēl nav apzināti.", "Sponsoru mums nav." — and
    /// nothing strong says otherwise: a trailer in a talka's story does not identify resources
    /// the applicant says it has not listed.
    static func withdrawOutweighedByDenial(_ citations: inout [Citation], in found: [PassageFinder.Found]) {
        let counted = citations.indices.filter { citations[$0].counted }
        guard counted.count == 1, let lone = counted.first, !citations[lone].isStrong, citations[lone].foundIndex != nil else { return }
        let deniedOutright = citations.contains { citation in
            citation.notCountedBecause == Self.negatedReason
                && Tokenizer.tokens(in: citation.text(in: found)).count <= Self.wordsOfAnOutrightDenial
                && citation.citedMatches(in: found).contains { $0.negated && $0.strength == LexiconFile.Strength.strong.rawValue }
        }
        guard deniedOutright else { return }
        citations[lone].counted = false
        citations[lone].notCountedBecause = NotCounted.deniedOutright.rawValue
    }

    /// An outright denial is a short sentence: a longer one that denies ("Biedrības valde neko
    /// nelemj viena — katrs lēmums tiek nodots balsojumam") often affirms something else.
    static let wordsOfAnOutrightDenial = 10

    /// A section of a submission: a file, and the headings a passage lies under — compared by
    /// their bytes.
    private struct SectionKey: Hashable {
        var file: ExactText
        var headings: [ExactText]

        init(_ passage: Evidence) {
            file = ExactText(passage.file)
            headings = passage.headingPath.map(ExactText.init)
        }
    }

    static let negatedReason = "negated"
    static let deniedInSectionReason = "denied in its section"

    /// The text under a heading that names the indicator ("Lēmumu pieņemšana no apakšas uz
    /// augšu") is the applicant's answer to it, whatever words it uses: its first sentence is
    /// cited as supporting evidence — unless the section is empty, a dash, or denies outright.
    private func sectionAnswers(
        for indicator: String,
        in submission: Submission,
        found: [PassageFinder.Found],
        at mine: [Int],
        cited: [Citation],
        read known: inout [BlockIndex: SectionAnswer?]
    ) -> [Citation] {
        // The heading blocks among this indicator's passages, each once, in document order.
        let headings = Set(
            mine.lazy.map { found[$0] }.filter(Self.isSectionTitle).map { BlockIndex(document: $0.document, block: $0.block) }
        ).sorted()
        guard !headings.isEmpty else { return [] }
        // Asked only once a section answers something.
        var citedTexts: Set<ExactText>?
        var answers: [Citation] = []
        for heading in headings {
            let document = submission.documents[heading.document]
            let blocks = document.blocks
            let level = blocks[heading.block].headingLevel ?? 1
            var next = heading.block + 1
            if let head = blocks[heading.block].location.cell, head.row == 1,
                !Self.answersBeside(head, blocks.indices.contains(next) ? blocks[next] : nil)
            {
                // A column's head cell is answered by the first cell filled in below it.
                guard let below = Self.firstFilledCell(under: head, part: blocks[heading.block].location.part, in: blocks, after: heading.block) else { continue }
                next = below
            } else {
                // The section runs to the next heading of the same or a higher level; numbering
                // ("6.1."), blanks and signature lines are not answers.
                while next < blocks.count, !(blocks[next].kind == .heading && (blocks[next].headingLevel ?? 1) <= level),
                    PassageFinder.isEmptyAnswer(blocks[next].text) || Self.isNumbering(blocks[next].text)
                {
                    next += 1
                }
                guard next < blocks.count, !(blocks[next].kind == .heading && (blocks[next].headingLevel ?? 1) <= level) else { continue }
            }
            let index = BlockIndex(document: heading.document, block: next)
            let reply = known[index] ?? sectionAnswer(in: blocks[next])
            known[index] = reply
            guard let reply else { continue }
            let alreadyCited = citedTexts ?? Set(cited.map { ExactText($0.text(in: found)) })
            citedTexts = alreadyCited
            guard !alreadyCited.contains(ExactText(reply.text)) else { continue }
            let answer = blocks[next]
            let evidence = Evidence(
                file: document.path, part: answer.location.part, headingPath: answer.location.headingPath,
                cell: answer.location.cell, ordinal: answer.location.ordinal, text: reply.text, context: reply.context,
                matches: [], negated: false, counted: true, notCountedBecause: nil,
                strength: LexiconFile.Strength.supporting.rawValue, answersHeading: blocks[heading.block].text
            )
            answers.append(Citation(answer: evidence))
        }
        return answers
    }

    /// The sentence of a section's first block that answers its heading.
    private struct SectionAnswer {
        var text: String
        var context: Evidence.Context
    }

    /// The answer `answer`, the block after a heading, gives, if any: a block's first sentence
    /// that says something, affirmed, in the applicant's own words.
    private func sectionAnswer(in answer: TextBlock) -> SectionAnswer? {
        // A sub-heading is no answer, nor the template's own question. The sentence cited is
        // the first that says something — not "Sveiki!" or "Nē." — and the block must hold one.
        guard answer.kind != .heading, !answer.text.containsUTF8("___") else { return nil }
        let sentences = SentenceSplitter.sentences(in: answer.text)
        guard let chosen = sentences.firstIndex(where: { Self.wordCount($0.text(in: answer.text)) >= Self.wordsMakingAnAnswer }) else { return nil }
        let text = sentences[chosen].text(in: answer.text)
        guard text.utf8.last != UInt8(ascii: "?") else { return nil }
        let words = matcher.scan(text).words
        guard !words.contains(where: \.isNegationCue) else { return nil }
        // The form's own wording, or a pointer to an annex, is no answer.
        let read = ClaimReader.Sentence(blockText: text, words: words[...], part: answer.location.part, inPlanTable: false)
        guard claims.claim(of: read) == .plain else { return nil }
        return SectionAnswer(
            text: text,
            context: Evidence.Context(
                before: chosen > 0 ? sentences[chosen - 1].text(in: answer.text) : "",
                after: chosen + 1 < sentences.count ? sentences[chosen + 1].text(in: answer.text) : ""
            )
        )
    }

    /// Whether a passage titles a section: a heading, or a line that only names a criterion or
    /// indicator in the scheme's words ("Sociālā inovācija.") — a form's row label typed as a
    /// paragraph, answered by the paragraph after it.
    private static func isSectionTitle(_ passage: PassageFinder.Found) -> Bool {
        switch passage.evidence.notCountedBecause {
        case NotCounted.heading.rawValue: true
        case NotCounted.template.rawValue: wordCount(passage.evidence.text) <= TemplateWording.wordsOfALabel
        default: false
        }
    }

    /// A block of the submission: its document's index and its own index in that document.
    private struct BlockIndex: Hashable, Comparable {
        var document: Int
        var block: Int

        static func < (left: BlockIndex, right: BlockIndex) -> Bool {
            (left.document, left.block) < (right.document, right.block)
        }
    }

    /// Whether `cell`, the block after the first row's cell `head`, answers it from beside it — a
    /// form of label and answer, "Lēmumu pieņemšana | Lēmumus pieņem sapulcē …" — rather than
    /// heading a column of its own: a sentence, not a label.
    private static func answersBeside(_ head: TableCellAddress, _ cell: TextBlock?) -> Bool {
        guard let cell, let address = cell.location.cell, address.table == head.table, address.row == head.row else { return false }
        let last = cell.text.unicodeScalars.last { !$0.properties.isWhitespace }
        return last == "." || last == "!" || wordCount(cell.text) > wordsOfAColumnHead
    }

    /// A column's head is a label or a short question, as ``PassageFinder`` reads it.
    static let wordsOfAColumnHead = 8

    /// The first cell below the head cell `head`, in its table and column, that holds an answer.
    private static func firstFilledCell(under head: TableCellAddress, part: DocumentPart, in blocks: [TextBlock], after index: Int) -> Int? {
        for candidate in (index + 1)..<blocks.count {
            let block = blocks[candidate]
            guard block.location.part == part, let cell = block.location.cell else {
                // The table has ended.
                if block.location.part == part { return nil }
                continue
            }
            guard cell.table == head.table else { return nil }
            if cell.column == head.column, cell.row > head.row, !PassageFinder.isEmptyAnswer(block.text), !isNumbering(block.text) {
                return candidate
            }
        }
        return nil
    }

    /// A paragraph that only numbers what follows ("6.1.", "3)").
    private static func isNumbering(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.properties.numericType != nil || ". )(\t".unicodeScalars.contains($0) }
    }

    private static func wordCount(_ text: String) -> Int {
        var count = 0
        WordScanner.scan(text) { _, _ in count += 1 }
        return count
    }

    /// Lists of resources, which the criterion asks for: resource-type mentions under a heading
    /// about resources ("Resursi"), or one sentence naming resources of three types or more
    /// ("Mums ir: kopienas māja, ģenerators …; ozolu birzs un ezera krasts; cilvēki, kas prot
    /// amatus"). Anywhere else such words (tehnika, telpas, brīvprātīgie) are too common to count.
    private func resourceLists(
        for indicator: String,
        in submission: Submission,
        found: [PassageFinder.Found],
        owners: PassagesByOwner,
        accepting modes: Set<LexiconFile.Mode>,
        alreadyCited: Set<ExactText>
    ) -> [Citation] {
        // The headings' whole text, as passages' heading paths hold it: a found heading is only
        // the sentence that matched, and "6.1. Apzināti resursi" splits after its number.
        let resourceHeadings = Set(
            owners.passages(of: matcher.ownerIndex(of: .indicator(indicator))).map { found[$0] }.filter { $0.evidence.notCountedBecause == "heading" }
                .map { ExactText(submission.documents[$0.document].blocks[$0.block].text) }
        )
        let resourcePassages = owners.passagesOfResourceTypes
        let isResourceType = { (owner: Int) in matcher.owners[owner].isResourceType }
        // The resource types each sentence names undenied, by owner number: a sentence found
        // in several places names what all of them do.
        var typesBySentence: [ExactText: [Int]] = [:]
        for index in resourcePassages {
            let passage = found[index]
            var named: [Int] = []
            for (owner, match) in zip(passage.owners, passage.evidence.matches) where !match.negated && isResourceType(owner) && !named.contains(owner) {
                named.append(owner)
            }
            let sentence = ExactText(passage.evidence.text)
            if let known = typesBySentence[sentence] {
                typesBySentence[sentence] = known + named.filter { !known.contains($0) }
            } else {
                typesBySentence[sentence] = named
            }
        }
        return Self.citations(in: found, at: resourcePassages, accepting: modes, where: isResourceType)
            .filter { citation in
                guard citation.counted, let index = citation.foundIndex else { return false }
                let passage = found[index].evidence
                let sentence = ExactText(passage.text)
                return !alreadyCited.contains(sentence)
                    && (passage.headingPath.last.map { resourceHeadings.contains(ExactText($0)) } == true || (typesBySentence[sentence]?.count ?? 0) >= Self.typesMakingAList)
            }
            .map { citation in
                var listed = citation
                listed.isStrong = false
                return listed
            }
    }

    /// How many resource types one sentence must name to read as a list of resources.
    static let typesMakingAList = 3

    /// An answer under a heading must say something: at least this many words.
    static let wordsMakingAnAnswer = 5

    /// Sentences with undenied evidence for every indicator in `parts` (resource types count
    /// for the indicator that lists them), cited as supporting evidence for `indicator`.
    private func combined(
        _ parts: [String],
        for indicator: String,
        in found: [PassageFinder.Found],
        owners passages: PassagesByOwner,
        accepting modes: Set<LexiconFile.Mode>,
        alreadyCited: Set<ExactText>
    ) -> [Citation] {
        let resourceIndicator = lexicon.resourceTypes?.indicator
        let matcher = matcher
        func owners(_ id: String) -> (Int) -> Bool {
            let indicatorOwner = matcher.ownerIndex(of: .indicator(id))
            let takesResourceTypes = resourceIndicator == id
            return { owner in
                owner == indicatorOwner || (takesResourceTypes && matcher.owners[owner].isResourceType)
            }
        }
        // Only passages that mention every part can combine them.
        var candidates = Set(found.indices)
        for part in parts {
            let mentioning = passages.passages(of: matcher.ownerIndex(of: .indicator(part))) + (part == resourceIndicator ? passages.passagesOfResourceTypes : [])
            candidates.formIntersection(mentioning)
        }
        return candidates.sorted().compactMap { index in
            let passage = found[index]
            guard passage.evidence.notCountedBecause == nil, !alreadyCited.contains(ExactText(passage.evidence.text)) else { return nil }
            var cited: [MatchedTerm] = []
            for part in parts {
                let belongs = owners(part)
                let live = zip(passage.evidence.matches, passage.owners).filter { belongs($0.1) && !$0.0.negated && modes.contains($0.0.mode ?? .actual) }.map(\.0)
                guard !live.isEmpty else { return nil }
                cited += live
            }
            return Citation(
                found: index, matches: cited.sorted { $0.start < $1.start }, negated: false, counted: true, notCountedBecause: nil, isStrong: false
            )
        }
    }

    private func decide(
        _ citations: [Citation],
        in found: [PassageFinder.Found],
        sentences: inout SentenceTally,
        thresholds: LexiconFile.Thresholds,
        unreadable: [String],
        selection: EvidenceSelection
    ) -> IndicatorResult {
        var counted = 0
        var strong = 0
        var negated = 0
        var labels = 0
        var planned = 0
        var notApplicant = 0
        var inPassing = 0
        var files: Set<ExactText> = []
        // Passages count once per sentence: a letterhead in two header parts, or an application
        // attached twice, says nothing twice ("supporting passages in distinct sentences").
        for citation in citations {
            if citation.counted {
                guard sentences.countsFirst(citation, in: found) else { continue }
                counted += 1
                if citation.isStrong { strong += 1 }
                files.insert(ExactText(citation.file(in: found)))
            } else {
                switch citation.notCountedBecause.flatMap(NotCounted.init(rawValue:)) {
                case .negated, .deniedInSection, .deniedOutright: negated += 1
                case .planned, .hypothetical: planned += 1
                case .generalStatement, .aboutSomeoneElse, .doneByOthers, .businessApplicant, .institutionApplicant, .placeNotNamed: notApplicant += 1
                case .heading, .question, .emptyTemplateField, .template, .boilerplate, .reference, .contact, .anotherIndicator, nil: labels += 1
                case .inPassing: inPassing += 1
                }
            }
        }
        let documents = files.count
        let status: Status
        if strong >= thresholds.strong || counted >= thresholds.supporting {
            status = .present
        } else if counted > 0 {
            status = .weak
        } else {
            status = .missing
        }
        let counts = IndicatorResult.Counts(
            passages: counted, strongPassages: strong, documents: documents, negated: negated, labelsOnly: labels,
            unreadableFiles: unreadable.count, planned: planned, notApplicant: notApplicant, inPassing: inPassing
        )
        // An indicator's passages name few distinct terms, each many times: tallied in a short
        // list compared by bytes (the terms are the lexicon's own strings), hashed once at the end.
        var tally: [(term: String, hits: IndicatorResult.TermHits)] = []
        for citation in citations {
            for match in citation.citedMatches(in: found) {
                let slot = tally.firstIndex { $0.term.hasSameUTF8(as: match.term) } ?? {
                    tally.append((match.term, IndicatorResult.TermHits(counted: 0, notCounted: 0)))
                    return tally.count - 1
                }()
                if citation.counted && !match.negated { tally[slot].hits.counted += 1 } else { tally[slot].hits.notCounted += 1 }
            }
        }
        let hits = Dictionary(tally.map { ($0.term, $0.hits) }, uniquingKeysWith: { first, second in
            IndicatorResult.TermHits(counted: first.counted + second.counted, notCounted: first.notCounted + second.notCounted)
        })
        // Only the citations listed are made into evidence.
        let listed = selection.listed(citations) ?? Array(citations.indices)
        let omitted = citations.count - listed.count
        var result = IndicatorResult(
            status: status, explanation: Explanation.indicator(status, counts), counts: counts,
            evidence: listed.map { citations[$0].evidence(in: found) }, evidenceOmitted: omitted > 0 ? omitted : nil, hits: hits
        )
        // What was not read may hold what was not found: the indicator cannot be checked.
        if status == .missing && !unreadable.isEmpty {
            result.unverifiable = IndicatorResult.Unverifiable(files: unreadable)
            result.explanation = Explanation.unverifiable(counts, files: unreadable)
        }
        return result
    }

    /// A criterion's status from its indicators' by its rule. A criterion that needs all its
    /// indicators is partial (`weak`) only when most of them are shown and one at least is
    /// present: one indicator of four does not make a criterion half there. A missing criterion
    /// is unverifiable when every indicator that keeps it from being partial cannot be checked.
    static func combine(_ statuses: [Status], rule: LexiconFile.Criterion.Rule, unverifiable: [Bool]) -> CriterionResult {
        let present = statuses.filter { $0 == .present }.count
        let weak = statuses.filter { $0 == .weak }.count
        let status: Status
        switch rule {
        case .any:
            status = present > 0 ? .present : (weak > 0 ? .weak : .missing)
        case .all:
            if present == statuses.count && !statuses.isEmpty {
                status = .present
            } else if present > 0 && 2 * (present + weak) > statuses.count {
                status = .weak
            } else {
                status = .missing
            }
        }
        var result = CriterionResult(status: status, explanation: Explanation.criterion(present: present, weak: weak, of: statuses.count, rule: rule))
        let missing = zip(statuses, unverifiable).filter { $0.0 == .missing }
        if status == .missing, !missing.isEmpty, missing.allSatisfy(\.1) { result.unverifiable = true }
        return result
    }
}

/// Which found passages mention each owner, so that each indicator looks only at its own
/// passages instead of every passage of the submission.
private struct PassagesByOwner {
    /// By owner, as numbered in ``Matcher/owners``: the passages mentioning it, in order.
    private var indices: [[Int]]
    /// Passages mentioning any resource type, in order.
    let passagesOfResourceTypes: [Int]

    init(_ found: [PassageFinder.Found], owners: [TermOwner]) {
        indices = Array(repeating: [], count: owners.count)
        var resources: [Int] = []
        for (index, passage) in found.enumerated() {
            var mentionsResourceType = false
            for owner in passage.owners where indices[owner].last != index {
                indices[owner].append(index)
                mentionsResourceType = mentionsResourceType || owners[owner].isResourceType
            }
            if mentionsResourceType { resources.append(index) }
        }
        passagesOfResourceTypes = resources
    }

    /// The passages mentioning the owner numbered `owner`, in document order; none for `nil`.
    func passages(of owner: Int?) -> [Int] {
        owner.map { indices[$0] } ?? []
    }
}
