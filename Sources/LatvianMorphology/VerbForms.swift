import Synchronization

/// What a word form says about a verb's mood, tense and person, as far as an evaluator needs
/// it to tell a deed from a wish or a plan.
public struct VerbReading: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16

    @inlinable public init(rawValue: UInt16) {
        self.rawValue = rawValue
    }

    /// Conditional mood: `būtu`, `varētu`, `izveidotu`, `gribētos`.
    @inlinable public static var conditional: VerbReading { VerbReading(rawValue: 1 << 0) }
    /// Future tense: `izveidosim`, `būs`, `notiks`.
    @inlinable public static var future: VerbReading { VerbReading(rawValue: 1 << 1) }
    /// Debitive mood (`jā-`): `jāizveido`, `jārīko`.
    @inlinable public static var debitive: VerbReading { VerbReading(rawValue: 1 << 2) }
    /// Past tense: `izveidojām`, `notika`.
    @inlinable public static var past: VerbReading { VerbReading(rawValue: 1 << 3) }
    /// Present tense: `rīkojam`, `notiek`.
    @inlinable public static var present: VerbReading { VerbReading(rawValue: 1 << 4) }
    /// First person plural, the applicant speaking as "we": `rīkojam`, `izveidojām`, `sadarbojamies`.
    @inlinable public static var firstPersonPlural: VerbReading { VerbReading(rawValue: 1 << 5) }
    /// The infinitive: `izveidot`, `apzināt` — an action plan's item when it opens a sentence.
    @inlinable public static var infinitive: VerbReading { VerbReading(rawValue: 1 << 6) }
    /// Second person plural: `aprakstiet`, `norādiet` — a form's instruction when it opens a
    /// sentence.
    @inlinable public static var secondPersonPlural: VerbReading { VerbReading(rawValue: 1 << 7) }
    /// A past or present form that can be nothing but a verb, or a form of "būt": the clause
    /// states what is or was (`uzstādījām`, `ir`, `bija`).
    @inlinable public static var statesIndicative: VerbReading { VerbReading(rawValue: 1 << 8) }
}

/// Reads verb forms with the Latvian Hunspell dictionary: its analyses tag tense and person
/// (`izveidosim` → `is:1dnt0`, future, first person plural) and mark the debitive prefix `jā-`;
/// the conditional is the form in `-tu` that only a verb reading explains.
///
/// One dictionary is shared by every judging task, behind a lock, with the words already read
/// remembered: Hunspell handles are not thread-safe, and a round asks about the same few hundred
/// verbs again and again.
public final class VerbForms: Sendable {
    private struct State: ~Copyable {
        var hunspell: Hunspell
        var known: [String: VerbReading] = [:]
        var inDictionary: [String: Bool] = [:]
    }

    private let state: Mutex<State>

    /// Opens the dictionary; see ``Hunspell/debianLatvian``.
    public init(affix: String = Hunspell.debianLatvian.affix, dictionary: String = Hunspell.debianLatvian.dictionary) throws(Hunspell.OpenError) {
        state = Mutex(State(hunspell: try Hunspell(affix: affix, dictionary: dictionary)))
    }

    /// The readings of each of `words` (lower-case), in order.
    public func readings(of words: [String]) -> [VerbReading] {
        state.withLock { state in
            words.map { word in
                if let known = state.known[word] { return known }
                let reading = Self.reading(of: word, analyses: state.hunspell.analyses(word))
                state.known[word] = reading
                return reading
            }
        }
    }

    /// Whether the dictionary knows `word` (lower-case) as a common word: a name it does not
    /// know, or knows only capitalised ("barkavas", "rīgā"), is not one.
    public func knows(_ word: String) -> Bool {
        state.withLock { state in
            if let known = state.inDictionary[word] { return known }
            let known = !state.hunspell.analyses(word).isEmpty
            state.inDictionary[word] = known
            return known
        }
    }

    /// Auxiliary verbs whose future is a plan even where another word shares the form.
    static let auxiliaries: Set<String> = ["tikt", "būt", "kļūt"]

    /// The reading of `word` from its Hunspell analyses.
    ///
    /// A form some other part of speech explains too is read as a verb only where nothing
    /// else would be: "trīs" is a numeral before it is "will rub", "vietu" a noun before it is
    /// a conditional.
    static func reading(of word: String, analyses: [String]) -> VerbReading {
        let fields = analyses.map(Analysis.init)
        let verbal = fields.filter(\.isVerbal)
        let onlyVerbal = !verbal.isEmpty && verbal.count == fields.count
        var reading: VerbReading = []
        for analysis in verbal {
            if analysis.flags.contains("]") { reading.insert(.debitive) }
            let tags = Array(analysis.inflection.unicodeScalars)
            // Tense stands third only in a finite form, whose tags open with the person
            // ("1dnt0"); a participle's open with its number ("dvna": plural, nominative).
            guard tags.count >= 3, tags[0].properties.numericType != nil else { continue }
            switch tags[2] {
            // The passive's future is the auxiliary's: "Tiks iesaistīta skola" (tikt), "būs".
            case "n" where onlyVerbal || Self.auxiliaries.contains(analysis.stem): reading.insert(.future)
            case "p": reading.insert(.past)
            case "t": reading.insert(.present)
            default: break
            }
            if (tags[2] == "p" || tags[2] == "t") && (onlyVerbal || analysis.stem == "būt") { reading.insert(.statesIndicative) }
            // "iespējām" is "we could" and "to possibilities": only a form no noun explains speaks as "we".
            if tags[0] == "1" && tags[1] == "d" && onlyVerbal { reading.insert(.firstPersonPlural) }
            if tags[0] == "2" && tags[1] == "d" { reading.insert(.secondPersonPlural) }
        }
        if onlyVerbal && verbal.contains(where: { $0.inflection.isEmpty && $0.flags.isEmpty && $0.stem == word })
            && (word.hasSuffix("t") || word.hasSuffix("ties"))
        {
            reading.insert(.infinitive)
        }
        // Reflexive futures carry no tags either: "sadarbosies", "tiksimies".
        if !verbal.isEmpty && (word.hasSuffix("sies") || word.hasSuffix("simies") || word.hasSuffix("sieties")) {
            reading.insert(.future)
        }
        // The dictionary has no conditional of its own: "varētu" reads as a form of the past
        // participle (flags 5 and W), as does "izveidotu"; "būtu" is a word of its own.
        let hasConditionalShape = word.hasSuffix("tu") || word.hasSuffix("tos")
        if hasConditionalShape && onlyVerbal && verbal.contains(where: { $0.stem == "būtu" || $0.flags.contains("W") }) {
            reading.insert(.conditional)
        }
        // Defective verbs are headwords in the conditional itself, untagged: "vajadzētu".
        let conditionalEndings = ["ētu", "ātu", "ītu", "otu", "ūtu"]
        if !fields.isEmpty && fields.allSatisfy({ $0.partOfSpeech.isEmpty && $0.inflection.isEmpty && $0.stem == word })
            && conditionalEndings.contains(where: word.hasSuffix)
        {
            reading.insert(.conditional)
        }
        // Reflexive verbs carry no tags: "sadarbojamies", "tiekamies", "iesaistījāmies".
        if !verbal.isEmpty && (word.hasSuffix("amies") || word.hasSuffix("āmies") || word.hasSuffix("imies")) {
            reading.insert(.firstPersonPlural)
        }
        return reading
    }

    /// The fields of one analysis: `st:izveidot po:darbv22t is:1dnt0`.
    private struct Analysis {
        var stem = ""
        var partOfSpeech = ""
        var inflection = ""
        var flags: Set<String> = []

        /// A verb form: tagged a verb, or a form of "būt" (which has no part of speech), or
        /// inflected for tense without a part of speech.
        var isVerbal: Bool {
            partOfSpeech.hasPrefix("darb") || stem == "būt" || stem == "būtu" || (partOfSpeech.isEmpty && !inflection.isEmpty)
        }

        init(_ text: String) {
            for field in text.split(separator: " ") {
                if field.hasPrefix("st:") {
                    stem = String(field.dropFirst(3))
                } else if field.hasPrefix("po:") {
                    partOfSpeech = String(field.dropFirst(3))
                } else if field.hasPrefix("is:") {
                    inflection = String(field.dropFirst(3))
                } else if field.hasPrefix("fl:") {
                    flags.insert(String(field.dropFirst(3)))
                }
            }
        }
    }
}
