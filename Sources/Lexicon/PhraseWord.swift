import LatvianLanguage

/// One word of a phrase entry, and whether it inflects.
struct PhraseWord: Hashable {
    var written: String
    /// `false` for `[bracketed]` words and short function words, which match only as written.
    var inflects: Bool

    /// Prepositions, conjunctions and particles: they never inflect, and a phrase keeps them fixed.
    static let functionWords: Set<String> = [
        "no", "uz", "un", "ar", "par", "pie", "pa", "pēc", "līdz", "bez", "caur", "kā", "ka", "vai", "ir", "ne", "arī",
        "to", "tā", "tas", "kas", "starp", "virs", "zem", "aiz", "priekš", "pret", "ap", "iz", "labad", "dēļ", "kopā",
    ]

    /// Splits a phrase entry such as `no [apakšas] uz [augšu]` into its words.
    static func words(of phrase: String) -> [PhraseWord] {
        phrase.split(separator: " ").map { part in
            if part.hasPrefix("["), part.hasSuffix("]") {
                return PhraseWord(written: TextNormalizer.key(part.dropFirst().dropLast()), inflects: false)
            }
            let key = TextNormalizer.key(part)
            return PhraseWord(written: key, inflects: !functionWords.contains(key) && key.count > 2)
        }
    }
}
