/// Recognises a `ne-` form that denies its clause ("projektus mēs **nerakstām**", "talkas vairs
/// **nenotiek**") without a dictionary: Latvian writes negation as a `ne` prefix on the verb, so
/// any longer word starting with `ne` is read as negated — minus the ne- words that mean
/// something in their own right (`nepieciešams` "necessary", `nevalstisks` "non-governmental",
/// `neaizstājams` "irreplaceable", `Nereta` the parish).
public enum NegatedVerb {
    /// Words that begin with ne- and mean something in their own right.
    private static let lexicalised: [String] = [
        "nepieciešam", "nepieciešamīb", "nevalstisk", "neaizstājam", "neatkarīg", "nemateriāl", "nedēļ", "nedaudz",
        "nekustam", "nepilngadīg", "nemitīg", "nepārtraukt", "negaidīt", "neliel", "nelabvēlīg", "nevienlīdzīb",
        "neformāl", "nepastāvīg", "neredzīg", "nedzirdīg", "nelaim", "neatliekam", "neierobežot", "neparast",
        "nepārprotam", "neatlaidīg", "nenogurstoš", "neraž", "neapšaubām", "neatņemam",
        "neticam", "nezināms", "nebeidzam", "nemier", "nereti", "nesen", "neilg", "netīr", "nedrošīb", "neskait",
        "neoficiāl", "nejauš", "neaizmirstam", "nenovērtējam", "nesavtīg", "neskatoties", "negatīv", "nerv", "netāl",
        "neret", "neapstrādāt", "neironu", "neons", "nektār",
    ]

    /// Whether `key` (lower case) reads as a negated verb form.
    public static func isNegatedVerb(_ key: String) -> Bool {
        guard key.hasPrefix("ne"), key.count >= 6 else { return false }
        return !lexicalised.contains { key.hasPrefix($0) }
    }
}
