/// The words that deny what follows them in a clause (`nav`, `netiek`, `trūkst`, `bez`, …) and
/// the words that end a clause's reach (`bet`, `taču`, a comma).
///
/// "Resursi nav apzināti, bet mums ir sadarbība ar skolu" denies the resources, not the
/// cooperation: a cue negates only the clause it stands in.
public enum NegationCues {
    /// Cue words, as lower-case keys (diacritics and their folded forms both).
    public static let cues: Set<String> = {
        let words = [
            "nav", "nava", "nebija", "nebūs", "nebūtu", "netiek", "netika", "netiks", "neesam", "neesmu", "neesat",
            "nevar", "nevaram", "nevarēja", "nevarējām", "nespēj", "nespējam", "nespēja", "trūkst", "trūka", "trūks",
            "pietrūkst", "bez", "nekāda", "nekādas", "nekādu", "nekādi", "neviens", "neviena", "nevienu",
            "nekas", "neko", "nekad", "nekur", "ne", "neizdodas", "neizdevās", "nenotiek", "nenotika", "nenotiks",
            "neveidojas", "nepiedalās", "nepiedalījās", "neiesaistās", "neiesaistījās", "neorganizē", "neorganizējam",
            "nerīko", "nerīkojam", "nerīkoja", "nezinām", "nezina", "neplānojam", "neplāno", "neizmanto", "neizmantojam",
            "nesadarbojas", "nesadarbojamies", "nepastāv", "nepastāvēja", "nedarbojas", "nedarbojamies",
            "neapzinās", "neapzināmies", "neesot", "nebūt", "neizstrādājām", "neuzturam",
            "neuztur", "nenodrošina", "nenodrošinām", "nevienam", "nevienai", "atteicās", "atsakās",
            // Giving a thing up denies it: "Mobilo lietotni izstrādāt atteicāmies".
            "atteicāmies", "atteikāmies", "atsakāmies", "atmetām",
            // …and so does a thing turned down: "Priekšlikums par saules paneļiem tiek noraidīts" —
            // not whoever turns it down: "Kopsapulce ar 38 balsīm noraidīja …" decided.
            "noraidīts", "noraidīta", "noraidīti", "noraidītas",
            // Short ne- verbs the shape test leaves out: "Ar sponsoriem mums neiet", "Jaunieši nenāk".
            "neiet", "negāja", "nenāk", "nenāca", "nesanāk", "nesanāca",
        ]
        var set: Set<String> = []
        for word in words {
            set.insert(TextNormalizer.key(word))
            set.insert(TextNormalizer.folded(word))
        }
        return set
    }()

    /// The cue that denies only what it governs, the words right after it ("bez pašvaldības
    /// atbalsta"), not its clause ("atvērts bez maksas" is free, not absent).
    public static let governingCue: StaticString = "bez"

    /// "ne tikai … bet arī" ("not only … but also"): a `ne` followed by this word denies nothing.
    public static let notOnlyCue: (first: StaticString, second: StaticString) = ("ne", "tikai")

    /// Words that open a new clause, so a negation before them does not reach past them.
    public static let clauseBreakers: Set<String> = {
        let words = ["bet", "taču", "tomēr", "savukārt", "turpretī", "turpretim", "kamēr", "jo", "tāpēc", "tādēļ", "toties", "lai"]
        var set: Set<String> = []
        for word in words {
            set.insert(TextNormalizer.key(word))
            set.insert(TextNormalizer.folded(word))
        }
        return set
    }()

    /// Characters between words that end a clause.
    public static func isClauseBoundary(_ separator: Substring) -> Bool {
        separator.contains { ",;:–—()".contains($0) } || separator.contains(" - ")
    }
}
