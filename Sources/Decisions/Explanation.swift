public import Lexicon

/// The one-line explanations that go with every status, made from the decision's counts — in
/// English for the evidence map, in Latvian for the reports staff read.
public enum Explanation {
    /// The languages explanations are written in.
    public enum Language: Sendable {
        case english
        case latvian
    }

    public static func indicator(_ status: Status, _ counts: IndicatorResult.Counts, in language: Language = .english) -> String {
        let words = Words.of(language)
        var parts: [String] = []
        if counts.passages > 0 {
            var line = words.passagesInDocuments(counts.passages, counts.documents)
            if counts.strongPassages > 0 { line += words.strong(counts.strongPassages) }
            parts.append(line)
        } else if counts.negated > 0 && counts.labelsOnly == 0 {
            parts.append(words.onlyNegated(counts.negated))
        } else if counts.labelsOnly > 0 && counts.negated == 0 {
            parts.append(words.onlyLabels(counts.labelsOnly))
        } else if counts.negated > 0 {
            parts.append(words.negatedAndLabels(counts.negated, counts.labelsOnly))
        } else {
            parts.append(words.noMention)
        }
        if counts.passages > 0 && counts.negated > 0 { parts.append(words.negatedIgnored(counts.negated)) }
        if status != .present && counts.unreadableFiles > 0 { parts.append(words.unreadable(counts.unreadableFiles)) }
        return parts.joined(separator: "; ")
    }

    public static func criterion(present: Int, weak: Int, of total: Int, rule: LexiconFile.Criterion.Rule, in language: Language = .english) -> String {
        switch language {
        case .english:
            "\(present) of \(total) indicators present, \(weak) weak (\(rule == .any ? "any one needed" : "all needed"))"
        case .latvian:
            "\(present) no \(total) rādītājiem ir, \(weak) daļēji (\(rule == .any ? "pietiek ar vienu" : "vajag visus"))"
        }
    }

    /// The phrases, per language.
    private struct Words {
        var passagesInDocuments: (Int, Int) -> String
        var strong: (Int) -> String
        var onlyNegated: (Int) -> String
        var onlyLabels: (Int) -> String
        var negatedAndLabels: (Int, Int) -> String
        var noMention: String
        var negatedIgnored: (Int) -> String
        var unreadable: (Int) -> String

        static func of(_ language: Language) -> Words {
            switch language {
            case .english:
                return Words(
                    passagesInDocuments: { "\($0) \($0 == 1 ? "passage" : "passages") in \($1) \($1 == 1 ? "document" : "documents")" },
                    strong: { " (\($0) strong)" },
                    onlyNegated: { "only negated mentions (\($0))" },
                    onlyLabels: { "only in headings, questions or empty template labels (\($0))" },
                    negatedAndLabels: { "only negated mentions (\($0)) and headings, questions or labels (\($1))" },
                    noMention: "no mention",
                    negatedIgnored: { "\($0) negated ignored" },
                    unreadable: { "\($0) \($0 == 1 ? "file" : "files") could not be read" }
                )
            case .latvian:
                // Latvian number agreement: 1, 21, 31 … take the singular (11 does not).
                let one: (Int) -> Bool = { $0 % 10 == 1 && $0 % 100 != 11 }
                return Words(
                    passagesInDocuments: { "\($0) \(one($0) ? "fragments" : "fragmenti") \($1) \(one($1) ? "dokumentā" : "dokumentos")" },
                    strong: { " (\($0) \(one($0) ? "spēcīgs" : "spēcīgi"))" },
                    onlyNegated: { "tikai noliegti pieminējumi (\($0))" },
                    onlyLabels: { "tikai virsrakstos, jautājumos vai tukšās veidlapas ailēs (\($0))" },
                    negatedAndLabels: { "tikai noliegti pieminējumi (\($0)) un virsraksti vai ailes (\($1))" },
                    noMention: "nav pieminēts",
                    negatedIgnored: { "\($0) noliegti nav ieskaitīti" },
                    unreadable: { "\($0) \(one($0) ? "failu" : "failus") nevarēja nolasīt" }
                )
            }
        }
    }
}
