/// Words that tell whose statement a sentence is and whether it reports a deed, a plan or a
/// wish — the small closed classes (pronouns, conjunctions, adverbs, reporting verbs) an
/// evaluator reads a sentence by. Verb mood and tense come from morphology (``VerbReading`` in
/// LatvianMorphology), not from here.
public enum ClaimCues {
    /// The classes a word may belong to.
    public struct Kind: OptionSet, Sendable, Hashable {
        public let rawValue: UInt64

        @inlinable public init(rawValue: UInt64) {
            self.rawValue = rawValue
        }

        /// "we", "our", "I": the applicant speaking (`mēs`, `mūsu`, `mums`, `es`, `mana`).
        @inlinable public static var firstPerson: Kind { Kind(rawValue: 1 << 0) }
        /// Opens a contrast (`bet`, `taču`, `tomēr`): "X ir …, bet mums tāda nav".
        @inlinable public static var contrast: Kind { Kind(rawValue: 1 << 1) }
        /// Points back at what was just named (`tāda`, `šādu`, `tās`, `nekā`): "bet mums tāda nav".
        @inlinable public static var backReference: Kind { Kind(rawValue: 1 << 2) }
        /// Gives something up: "no tās atteicāmies", "ideju atmetām".
        @inlinable public static var refusal: Kind { Kind(rawValue: 1 << 3) }
        /// An intention or plan: `plānojam`, `iecerēts`, `paredzēts`, `vēlamies`.
        @inlinable public static var intention: Kind { Kind(rawValue: 1 << 4) }
        /// Points to the future: `nākotnē`, `drīz`, `turpmāk`, `nākamgad`.
        @inlinable public static var futureTime: Kind { Kind(rawValue: 1 << 5) }
        /// Speaks of things in general, not of one place: `vispārīgi`.
        @inlinable public static var generic: Kind { Kind(rawValue: 1 << 6) }
        /// Reports what someone else said or wrote: `rakstīja`, `norāda`, `uzskata`.
        @inlinable public static var reporting: Kind { Kind(rawValue: 1 << 7) }
        /// Opens a condition: `ja` ("if").
        @inlinable public static var condition: Kind { Kind(rawValue: 1 << 8) }
        /// Opens a purpose: `lai` ("so that").
        @inlinable public static var purpose: Kind { Kind(rawValue: 1 << 9) }
        /// Names a kind of place or organisation the applicant is (`ciems`, `pagasts`, `biedrība`):
        /// next to a capitalised name it names the applicant's own place.
        @inlinable public static var placeNoun: Kind { Kind(rawValue: 1 << 10) }
        /// Opens a template's example: `piemēram`.
        @inlinable public static var example: Kind { Kind(rawValue: 1 << 11) }
        /// Points to another file instead of saying: `pielikumā`, `pievienotajā`, `skatīt`.
        @inlinable public static var reference: Kind { Kind(rawValue: 1 << 12) }
        /// Sells something: `veikalā`, `pieejams`, `cena`, `atlaide`.
        @inlinable public static var advert: Kind { Kind(rawValue: 1 << 13) }
        /// A preposition: a `-tu` form after it is a participle ("ar vienotu sistēmu"), not a
        /// conditional.
        @inlinable public static var preposition: Kind { Kind(rawValue: 1 << 15) }
        /// A negative pronoun (`neviens`, `nekas`): after a contrast it denies what was sought —
        /// "sponsorus meklējām, bet neviens neatsaucās".
        @inlinable public static var negativePronoun: Kind { Kind(rawValue: 1 << 16) }
        /// Opens a relative clause: `kas`, `kuri`, `kurā`.
        @inlinable public static var relative: Kind { Kind(rawValue: 1 << 17) }
        /// Asks rather than says: `jautā`, `vaicāja` ("J. Ozols jautā par partneriem").
        @inlinable public static var asking: Kind { Kind(rawValue: 1 << 18) }
        /// Marks a line of a record's form, not its content: `plkst.` (the date-and-place line of
        /// minutes, "Sapulce slēgta plkst. 19.40").
        @inlinable public static var formLine: Kind { Kind(rawValue: 1 << 19) }
        /// "Still" — with a verb in progress (`tiek`, `top`) it says a thing is not there yet:
        /// "Informācijas aprites sistēma vēl tiek veidota".
        @inlinable public static var notYet: Kind { Kind(rawValue: 1 << 20) }
        /// A verb of something in the making: `tiek`, `top`.
        @inlinable public static var inProgress: Kind { Kind(rawValue: 1 << 21) }
        /// An institution as the doer (nominative): `pašvaldība`, `pārvalde`, `skola`,
        /// `apsaimniekotājs` — "Talkas organizē pagasta pārvalde" is not the residents acting.
        @inlinable public static var institution: Kind { Kind(rawValue: 1 << 22) }
        /// Another place as the setting: the capital, a town (`Rīgā`, `pilsētā`), in the locative.
        @inlinable public static var otherPlace: Kind { Kind(rawValue: 1 << 23) }
        /// The speaker by themselves: `pats`, `pati` ("bet pats neesmu piedalījies").
        @inlinable public static var selfReference: Kind { Kind(rawValue: 1 << 24) }
        /// Opens an address or contact item: `LV` (a postal code follows), `iela` (a number
        /// follows), `tālr.`, `e-pasts`.
        @inlinable public static var contactWord: Kind { Kind(rawValue: 1 << 25) }
        /// A month in the locative (`septembrī`): with a year, the date of a record's heading line.
        @inlinable public static var month: Kind { Kind(rawValue: 1 << 27) }
        /// A source of claims about others: a mayor, researchers, a newspaper ("mērs intervijā
        /// teica, ka …").
        @inlinable public static var source: Kind { Kind(rawValue: 1 << 28) }
        /// Opens a subordinate clause: `ka`, `kā`, `kur`, `lai`, `ja`, `kad`.
        @inlinable public static var subordinator: Kind { Kind(rawValue: 1 << 26) }
        /// Names a goal as what the sentence is about (`mērķis ir …`, `vīzija`): what follows
        /// is aimed at, not done.
        @inlinable public static var goal: Kind { Kind(rawValue: 1 << 14) }
        /// Names the neighbours (`kaimiņi`, `kaimiņu`): with a place's name after it, the
        /// sentence is about them ("Kaimiņi Valles pagastā atklāja …").
        @inlinable public static var neighbours: Kind { Kind(rawValue: 1 << 29) }
        /// The reported mood, someone else's account: `esot` ("kopienas esot dabūjušas …").
        @inlinable public static var reported: Kind { Kind(rawValue: 1 << 30) }
        /// Names a signatory's role (`loceklis`, `priekšsēdētāja`, `persona`): a line of a few
        /// words with it and no verb is a signature ("Valdes loceklis K. Vītols").
        @inlinable public static var role: Kind { Kind(rawValue: 1 << 31) }
        /// Says the text is paid for: `reklāma`, `sludinājums` ("Apmaksāta reklāma").
        @inlinable public static var advertLabel: Kind { Kind(rawValue: 1 << 32) }
        /// Speaks to the reader: `jūs`, `jūsu`, `jums` — an exclamation to "you" is an advert.
        @inlinable public static var secondPerson: Kind { Kind(rawValue: 1 << 33) }
        /// Opens a clause of reason: `jo` ("…, jo Facebook ierakstus viņas neredz"). Unlike a
        /// subordinator it states a fact of its own, so it keeps its own mode.
        @inlinable public static var reason: Kind { Kind(rawValue: 1 << 34) }
        /// A country abroad as the setting, in the locative (`Somijā`, `Austrijā`, `ārzemēs`):
        /// opening a sentence, it tells of another place ("Somijā daudzos ciemos darbojas …");
        /// later, it is where someone lives ("ziedotāji no kopienas Īrijā").
        @inlinable public static var abroad: Kind { Kind(rawValue: 1 << 35) }
        /// Opens an indirect question (`kādi`, `kāds`, `cik`): "Kādi resursi mums ir, vēl
        /// neesam apzinājuši" denies what it asks about.
        @inlinable public static var interrogative: Kind { Kind(rawValue: 1 << 36) }
        /// A country abroad in the genitive (`Igaunijas`, `Austrijas`): opening a sentence set in
        /// one of its villages ("Igaunijas Vigalas ciemā …", "Austrijas ciemos …"), it tells of
        /// another place; "Lietuvas kopiena atsūtīja …" is a partner, not a setting.
        @inlinable public static var abroadGenitive: Kind { Kind(rawValue: 1 << 37) }
        /// A verb of deciding (`nolēma`, `izlēma`): after a contrast, with a board or an
        /// institution as its doer, it overrules what the residents said.
        @inlinable public static var decision: Kind { Kind(rawValue: 1 << 38) }
    }

    /// Every cue word, as a lower-case key (with and without diacritics), with its classes.
    public static let kinds: [String: Kind] = {
        var table: [String: Kind] = [:]
        func add(_ kind: Kind, _ words: [String], folding: Bool = true) {
            for word in words {
                table[TextNormalizer.key(word), default: []].insert(kind)
                if folding { table[TextNormalizer.folded(word), default: []].insert(kind) }
            }
        }
        add(.firstPerson, ["mēs", "mūsu", "mums", "mūs", "mūsējie", "mūsējo", "es", "man", "mans", "mana", "manu", "mani", "manas", "manā", "manam", "manai", "manis"])
        add(.contrast, ["bet", "taču", "tomēr", "savukārt", "turpretī", "turpretim", "toties", "kamēr"])
        add(
            .source,
            [
                "mērs", "ministrs", "ministre", "pētnieki", "pētnieks", "eksperti", "eksperts", "laikraksts", "portāls", "avīze",
                "žurnālists", "žurnāliste", "pētījums", "komisija", "speciālisti", "runātājs", "politiķis", "deputāts",
                "ministrija", "ministrijas", "pārstāvis", "pārstāve", "profesors", "profesore", "zinātnieki", "zinātnieks", "eksperte",
                "žurnāls", "raidījums", "raidījumā",
                // A document that speaks: "Novada attīstības programmā uzsvērts, ka …".
                "programmā",
            ]
        )
        add(
            .backReference,
            [
                "tāds", "tāda", "tādu", "tādi", "tādas", "tādām", "tādiem", "tādā", "šāds", "šāda", "šādu", "šādi", "šādas", "šādām",
                "šādiem", "nekā", "neko", "tās", "tā", "to", "tie", "tam", "tai", "tiem", "tām", "šīs", "šī", "šo", "tos",
                // "bet no idejas atteicāmies": the idea is what was named before.
                "idejas", "ideju", "ieceres", "ieceri",
            ]
        )
        add(
            .refusal,
            [
                "atteicāmies", "atteicās", "atteikāmies", "atsakāmies", "atsakās", "atmetām", "atmeta", "atmests", "atmesta",
                "pārtraucām", "pārtrauca", "atcēlām", "atcēla", "atlikām", "atlika", "atlikta", "atlikts",
            ]
        )
        add(
            .intention,
            [
                "plānojam", "plāno", "plānots", "plānota", "plānoti", "plānotas", "plānotā", "plānotie", "plānotais", "plānojot",
                "ieplānots", "ieplānota", "ieplānoti", "ieplānojam", "iecerēts", "iecerēta", "iecerēti", "iecerētas", "iecerējām",
                "iecere", "ieceres", "ieceri", "paredzēts", "paredzēta", "paredzēti", "paredzētas", "paredzam", "vēlamies",
                "gribam", "ceram", "gatavojamies", "apņemamies", "sapņojam", "cerams", "doma", "ideja", "ideju", "idejas", "idejai", "idejām", "domāt",
                // Sought, not found: "Meklējam sadarbības partnerus Vācijā".
                "meklējam",
                // "rīcības plānā iekļauta": in the plan; a plan made ("izstrādāja plānu") is a deed.
                "ierosināts", "ierosināta", "ierosināja", "ierosinājām", "ierosina", "apņemas", "plānā", "ieteica", "ieteikums",
                // A consultant's advice: "Iesaku tomēr sarīkot biedru sapulci".
                "iesaku", "iesakām", "ieteicam", "iesaka",
                // An appeal asks for what has not come yet: "Biedrība aicina ziedot parka atjaunošanai".
                "aicina", "aicinām", "aicinu",
                // Ready to, not yet doing: "Biedri ir gatavi rīkot talkas, tiklīdz …".
                "gatavi", "gatavs",
            ]
        )
        add(.futureTime, ["nākotnē", "drīz", "drīzumā", "turpmāk", "nākamgad", "nākamajā", "nākamajos", "nākamgad", "vēlāk", "tuvākajā", "tuvākajos"])
        add(.generic, ["vispārīgi", "vispārīgā", "vispār"])
        add(.preposition, ["ar", "par", "uz", "pa", "caur", "pret", "bez", "pēc", "ap", "gar", "starp", "zem", "virs", "aiz", "pie", "no", "līdz"])
        add(
            .reporting,
            [
                "rakstīja", "raksta", "teica", "saka", "sacīja", "norāda", "norādīja", "uzskata", "uzskatīja", "vēsta", "vēstīja",
                "ziņo", "ziņoja", "apgalvo", "apgalvoja", "pauž", "pauda", "uzsver", "uzsvēra", "atzīst", "atzina", "stāsta", "stāstīja",
                "pastāstīja", "pastāsta", "skaidroja", "skaidro", "paskaidroja", "atzīmēja", "paziņoja", "paziņo", "informēja",
                // What we read is someone else's words: "laikrakstā lasījām: „…”".
                "lasījām", "lasīju", "lasām", "izlasījām", "izlasīju",
                // A document's words, in the passive: "… programmā uzsvērts, ka …".
                "uzsvērts", "norādīts", "teikts", "rakstīts",
            ]
        )
        add(.condition, ["ja"])
        add(.purpose, ["lai"])
        add(
            .placeNoun,
            [
                "ciems", "ciema", "ciemam", "ciemu", "ciemā", "ciemi", "ciemos", "ciemiem", "ciemats", "ciemata", "ciematā",
                "pagasts", "pagasta", "pagastam", "pagastu", "pagastā", "novads", "novada", "novadam", "novadā", "sādža", "sādžas",
                "sādžā", "biedrība", "biedrības", "biedrībai", "biedrību", "biedrībā", "kopiena", "kopienas", "kopienai", "kopienu",
                "kopienā", "apkaime", "apkaimes", "apkaimē", "muiža", "muižas", "muižā",
                // A place's people: "Teteles ļaudis", "Viļķenes iedzīvotāji".
                "ļaudis", "ļaudīm", "ļaužu", "iedzīvotāji", "iedzīvotājiem", "iedzīvotāju", "iedzīvotājus",
            ]
        )
        add(.example, ["piemēram"])
        add(
            .reference,
            ["pielikumā", "pielikumos", "pievienotajā", "pievienotajos", "skatīt", "skat", "sk", "pielikumi", "pielikums", "pievienots", "pievienota", "pievienoti"]
        )
        add(
            .negativePronoun,
            ["neviens", "neviena", "nevienu", "nevienas", "nevienā", "nevienam", "nevienai", "nevieni", "nekas", "neko", "nekā", "nekāda", "nekādu", "nekādas", "nekur", "nekad"]
        )
        add(.neighbours, ["kaimiņi", "kaimiņu", "kaimiņiem", "kaimiņos"])
        add(.interrogative, ["kādi", "kāds", "kādas", "kādu", "kādus", "cik"])
        add(.decision, ["nolēma", "izlēma", "lēma", "izšķīra", "izvēlējās"])
        add(
            .abroadGenitive,
            [
                "somijas", "igaunijas", "lietuvas", "austrijas", "vācijas", "zviedrijas", "norvēģijas", "dānijas", "polijas",
                "spānijas", "francijas", "itālijas", "nīderlandes", "īrijas", "skotijas", "anglijas", "portugāles", "slovēnijas",
            ],
            folding: false
        )
        add(.reported, ["esot", "neesot", "būšot", "varot"])
        add(
            .role,
            [
                "loceklis", "locekle", "priekšsēdētājs", "priekšsēdētāja", "vadītājs", "vadītāja", "direktors", "direktore",
                "persona", "paraksts", "parakstītājs", "pārstāvis", "pārstāve", "valde",
            ]
        )
        add(.relative, ["kas", "kam", "kuri", "kuru", "kurā", "kuras", "kurš", "kura", "kurus", "kuriem", "kuram", "kurai", "kurām", "kurās", "kuros"])
        add(.asking, ["jautā", "jautāja", "vaicā", "vaicāja", "interesējas"])
        add(.formLine, ["plkst"])
        add(.notYet, ["vēl", "joprojām"])
        // "vēl tiek izstrādāts", "vēl top", "vēl tikai veidojas", "sponsorus vēl meklējam".
        add(.inProgress, ["tiek", "top", "taps", "veidojas", "meklējam", "meklē"])
        add(
            .institution,
            [
                "pašvaldība", "pārvalde", "skola", "administrācija", "apsaimniekotājs", "apsaimniekotāji", "dome", "muiža",
                "strādnieki", "uzņēmums", "firma", "dienests", "policija",
                // "Krasta sakopšanu veic uzņēmuma darbinieki", "Lēmumu pieņēma uzņēmuma valde".
                "uzņēmuma", "darbinieki", "darbinieks", "darbinieces",
            ]
        )
        // Locatives only: the place where something is, not where donors come from ("Rīgas biedrība").
        add(.otherPlace, ["rīgā", "galvaspilsētā", "pilsētā", "pilsētās"])
        // Abroad: "Somijā daudzos ciemos darbojas ciemu biedrības", "Austrijā, Tiroles ciemos".
        // Only as written: folded, a locative is its nominative ("Lietuvā", "Lietuva").
        add(
            .abroad,
            [
                "ārzemēs", "ārvalstīs", "somijā", "igaunijā", "lietuvā", "austrijā", "vācijā", "zviedrijā", "norvēģijā", "dānijā",
                "polijā", "spānijā", "francijā", "itālijā", "nīderlandē", "īrijā", "skotijā", "anglijā", "portugālē", "slovēnijā",
                "čehijā", "ungārijā", "šveicē", "beļģijā", "grieķijā", "horvātijā",
            ],
            folding: false
        )
        add(.selfReference, ["pats", "pati", "paši", "pašas"])
        add(
            .advert,
            [
                "reklāma", "sludinājums", "veikalā", "veikals", "cena", "cenas", "atlaide", "atlaides", "atlaidi", "piedāvā", "piedāvājums", "pasūti",
                "pasūtiet", "pasūtījumus", "pērc", "pērciet", "pārdod", "pārdodu", "pārdodam", "izīrē", "pērku", "lētāk", "izdevīgāk",
            ]
        )
        add(.advertLabel, ["reklāma", "sludinājums", "sponsorēts", "sponsorēta"])
        add(.secondPerson, ["jūs", "jūsu", "jums"])
        add(.contactWord, ["lv", "iela", "ielā", "tālr", "tālrunis", "tālruni", "tālrunī", "tālruņa", "e-pasts", "reģ", "adrese", "sazinieties"])
        add(.month, ["janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī", "oktobrī", "novembrī", "decembrī"])
        // A date's month in the nominative and genitive: "2024. gada 18. janvāris", "aprīļa numurs".
        add(
            .month,
            [
                "janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs", "augusts", "septembris", "oktobris", "novembris",
                "decembris", "janvāra", "februāra", "marta", "aprīļa", "maija", "jūnija", "jūlija", "augusta", "septembra", "oktobra",
                "novembra", "decembra",
            ]
        )
        add(.subordinator, ["ka", "kā", "kur", "lai", "ja", "kad"])
        add(.reason, ["jo"])
        add(.goal, ["mērķis", "vīzija", "uzdevums", "sapnis", "iecere", "mērķa"])
        return table
    }()

    /// The classes of `key` (a lower-case word), none when it is no cue.
    public static func kind(of key: String) -> Kind {
        kinds[key] ?? []
    }
}
