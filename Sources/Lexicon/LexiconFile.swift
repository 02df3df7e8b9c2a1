import LatvianLanguage

/// A criteria scheme and its Latvian lexicon, as written in a YAML file.
///
/// The file defines the criteria themselves — ids, names, how indicators combine — so that an
/// action group can bring its own scheme without code changes. See
/// `corpora/lexicons/smart-village.lv.yaml` for the default.
public struct LexiconFile: Sendable, Hashable, Codable {
    public var scheme: Scheme
    public var thresholds: Thresholds
    public var criteria: [Criterion]
    public var indicators: [Indicator]
    public var resourceTypes: ResourceTypes?
    /// The scheme's own wording — its criteria and indicators as the source document states them,
    /// and the application form's hints. A sentence that restates one of them is the form
    /// speaking, not the applicant: it is never evidence.
    public var template: [String]?
    /// How the application form names who applies, and which applicants are businesses (see
    /// ``Applicant``).
    public var applicant: Applicant?

    public struct Scheme: Sendable, Hashable, Codable {
        public var id: String
        public var version: String
        public var name: LocalizedText
        public var source: String?
        public var language: String?
    }

    /// Latvian and English text.
    public struct LocalizedText: Sendable, Hashable, Codable {
        public var lv: String
        public var en: String
    }

    /// How many passages make an indicator present: at least `strong` strong passages, or at
    /// least `supporting` supporting passages in distinct sentences.
    public struct Thresholds: Sendable, Hashable, Codable {
        public var strong: Int
        public var supporting: Int
    }

    public struct Criterion: Sendable, Hashable, Codable {
        public enum Rule: String, Sendable, Hashable, Codable {
            /// Present when any indicator is present.
            case any
            /// Present when every indicator is present; weak when some are.
            case all
        }

        public var id: String
        public var name: LocalizedText
        public var rule: Rule
        public var indicators: [String]
    }

    public struct Indicator: Sendable, Hashable, Codable {
        public var id: String
        public var name: LocalizedText
        public var criterion: String
        public var description: LocalizedText?
        public var thresholds: Thresholds?
        public var terms: [Term]
        public var exclude: [Exclusion]?
        /// Indicators whose evidence, found together in one sentence, is evidence for this one:
        /// C6.2 "a resource tied to the goal" is a resource (C6.1) named with a goal (C2).
        public var combines: [String]?
        /// Indicators whose evidence this one ties together, explained, not counted: C6.2 ties
        /// a resource (C6.1) to a goal (C2). When each is shown but this one is not, its
        /// explanation says they stand apart — an evaluator reads "mentioned, not tied", not
        /// "no mention".
        public var ties: [String]?
        /// What a statement may be and still show this indicator: done or running (`actual`,
        /// always), a plan or stated goal (`planned`), a wish in the conditional
        /// (`hypothetical`). Shared goals are plans by nature; an innovation is shown only
        /// when it is there. Absent: `actual` only.
        public var accepts: [Mode]?
        /// Whether only the residents' own action shows it: a clause whose doer is an
        /// institution ("Talkas organizē pagasta pārvalde") does not count.
        public var ownAction: Bool?
        /// Words that must stand in the same sentence as a supporting mention for it to count:
        /// C5.3's parties (a school, the municipality) count when they take part with the
        /// community ("sadarbojamies ar skolu", "pašvaldība atbalsta"), not when named in passing
        /// ("dārzs pie bijušās skolas"). A strong mention counts alone.
        public var companions: [Term]?
        /// Words that make a sentence another indicator's evidence: beside one, this indicator's
        /// mentions do not count — joining „Lielā talka” is using a national campaign (C6.3),
        /// not the residents organising themselves (C4.3).
        public var notBeside: [Term]?
        /// Whether only a community can show it: when the application's applicant field names a
        /// business (a company, a farm), what it says does not count — a farm's "Mazzalves
        /// pagastā" presents no community of residents.
        public var communityOnly: Bool?
        /// Whether it is shown only where the submission names its place — in a passage that
        /// counts for it, or in a document's title or heading: "mūsu ciems" with no name, or a
        /// name only in an address line, presents no place's community.
        public var namesPlace: Bool?

        /// The modes this indicator's evidence may have.
        public var acceptedModes: Set<Mode> {
            Set(accepts ?? []).union([.actual])
        }
    }

    /// Whether a statement reports what is (done, running), what is planned, or what is wished.
    public enum Mode: String, Sendable, Hashable, Codable, CaseIterable {
        case actual
        case planned
        case hypothetical
    }

    /// One lexicon entry: a lemma (all its forms), a phrase (a token sequence whose words
    /// inflect, `[bracketed]` words fixed) or a literal (exact tokens: names, codes, brands).
    public struct Term: Sendable, Hashable, Codable {
        public var lemma: String?
        public var phrase: String?
        public var literal: String?
        public var gloss: String?
        public var strength: Strength?
        /// Forms to add by hand, for words the dictionary does not know.
        public var forms: [String]?
        /// Which tagged forms to keep: `diminutive`, `comparative`, `negated`. Comparatives are
        /// kept by default; diminutives and negated forms are not.
        public var keep: [String]?

        public init(
            lemma: String? = nil,
            phrase: String? = nil,
            literal: String? = nil,
            gloss: String? = nil,
            strength: Strength? = nil,
            forms: [String]? = nil,
            keep: [String]? = nil
        ) {
            self.lemma = lemma
            self.phrase = phrase
            self.literal = literal
            self.gloss = gloss
            self.strength = strength
            self.forms = forms
            self.keep = keep
        }

        public enum Kind: String, Sendable, Hashable, Codable {
            case lemma, phrase, literal
        }

        public var kind: Kind? {
            if lemma != nil { return .lemma }
            if phrase != nil { return .phrase }
            if literal != nil { return .literal }
            return nil
        }

        /// The entry as written.
        public var text: String { lemma ?? phrase ?? literal ?? "" }
    }

    public enum Strength: String, Sendable, Hashable, Codable {
        /// Convincing on its own.
        case strong
        /// Evidence that needs company.
        case supporting
    }

    /// Something that looks like a term but means something else: a single form (`ciemiņi`
    /// "guests", never a match anywhere) or a phrase (`viedais ciems` — the programme's name, not
    /// the applicant's village: terms of this indicator inside it do not count).
    public struct Exclusion: Sendable, Hashable, Codable {
        public var form: String?
        public var phrase: String?
        public var gloss: String?
    }

    /// The application form's applicant field and the words that make the applicant it names a
    /// business or a public institution rather than a community of residents.
    public struct Applicant: Sendable, Hashable, Codable {
        /// The field's labels ("Projekta iesniedzējs", "Iesniedzēja nosaukums"), compared by
        /// their words without case or diacritics: a number before them ("1.1.") and
        /// punctuation after them do not matter.
        public var fields: [String]
        /// Legal forms and words that name a business ("SIA", "Z/S", "zemnieku saimniecība"): an
        /// abbreviation in capitals matches as written, other words without case or diacritics.
        public var businesses: [String]
        /// Words that name a public institution ("pašvaldības iestāde", "pamatskola",
        /// "bibliotēka"), matched as ``businesses`` are: a school or a library applying speaks
        /// for itself, not as the residents' community.
        public var institutions: [String]?
    }

    public struct ResourceTypes: Sendable, Hashable, Codable {
        public var indicator: String
        public var types: [ResourceType]
    }

    public struct ResourceType: Sendable, Hashable, Codable {
        public var id: String
        public var name: LocalizedText
        public var terms: [Term]
    }
}

extension LexiconFile {
    /// A problem that makes a lexicon file unusable, said in terms of the file.
    public struct Invalid: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Checks what the YAML schema alone cannot: unique ids, known references, one kind per
    /// term, terms with words in them, thresholds a passage can reach.
    public func validate() throws(Invalid) {
        var problems: [String] = []
        let indicatorIDs = indicators.map(\.id)
        for (kind, ids) in [("indicator", indicatorIDs), ("criterion", criteria.map(\.id)), ("resource type", (resourceTypes?.types ?? []).map(\.id))] {
            let duplicates = Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
            if !duplicates.isEmpty { problems.append("\(kind) ids used twice: \(duplicates.joined(separator: ", "))") }
        }
        // A threshold of 0 would make an indicator present with no mention at all.
        for (owner, limits) in [("thresholds", thresholds)] + indicators.compactMap({ indicator in indicator.thresholds.map { ("\(indicator.id) thresholds", $0) } })
        where limits.strong < 1 || limits.supporting < 1 {
            problems.append("\(owner): strong and supporting must be at least 1")
        }
        // A term of no words ("", "—") would match nothing, and cannot be compiled.
        for (owner, term) in allTerms where Tokenizer.tokens(in: term.text).isEmpty {
            problems.append("\(owner.id): the term '\(term.text)' has no words")
        }
        let known = Set(indicatorIDs)
        for criterion in criteria {
            for id in criterion.indicators where !known.contains(id) {
                problems.append("criterion \(criterion.id) names unknown indicator \(id)")
            }
        }
        let criterionIDs = Set(criteria.map(\.id))
        for indicator in indicators {
            if !criterionIDs.contains(indicator.criterion) {
                problems.append("indicator \(indicator.id) names unknown criterion \(indicator.criterion)")
            }
            for term in indicator.terms {
                let kinds = [term.lemma, term.phrase, term.literal].compactMap { $0 }
                if kinds.count != 1 {
                    problems.append("\(indicator.id): a term must have exactly one of lemma, phrase, literal (\(term.text))")
                }
                if let lemma = term.lemma, lemma.contains(" ") {
                    problems.append("\(indicator.id): lemma '\(lemma)' has a space; use phrase")
                }
            }
            for id in indicator.combines ?? [] where !known.contains(id) || id == indicator.id {
                problems.append("\(indicator.id) combines unknown or its own indicator \(id)")
            }
            for id in indicator.ties ?? [] where !known.contains(id) || id == indicator.id {
                problems.append("\(indicator.id) ties unknown or its own indicator \(id)")
            }
            if let ties = indicator.ties, ties.count < 2 {
                problems.append("\(indicator.id) ties fewer than two indicators")
            }
            for exclusion in indicator.exclude ?? [] where (exclusion.form == nil) == (exclusion.phrase == nil) {
                problems.append("\(indicator.id): an exclusion must have exactly one of form, phrase")
            }
        }
        if let resources = resourceTypes, !known.contains(resources.indicator) {
            problems.append("resourceTypes names unknown indicator \(resources.indicator)")
        }
        if !problems.isEmpty { throw Invalid(description: problems.joined(separator: "\n")) }
    }
}
