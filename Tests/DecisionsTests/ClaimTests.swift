import Foundation
import LatvianMorphology
import Testing
import TestSupport

@testable import Decisions
import DocumentModel
import Lexicon

/// The claim layer, judged with the default lexicon: whose statement a sentence is, whether it
/// is content or form, and whether each mention is done, planned or wished.
@Suite("Reading claims: whose, done or planned, content or form")
struct ClaimTests {
    private static let lexiconURL = Lieciba.repositoryRoot.appendingPathComponent("corpora/lexicons/smart-village.lv.yaml")

    private static let judge: SubmissionJudge? = {
        guard let loaded = try? LexiconLoader(cacheDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("lieciba-test-cache"))
            .load(lexiconURL), let verbs = try? VerbForms()
        else { return nil }
        return SubmissionJudge(lexicon: loaded.source.file, matcher: loaded.matcher, verbs: verbs)
    }()

    /// Judges one document, `path`, of `paragraphs` (and `footer`, its page footer).
    private func judge(_ paragraphs: [String], footer: [String] = [], path: String = "Pieteikums.docx", format: FileFormat = .docx) throws -> Judgement {
        let judge = try #require(Self.judge)
        var blocks = paragraphs.enumerated().map { TextBlock(text: $1, kind: .paragraph, location: BlockLocation(part: .body, ordinal: $0 + 1)) }
        blocks += footer.enumerated().map { TextBlock(text: $1, kind: .paragraph, location: BlockLocation(part: .footer, ordinal: $0 + 1)) }
        let document = ReadDocument(path: path, format: format, blocks: blocks)
        let submission = Submission(
            id: "S", source: "S.zip", container: ContainerRecord(kind: .archive, format: .zip, status: .read),
            files: [FileRecord(path: path, format: format, status: .read)], documents: [document]
        )
        return judge.judge(submission)
    }

    /// Judges one document of blocks given as text and, for a table cell, its (table, row,
    /// column); `header` is the page header.
    private func judge(blocks: [(String, (Int, Int, Int)?)], header: [String] = []) throws -> Judgement {
        let judge = try #require(Self.judge)
        var document = blocks.enumerated().map { index, block in
            TextBlock(
                text: block.0, kind: .paragraph,
                location: BlockLocation(part: .body, ordinal: index + 1, cell: block.1.map { TableCellAddress(table: $0.0, row: $0.1, column: $0.2) })
            )
        }
        document += header.enumerated().map { TextBlock(text: $1, kind: .paragraph, location: BlockLocation(part: .header, ordinal: $0 + 1)) }
        let read = ReadDocument(path: "Pieteikums.docx", format: .docx, blocks: document)
        let submission = Submission(
            id: "S", source: "S.zip", container: ContainerRecord(kind: .archive, format: .zip, status: .read),
            files: [FileRecord(path: "Pieteikums.docx", format: .docx, status: .read)], documents: [read]
        )
        return judge.judge(submission)
    }

    /// The reasons the indicator's passages did not count.
    private func reasons(_ indicator: String, in judgement: Judgement) -> [String] {
        judgement.indicators[indicator]?.evidence.compactMap(\.notCountedBecause) ?? []
    }

    @Test("a wish in the conditional shows no flow of information: 'Varētu izveidot WhatsApp grupu'")
    func conditional() throws {
        let result = try judge(["Mēs dzīvojam Vietalvas pagastā.", "Varētu izveidot WhatsApp grupu."])
        #expect(result.indicators["C5.4"]?.status == .missing)
        #expect(reasons("C5.4", in: result) == [NotCounted.hypothetical.rawValue])
        #expect(result.indicators["C5.4"]?.explanation == "mentioned, but none counts: only planned or wished (1)")
        #expect(result.indicators["C5.4"]?.evidence.first?.matches.first?.mode == .hypothetical)
    }

    @Test("a genitive plural in -šu is no future: 'seniori satiekas uz kāršu spēli'")
    func genitiveInShu() throws {
        let cards = try judge(["Mēs dzīvojam Bebros.", "Kopstrādes telpā ceturtdienās satiekas mūsu seniori uz kāršu spēli, un ukraiņu bērni kopā ar vietējiem pilda mājasdarbus."])
        #expect(cards.indicators["C5.2"]?.evidence.first?.matches.allSatisfy { $0.mode == nil } == true)
    }

    @Test("the future tense and intentions are plans: 'Drīz te būs jauna mājaslapa', 'Plānojam uzstādīt saules paneļus'")
    func planned() throws {
        let result = try judge(["Mēs dzīvojam Vietalvas pagastā.", "Drīz te būs jauna mājaslapa.", "Plānojam uzstādīt saules paneļus."])
        #expect(result.indicators["C5.4"]?.status == .missing)
        #expect(reasons("C5.4", in: result) == [NotCounted.planned.rawValue])
        #expect(result.indicators["C3.3"]?.status == .missing)
        #expect(reasons("C3.3", in: result) == [NotCounted.planned.rawValue])
    }

    @Test("a stated goal is C2's evidence: plans count there, and say so")
    func goalsArePlans() throws {
        let result = try judge(["Mūsu mērķis ir sakopt Vietalvas ciema centru un atjaunot bērnu laukumu."])
        let goal = try #require(result.indicators["C2"])
        #expect(goal.status == .present)
        #expect(goal.evidence.first?.counted == true)
        #expect(goal.evidence.first?.matches.contains { $0.mode == .planned } == true)
        // The same clause reports no deed for C4.3.
        #expect(result.indicators["C4.3"]?.evidence.allSatisfy { !$0.counted } ?? true)
    }

    @Test("a deed in the past counts, and a participle after a preposition is no conditional")
    func deeds() throws {
        let result = try judge(["2023. gadā izveidojām kopienas centru.", "Trīs ģimenes sāka kopīgu biznesu ar vienotu rezervēšanas sistēmu un kopīgu zīmolu."])
        #expect(result.indicators["C3.2"]?.evidence.first?.counted == true)
        #expect(result.indicators["C3.1"]?.evidence.allSatisfy { $0.counted && $0.matches.allSatisfy { $0.mode == nil } } == true)
    }

    @Test("a denial reaches back over a contrast: 'Kaimiņu pagastā ir kopienas centrs, bet mums tāda nav'")
    func contrastDenial() throws {
        let result = try judge([
            "Kaimiņu pagastā ir kopienas centrs, bet mums tāda nav.",
            "Laika bankas ideju apspriedām, bet no tās atteicāmies.",
        ])
        #expect(result.indicators["C3.2"]?.status == .missing)
        #expect(result.indicators["C3.2"]?.evidence.allSatisfy { $0.negated && !$0.counted } == true)
        // A contrast that denies nothing of what came before leaves it standing.
        let standing = try judge(["Mums ir kopienas centrs, bet to neapmeklē jaunieši."])
        #expect(standing.indicators["C3.2"]?.evidence.first?.counted == true)
    }

    @Test("a comparison set off by commas leaves the denial after it its reach: 'Kopienas mājas, kā Ēdolē, mums nav'")
    func comparisonInsideDenial() throws {
        let result = try judge(["Mēs dzīvojam Vārmes pagastā.", "Kopienas mājas ar kopstrādes telpu, kā Ēdolē, mums nav."])
        #expect(result.indicators["C3.2"]?.status == .missing)
        #expect(result.indicators["C3.2"]?.evidence.allSatisfy { $0.negated && !$0.counted } == true)
    }

    @Test("a change denied is a thing kept: 'Mūsu mērķis nemainās', but 'aptauja lēmumu nemainīja' denies")
    func unchangingIsNoDenial() throws {
        let goal = try judge(["Mēs dzīvojam Laidu pagastā.", "Mūsu mērķis nemainās: lai Laidi būtu vieta, kur ir labi dzīvot."])
        #expect(goal.indicators["C2"]?.evidence.first?.negated == false)
        #expect(goal.indicators["C2"]?.status == .present)
        let overruled = try judge(["Mēs dzīvojam Laidu pagastā.", "Valde jau bija nolēmusi pirkt datorus, un aptaujas rezultāti šo lēmumu nemainīja."])
        #expect(overruled.indicators["C4.4"]?.evidence.allSatisfy { !$0.counted } == true)
    }

    @Test("a quotation's later sentences are its source's words, as its first one is")
    func quotationOverSentences() throws {
        let result = try judge([
            "Mēs dzīvojam Vērgales pagastā.",
            "Pētniece laikrakstam „Kurzemes Vārds” teica: „Viedie ciemi ir tie, kuros cilvēki spēj vienoties. Tādos ciemos darbojas kooperatīvi un laika bankas.”",
        ])
        let cited = try #require(result.indicators["C3.1"]?.evidence.first)
        #expect(!cited.counted)
        #expect(cited.claim?.speaker == .other)
        #expect(cited.claim?.cue == "teica")
        // A sentence that opens its own quotation is read by its own words.
        let own = try judge(["Mēs dzīvojam Vērgales pagastā.", "Mūsu moto: „Kopā varam vairāk.” Pērn izveidojām kooperatīvu."])
        #expect(own.indicators["C3.1"]?.evidence.first?.counted == true)
    }

    @Test("an item's run-in title is planned or wished as its description: 'Saules paneļi. … būtu vērts uzstādīt …'")
    func runInTitle() throws {
        let result = try judge([
            "Mēs dzīvojam Īvandes ciemā.",
            "Saules paneļi. Pēc remonta uz kalpu mājas jumta būtu vērts uzstādīt jaunu apkures sistēmu.",
            "Tūrisma maršruts. Gidu vadībā izveidosim 6 km garu pastaigu taku.",
        ])
        #expect(result.indicators["C3.3"]?.evidence.first?.matches.first?.mode == .hypothetical)
        #expect(result.indicators["C3.1"]?.evidence.first?.matches.first?.mode == .planned)
        #expect(result.indicators["C3.3"]?.status == .missing)
        // A title whose description tells a deed counts.
        let done = try judge(["Mēs dzīvojam Īvandes ciemā.", "Saules paneļi. Tos uzstādījām 2023. gadā uz kalpu mājas jumta."])
        #expect(done.indicators["C3.3"]?.evidence.first?.counted == true)
    }

    @Test("a sentence set in another named place is about someone else: 'Rucavā kopiena izveidoja laika banku'")
    func anotherPlaceInTheLocative() throws {
        let result = try judge([
            "Mēs, Vērgales pagasta iedzīvotāji, kopā rīkojam talkas.",
            "Rucavā kopiena pirms diviem gadiem izveidoja laika banku.",
        ])
        #expect(reasons("C3.2", in: result) == [NotCounted.aboutSomeoneElse.rawValue])
        #expect(result.indicators["C3.2"]?.evidence.first?.claim?.cue == "Rucavā")
        // The applicant's own place, with a verb of ours, is its own.
        let own = try judge(["Mēs, Vērgales pagasta iedzīvotāji, kopā rīkojam talkas.", "Ābeļciemā pērn izveidojām laika banku."])
        #expect(own.indicators["C3.2"]?.evidence.first?.counted == true)
        // A place named by its people in our words is ours: "Mēs, Teteles ļaudis, …".
        let people = try judge(["Mēs, Teteles ļaudis no Cenu pagasta, kopā rīkojam talkas.", "Tetelē kopš pērnā gada darbojas laika banka."])
        #expect(people.indicators["C3.2"]?.evidence.first?.counted == true)
        // An address names the village alone: "…, Druva, Saldus pagasts".
        let addressed = try judge([
            "Sporta iela 4, Druva, Saldus pagasts, Saldus novads",
            "Biedrība „Druvas ciema attīstībai” apvieno Druvas ciema iedzīvotājus un vietējos mājražotājus.",
        ])
        #expect(addressed.indicators["C1"]?.evidence.contains { $0.counted } == true)
    }

    @Test("words of an e-mail or web address say nothing: 'skeltovas.jauniesi@gmail.com'")
    func addressesSayNothing() throws {
        let result = try judge(["Mēs dzīvojam Skeltovas ciemā.", "Kam: skeltovas.jauniesi@gmail.com", "Vairāk: www.kopiena.lv/laika-banka"])
        #expect(result.indicators["C5.2"]?.evidence.isEmpty ?? true)
        #expect(result.indicators["C3.2"]?.evidence.isEmpty ?? true)
    }

    @Test("a post shared from a news site is the site's: 'Ezerzeme.lv: „Indrā atklāj kopienas centru”'")
    func sharedFromSite() throws {
        let result = try judge(["Mēs dzīvojam Robežnieku ciemā.", "Ezerzeme.lv: „Indrā atklāj kopienas centru ar veļas mazgātavu.”"])
        #expect(result.indicators["C3.2"]?.evidence.first?.claim?.speaker == .other)
        #expect(result.indicators["C3.2"]?.evidence.first?.claim?.cue == "Ezerzeme.lv")
        // A shared link's card: the site in capitals, a middle dot.
        let card = try judge(["Mēs dzīvojam Robežnieku ciemā.", "STABURAGS.LV · Neretā kopienas centru pārvalda paši iedzīvotāji"])
        #expect(card.indicators["C3.2"]?.evidence.first?.claim?.cue == "STABURAGS.LV")
        // A dash may open the applicant's own words about its own site.
        let own = try judge(["Mēs dzīvojam Robežnieku ciemā.", "Robeznieki.lv – mūsu kopienas centra lapa, kuru veidojam paši."])
        #expect(own.indicators["C3.2"]?.evidence.first?.claim?.speaker != .other)
    }

    @Test("a proposal turned down is denied, but a meeting that turns one down decided")
    func turnedDown() throws {
        let rejected = try judge(["Mēs dzīvojam Izvaltas ciemā.", "Priekšlikums par saules paneļiem uz tautas nama jumta tiek noraidīts."])
        #expect(rejected.indicators["C3.3"]?.evidence.allSatisfy { $0.negated && !$0.counted } == true)
        let decided = try judge(["Mēs dzīvojam Izvaltas ciemā.", "Kopsapulce ar 38 balsīm noraidīja pašvaldības piedāvājumu."])
        #expect(decided.indicators["C4.4"]?.evidence.first?.counted == true)
    }

    @Test("an appeal asks for what has not come yet: 'Biedrība aicina ziedot parka atjaunošanai'")
    func appeal() throws {
        let result = try judge(["Mēs dzīvojam Asūnes ciemā.", "Biedrība aicina ziedot parka atjaunošanai."])
        #expect(result.indicators["C6.4"]?.evidence.first?.matches.first?.mode == .planned)
    }

    @Test("the neighbours' place in the locative is theirs: 'Kaimiņos Konstantinovā darbojas laika banka'")
    func neighboursInTheLocative() throws {
        let result = try judge(["Mēs dzīvojam Asūnes ciemā.", "Kaimiņos Konstantinovā jau otro gadu darbojas laika banka."])
        #expect(result.indicators["C3.2"]?.evidence.first?.claim?.speaker == .other)
        #expect(result.indicators["C3.2"]?.status == .missing)
    }

    @Test("a magazine or a programme reporting is someone else's words, whatever follows its verb")
    func sourcesReport() throws {
        let magazine = try judge(["Mēs dzīvojam Ramuļu ciemā.", "Savukārt žurnāls „Ir” stāstīja par biedrībām, kuras ar līdzdalības budžeta palīdzību izlēmušas, kur ierīkot parkus."])
        #expect(magazine.indicators["C4.4"]?.evidence.first?.claim?.speaker == .other)
        let programme = try judge(["Mēs dzīvojam Ramuļu ciemā.", "Novada attīstības programmā uzsvērts, ka publiskā ārtelpa jāpadara pievilcīga senioriem."])
        #expect(programme.indicators["C5.2"]?.evidence.first?.claim?.speaker == .other)
    }

    @Test("where someone lives is no setting: 'divi Rīgā dzīvojoši novadpētnieki … saziedoja'")
    func whereSomeoneLives() throws {
        let result = try judge(["Mēs dzīvojam Veselavas ciemā.", "Takas stendu izgatavošanai 1200 EUR saziedoja divi Rīgā dzīvojoši bijušie veselavieši."])
        #expect(result.indicators["C6.4"]?.evidence.first?.claim?.speaker != .other)
        #expect(result.indicators["C6.4"]?.evidence.first?.counted == true)
    }

    @Test("a business speaking to 'you' advertises: 'SIA „Cēsu saules enerģija” — saules paneļi jūsu mājai'")
    func businessToYou() throws {
        let result = try judge(["Mēs dzīvojam Raiskuma ciemā.", "Afišas druku atbalsta SIA „Cēsu saules enerģija” — saules paneļi un siltumsūkņi jūsu mājai."])
        #expect(result.indicators["C3.3"]?.evidence.first?.claim?.speaker == .other)
        #expect(result.indicators["C3.3"]?.status == .missing)
        // Its "we" is the business's.
        let we = try judge(["Mēs dzīvojam Raiskuma ciemā.", "SIA „Zemgales saules enerģija” — uzstādām saules paneļus un viedos skaitītājus jūsu mājai."])
        #expect(we.indicators["C3.3"]?.status == .missing)
    }

    @Test("after an advert that exclaims, its paragraph's 'we' is the advertiser's")
    func advertParagraph() throws {
        let bakery = try judge([
            "Mēs dzīvojam Umurgā.",
            "Umurgas maizes ceptuve „Rudzu klēts” piedāvā svaigu rupjmaizi un pīrāgus! Tagad var pasūtīt arī mūsu e-veikalā ar piegādi uz mājām.",
        ])
        #expect(bakery.indicators["C3.1"]?.status == .missing)
        #expect(bakery.indicators["C3.1"]?.evidence.first?.claim?.speaker == .other)
        // A service named in a list of partners opens no advert.
        let partners = try judge([
            "Mēs dzīvojam Avotiņos.",
            "Cēsu tūrisma informācijas centrs (reklāma), Vaives pamatskola (telpas). Mūsu e-veikalā pārdodam biedru medu.",
        ])
        #expect(partners.indicators["C3.1"]?.evidence.first?.counted == true)
    }

    @Test("an agenda item named as a question is a heading: 'Kopienas telpu jautājums.'")
    func questionItem() throws {
        let result = try judge(["Mēs dzīvojam Inešu ciemā.", "Kopienas telpu jautājums."])
        #expect(reasons("C3.2", in: result) == [NotCounted.heading.rawValue])
    }

    @Test("a company that applies acts itself: 'uzņēmums iegādājās … ar LEADER atbalstu' counts for it")
    func companyApplicantActs() throws {
        let company = try judge(["Iesniedzējs: SIA „Daugavas laivas”", "Ar LEADER programmas atbalstu 2019. gadā uzņēmums iegādājās sešas laivas."])
        #expect(company.indicators["C6.3"]?.evidence.first?.counted == true)
        // In a community's application the company is someone else.
        let community = try judge(["Iesniedzējs: biedrība „Krāslavas kaimiņi”", "Ar LEADER programmas atbalstu 2019. gadā uzņēmums iegādājās sešas laivas."])
        #expect(community.indicators["C6.3"]?.evidence.first?.counted == false)
    }

    @Test("an action item's infinitive after a word or three of when is a plan: '2024. gada rudenī sasaukt iedzīvotāju sapulci'")
    func datedActionItem() throws {
        let result = try judge(["Mēs dzīvojam Spāres ciemā.", "2024. gada rudenī sasaukt iedzīvotāju sapulci un izveidot iniciatīvas grupu;"])
        #expect(result.indicators["C4.4"]?.evidence.first?.matches.first?.mode == .planned)
        // A finite verb makes it a deed told: "2023. gada rudenī sākām sasaukt iedzīvotāju sapulces".
        let done = try judge(["Mēs dzīvojam Spāres ciemā.", "2023. gada rudenī sākām sasaukt iedzīvotāju sapulces."])
        #expect(done.indicators["C4.4"]?.evidence.first?.matches.first?.mode == nil)
    }

    @Test("other villages as a group are someone else: 'Arī Latvijā vairāki ciemi … ir saņēmuši LEADER atbalstu'")
    func otherVillagesAsAGroup() throws {
        let result = try judge(["Mēs dzīvojam Spāres ciemā.", "Arī Latvijā vairāki ciemi, piemēram, Kaltene un Mazirbe, ir saņēmuši LEADER atbalstu."])
        #expect(result.indicators["C6.3"]?.evidence.first?.claim?.speaker == .other)
        #expect(result.indicators["C6.3"]?.evidence.first?.claim?.cue == "vairāki ciemi")
    }

    @Test("in an e-mail thread a message of support speaks for its writer only, not for the applicant's messages")
    func supportInAThread() throws {
        let result = try judge([
            "Daina Rožkalne <dignajas.laudis@gmail.com> · 2024. gada 25. septembris",
            "Šā gada jūnijā atvērām Dignājas kopienas māju bijušajā bibliotēkas ēkā.",
            "Pagasta pārvalde <dignaja@jekabpils.lv> · 2024. gada 26. septembris",
            "Mēs atbalstām biedrības iniciatīvu. Mūsu pārvaldē jau darbojas kopstrādes telpa.",
        ])
        let house = try #require(result.indicators["C3.2"]?.evidence.first { $0.text.contains("kopienas māju") })
        #expect(house.counted)
        let coworking = try #require(result.indicators["C3.2"]?.evidence.first { $0.text.contains("kopstrādes") })
        #expect(coworking.claim?.speaker == .other)
    }

    @Test("a web page's menu line is a heading: 'Sākums Video Tirgus Grupas'")
    func menuLine() throws {
        let result = try judge(["Mēs dzīvojam Ieriķu ciemā.", "Sākums Video Tirgus Grupas"], path: "Lapa.html", format: .html)
        #expect(reasons("C3.1", in: result) == [NotCounted.heading.rawValue])
    }

    @Test("other communities in the locative plural are someone else: 'Citās kopienās, piemēram, Koknesē, …'")
    func otherCommunities() throws {
        let result = try judge(["Mēs dzīvojam Dzelmes ciemā.", "Citās kopienās, piemēram, Koknesē, labi strādā kopienas centri."])
        #expect(result.indicators["C3.2"]?.evidence.first?.claim?.speaker == .other)
        #expect(result.indicators["C3.2"]?.evidence.first?.claim?.cue == "Citās kopienās")
    }

    @Test("a price survey is a purchase's quotations, not the residents asked")
    func priceSurvey() throws {
        let result = try judge(["Mēs dzīvojam Nīkrācē.", "Pielikumā: Cenu aptaujas (2 gab.)."])
        #expect(result.indicators["C4.4"]?.evidence.isEmpty ?? true)
    }

    @Test("a negation inside a relative or reason clause after 'bet' denies nothing before the contrast")
    func subordinateNegationAfterContrast() throws {
        let relative = try judge([
            "Ziņas pa ciemu izplatām WhatsApp grupā, kurā ir 210 dalībnieku, bet tiem, kas telefonu neizmanto, pie veikala ir ziņojumu dēlis; Facebook lapai ir 1500 sekotāju."
        ])
        #expect(relative.indicators["C5.4"]?.evidence.contains { $0.counted && !$0.negated } == true)
        let reason = try judge([
            "Visas ziņas liekam WhatsApp grupā, bet vecmāmiņām zvanām, jo mūsu vecmāmiņas tās ierakstus neredz."
        ])
        #expect(reason.indicators["C5.4"]?.evidence.contains { $0.counted && !$0.negated } == true)
        // In the main clause the denial still reaches back.
        let denied = try judge(["Kaimiņiem ir WhatsApp grupa, bet mums tādas nav, jo neviens to neuztur."])
        #expect(denied.indicators["C5.4"]?.status == .missing)
    }

    @Test("a quoted newspaper and what researchers say are someone else's words")
    func reported() throws {
        let result = try judge([
            "Mēs dzīvojam Staburaga ciemā.",
            "„Rīga kļūst par inovāciju un digitālo risinājumu galvaspilsētu,” pērn rakstīja kāds laikraksts.",
        ])
        #expect(result.indicators["C3.3"]?.status == .missing)
        #expect(reasons("C3.3", in: result) == [NotCounted.aboutSomeoneElse.rawValue])
        #expect(result.indicators["C3.3"]?.evidence.first?.claim?.cue == "rakstīja")
    }

    @Test("a source named by its office, and a source after 'Kā' a few words off, are someone else")
    func reportedByOffice() throws {
        let result = try judge([
            "Mēs dzīvojam Staburaga ciemā.",
            "Savukārt Zemkopības ministrijas pārstāvis konferencē „Lauki 2030” uzsvēra, ka LEADER programmā ir daudz iespēju.",
            "Kā intervijā laikrakstam „Latvijas Avīze” sacīja kāds ministrs, „viedais ciems ir par cilvēkiem, kuri uzņemas atbildību”.",
        ])
        #expect(result.indicators["C6.3"]?.status == .missing)
        #expect(reasons("C6.3", in: result) == [NotCounted.aboutSomeoneElse.rawValue])
        #expect(result.indicators["C4.3"]?.evidence.allSatisfy { $0.claim?.speaker == .other } == true)
    }

    @Test("a place abroad opening a sentence is another place; where a donor lives is not")
    func abroad() throws {
        let result = try judge([
            "Mēs dzīvojam Pilskalnē.",
            "Somijā daudzos ciemos darbojas ciemu biedrības, kuras pārvalda kopienas mājas.",
            "Vietējie skolotāji ir labi, bet Austrijā kopienas pašas uztur optisko internetu.",
        ])
        #expect(result.indicators["C3.2"]?.status == .missing)
        #expect(result.indicators["C3.3"]?.status == .missing)
        let donor = try judge(["Mēs dzīvojam Pilskalnē.", "Paldies Norvēģijā dzīvojošajai pilskalniecei Laurai, kas saziedoja 900 eiro tiltiņa margām!"])
        #expect(donor.indicators["C6.4"]?.evidence.first?.claim == nil)
        // A village abroad named with its country in the genitive; a partner so named is no setting.
        let village = try judge(["Mēs dzīvojam Pilskalnē.", "Igaunijas Vigalas ciemā jau desmit gadus darbojas kopstrādes telpa."])
        #expect(village.indicators["C3.2"]?.status == .missing)
        let partner = try judge(["Lietuvas kopiena „Žaliakalnis” mums atsūtīja 500 eiro ziedojumu laivām."])
        #expect(partner.indicators["C6.4"]?.evidence.first?.claim == nil)
        // Folded, a locative abroad would be the country's name: "Lietuva" in an address is no setting.
        let address = try judge(["Līgums starp mūsu biedrību un Dusetu kopienas biedrību (Duseti, Lietuva) par sadarbību."])
        #expect(address.indicators["C6.4"]?.evidence.first?.claim == nil)
    }

    @Test("a supporter's letter speaks for its writer: 'Mēs atbalstām biedrības „Koknesieši” iniciatīvu'")
    func supportLetter() throws {
        let letter = try judge([
            "Dārgie draugi Koknesē!",
            "Mūsu kopienai jau trešo gadu ir sava mobilā lietotne, kurā iedzīvotāji ziņo par bedrēm.",
            "Biedrība „Koknesieši” pati rīko talkas pilsdrupās.",
            "Mēs atbalstām biedrības „Koknesieši” iniciatīvu.",
        ])
        #expect(letter.indicators["C3.3"]?.status == .missing)
        #expect(letter.indicators["C3.3"]?.evidence.first?.claim == Claim(speaker: .other, cue: "atbalstām"))
        // What the writer says of the applicant, in the third person, stands.
        #expect(letter.indicators["C4.3"]?.evidence.first?.counted == true)
        // A title makes an unnamed "pieteikumu" enough; the applicant's own cover letter is not one.
        let titled = try judge(["Atbalsta vēstule", "Mums ir sava mobilā lietotne.", "Ar šo apliecinām atbalstu pieteikumam."])
        #expect(titled.indicators["C3.3"]?.status == .missing)
        let own = try judge(["Mēs dzīvojam Koknesē.", "Mums ir sava mobilā lietotne.", "Lūdzam atbalstīt mūsu biedrības „Koknesieši” pieteikumu."])
        #expect(own.indicators["C3.3"]?.evidence.first?.counted == true)
        let noun = try judge(["Mēs dzīvojam Koknesē.", "Mums ir sava mobilā lietotne.", "Valsts atbalsta projektos „Koknesieši” nav piedalījušies."])
        #expect(noun.indicators["C3.3"]?.evidence.first?.counted == true)
        // "atbalstam" in a text with long vowels is the noun's dative; typed without them, the verb.
        let dative = try judge([
            "Mēs dzīvojam Pālē.", "Mums ir sava mobilā lietotne.",
            "Biedrība piedalījās programmā NVO darbības atbalstam un Limbažu novada iedzīvotāju iniciatīvu konkursā.",
        ])
        #expect(dative.indicators["C3.3"]?.evidence.first?.counted == true)
        let plain = try judge(["Musu kopienai ir sava mobila lietotne.", "Mes atbalstam biedribas „Koknesiesi” iniciativu."])
        #expect(plain.indicators["C3.3"]?.status == .missing)
    }

    @Test("a form's hint after its label, and a label left unanswered, are form: 'Pašorganizēšanās: Piemēram, …'")
    func hintsAfterLabels() throws {
        let result = try judge([
            "Pašorganizēšanās: Piemēram, biedrība rīko talkas, meistarklases un iedzīvotāju sapulces.",
            "Kopdarbība un saliedētība: [Piemēram, biedrība ar valdi, iniciatīvas grupa, darba grupas.]",
            "Sadarbība ar skolu, pašvaldību, uzņēmējiem:",
        ])
        #expect(result.indicators["C4.3"]?.status == .missing)
        #expect(result.indicators["C4.1"]?.status == .missing)
        #expect(result.indicators["C5.3"]?.status == .missing)
        #expect(reasons("C5.3", in: result).allSatisfy { [NotCounted.template.rawValue, NotCounted.emptyTemplateField.rawValue].contains($0) })
        // The applicant's own example, and a label answered in its block, stand.
        let answered = try judge(["Mūsu resursi: piemēram, tautas nams, traktors un 40 brīvprātīgie.", "Sadarbība ar skolu: kopā rīkojam Ziemassvētku tirdziņu."])
        #expect(answered.indicators["C6.1"]?.evidence.first?.counted == true)
        #expect(answered.indicators["C5.3"]?.evidence.first?.counted == true)
    }

    @Test("a company's staff or board is no residents' deed; a source's words after a quote are its own")
    func companyAndSources() throws {
        let result = try judge([
            "Mēs dzīvojam Koknesē.",
            "Krasta sakopšanu pavasarī veic uzņēmuma darbinieki.",
            "„Autoostā šovasar sāks darbu viedā pieturvieta ar mobilo lietotni,” laikrakstam pastāstīja novada pašvaldības pārstāvis.",
        ])
        #expect(reasons("C4.3", in: result).contains(NotCounted.doneByOthers.rawValue))
        #expect(result.indicators["C3.3"]?.status == .missing)
    }

    @Test("sentences about 'smart villages' speak in general; a programme's name does not")
    func smartVillagesInGeneral() throws {
        let result = try judge([
            "Parasti viedajos ciemos ir kopienas centrs, laika banka un kopstrādes telpa.",
            "Pārdomas konkursa „Viedais ciems” pieteikumam par LEADER atbalstu.",
        ])
        #expect(result.indicators["C3.2"]?.status == .missing)
        #expect(result.indicators["C3.2"]?.evidence.first?.claim?.speaker == .general)
        let named = try judge(["2022. gadā biedrība piedalījās „Latvijas Lauku foruma” Viedo ciemu skolā un ar LEADER atbalstu iegādājās šujmašīnas."])
        #expect(named.indicators["C6.3"]?.evidence.first?.counted == true)
    }

    @Test("a form's sample in quotes after 'Piemēram' is form though it says 'mūsu'; an own example is content")
    func quotedSample() throws {
        let sample = try judge(["Piemēram, „Mūsu ciemā dzīvo 300 iedzīvotāju, kurus vieno kopīgas tradīcijas un upes tuvums”."])
        #expect(sample.indicators["C1"]?.status == .missing)
        let own = try judge(["Piemēram, pērn mēs ar kaimiņiem paši sakopām ciema parku un salabojām soliņus."])
        #expect(own.indicators["C4.3"]?.evidence.first?.counted == true)
    }

    @Test("a consultant's advice is not a deed: 'Iesaku tomēr sarīkot iedzīvotāju sapulci'")
    func advice() throws {
        let result = try judge(["Mēs dzīvojam Zīlēs.", "Iesaku sarīkot iedzīvotāju sapulci un lēmumu pieņemt kopā."])
        #expect(result.indicators["C4.4"]?.status == .missing)
    }

    @Test("residents' own deeds with 'paši' after the verb, donations collected, volunteers from elsewhere")
    func deedsAndDonations() throws {
        let result = try judge([
            "Mēs dzīvojam Bebros.",
            "Autobusa pieturas nojumi, kuru mums solīja trīs gadus, sestdien uzcēlām paši.",
            "Mēbeles kopstrādes telpai nopirkām par 1 300 eiro, ko saziedoja Bebros dzimušie, un galdus samontēja brīvprātīgie no Rīgas.",
        ])
        #expect(result.indicators["C4.3"]?.status == .present)
        #expect(result.indicators["C6.4"]?.evidence.contains { $0.counted } == true)
        // A negation in a relative clause opened by "kam" denies nothing before the contrast.
        let channel = try judge(["Par talkām ziņojam WhatsApp grupā, bet tiem, kam viedtālruņa nav, piezvanām."])
        #expect(channel.indicators["C5.4"]?.evidence.contains { $0.counted && !$0.negated } == true)
    }

    @Test("a question answered by our denial, 'paši … nekur', and partners only sought show nothing")
    func questionsAndNowhere() throws {
        let resources = try judge(["Mēs dzīvojam Odzienā.", "Kādi resursi mums vispār ir, līdz galam vēl neesam apzinājuši."])
        #expect(resources.indicators["C6.1"]?.status == .missing)
        let leader = try judge(["Mēs dzīvojam Daudzesē.", "Par LEADER uzzināju no avīzes, paši neesam nekur pieteikušies."])
        #expect(leader.indicators["C6.3"]?.status == .missing)
        let partners = try judge(["Mēs dzīvojam Iršos.", "Meklējam sadarbības partnerus Vācijā un Lietuvā."])
        #expect(partners.indicators["C6.4"]?.status == .missing)
        // A question answered by a deed stands.
        let answered = try judge(["Mēs dzīvojam Odzienā.", "Kādi resursi mums ir, saskaitījām pērn: tautas nams, traktors un 40 brīvprātīgie."])
        #expect(answered.indicators["C6.1"]?.evidence.first?.counted == true)
    }

    @Test("'adrese' in a long sentence is a word, not a contact line; 'Adrese: …' is one")
    func addressWord() throws {
        let result = try judge([
            "Mēs esam Aiviekstes pagasta iedzīvotāji – cilvēki, kas dzīvo tur, kur Aiviekste ietek Daugavā, un kam šī vieta ir mājas, nevis tikai adrese."
        ])
        #expect(result.indicators["C1"]?.evidence.first?.claim == nil)
        let line = try judge(["Adrese: Skolas iela 3, Aiviekstes pagasts, Aizkraukles novads"])
        #expect(line.indicators["C1"]?.evidence.first?.claim?.register == .contact)
    }

    @Test("'nākamajā nedēļā' in a story told in the past is no plan; in the present it is")
    func followingWeek() throws {
        let told = try judge(["Mēs dzīvojam Sunākstē.", "Vētra norāva klēts jumtu, bet nākamajā nedēļā biedri paši uzlika jaunas skārda loksnes."])
        #expect(told.indicators["C4.3"]?.status == .present)
        let plan = try judge(["Mēs dzīvojam Sunākstē.", "Nākamajā nedēļā biedri paši uzliks jaunas skārda loksnes."])
        #expect(plan.indicators["C4.3"]?.status == .missing)
    }

    @Test("an instruction after a label is form; a street in a long sentence is a place, not a contact line")
    func instructionsAndStreets() throws {
        let result = try judge(["Mēs dzīvojam Koknesē.", "Ieteikums: pievienojiet kopsapulces protokolu."])
        #expect(result.indicators["C4.4"]?.status == .missing)
        #expect(reasons("C4.4", in: result) == [NotCounted.template.rawValue])
        let street = try judge(["Kopš janvāra biedri kopīgi pārvalda Kokneses kopienas māju Blaumaņa ielā 8, kur katrs uzņemas vienu vakaru nedēļā."])
        #expect(street.indicators["C3.2"]?.evidence.first?.claim == nil)
        let read = try judge(["Mēs dzīvojam Bebros.", "Avīzē izlasījām, ka viedajos ciemos darbojas kopstrādes telpas."])
        #expect(read.indicators["C3.2"]?.status == .missing)
    }

    @Test("the application being made is no measure used: 'piesakāmies LEADER atbalstam'")
    func applyingIsNoUse() throws {
        let result = try judge([
            "Mēs dzīvojam Irbenē.",
            "Šī ir pirmā reize, kad piesakāmies LEADER atbalstam.",
            "Nolēma: uzdot valdei sagatavot pieteikumu LEADER rīcībā līdz 25. martam.",
        ])
        #expect(result.indicators["C6.3"]?.status == .missing)
        let used = try judge(["Mēs dzīvojam Irbenē.", "2021. gadā ar LEADER atbalstu atjaunojām estrādi."])
        #expect(used.indicators["C6.3"]?.evidence.first?.counted == true)
    }

    @Test("mentions inside a form's '(piemēram, …)' examples are its hint; one outside them counts")
    func bracketedExamples() throws {
        let result = try judge([
            "Mēs dzīvojam Vīksnā.",
            "Inovācijas var būt sociālajā jomā (piemēram, kopienas centrs, laika banka) vai tehnoloģijās.",
        ])
        #expect(result.indicators["C3.2"]?.status == .missing)
        #expect(result.indicators["C3.2"]?.evidence.first?.matches.allSatisfy { $0.inExample == true } == true)
        let answered = try judge(["Mēs dzīvojam Vīksnā.", "Pērn atvērām kopienas centru (piemēram, tur notiek senioru vakari)."])
        #expect(answered.indicators["C3.2"]?.evidence.first?.counted == true)
    }

    @Test("what the residents said, a board overruled: 'Aptaujā vairākums gribēja …, bet valde tomēr izlēma …'")
    func overruled() throws {
        let result = try judge([
            "Mēs dzīvojam Liepsalā.",
            "Aptaujā vairākums gribēja basketbola laukumu, bet valde tomēr izlēma pirkt jaunus soliņus.",
        ])
        #expect(result.indicators["C4.4"]?.status == .missing)
        // The residents deciding themselves after a contrast stands.
        let ours = try judge(["Mēs dzīvojam Liepsalā.", "Valde ieteica soliņus, bet kopsapulcē mēs nolēmām būvēt basketbola laukumu."])
        #expect(ours.indicators["C4.4"]?.evidence.contains { $0.counted } == true)
        // Overruled in the paragraph's next sentence.
        let later = try judge([
            "Mēs dzīvojam Liepsalā.",
            "Februārī aptaujājām iedzīvotājus. Vairums aptaujā atbalstīja laukumu. Biedrības valde tomēr nolēma ēku pārdot.",
        ])
        #expect(later.indicators["C4.4"]?.status == .missing)
        #expect(reasons("C4.4", in: later).contains(NotCounted.doneByOthers.rawValue))
    }

    @Test("'Tipiskā viedā ciemā ir …' and 'Daudzviet …' speak in general")
    func typicalVillage() throws {
        let result = try judge([
            "Tipiskā viedā ciemā ir kopienas centrs vai kopstrādes telpa un ātrs optiskais internets.",
            "Daudzviet nav ne biedrību, ne aktīvu iedzīvotāju, un jaunieši aizbrauc uz pilsētām.",
            "Šādi ciemi parasti ierīko kopstrādes telpas bijušajās skolās.",
        ])
        #expect(result.indicators["C3.2"]?.status == .missing)
        #expect(result.indicators["C3.3"]?.status == .missing)
        #expect(result.indicators["C3.2"]?.evidence.allSatisfy { $0.claim?.speaker == .general } == true)
    }

    @Test("a text about smart villages in general that never names its place nor says 'we' shows nothing")
    func generalText() throws {
        let result = try judge([
            "Viedie ciemi ir lauku kopienas, kas meklē jaunus risinājumus.",
            "Viedā ciema pazīmes parasti ir šādas:",
            "kopiena izmanto sociālos tīklus un citus informācijas kanālus;",
            "notiek zināšanu un kultūrvēsturiskā mantojuma nodošana paaudzēm;",
        ])
        #expect(result.indicators["C5.4"]?.status == .missing)
        #expect(result.indicators["C5.1"]?.status == .missing)
        #expect(reasons("C5.4", in: result) == [NotCounted.generalStatement.rawValue])
        // The same list in the applicant's own words counts.
        let own = try judge(["Mūsu kopiena izmanto sociālos tīklus un citus informācijas kanālus."])
        #expect(own.indicators["C5.4"]?.status == .present)
    }

    @Test("examples do not anchor a general text: villages in the plural, a region, 'Lai ciems …', a quoted 'Mūsu ciems'")
    func unanchoredExamples() throws {
        let result = try judge([
            "Viedie ciemi ir lauku kopienas, kas meklē jaunus risinājumus.",
            "Vairākos Kurzemes ciemos jaunieši vada digitālo prasmju nodarbības senioriem.",
            "Lai ciems kļūtu viedāks, vajadzētu apzināt resursus.",
            "Labs piemērs: „Mūsu ciema iedzīvotāji lepojas ar savām tradīcijām.”",
        ])
        #expect(result.indicators["C5.2"]?.status == .missing)
        #expect(result.indicators["C4.2"]?.status == .missing)
        #expect(reasons("C5.2", in: result) == [NotCounted.generalStatement.rawValue])
        // One village named as a place anchors the text.
        let named = try judge(["Viedie ciemi ir lauku kopienas.", "Liepkalnu ciemā jaunieši vada digitālo prasmju nodarbības senioriem."])
        #expect(named.indicators["C5.2"]?.evidence.first?.counted == true)
    }

    @Test("an essay is anchored only by 'we'; a sample to fill in is form throughout")
    func declaredGenres() throws {
        let essay = try judge([
            "Eseja. Autore: Līga Ziediņa, maģistrantūras studente",
            "Vidzemē vairākas kopienas ir izveidojušas kopstrādes telpas bijušajās skolās.",
            "Manā dzimtajā ciemā jaunieši vada digitālo prasmju nodarbības senioriem.",
        ])
        #expect(essay.indicators["C3.2"]?.status == .missing)
        #expect(essay.indicators["C5.2"]?.status == .missing)
        let ours = try judge(["Eseja par mūsu ciemu", "Mēs, Liepkalnu ciema jaunieši, vadām digitālo prasmju nodarbības senioriem."])
        #expect(ours.indicators["C5.2"]?.evidence.first?.counted == true)
        // Everyone's "we" in an essay anchors nothing: "Mūsu laukos jaunieši vada nodarbības".
        let everyones = try judge(["Eseja par lauku nākotni", "Mūsu laukos jaunieši vada digitālo prasmju nodarbības senioriem."])
        #expect(everyones.indicators["C5.2"]?.status == .missing)
        let closing = try judge(["Vairākos ciemos jaunieši vada nodarbības senioriem.", "Raksts sagatavots diskusijai seminārā."])
        #expect(closing.indicators["C5.2"]?.status == .missing)

        let sample = try judge(
            [
                "Iesniedzēja nosaukums: [Biedrības nosaukums]",
                "Ciems, pagasts: [Ciema nosaukums], [pagasts]",
                "Labs formulējums sākas ar vārdiem „Mūsu mērķis ir…”.",
                "Pašorganizēšanās: [talkas, brīvprātīgais darbs].",
                "Mēs rīkojam talkas un kopsapulces.",
            ],
            path: "Pieteikuma_paraugs_Viedais_ciems.docx"
        )
        #expect(sample.indicators["C4.3"]?.status == .missing)
        #expect(sample.indicators["C4.3"]?.evidence.allSatisfy { $0.claim == Claim(register: .template, cue: "paraugs") } == true)
        // Named a sample but filled in, with no placeholder left: the applicant's.
        let filled = try judge(["Pieteikums pēc parauga", "Mēs rīkojam talkas un kopsapulces."], path: "Pieteikums_paraugs.docx")
        #expect(filled.indicators["C4.3"]?.evidence.first?.counted == true)
    }

    @Test("'negaidot' is residents acting themselves; bringing in members is no outside resource")
    func notWaitingAndOwnPeople() throws {
        let road = try judge(["Mēs dzīvojam Zalvē.", "Pavasarī vīri ceļu atjaunoja, negaidot pašvaldības tāmi."])
        #expect(road.indicators["C4.3"]?.evidence.contains { $0.counted } == true)
        let members = try judge(["Mēs dzīvojam Zalvē.", "Laukumu būvēsim talkā, piesaistot biedrus ar celtniecības pieredzi."])
        #expect(members.indicators["C6.4"]?.evidence.contains { $0.counted } != true)
        let outside = try judge(["Mēs dzīvojam Zalvē.", "Pērn piesaistījām sponsorus no Rīgas."])
        #expect(outside.indicators["C6.4"]?.evidence.contains { $0.counted } == true)
    }

    @Test("joining „Lielā talka” is using a national campaign, not organising: C6.3, not C4.3")
    func campaignNotSelfOrganisation() throws {
        let campaign = try judge(["Mēs dzīvojam Vietalvā.", "Arī šogad piedalījāmies Lielajā talkā un sakopām kapsētu."])
        #expect(campaign.indicators["C4.3"]?.status == .missing)
        #expect(reasons("C4.3", in: campaign).contains(NotCounted.anotherIndicator.rawValue))
        #expect(campaign.indicators["C6.3"]?.status == .present)
        let own = try judge(["Mēs dzīvojam Vietalvā.", "Rudenī paši sarīkojām talku un sakopām kapsētu."])
        #expect(own.indicators["C4.3"]?.evidence.contains { $0.counted } == true)
    }

    @Test("C1 needs the place named: 'mūsu ciems' alone presents no place's community")
    func placeNamed() throws {
        let unnamed = try judge(["Šī grupa ir mūsu ciemata ļaudīm.", "Gribam, lai mūsu ciems arī pēc 15 gadiem būtu dzīvs."])
        #expect(unnamed.indicators["C1"]?.status == .missing)
        #expect(reasons("C1", in: unnamed).contains(NotCounted.placeNotNamed.rawValue))
        // Named in a counted passage, or in the title.
        let named = try judge(["Gribam, lai mūsu ciems Pilskalne arī pēc 15 gadiem būtu dzīvs."])
        #expect(named.indicators["C1"]?.evidence.contains { $0.counted } == true)
        let titled = try judge(["Niedrāju ciems", "Gribam, lai mūsu ciems arī pēc 15 gadiem būtu dzīvs."])
        #expect(titled.indicators["C1"]?.evidence.contains { $0.counted } == true)
    }

    @Test("a short outright denial outweighs a lone supporting mention elsewhere: 'Resursu sarakstu vēl neesam sastādījuši.'")
    func outrightDenial() throws {
        let story = "Sestdien 14 kaimiņi ar lāpstām un divām piekabēm celiņu atjaunoja paši."
        let denied = try judge(["Mēs dzīvojam Vietalvā.", story, "Resursu sarakstu vēl neesam sastādījuši."])
        #expect(denied.indicators["C6.1"]?.status == .missing)
        #expect(reasons("C6.1", in: denied).contains(NotCounted.deniedOutright.rawValue))
        // Without the denial the mention stands.
        let alone = try judge(["Mēs dzīvojam Vietalvā.", story])
        #expect(alone.indicators["C6.1"]?.status == .weak)
    }

    @Test("a business named as the applicant presents no community; one applying for the residents does")
    func businessApplicant() throws {
        let farm = try judge([
            "1. Projekta iesniedzējs",
            "Zemnieku saimniecība „Atvari”",
            "Mēs esam Mazzalves pagasta saimniecība, un mūsu biedrība rīko talkas.",
            "Mūsu mērķis ir palielināt apgrozījumu.",
            "Kopš 2021. gada mūsu kūts jumtā darbojas saules paneļi.",
        ])
        #expect(farm.indicators["C1"]?.status == .missing)
        #expect(reasons("C1", in: farm).contains(NotCounted.businessApplicant.rawValue))
        #expect(farm.indicators["C4.1"]?.status == .missing)
        #expect(farm.indicators["C4.3"]?.status == .missing)
        #expect(farm.indicators["C2"]?.status == .missing)
        // What a business has done is read as ever.
        #expect(farm.indicators["C3.3"]?.evidence.contains { $0.counted } == true)
        let forResidents = try judge([
            "Pretendents: SIA „Odzienas muiža”, kopā ar ciema iedzīvotājiem",
            "Mēs esam Mazzalves pagasta kopiena, un mūsu biedrība rīko talkas.",
        ])
        #expect(forResidents.indicators["C1"]?.evidence.contains { $0.counted } == true)
        let inTheirName = try judge([
            "Pretendents: zemnieku saimniecība „Dzērves”",
            "Mēs, Dzērvēnu ciema ļaudis no Mazzalves pagasta, rakstām šo pieteikumu visa ciema vārdā.",
        ])
        #expect(inTheirName.indicators["C1"]?.evidence.contains { $0.counted } == true)
        let association = try judge(["Iesniedzējs: biedrība „Liepkalnu kopiena”", "Mēs esam Mazzalves pagasta kopiena."])
        #expect(association.indicators["C1"]?.evidence.contains { $0.counted } == true)
        // The name in a table's "Nosaukums" row under the section's label.
        let table = try judge([
            "1. Pretendents", "Pozīcija", "Dati", "Nosaukums", "SIA „Pededzes krasti”",
            "SIA „Pededzes krasti” ir ģimenes uzņēmums, kas kopš 2016. gada darbojas Pededzes pagastā.",
        ])
        #expect(table.indicators["C1"]?.status == .missing)
        #expect(reasons("C1", in: table).contains(NotCounted.businessApplicant.rawValue))
    }

    @Test("a school or a library named as the applicant speaks for itself, not as the community")
    func institutionApplicant() throws {
        let school = try judge([
            "Iesniedzējs: Limbažu novada pašvaldības iestāde „Vilzēnu pamatskola”",
            "Vilzēnu pamatskola ir vienīgā izglītības iestāde Braslavas pagastā.",
        ])
        #expect(school.indicators["C1"]?.status == .missing)
        #expect(reasons("C1", in: school).contains(NotCounted.institutionApplicant.rawValue))
        // What the school itself does is the applicant's deed; another institution's is not.
        let deeds = try judge([
            "Iesniedzējs: Limbažu novada pašvaldības iestāde „Vilzēnu pamatskola”",
            "Skola piedalās programmā „Latvijas skolas soma”.",
            "Pagasta pārvalde piedalās Lielajā talkā.",
        ])
        #expect(deeds.indicators["C6.3"]?.evidence.map(\.counted) == [true, false])
        let withResidents = try judge([
            "Iesniedzējs: Ozolsalas pamatskola un ciema iedzīvotāji",
            "Mēs esam Daugavmalas pagasta Ozolsalas ciema kopiena.",
        ])
        #expect(withResidents.indicators["C1"]?.evidence.contains { $0.counted } == true)
    }

    @Test("the criteria's own wording, and header and footer boilerplate, are form, not content")
    func form() throws {
        let result = try judge(
            ["Kopiena ir ģeogrāfiski vienota cilvēku grupa, kuru vieno kāda konkrēta sociāla identitāte, teritorija un/vai kopīgas intereses."],
            footer: ["Aizkraukles rajona partnerība · LEADER 2023–2027", "Eiropa investē lauku apvidos"]
        )
        #expect(result.indicators["C1"]?.status == .missing)
        #expect(reasons("C1", in: result).contains(NotCounted.template.rawValue))
        #expect(result.indicators["C6.3"]?.status == .missing)
        #expect(reasons("C6.3", in: result).allSatisfy { $0 == NotCounted.boilerplate.rawValue })
        // A footer that speaks as "we" is content.
        let spoken = try judge(["Mēs dzīvojam Ērberģes ciemā."], footer: ["Ziņas kopienā nododam ciema WhatsApp grupā."])
        #expect(spoken.indicators["C5.4"]?.evidence.first?.counted == true)
        // …but not when it speaks to the reader: "Sekojiet mums Facebook!" is an address line.
        let follow = try judge(["Mēs dzīvojam Ērberģes ciemā."], footer: ["Biedrība „Ērberģe” | info@erberge.lv | Sekojiet mums Facebook un Instagram!"])
        #expect(follow.indicators["C5.4"]?.evidence.allSatisfy { !$0.counted } ?? true)
    }

    @Test("a pointer to an annex is no answer: 'Resursu plāns – pievienotajā failā'")
    func pointer() throws {
        let result = try judge(["Mēs dzīvojam Neretā.", "Resursu plāns – pievienotajā failā „Resursu_plans.docx”."])
        #expect(result.indicators["C6.1"]?.status == .missing)
        #expect(reasons("C6.1", in: result).allSatisfy { $0 == NotCounted.reference.rawValue })
    }

    @Test("a resource put to the goal is C6.2: 'izmantojam tieši mūsu galvenajam mērķim'")
    func resourceTiedToGoal() throws {
        let result = try judge(["Kopstrādes telpu izmantojam tieši mūsu galvenajam mērķim – lai jaunas ģimenes varētu dzīvot Sunakstē."])
        #expect(result.indicators["C6.2"]?.status == .present)
    }

    @Test("a party counts when it takes part, not when named in passing: 'dārzs pie bijušās skolas'")
    func partiesInPassing() throws {
        let passing = try judge(["Mēs dzīvojam Pasienē.", "Kopienas dārzu ierīkojām pie bijušās skolas un baznīcas."])
        #expect(passing.indicators["C5.3"]?.status == .missing)
        #expect(reasons("C5.3", in: passing).allSatisfy { $0 == NotCounted.inPassing.rawValue })
        let taking = try judge(["Mēs dzīvojam Pasienē.", "Skola mums dod telpas.", "Ar pašvaldību sadarbojamies talkās."])
        #expect(taking.indicators["C5.3"]?.status == .present)
    }

    @Test("a record's date line and an address line are form: 'Pasienē, skolas zālē, 2026. gada 6. septembrī', 'LV-4122'")
    func dateAndAddressLines() throws {
        let result = try judge([
            "Pasienē, bijušās skolas zālē, 2026. gada 6. septembrī",
            "Adrese: Vecpiebalga, Vecpiebalgas pagasts, Cēsu novads, LV-4122",
        ])
        #expect(result.indicators["C1"]?.status == .missing)
        #expect(reasons("C1", in: result).contains(NotCounted.contact.rawValue))
    }

    @Test("a refusal denies its own clause: 'Mobilo lietotni izstrādāt atteicāmies'")
    func refusal() throws {
        let result = try judge(["Mēs dzīvojam Sērenē.", "Mobilo lietotni izstrādāt atteicāmies, jo tā bija par dārgu."])
        #expect(result.indicators["C3.3"]?.evidence.allSatisfy { $0.negated && !$0.counted } == true)
    }

    @Test("a quote's 'we' is the quoted speaker's: 'Kā intervijā sacīja kaimiņu novada mērs: „Mūsu novadā …”'")
    func quotedWe() throws {
        let result = try judge([
            "Mēs dzīvojam Ēdolē.",
            "Kā intervijā sacīja kaimiņu novada mērs: „Mūsu novadā katram ciemam ir sava WhatsApp grupa un sava mājaslapa.”",
        ])
        #expect(result.indicators["C5.4"]?.status == .missing)
        #expect(reasons("C5.4", in: result) == [NotCounted.aboutSomeoneElse.rawValue])
        // Typed without diacritics, "Kā raksta" is "Ka raksta".
        let plain = try judge([
            "Mes dzivojam Sece.",
            "Ka raksta laikraksts \"Staburags\", Kokneses puse jau otro gadu darbojas kopienas darbnica ar 3D printeri.",
        ])
        #expect(reasons("C3.2", in: plain) == [NotCounted.aboutSomeoneElse.rawValue])
    }

    @Test("a source before '…, ka' makes any reporting verb someone else's; a member's report in minutes is ours")
    func sourcesAndMembers() throws {
        let source = try judge(["Mēs dzīvojam Ogrē.", "Novada mērs intervijā teica, ka viņu ciemos visur ir optiskais internets."])
        #expect(reasons("C3.3", in: source) == [NotCounted.aboutSomeoneElse.rawValue])
        let member = try judge(["Mēs dzīvojam Ēdolē.", "Ozoliņa ziņo, ka pērn biedri paši salaboja tautas nama grīdu."])
        #expect(member.indicators["C4.3"]?.evidence.first?.counted == true)
    }

    @Test("a name in quotes set out as a line is a title: '„Aizkalnes tautas nams – kopienas māja”'")
    func quotedNames() throws {
        let title = try judge(["Mēs dzīvojam Aizkalnē.", "„Aizkalnes tautas nams – kopienas māja” (darba nosaukums)"])
        #expect(reasons("C3.2", in: title) == [NotCounted.heading.rawValue])
        let organisation = try judge(["Mēs dzīvojam Aizkalnē.", "Biedrība „Vārkavas kopienas centrs”"])
        #expect(reasons("C3.2", in: organisation) == [NotCounted.heading.rawValue])
        // A statement about it stands.
        let statement = try judge(["Mēs dzīvojam Aizkalnē.", "Kopš 2022. gada darbojas mūsu „kopienas māja”."])
        #expect(statement.indicators["C3.2"]?.evidence.first?.counted == true)
    }

    @Test("an item after a colon with an infinitive is to be done: 'Nolēma: LEADER projektu gatavot …'")
    func itemAfterColon() throws {
        let decided = try judge(["Mēs dzīvojam Duntē.", "Nolēma: LEADER projektu gatavot ciema centra laukuma labiekārtošanai."])
        #expect(reasons("C6.3", in: decided) == [NotCounted.planned.rawValue])
        // Nouns before the infinitive may read as verbs ("sarakstu", I write down), and
        // prepositions after it are none ("līdz", until — not līdzēt).
        let list = try judge(["Mēs dzīvojam Zeltiņos.", "Nolemj: resursu sarakstu sagatavot līdz nākamajai sapulcei."])
        #expect(reasons("C6.1", in: list) == [NotCounted.planned.rawValue])
        // A finite verb after the colon tells what is done.
        let done = try judge(["Mēs dzīvojam Duntē.", "Ko esam paveikuši: ar LEADER atbalstu atjaunojām ciema laukumu."])
        #expect(done.indicators["C6.3"]?.evidence.first?.counted == true)
    }

    @Test("what a goal's name opens is aimed at: 'Mūsu vīzija: … sakopts …' shows no deed for C4.3")
    func goalFrame() throws {
        let result = try judge(["Mūsu vīzija: Ēdoles ciems 2030. gadā — sakopts, droši sasniedzams un dzīvīgs ciems."])
        #expect(result.indicators["C4.3"]?.evidence.allSatisfy { !$0.counted } ?? true)
        #expect(result.indicators["C2"]?.evidence.first?.counted == true)
        // "… vīzija ir …": the goal said to be what follows, however long the frame.
        let said = try judge(["Mūsu vīzija ir Mežāre 2030. gadā – sakopts ciems ar dzīvu centru, kurā ģimenes ar bērniem grib dzīvot un seniori nejūtas vientuļi."])
        #expect(said.indicators["C4.3"]?.evidence.allSatisfy { !$0.counted } ?? true)
        #expect(said.indicators["C2"]?.evidence.first?.counted == true)
    }

    @Test("a form's label answered by nothing is form: 'Jautājums par informācijas apriti: Vēl tiek izstrādāts.'")
    func labelWithNonAnswer() throws {
        let result = try judge(["Mēs dzīvojam Kalnā.", "Jautājums par informācijas apriti: Vēl tiek izstrādāts."])
        #expect(result.indicators["C5.4"]?.status == .missing)
        #expect(reasons("C5.4", in: result) == [NotCounted.template.rawValue])
    }

    @Test("'kamēr' opens a contrast a denial reaches back over")
    func whileContrast() throws {
        let result = try judge(["Mēs dzīvojam Sērenē.", "Jaunjelgavā darbojas e-veikals vietējiem produktiem, kamēr Sērenē neviens tādu nav izveidojis."])
        #expect(result.indicators["C3.1"]?.status == .missing)
    }

    @Test("an institution's deed is not the residents' own action: 'Talkas organizē pagasta pārvalde'")
    func institutionAsDoer() throws {
        let result = try judge(["Mēs dzīvojam Secē.", "Talkas mūsu pagastā organizē pagasta pārvalde."])
        #expect(result.indicators["C4.3"]?.status == .missing)
        #expect(reasons("C4.3", in: result).contains(NotCounted.doneByOthers.rawValue))
    }

    @Test("a business speaking is an advert: 'SIA „Saules enerģija” piedāvā saules paneļus jūsu mājai!'")
    func businessAdvert() throws {
        let result = try judge(["Mēs dzīvojam Vaiņodē.", "SIA „Saules enerģija” piedāvā saules paneļus jūsu mājai!"])
        #expect(result.indicators["C3.3"]?.status == .missing)
        #expect(reasons("C3.3", in: result) == [NotCounted.aboutSomeoneElse.rawValue])
        // Signed with the business's name after a dash; a list of partners is no advert.
        let signed = try judge(["Mēs dzīvojam Vaiņodē.", "Saules paneļi par 20 % lētāk – SIA „Saules Enerģija“."])
        #expect(reasons("C3.3", in: signed) == [NotCounted.aboutSomeoneElse.rawValue])
        let partners = try judge(["Mūsu partneri: SIA „Kurzemes koks“ piedāvā praksi jauniešiem, skola – telpas."])
        #expect(partners.indicators["C5.3"]?.evidence.first?.claim == nil)
    }

    @Test("an agenda item of minutes is a title: 'Par LEADER projekta iesniegšanu.'")
    func agendaItem() throws {
        let result = try judge(["Mēs dzīvojam Mazzalvē.", "Par LEADER projekta iesniegšanu."])
        #expect(result.indicators["C6.3"]?.status == .missing)
        #expect(reasons("C6.3", in: result) == [NotCounted.heading.rawValue])
    }

    @Test("a -tu participle beside a stating verb is no wish: 'Paneļus uzstādījām ar … administrētu ELFLA atbalstu'")
    func participleBesideFiniteVerb() throws {
        let result = try judge(["Mēs dzīvojam Zalvē.", "Paneļus uzstādījām ar Lauku atbalsta dienesta administrētu ELFLA atbalstu."])
        #expect(result.indicators["C6.3"]?.status == .present)
        #expect(result.indicators["C6.3"]?.evidence.allSatisfy { $0.counted && $0.matches.allSatisfy { $0.mode == nil } } == true)
        // A modal conditional stays a wish whatever stands beside it.
        let wish = try judge(["Mēs dzīvojam Zalvē.", "Mēs varētu pieteikties ELFLA atbalstam."])
        #expect(wish.indicators["C6.3"]?.status == .missing)
    }

    @Test("a comma alone can set 'we' against another: 'Seces jauniešiem ir savs e-veikals, mums tāda nav'")
    func contrastWithoutConjunction() throws {
        let result = try judge(["Mēs dzīvojam Vallē.", "Seces jauniešiem ir savs e-veikals ar suvenīriem, mums tāda nav."])
        #expect(result.indicators["C3.1"]?.status == .missing)
        #expect(result.indicators["C3.1"]?.evidence.allSatisfy { $0.negated && !$0.counted } == true)
        // "we" after a dash that denies nothing leaves the first clause standing.
        let standing = try judge(["Biedrība pulcē Odzienas ciema iedzīvotājus – mēs dzīvojam ap neogotisko Odzienas muižu."])
        #expect(standing.indicators["C1"]?.evidence.first?.counted == true)
    }

    @Test("a list item with no verb of its own takes the plan before it: '…, kur pēc gadiem būs darbs, sakopta vide'")
    func verblessListItem() throws {
        let result = try judge(["Redzam savu ciemu kā vietu, kur pēc pieciem gadiem būs darbs uz vietas, sakopta vide un droša dzīve ikvienam."])
        #expect(result.indicators["C4.3"]?.status == .missing)
        #expect(reasons("C4.3", in: result) == [NotCounted.planned.rawValue])
        // A verb of its own keeps the deed: "…, bet pērn mēs sakopām parku".
        let deed = try judge(["Nākamgad būs jauns laukums, bet pērn mēs sakopām parku."])
        #expect(deed.indicators["C4.3"]?.evidence.contains { $0.counted && $0.matches.contains { $0.mode == nil } } == true)
    }

    @Test("a line of names is an address, not a community presented: 'Sece, Seces pagasts, Aizkraukles novads'")
    func addressOfNames() throws {
        let result = try judge(["Sece, Seces pagasts, Aizkraukles novads"])
        #expect(result.indicators["C1"]?.status == .missing)
        #expect(reasons("C1", in: result) == [NotCounted.contact.rawValue])
        // The association named beside its place presents the community.
        let named = try judge(["Biedrība „Skrīveru kopiena”, Skrīveru pagasts, Aizkraukles novads."])
        #expect(named.indicators["C1"]?.evidence.first?.counted == true)
    }

    @Test("the neighbours named with their place are someone else, even when we greet them: 'Kaimiņi Lielplatonē … – apsveicam!'")
    func neighbours() throws {
        let result = try judge(["Mēs dzīvojam Vecsniķeros.", "Kaimiņi Lielplatonē jau uzlikuši saules paneļus uz tautas nama jumta – apsveicam!"])
        #expect(result.indicators["C3.3"]?.status == .missing)
        #expect(reasons("C3.3", in: result) == [NotCounted.aboutSomeoneElse.rawValue])
    }

    @Test("the reported mood and a quote after a colon are someone else's account")
    func reportedAccounts() throws {
        let reported = try judge(["Mēs dzīvojam Sērenē.", "Jānis stāstīja, ka Kokneses pusē kopienas esot dabūjušas LEADER naudu laivu piestātnei."])
        #expect(reported.indicators["C6.3"]?.status == .missing)
        #expect(reasons("C6.3", in: reported) == [NotCounted.aboutSomeoneElse.rawValue])
        let quoted = try judge([
            "Mēs dzīvojam Sērenē.", "Laikraksts „Tukuma Ziņas” nesen rakstīja: „Tukuma novadā top viedie ciemi ar saules paneļiem.”",
        ])
        #expect(quoted.indicators["C3.3"]?.status == .missing)
        // A sentence that opens with the quote: its "we" is the quoted speaker's.
        let opening = try judge([
            "Mēs dzīvojam Sērenē.", "„Mēs visu izlēmām kopā – sapulcē balsoja vairāk nekā simts cilvēku,” stāsta biedrības „Barkavas spēks” vadītāja.",
        ])
        #expect(opening.indicators["C4.4"]?.status == .missing)
    }

    @Test("a denial that names again what it denies reaches back: '…, bet mūsu ciemam ārzemju partneru nav'")
    func restatedDenial() throws {
        let result = try judge(["Madonas pilsētai ir sadraudzības pilsētas Vācijā un Zviedrijā, bet mūsu ciemam ārzemju partneru vai sponsoru nav."])
        #expect(result.indicators["C6.4"]?.status == .missing)
        #expect(result.indicators["C6.4"]?.evidence.allSatisfy { $0.negated && !$0.counted } == true)
    }

    @Test("a table titled as a plan, or a row whose status is 'Iecerēts', is planned, not done")
    func planTables() throws {
        let titled = try judge(blocks: [
            ("Mēs dzīvojam Aiviekstes pagastā.", nil), ("4. Ko darīsim projekta laikā", nil),
            ("Aktivitāte", (1, 1, 1)), ("Laiks", (1, 1, 2)),
            ("Facebook lapas izveide", (1, 2, 1)), ("2025. g.", (1, 2, 2)),
        ])
        #expect(titled.indicators["C5.4"]?.status == .missing)
        #expect(reasons("C5.4", in: titled) == [NotCounted.planned.rawValue])
        let status = try judge(blocks: [
            ("Mēs dzīvojam Dzērvenē.", nil),
            ("Rīcība", (1, 1, 1)), ("Statuss", (1, 1, 2)),
            ("Kopstrādes telpa bijušajā pienotavā", (1, 2, 1)), ("Iecerēts", (1, 2, 2)),
            ("Kopienas centrs skolas ēkā", (1, 3, 1)), ("Darbojas kopš 2023. gada", (1, 3, 2)),
        ])
        #expect(status.indicators["C3.2"]?.evidence.contains { $0.text.hasPrefix("Kopstrādes") && !$0.counted } == true)
        #expect(status.indicators["C3.2"]?.evidence.contains { $0.text.hasPrefix("Kopienas centrs") && $0.counted } == true)
        // A budget lists what is to be bought; "Resursi un budžets" lists what there is.
        let budget = try judge(blocks: [
            ("Mēs dzīvojam Pilskalnē.", nil), ("5. Budžets", nil),
            ("Rīcība", (1, 1, 1)), ("2025", (1, 1, 2)),
            ("Saules paneļi", (1, 2, 1)), ("9 000", (1, 2, 2)),
        ])
        #expect(reasons("C3.3", in: budget) == [NotCounted.planned.rawValue])
        let resources = try judge(blocks: [
            ("Mēs dzīvojam Pilskalnē.", nil), ("Resursi un budžets", nil),
            ("Resurss", (1, 1, 1)), ("Apraksts", (1, 1, 2)),
            ("Saules paneļi", (1, 2, 1)), ("Uz saieta nama jumta kopš 2022. gada", (1, 2, 2)),
        ])
        #expect(resources.indicators["C3.3"]?.evidence.contains { $0.counted } == true)
    }

    @Test("another place's community is someone else once the applicant's place is known: 'Barkavas kopiena atvēra …'")
    func anotherPlacesCommunity() throws {
        let other = try judge(blocks: [("Barkavas kopiena pērn atvēra kopienas centru.", nil)], header: ["Biedrība „Upes krasts”, Aiviekstes pagasts"])
        #expect(other.indicators["C3.2"]?.status == .missing)
        #expect(reasons("C3.2", in: other) == [NotCounted.aboutSomeoneElse.rawValue])
        // The applicant's own place counts, and so does any place while the applicant's is unknown.
        let own = try judge(blocks: [("Barkavas kopiena pērn atvēra kopienas centru.", nil)], header: ["Biedrība „Spēks”, Barkavas pagasts"])
        #expect(own.indicators["C3.2"]?.evidence.first?.counted == true)
        let unknown = try judge(blocks: [("Barkavas kopiena pērn atvēra kopienas centru.", nil)])
        #expect(unknown.indicators["C3.2"]?.evidence.first?.counted == true)
    }

    @Test("a survey the administration ran is not the residents deciding")
    func administrationsSurvey() throws {
        let result = try judge(["Mēs dzīvojam Sproģos.", "Pagasta pārvalde pagājušajā gadā rīkoja aptauju par bibliotēkas darba laiku."])
        #expect(result.indicators["C4.4"]?.status == .missing)
        #expect(reasons("C4.4", in: result).contains(NotCounted.doneByOthers.rawValue))
    }

    @Test("a line of a few words with no verb is a title or a role: 'Rīcības plāns', 'Valdes loceklis'")
    func titleLines() throws {
        let result = try judge(["Mēs dzīvojam Sērenē.", "Valdes loceklis"])
        #expect(result.indicators["C4.1"]?.status == .missing)
        #expect(reasons("C4.1", in: result) == [NotCounted.heading.rawValue])
    }

    @Test("the village's own shop is no advert: 'Veikalā dežūrē gan seniori, gan vidusskolēni'")
    func villageShop() throws {
        let result = try judge(["Mēs dzīvojam Sērenē.", "Veikalā dežūrē gan seniori, gan vidusskolēni, un brīvprātīgie palīdz."])
        #expect(result.indicators["C5.2"]?.evidence.first?.counted == true)
        // "Pārdod malku" opens an advert.
        let advert = try judge(["Mēs dzīvojam Sērenē.", "Pārdod skaldītu malku, cena 40 eiro par kubu."])
        #expect(advert.indicators["C3.1"]?.status == .missing)
        #expect(reasons("C3.1", in: advert) == [NotCounted.aboutSomeoneElse.rawValue])
    }

    @Test("an ordinal's full stop does not cut the institution off from its deed: 'Pašvaldība 2022. gadā ar ELFLA atbalstu ierīkoja …'")
    func institutionAcrossAnOrdinal() throws {
        let result = try judge(["Mēs dzīvojam Līčupē.", "Novada pašvaldība 2022. gadā ar ELFLA atbalstu ierīkoja optisko internetu."])
        #expect(result.indicators["C6.3"]?.status == .missing)
        #expect(reasons("C6.3", in: result) == [NotCounted.doneByOthers.rawValue])
    }

    @Test("an idea discussed is not done, and modals typed without diacritics are wishes")
    func ideasAndFoldedModals() throws {
        let idea = try judge(["Mēs dzīvojam Selpilī.", "Kooperatīva ideju biedri ir apsprieduši, bet lēmums vēl nav pieņemts."])
        #expect(idea.indicators["C3.1"]?.status == .missing)
        #expect(reasons("C3.1", in: idea) == [NotCounted.planned.rawValue])
        let folded = try judge(["Mes dzivojam Selpili.", "Musu ciema butu labi ierikot kopstrades telpu."])
        #expect(folded.indicators["C3.2"]?.status == .missing)
        #expect(reasons("C3.2", in: folded) == [NotCounted.hypothetical.rawValue])
    }

    @Test("what we read in the paper is the paper's: 'laikrakstā lasījām: „… kopienas centru …“'")
    func whatWeRead() throws {
        let result = try judge([
            "Mēs dzīvojam Ozolsalā.", "Novada laikrakstā nesen lasījām: „Rēķu ciemā jaunieši paši izveidojuši kopienas centru.“",
        ])
        #expect(result.indicators["C3.2"]?.status == .missing)
        #expect(reasons("C3.2", in: result) == [NotCounted.aboutSomeoneElse.rawValue])
    }

    @Test("a label answered by a dash is form, and a signature's role line is a contact line")
    func dashAnswersAndSignatures() throws {
        let dash = try judge(["Mēs dzīvojam Kurmenē.", "[Ārējie partneri, sponsori, sadarbības tīkli:] —"])
        #expect(dash.indicators["C6.4"]?.status == .missing)
        let signature = try judge(["Mēs dzīvojam Kurmenē.", "SIA „Ērgļu pļava” valdes loceklis K. Vītols"])
        #expect(signature.indicators["C4.1"]?.status == .missing)
        #expect(reasons("C4.1", in: signature) == [NotCounted.contact.rawValue])
    }

    @Test("another place's community after a word of time, a title with its years, a masthead's date")
    func subjectsTitlesMastheads() throws {
        let later = try judge(
            blocks: [("Martā Mežmalas ciema biedrība atklāja kopienas centru.", nil)], header: ["Biedrība „Smiltāji”, Smiltāju pagasts"]
        )
        #expect(reasons("C3.2", in: later) == [NotCounted.aboutSomeoneElse.rawValue])
        let title = try judge(["Mēs dzīvojam Silmalā.", "Kopienas centrs 2024–2026"])
        #expect(reasons("C3.2", in: title) == [NotCounted.heading.rawValue])
        let masthead = try judge(["Mēs dzīvojam Smiltājos.", "Pagasta informatīvais izdevums · 2024. gada aprīlis · Nr. 4"])
        #expect(masthead.indicators["C5.4"]?.status == .missing)
    }

    @Test("other senses: an inheritance, a lake's stories, a member's report, 'bus' for 'būs'")
    func heritageSenses() throws {
        let result = try judge([
            "Mēs dzīvojam Tetelē.",
            "Estrādes zemi biedrība 2017. gadā saņēma mantojumā no ilggadējā biedra.",
            "Mūs atšķir ezers un tā stāsti.",
        ])
        #expect(result.indicators["C5.1"]?.evidence.isEmpty ?? true)
        // Minutes reporting a member's words tell no flow of news; informing the residents does.
        let minutes = try judge(["Mēs dzīvojam Duntē.", "E. Rozentāls informēja par projekta budžetu, un valde informē, ka tāme ir gatava."])
        #expect(minutes.indicators["C5.4"]?.evidence.isEmpty ?? true)
        let flow = try judge(["Mēs dzīvojam Duntē.", "Iedzīvotājus informējam dažādos veidos."])
        #expect(flow.indicators["C5.4"]?.evidence.first?.counted == true)
        // Typed without diacritics, "būs" (will be) is "bus", not a bus.
        let plain = try judge(["Mes dzivojam Valgunde.", "Darbnica bus atverta divas reizes nedela."])
        #expect(plain.indicators["C6.1"]?.evidence.isEmpty ?? true)
    }

    @Test("a document's aim is not the community's goal: 'Memoranda mērķis ir iegādāties stelli'")
    func documentsAim() throws {
        let result = try judge(["Mēs dzīvojam Vilnā.", "Memoranda mērķis ir iegādāties kopīgu aušanas stelli."])
        #expect(result.indicators["C2"]?.status == .missing)
    }

    @Test("readiness is no deed: „Biedri ir gatavi rīkot talkas, tiklīdz …”")
    func readiness() throws {
        let ready = try judge(["Mēs dzīvojam Kalnos.", "Biedri ir gatavi rīkot talkas, tiklīdz pašvaldība atļaus strādāt parkā."])
        #expect(ready.indicators["C4.3"]?.status == .missing)
        let done = try judge(["Mēs dzīvojam Kalnos.", "Biedri pagājušajā pavasarī rīkoja talkas parkā."])
        #expect(done.indicators["C4.3"]?.status != .missing)
    }

    @Test("a column's head put as a question is no evidence; the first cell filled in below it answers it")
    func questionHeadCell() throws {
        let result = try judge(blocks: [
            ("Mēs dzīvojam Kalnos.", nil),
            ("Resurss", (1, 1, 1)), ("Kam izmantojam (saistība ar mērķi)", (1, 1, 2)),
            ("Tautas nams", (1, 2, 1)), ("Namā sanākam uz talkām un svētkiem, tā ir mūsu vissvarīgākā vieta.", (1, 2, 2)),
        ])
        let evidence = result.indicators["C6.2"]?.evidence ?? []
        #expect(!evidence.contains { $0.counted && $0.text == "Kam izmantojam (saistība ar mērķi)" })
        #expect(evidence.contains { $0.counted && $0.answersHeading == "Kam izmantojam (saistība ar mērķi)" && $0.text.hasPrefix("Namā sanākam") })
    }

    @Test("a form's first row of label and answer keeps its answer beside the label")
    func labelAndAnswerRow() throws {
        let result = try judge(blocks: [
            ("Mēs dzīvojam Kalnos.", nil),
            ("Lēmumu pieņemšana", (1, 1, 1)), ("Tā pie mums notiek jau divdesmit gadus, un to zina visi.", (1, 1, 2)),
            ("Sadarbība", (1, 2, 1)), ("Strādājam kopā ar skolu un bibliotēku.", (1, 2, 2)),
        ])
        let evidence = result.indicators["C4.4"]?.evidence ?? []
        #expect(evidence.contains { $0.counted && $0.answersHeading == "Lēmumu pieņemšana" && $0.text.hasPrefix("Tā pie mums") })
        #expect(!evidence.contains { $0.counted && $0.text == "Sadarbība" })
    }

    @Test("resources and a goal each shown but never tied: C6.2 is missing and says they stand apart")
    func resourcesApartFromGoal() throws {
        let apart = try judge([
            "Mēs dzīvojam Kalnos.",
            "Mūsu resursi ir tautas nams, biedrības traktors un ezers.",
            "Mūsu mērķis ir noturēt jaunās ģimenes ciemā.",
        ])
        #expect(apart.indicators["C6.1"]?.status != .missing)
        #expect(apart.indicators["C2"]?.status != .missing)
        let tied = try #require(apart.indicators["C6.2"])
        #expect(tied.status == .missing)
        #expect(tied.shownApart == ["C6.1", "C2"])
        #expect(tied.explanation == "C6.1 and C2 shown, but not tied together in one passage")
        // Without a goal there is nothing to tie a resource to: no mention is no mention.
        let noGoal = try judge(["Mēs dzīvojam Kalnos.", "Mūsu resursi ir tautas nams, biedrības traktors un ezers."])
        #expect(noGoal.indicators["C6.2"]?.shownApart == nil)
        #expect(noGoal.indicators["C6.2"]?.explanation == "no mention")
    }

    @Test("a form's row label with the indicator's number, and a hint in brackets, are form")
    func rowLabelsAndBracketHints() throws {
        let label = try judge(["Mēs dzīvojam Kalnos.", "C4.4 Lēmumi no apakšas uz augšu"])
        #expect(label.indicators["C4.4"]?.status == .missing)
        let hint = try judge(["Mēs dzīvojam Kalnos.", "Ārējo resursu piesaiste – [norādiet partnerus, sponsorus, sadarbības tīklus]"])
        #expect(hint.indicators["C6.4"]?.status == .missing)
        #expect(reasons("C6.4", in: hint) == [NotCounted.template.rawValue])
        // Round brackets around the whole sentence are the form's too; an aside in one is not.
        let rounded = try judge(["Mēs dzīvojam Kalnos.", "(Katrai rīcībai norādiet atbildīgo biedrības valdes locekli.)"])
        #expect(reasons("C4.1", in: rounded) == [NotCounted.template.rawValue])
        let aside = try judge(["Mēs dzīvojam Kalnos.", "Biedrības valde sanāk reizi mēnesī (skatiet protokolus)."])
        #expect(aside.indicators["C4.1"]?.evidence.first?.counted == true)
    }

    @Test("an abandoned idea, a pointer's denial after a dash, and a sponsor still sought do not count")
    func abandonedAndPending() throws {
        let abandoned = try judge(["Mēs dzīvojam Ogrē.", "Par ogu kooperatīvu daudz runājām, bet no idejas atteicāmies."])
        #expect(abandoned.indicators["C3.1"]?.status == .missing)
        // Given up in the next sentence, by a word pointing back; a sentence after that is not.
        let next = try judge([
            "Mēs dzīvojam Ogrē.",
            "Rudenī daudz runājām par laika bankas izveidi. Tomēr pēc diskusijām no tās atteicāmies. Kopš maija darbojas e-veikals.",
        ])
        #expect(next.indicators["C3.2"]?.evidence.allSatisfy { !$0.counted } == true)
        #expect(next.indicators["C3.1"]?.evidence.first?.counted == true)
        let pointer = try judge(["Mēs dzīvojam Ogrē.", "Meistarklases un novadpētniecība – šo rīcību vēl neesam sākuši."])
        #expect(pointer.indicators["C5.1"]?.status == .missing)
        let sought = try judge(["Mēs dzīvojam Ogrē.", "Sponsorus vēl meklējam."])
        #expect(sought.indicators["C6.4"]?.status == .missing)
        // A pointer in someone else's words boasts: "to neviens cits ciems nevar nosaukt par savu".
        let boast = try judge(["Mūsu identitātes kodols ir Staburaga klints – to neviens cits ciems Latvijā nevar nosaukt par savu."])
        #expect(boast.indicators["C4.2"]?.evidence.first?.counted == true)
    }

    @Test("a relative clause's doer is the institution it follows: 'Paldies pārvaldei, kas sakopa laukumu'")
    func relativeInstitution() throws {
        let result = try judge(["Mēs dzīvojam Ogrē.", "Paldies pagasta pārvaldei, kas nopļāva un sakopa laukumu pie pieturas!"])
        #expect(result.indicators["C4.3"]?.status == .missing)
        #expect(reasons("C4.3", in: result) == [NotCounted.doneByOthers.rawValue])
    }

    @Test("a paid advert and an exclamation to 'you' sell; a phone line needs its number")
    func advertsAndPhones() throws {
        let paid = try judge(["Mēs dzīvojam Zalvē.", "Saules paneļi jūsu mājai ar 0 % pirmo iemaksu!", "SaulesEnerģija SIA · Apmaksāta reklāma"])
        #expect(paid.indicators["C3.3"]?.status == .missing)
        #expect(paid.indicators["C5.3"]?.evidence.allSatisfy { !$0.counted } ?? true)
        let phone = try judge(["Mēs dzīvojam Zalvē.", "Ziņas vecākie cilvēki saņem pa tālruni no koordinatores un biedrības Facebook grupā."])
        #expect(phone.indicators["C5.4"]?.evidence.contains(where: \.counted) == true)
        let contact = try judge(["Mēs dzīvojam Zalvē.", "Jautājumos zvaniet valdes priekšsēdētājai pa tālruni 29 507 713."])
        #expect(reasons("C4.1", in: contact).contains(NotCounted.contact.rawValue))
        // A sponsored post's "we" is the advertiser's; news of an offer sells too.
        let sponsored = try judge(["Mēs dzīvojam Zalvē.", "Sponsorēts · Veikals „Lauku Prece” – Mūsu e-veikalā pasūtiet mājražotāju produkciju!"])
        #expect(sponsored.indicators["C3.1"]?.status == .missing)
        #expect(sponsored.indicators["C3.1"]?.evidence.first?.claim == Claim(speaker: .other, cue: "Sponsorēts"))
        let news = try judge(["Mēs dzīvojam Zalvē.", "Optiskais internets tagad arī Zalvē!"])
        #expect(news.indicators["C3.3"]?.status == .missing)
        let ours = try judge(["Mēs dzīvojam Zalvē.", "Mūsu ciemā tagad arī ir optiskais internets!"])
        #expect(ours.indicators["C3.3"]?.evidence.first?.counted == true)
    }

    @Test("short ne- verbs deny, a parenthesis keeps its clause whole, and 'pie mums' is where, not who")
    func shortDenialsAndParentheses() throws {
        let sponsors = try judge(["Mēs dzīvojam Zalvē.", "Ar sponsoriem mums neiet."])
        #expect(sponsors.indicators["C6.4"]?.status == .missing)
        let vision = try judge(["Mēs dzīvojam Zalvē.", "Kopīgas vīzijas mums, godīgi sakot, nav."])
        #expect(vision.indicators["C2"]?.evidence.allSatisfy { $0.negated && !$0.counted } == true)
        let talkas = try judge(["Mēs dzīvojam Zalvē.", "Talkas pie mums rīko pagasta pārvalde."])
        #expect(reasons("C4.3", in: talkas) == [NotCounted.doneByOthers.rawValue])
    }

    @Test("what I read, that …, is someone else's claim: 'Es lasīju, ka viedais ciems ir tāds, kur ir sensori'")
    func whatIRead() throws {
        let result = try judge(["Mēs dzīvojam Mežmalā.", "Es lasīju, ka viedais ciems ir tāds, kur visur ir sensori un lietotnes."])
        #expect(result.indicators["C3.3"]?.status == .missing)
        // The source named between the verb and the quote: "Lasām „Staburagā”: „…”".
        let named = try judge(["Mēs dzīvojam Mežmalā.", "Lasām „Staburagā”: „Valmierā ielu lampās uzstādīti viedie sensori.”"])
        #expect(named.indicators["C3.3"]?.status == .missing)
    }

    @Test("a short denial in our own verb after 'bet' reaches back: 'Gribējām pieteikties Lielajai talkai, bet nepaspējām'")
    func ourShortDenial() throws {
        let result = try judge(["Mēs dzīvojam Sproģos.", "Gribējām pieteikties arī Lielajai talkai, bet nepaspējām reģistrēties."])
        #expect(result.indicators["C6.3"]?.status == .missing)
        // What we read in the paper, that …, is the paper's.
        let read = try judge(["Mēs dzīvojam Sproģos.", "Lasīju avīzē, ka viedajā ciemā visi izmanto mobilo lietotni."])
        #expect(read.indicators["C3.3"]?.status == .missing)
    }

    @Test("in text typed without diacritics a sentence's first word is not taken for a place's name")
    func foldedFirstWordIsNoPlace() throws {
        let result = try judge(
            blocks: [("Informaciju kopiena izplatam WhatsApp grupa „Sunakste” un Facebook lapa.", nil)], header: ["Biedriba „Sunakste”, Sunakstes pagasts"]
        )
        #expect(result.indicators["C5.4"]?.evidence.first?.counted == true)
    }

    @Test("a short line with a month and a year that states something is no date line")
    func datedStatement() throws {
        let result = try judge(["Mēs dzīvojam Medņos.", "Resursu sarakstu sagatavoja valde 2024. gada februārī."])
        #expect(result.indicators["C6.1"]?.evidence.first?.counted == true)
        let dateLine = try judge(["Mēs dzīvojam Medņos.", "Medņu resursi, 2024. gada februāris"])
        #expect(reasons("C6.1", in: dateLine).contains(NotCounted.template.rawValue))
    }
}
