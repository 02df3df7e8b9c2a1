/// Words that tell whose statement a sentence is and whether it reports a deed, a plan or a
/// wish — the small closed classes (pronouns, conjunctions, adverbs, reporting verbs) an
/// evaluator reads a sentence by. Verb mood and tense come from morphology (``VerbReading`` in
/// LatvianMorphology), not from here.
public enum ClaimCues {
    /// The classes a word may belong to.
    public struct Kind: OptionSet, Sendable, Hashable {
        public let rawValue: UInt32

        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }

        /// "we", "our", "I": the applicant speaking (`mēs`, `mūsu`, `mums`, `es`, `mana`).
        public static let firstPerson = Kind(rawValue: 1 << 0)
        /// Opens a contrast (`bet`, `taču`, `tomēr`): "X ir …, bet mums tāda nav".
        public static let contrast = Kind(rawValue: 1 << 1)
        /// Points back at what was just named (`tāda`, `šādu`, `tās`, `nekā`): "bet mums tāda nav".
        public static let backReference = Kind(rawValue: 1 << 2)
        /// Gives something up: "no tās atteicāmies", "ideju atmetām".
        public static let refusal = Kind(rawValue: 1 << 3)
        /// An intention or plan: `plānojam`, `iecerēts`, `paredzēts`, `vēlamies`.
        public static let intention = Kind(rawValue: 1 << 4)
        /// Points to the future: `nākotnē`, `drīz`, `turpmāk`, `nākamgad`.
        public static let futureTime = Kind(rawValue: 1 << 5)
        /// Speaks of things in general, not of one place: `vispārīgi`.
        public static let generic = Kind(rawValue: 1 << 6)
        /// Reports what someone else said or wrote: `rakstīja`, `norāda`, `uzskata`.
        public static let reporting = Kind(rawValue: 1 << 7)
        /// Opens a condition: `ja` ("if").
        public static let condition = Kind(rawValue: 1 << 8)
        /// Opens a purpose: `lai` ("so that").
        public static let purpose = Kind(rawValue: 1 << 9)
        /// Names a kind of place or organisation the applicant is (`ciems`, `pagasts`, `biedrība`):
        /// next to a capitalised name it names the applicant's own place.
        public static let placeNoun = Kind(rawValue: 1 << 10)
        /// Opens a template's example: `piemēram`.
        public static let example = Kind(rawValue: 1 << 11)
        /// Points to another file instead of saying: `pielikumā`, `pievienotajā`, `skatīt`.
        public static let reference = Kind(rawValue: 1 << 12)
        /// Sells something: `veikalā`, `pieejams`, `cena`, `atlaide`.
        public static let advert = Kind(rawValue: 1 << 13)
        /// A preposition: a `-tu` form after it is a participle ("ar vienotu sistēmu"), not a
        /// conditional.
        public static let preposition = Kind(rawValue: 1 << 15)
        /// A negative pronoun (`neviens`, `nekas`): after a contrast it denies what was sought —
        /// "sponsorus meklējām, bet neviens neatsaucās".
        public static let negativePronoun = Kind(rawValue: 1 << 16)
        /// Opens a relative clause: `kas`, `kuri`, `kurā`.
        public static let relative = Kind(rawValue: 1 << 17)
        /// Asks rather than says: `jautā`, `vaicāja` ("J. Ozols jautā par partneriem").
        public static let asking = Kind(rawValue: 1 << 18)
        /// Marks a line of a record's form, not its content: `plkst.` (the date-and-place line of
        /// minutes, "Sapulce slēgta plkst. 19.40").
        public static let formLine = Kind(rawValue: 1 << 19)
        /// "Still" — with a verb in progress (`tiek`, `top`) it says a thing is not there yet:
        /// "Informācijas aprites sistēma vēl tiek veidota".
        public static let notYet = Kind(rawValue: 1 << 20)
        /// A verb of something in the making: `tiek`, `top`.
        public static let inProgress = Kind(rawValue: 1 << 21)
        /// An institution as the doer (nominative): `pašvaldība`, `pārvalde`, `skola`,
        /// `apsaimniekotājs` — "Talkas organizē pagasta pārvalde" is not the residents acting.
        public static let institution = Kind(rawValue: 1 << 22)
        /// Another place as the setting: the capital, a town (`Rīgā`, `pilsētā`), in the locative.
        public static let otherPlace = Kind(rawValue: 1 << 23)
        /// The speaker by themselves: `pats`, `pati` ("bet pats neesmu piedalījies").
        public static let selfReference = Kind(rawValue: 1 << 24)
        /// Opens an address or contact item: `LV` (a postal code follows), `iela` (a number
        /// follows), `tālr.`, `e-pasts`.
        public static let contactWord = Kind(rawValue: 1 << 25)
        /// A month in the locative (`septembrī`): with a year, the date of a record's heading line.
        public static let month = Kind(rawValue: 1 << 27)
        /// A source of claims about others: a mayor, researchers, a newspaper ("mērs intervijā
        /// teica, ka …").
        public static let source = Kind(rawValue: 1 << 28)
        /// Opens a subordinate clause: `ka`, `kā`, `kur`, `lai`, `ja`, `kad`.
        public static let subordinator = Kind(rawValue: 1 << 26)
        /// Names a goal as what the sentence is about (`mērķis ir …`, `vīzija`): what follows
        /// is aimed at, not done.
        public static let goal = Kind(rawValue: 1 << 14)
    }

    /// Every cue word, as a lower-case key (with and without diacritics), with its classes.
    public static let kinds: [String: Kind] = {
        var table: [String: Kind] = [:]
        func add(_ kind: Kind, _ words: [String]) {
            for word in words {
                table[TextNormalizer.key(word), default: []].insert(kind)
                table[TextNormalizer.folded(word), default: []].insert(kind)
            }
        }
        add(.firstPerson, ["mēs", "mūsu", "mums", "mūs", "mūsējie", "mūsējo", "es", "man", "mans", "mana", "manu", "mani", "manas", "manā", "manam", "manai", "manis"])
        add(.contrast, ["bet", "taču", "tomēr", "savukārt", "turpretī", "turpretim", "toties", "kamēr"])
        add(
            .source,
            [
                "mērs", "ministrs", "ministre", "pētnieki", "pētnieks", "eksperti", "eksperts", "laikraksts", "portāls", "avīze",
                "žurnālists", "žurnāliste", "pētījums", "komisija", "speciālisti", "runātājs", "politiķis", "deputāts",
            ]
        )
        add(
            .backReference,
            [
                "tāds", "tāda", "tādu", "tādi", "tādas", "tādām", "tādiem", "tādā", "šāds", "šāda", "šādu", "šādi", "šādas", "šādām",
                "šādiem", "nekā", "neko", "tās", "tā", "to", "tie", "tam", "tai", "tiem", "tām", "šīs", "šī", "šo", "tos",
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
                "gribam", "ceram", "gatavojamies", "apņemamies", "sapņojam", "cerams", "doma", "ideja", "domāt",
                // "rīcības plānā iekļauta": in the plan; a plan made ("izstrādāja plānu") is a deed.
                "ierosināts", "ierosināta", "ierosināja", "ierosinājām", "ierosina", "apņemas", "plānā",
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
            ]
        )
        add(.example, ["piemēram"])
        add(
            .reference,
            ["pielikumā", "pielikumos", "pievienotajā", "pievienotajos", "skatīt", "skat", "sk", "pielikumi", "pielikums", "pievienots", "pievienota", "pievienoti"]
        )
        add(.negativePronoun, ["neviens", "neviena", "nevienu", "nekas", "neko", "nekā"])
        add(.relative, ["kas", "kuri", "kuru", "kurā", "kuras", "kurš", "kura", "kurus", "kuriem", "kurām", "kurās", "kuros"])
        add(.asking, ["jautā", "jautāja", "vaicā", "vaicāja", "interesējas"])
        add(.formLine, ["plkst"])
        add(.notYet, ["vēl", "joprojām"])
        add(.inProgress, ["tiek", "top", "taps"])
        add(
            .institution,
            [
                "pašvaldība", "pārvalde", "skola", "administrācija", "apsaimniekotājs", "apsaimniekotāji", "dome", "muiža",
                "strādnieki", "uzņēmums", "firma", "dienests", "policija",
            ]
        )
        // Locatives only: the place where something is, not where donors come from ("Rīgas biedrība").
        add(.otherPlace, ["rīgā", "galvaspilsētā", "pilsētā", "pilsētās"])
        add(.selfReference, ["pats", "pati", "paši", "pašas"])
        add(
            .advert,
            [
                "reklāma", "sludinājums", "veikalā", "veikals", "cena", "cenas", "atlaide", "atlaides", "atlaidi", "piedāvā", "piedāvājums", "pasūti",
                "pasūtiet", "pasūtījumus", "pērc", "pērciet", "pārdod", "pārdodu", "pārdodam", "izīrē", "pērku",
            ]
        )
        add(.contactWord, ["lv", "iela", "ielā", "tālr", "e-pasts", "reģ", "adrese"])
        add(.month, ["janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī", "oktobrī", "novembrī", "decembrī"])
        add(.subordinator, ["ka", "kā", "kur", "lai", "ja", "kad"])
        add(.goal, ["mērķis", "vīzija", "uzdevums", "sapnis", "iecere"])
        return table
    }()

    /// The classes of `key` (a lower-case word), none when it is no cue.
    public static func kind(of key: String) -> Kind {
        kinds[key] ?? []
    }
}
