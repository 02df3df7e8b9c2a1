/// Recognises a `ne-` form that denies its clause ("projektus mēs **nerakstām**", "talkas vairs
/// **nenotiek**") without a dictionary: Latvian writes negation as a `ne` prefix on the verb, so
/// any longer word starting with `ne` is read as negated — minus the ne- words that mean
/// something in their own right (`nepieciešams` "necessary", `nevalstisks` "non-governmental",
/// `neaizstājams` "irreplaceable", `Nereta` the parish, `nemainās` "stays as it is").
public enum NegatedVerb {
    /// Words that begin with ne- and mean something in their own right, as written and with
    /// their diacritics folded: text typed without them ("katru nedelu", "nepieciesams") is
    /// matched folded, and its lexicalised words must not turn into denials there either.
    private static let lexicalised: [String] = {
        var seen: Set<String> = []
        return (written + written.map(TextNormalizer.folded)).filter { seen.insert($0).inserted }
    }()

    private static let written: [String] = [
        "nepieciešam", "nepieciešamīb", "nevalstisk", "neaizstājam", "neatkarīg", "nemateriāl", "nedēļ", "nedaudz",
        "nekustam", "nepilngadīg", "nemitīg", "nepārtraukt", "negaidīt", "neliel", "nelabvēlīg", "nevienlīdzīb",
        "neformāl", "nepastāvīg", "neredzīg", "nedzirdīg", "nelaim", "neatliekam", "neierobežot", "neparast",
        "nepārprotam", "neatlaidīg", "nenogurstoš", "neraž", "neapšaubām", "neatņemam",
        "neticam", "nezināms", "nebeidzam", "nemier", "nereti", "nesen", "neilg", "netīr", "nedrošīb", "neskait",
        "neoficiāl", "nejauš", "neaizmirstam", "nenovērtējam", "nesavtīg", "neskatoties", "negatīv", "nerv", "netāl",
        "neret", "neapstrādāt", "neironu", "neons", "nektār", "neogot", "neoklasic", "neobarok", "neoromān", "neolīt",
        // Not changing is staying: "Mūsu mērķis nemainās" — but "aptauja lēmumu nemainīja" denies.
        "nemainās", "nemainījās", "nemainīsies", "nemainīg",
    ]

    private static let lexicalisedUTF8 = lexicalised.map { Array($0.utf8) }

    /// Whether `key` (lower case) reads as a negated verb form.
    public static func isNegatedVerb(_ key: String) -> Bool {
        guard key.hasPrefix("ne"), key.count >= 6 else { return false }
        return !lexicalised.contains { key.hasPrefix($0) }
    }

    /// Whether a key given as its UTF-8 bytes reads as a negated verb form: the same answer as
    /// ``isNegatedVerb(_:)-(String)`` without making a string of every `ne-` word scanned.
    public static func isNegatedVerb(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard key.count >= 6, key[0] == 0x6E, key[1] == 0x65 else { return false }
        // A combining mark (U+0300…U+036F) joins the letter before it into one character: such
        // rare keys are counted by the string.
        if key.contains(where: { $0 == 0xCC || $0 == 0xCD }) { return isNegatedVerb(String(decoding: key, as: UTF8.self)) }
        guard key.reduce(0, { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }) >= 6 else { return false }
        return !lexicalisedUTF8.contains { prefix in
            prefix.count <= key.count && prefix.indices.allSatisfy { key[$0] == prefix[$0] }
        }
    }
}
