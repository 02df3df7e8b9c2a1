/// Inflects a noun or adjective the dictionary does not know, from its ending alone.
///
/// A fallback for new words and loans (`e-pakalpojums`, `koprades`). It knows the regular
/// endings of the five noun declensions and of adjectives, not the consonant alternations of
/// some genitives (`brāļu`): such forms must be listed in the lexicon by hand.
public enum SuffixTable {
    /// (lemma ending, endings that replace it), longest first.
    private static let rules: [(String, [String])] = [
        // Adjectives and definite forms share the masculine -s/-š endings with nouns below.
        ("ais", ["ais", "ā", "ajam", "o", "ajā", "ie", "o", "ajiem", "os", "ajos", "ā", "ās", "ajai", "ajām", "ajās"]),
        ("us", ["us", "u", "um", "ū", "i", "iem", "os", "ūs"]),
        ("is", ["is", "a", "im", "i", "ī", "u", "iem", "us", "os"]),
        // Plurale tantum: finanses, zināšanas.
        ("as", ["as", "u", "ām", "ās"]),
        ("es", ["es", "u", "ēm", "ēs"]),
        ("s", ["s", "a", "am", "u", "ā", "i", "iem", "us", "os", "as", "ai", "ām", "ās"]),
        ("š", ["š", "a", "am", "u", "ā", "i", "iem", "us", "os"]),
        ("a", ["a", "as", "ai", "u", "ā", "ām", "ās"]),
        ("e", ["e", "es", "ei", "i", "ē", "ēm", "ēs", "u"]),
        ("i", ["i", "u", "iem", "us", "os"]),
    ]

    public static func paradigm(of lemma: String) -> Paradigm {
        let lowered = lemma.lowercased()
        var forms: [String] = [lowered]
        // In a hyphenated word (`e-pakalpojums`) only the last part inflects.
        for (ending, replacements) in rules where lowered.hasSuffix(ending) && lowered.count > ending.count + 1 {
            let stem = lowered.dropLast(ending.count)
            forms += replacements.map { stem + $0 }
            break
        }
        var seen: Set<String> = []
        let unique = forms.filter { seen.insert($0).inserted }
        return Paradigm(lemma: lowered, source: .suffixTable, forms: unique.map { WordForm(form: $0) })
    }
}
