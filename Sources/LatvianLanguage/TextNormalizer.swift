/// Turns words into lookup keys: lower case, and — for documents typed without diacritics — a
/// folded key with the Latvian long vowels and softened consonants stripped.
///
/// Swift compares and hashes strings by canonical equivalence, so a decomposed `a` + U+0304
/// and a precomposed `ā` are already the same key; folding drops combining marks outright.
public enum TextNormalizer {
    /// The exact key: lower case, soft hyphens removed.
    public static func key(_ word: some StringProtocol) -> String {
        var text = word.lowercased()
        if text.contains("\u{00AD}") { text.removeAll { $0 == "\u{00AD}" } }
        return text
    }

    /// The folded key: ``key(_:)`` with ā→a, č→c, ē→e, ģ→g, ī→i, ķ→k, ļ→l, ņ→n, š→s, ū→u, ž→z
    /// (and ŗ→r, ō→o, as older texts write them), combining marks dropped.
    public static func folded(_ word: some StringProtocol) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in key(word).unicodeScalars where !(0x0300...0x036F).contains(scalar.value) {
            scalars.append(foldTable[scalar] ?? scalar)
        }
        return String(scalars)
    }

    /// Whether a word carries any Latvian diacritic.
    public static func hasDiacritics(_ word: some StringProtocol) -> Bool {
        key(word).unicodeScalars.contains { foldTable[$0] != nil || (0x0300...0x036F).contains($0.value) }
    }

    private static let foldTable: [Unicode.Scalar: Unicode.Scalar] = {
        let pairs: [(Unicode.Scalar, Unicode.Scalar)] = [
            ("ā", "a"), ("č", "c"), ("ē", "e"), ("ģ", "g"), ("ī", "i"), ("ķ", "k"), ("ļ", "l"), ("ņ", "n"), ("š", "s"),
            ("ū", "u"), ("ž", "z"), ("ŗ", "r"), ("ō", "o"),
        ]
        return Dictionary(uniqueKeysWithValues: pairs)
    }()
}
