import Foundation
import LatvianLanguage
import LatvianMorphology

/// The review report `lieciba lexicon build` writes beside the compiled forms: what a person
/// should check before trusting a lexicon.
public enum LexiconReview {
    public static func markdown(_ source: LexiconSource, _ forms: CompiledForms) -> String {
        let matcher = Matcher(lexicon: source.file, forms: forms)
        var lines: [String] = []
        lines.append("# Review of \(source.url.lastPathComponent) (\(source.file.scheme.id) \(source.file.scheme.version))")
        lines.append("")
        lines.append("Lexicon SHA-256: `\(source.sha256)`. \(forms.notice)")
        lines.append("")

        lines.append("## Forms per entry")
        lines.append("")
        lines.append("| owner | entry | kind | strength | forms |")
        lines.append("|---|---|---|---|---|")
        for term in matcher.terms {
            let count = term.words.map(\.count).reduce(1, *)
            lines.append("| \(term.owner.id) | \(term.text) | \(term.kind.rawValue) | \(term.strength.rawValue) | \(count) |")
        }
        lines.append("")

        let unknown = forms.paradigms.values.filter { $0.source == .suffixTable }.map(\.lemma).sorted()
        lines.append("## Words the dictionary does not know (\(unknown.count))")
        lines.append("")
        lines.append("Their forms come from the suffix table: check them, and list missing forms under `forms:`.")
        lines.append("")
        lines += unknown.map { "- \($0): " + (forms.paradigms[$0]?.forms.map(\.form).joined(separator: ", ") ?? "") }
        lines.append("")

        var owners: [String: Set<String>] = [:]
        for term in matcher.terms where term.words.count == 1 {
            for form in term.words[0] { owners[form, default: []].insert(term.owner.id) }
        }
        let shared = owners.filter { $0.value.count > 1 }.sorted { $0.key < $1.key }
        lines.append("## Forms shared between indicators (\(shared.count))")
        lines.append("")
        lines += shared.map { "- \($0.key): \($0.value.sorted().joined(separator: ", "))" }
        lines.append("")

        let homographs = forms.paradigms.values.flatMap { paradigm in
            paradigm.homographs.map { "- \($0.key) (\(paradigm.lemma)) is also a form of \($0.value.joined(separator: ", "))" }
        }.sorted()
        lines.append("## Homographs (\(homographs.count))")
        lines.append("")
        lines += homographs
        lines.append("")

        var folded: [String: Set<String>] = [:]
        for term in matcher.terms where term.words.count == 1 {
            for key in term.foldedWords[0] { folded[key, default: []].insert(term.owner.id + " " + term.text) }
        }
        let collisions = folded.filter { $0.value.count > 1 && Set($0.value.map { $0.split(separator: " ")[0] }).count > 1 }
            .sorted { $0.key < $1.key }
        lines.append("## Folded spellings shared by entries of different indicators (\(collisions.count))")
        lines.append("")
        lines += collisions.map { "- \($0.key): \($0.value.sorted().joined(separator: "; "))" }
        lines.append("")
        lines.append("## Forms matched only with their diacritics (\(forms.unsafeFolded.count))")
        lines.append("")
        lines.append("Without diacritics these spell another word, or are too short to fold safely.")
        lines.append("")
        lines.append(forms.unsafeFolded.joined(separator: ", "))
        lines.append("")
        return lines.joined(separator: "\n")
    }
}
