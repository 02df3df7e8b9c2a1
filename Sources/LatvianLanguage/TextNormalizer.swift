/// Turns words into lookup keys: lower case, and — for documents typed without diacritics — a
/// folded key with the Latvian long vowels and softened consonants stripped.
///
/// Swift compares and hashes strings by canonical equivalence, so a decomposed `a` + U+0304
/// and a precomposed `ā` are already the same key; folding drops combining marks outright.
public enum TextNormalizer {
    /// The exact key: lower case, soft hyphens removed.
    public static func key(_ word: some StringProtocol) -> String {
        if let key = latvianKey(word.utf8, folding: false) { return key }
        var text = word.lowercased()
        // A soft hyphen is C2 AD: the byte AD is a cheap test before the characters are searched.
        if text.utf8.contains(0xAD), text.contains("\u{00AD}") { text.removeAll { $0 == "\u{00AD}" } }
        return text
    }

    /// The folded key: ``key(_:)`` with ā→a, č→c, ē→e, ģ→g, ī→i, ķ→k, ļ→l, ņ→n, š→s, ū→u, ž→z
    /// (and ŗ→r, ō→o, as older texts write them), combining marks dropped.
    public static func folded(_ word: some StringProtocol) -> String {
        if let folded = latvianKey(word.utf8, folding: true) { return folded }
        let key = key(word)
        var scalars = String.UnicodeScalarView()
        for scalar in key.unicodeScalars where !(0x0300...0x036F).contains(scalar.value) {
            scalars.append(foldedLowercase(scalar))
        }
        return String(scalars)
    }

    /// The key (or folded key) of a word written in ASCII, Latin Extended-A (every Latvian
    /// letter) and combining marks, lowered byte by byte; `nil` for any other letter, which
    /// takes Unicode's full mapping.
    ///
    /// Unicode's mapping looks every non-ASCII character up in its tables; Latvian words are
    /// mostly such characters, and the claim layer keys thousands of them per submission.
    private static func latvianKey(_ utf8: some Collection<UInt8>, folding: Bool) -> String? {
        // Through a pointer where the bytes are contiguous, as a native string's are: iterating a
        // string's view byte by byte costs more than the lowering itself.
        if let key = utf8.withContiguousStorageIfAvailable({ latvianKey(bytes: $0, folding: folding) }) { return key }
        return latvianKey(bytes: utf8, folding: folding)
    }

    private static func latvianKey(bytes utf8: some Collection<UInt8>, folding: Bool) -> String? {
        var latvian = true
        // Lower case and folding never lengthen a letter of these ranges; soft hyphens and
        // dropped marks only shorten.
        let key = String(unsafeUninitializedCapacity: Swift.max(utf8.count, 1)) { buffer in
            var count = 0
            var iterator = utf8.makeIterator()
            while let byte = iterator.next() {
                if byte < 0x80 {
                    buffer[count] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                    count += 1
                    continue
                }
                // Two-byte sequences only: C2 AD (a soft hyphen, dropped), C4 and C5
                // (U+0100–U+017F), CC and CD (combining marks U+0300–U+036F).
                guard byte >= 0xC2, byte <= 0xDF, let next = iterator.next(), next & 0xC0 == 0x80 else {
                    latvian = false
                    return 0
                }
                let value = (UInt32(byte & 0x1F) << 6) | UInt32(next & 0x3F)
                switch value {
                case 0xAD:
                    continue
                case 0x300...0x36F:
                    if folding { continue }
                    buffer[count] = byte
                    buffer[count + 1] = next
                    count += 2
                // U+0130 (İ) lowers to two scalars.
                case 0x100...0x17F where value != 0x130:
                    var lower = Unicode.Scalar(value).map(WordScanner.lowercase) ?? "\u{FFFD}"
                    if folding { lower = foldedLowercase(lower) }
                    if lower.isASCII {
                        buffer[count] = UInt8(lower.value)
                        count += 1
                    } else {
                        buffer[count] = UInt8(0xC0 | (lower.value >> 6))
                        buffer[count + 1] = UInt8(0x80 | (lower.value & 0x3F))
                        count += 2
                    }
                default:
                    latvian = false
                    return 0
                }
            }
            return count
        }
        return latvian ? key : nil
    }

    /// A lower-case Latvian letter without its diacritic; any other scalar as it is.
    private static func foldedLowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x101: "a"
        case 0x10D: "c"
        case 0x113: "e"
        case 0x123: "g"
        case 0x12B: "i"
        case 0x137: "k"
        case 0x13C: "l"
        case 0x146: "n"
        case 0x161: "s"
        case 0x16B: "u"
        case 0x17E: "z"
        case 0x157: "r"
        case 0x14D: "o"
        default: scalar
        }
    }

    /// The first `count` letters of a word's folded key (``folded(_:)``), made without building
    /// the whole key: what stems are compared by, for every word of every candidate sentence.
    public static func foldedPrefix(_ word: some StringProtocol, count: Int) -> String {
        var scalars = String.UnicodeScalarView()
        var letters = 0
        for scalar in word.unicodeScalars {
            guard letters < count else { break }
            if (0x0300...0x036F).contains(scalar.value) || scalar == "\u{00AD}" { continue }
            scalars.append(fold(scalar))
            letters += 1
        }
        return String(scalars)
    }

    /// One scalar lower-cased and folded: ASCII and the Latvian letters by a switch, others by
    /// Unicode's lower-case mapping.
    private static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value < 0x80 {
            return (0x41...0x5A).contains(value) ? Unicode.Scalar(UInt8(value + 0x20)) : scalar
        }
        switch value {
        case 0x100, 0x101: return "a"
        case 0x10C, 0x10D: return "c"
        case 0x112, 0x113: return "e"
        case 0x122, 0x123: return "g"
        case 0x12A, 0x12B: return "i"
        case 0x136, 0x137: return "k"
        case 0x13B, 0x13C: return "l"
        case 0x145, 0x146: return "n"
        case 0x160, 0x161: return "s"
        case 0x16A, 0x16B: return "u"
        case 0x17D, 0x17E: return "z"
        case 0x156, 0x157: return "r"
        case 0x14C, 0x14D: return "o"
        default:
            let lower = scalar.properties.lowercaseMapping.unicodeScalars
            return lower.count == 1 ? lower.first ?? scalar : scalar
        }
    }

    /// Whether a word carries any Latvian diacritic.
    public static func hasDiacritics(_ word: some StringProtocol) -> Bool {
        key(word).unicodeScalars.contains { foldedLowercase($0) != $0 || (0x0300...0x036F).contains($0.value) }
    }
}
