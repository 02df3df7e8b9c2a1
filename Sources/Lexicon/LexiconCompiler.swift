import LatvianLanguage
public import LatvianMorphology

/// Expands a lexicon's entries into every inflected form, once, with the Latvian Hunspell
/// dictionary — and reports what a person should review: words the dictionary does not know,
/// homographs, forms shared between indicators, forms unsafe to match without diacritics.
public struct LexiconCompiler: ~Copyable {
    private let expander: ParadigmExpander

    public init(expander: consuming ParadigmExpander) {
        self.expander = expander
    }

    public func compile(_ source: LexiconSource) throws(ParadigmExpander.Failure) -> CompiledForms {
        var headwords: Set<String> = []
        var phraseWords: [String: String] = [:]
        for term in source.file.allTerms.map(\.term) {
            if let lemma = term.lemma {
                headwords.insert(TextNormalizer.key(lemma))
            } else if let phrase = term.phrase {
                for word in PhraseWord.words(of: phrase) where word.inflects {
                    let stems = expander.headwords(of: word.written)
                    let headword = stems.contains(word.written) ? word.written : (stems.first ?? word.written)
                    phraseWords[word.written] = headword
                    headwords.insert(headword)
                }
            }
        }
        let paradigms = try expander.paradigms(of: headwords)
        var unsafe: Set<String> = []
        for paradigm in paradigms.values {
            for form in paradigm.forms {
                let folded = TextNormalizer.folded(form.form)
                guard folded != form.form else { continue }
                if folded.count < 5 || expander.isOtherWord(folded, than: paradigm.lemma) { unsafe.insert(form.form) }
            }
        }
        return CompiledForms(
            format: CompiledForms.currentFormat,
            lexiconSHA256: source.sha256,
            generator: "lieciba lexicon build",
            notice: CompiledForms.hunspellNotice,
            paradigms: paradigms,
            phraseWords: phraseWords,
            unsafeFolded: unsafe.sorted()
        )
    }
}

extension LexiconFile {
    /// Every term with what it is evidence for: an indicator, or a C6.1 resource type.
    public var allTerms: [(owner: TermOwner, term: Term)] {
        var terms: [(TermOwner, Term)] = []
        for indicator in indicators {
            for term in indicator.terms { terms.append((.indicator(indicator.id), term)) }
            for exclusion in indicator.exclude ?? [] {
                guard let phrase = exclusion.phrase else { continue }
                terms.append((.exclusion(indicator.id), Term(phrase: phrase, gloss: exclusion.gloss)))
            }
            for companion in indicator.companions ?? [] { terms.append((.companion(indicator.id), companion)) }
            for rival in indicator.notBeside ?? [] { terms.append((.rival(indicator.id), rival)) }
        }
        for type in resourceTypes?.types ?? [] {
            for term in type.terms { terms.append((.resourceType(type.id), term)) }
        }
        return terms
    }
}

/// What a term is evidence for.
public enum TermOwner: Sendable, Hashable, Comparable {
    case indicator(String)
    case resourceType(String)
    /// An excluding phrase: the indicator's terms inside it do not count.
    case exclusion(String)
    /// A companion word: the indicator's supporting mentions count only beside one.
    case companion(String)
    /// A rival word: the indicator's mentions beside one are another indicator's evidence.
    case rival(String)

    public var id: String {
        switch self {
        case .indicator(let id), .resourceType(let id), .exclusion(let id), .companion(let id), .rival(let id): id
        }
    }

    /// Whether the owner is a resource type (C6.1), which counts for the indicator listing resources.
    public var isResourceType: Bool {
        if case .resourceType = self { true } else { false }
    }
}
