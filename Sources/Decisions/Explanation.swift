public import Lexicon

/// The one-line explanations that go with every status, made from the decision's counts — in
/// English for the evidence map, in Latvian for the reports staff read.
public enum Explanation {
    /// The languages explanations are written in.
    public enum Language: Sendable {
        case english
        case latvian
    }

    /// The line for an indicator's status.
    /// - Parameter apart: the indicators it ties together that are each shown while it is
    ///   not (``IndicatorResult/shownApart``): said instead of "no mention".
    public static func indicator(_ status: Status, _ counts: IndicatorResult.Counts, apart: [String] = [], in language: Language = .english) -> String {
        let words = Words.of(language)
        var parts: [String] = []
        if counts.passages > 0 {
            var line = words.passagesInDocuments(counts.passages, counts.documents)
            if counts.strongPassages > 0 { line += words.strong(counts.strongPassages) }
            parts.append(line)
        } else {
            // Mentioned, but none counts: say why, by kind, rather than "no mention".
            var why: [String] = []
            if counts.negated > 0 { why.append(words.negated(counts.negated)) }
            if counts.planned > 0 { why.append(words.planned(counts.planned)) }
            if counts.notApplicant > 0 { why.append(words.notApplicant(counts.notApplicant)) }
            if counts.inPassing > 0 { why.append(words.inPassing(counts.inPassing)) }
            if counts.labelsOnly > 0 { why.append(words.form(counts.labelsOnly)) }
            if why.isEmpty && apart.isEmpty { parts.append(words.noMention) }
            if !why.isEmpty { parts.append(words.mentionedBut(why.joined(separator: ", "))) }
            if !apart.isEmpty { parts.append(words.shownApart(apart)) }
        }
        if counts.passages > 0 && counts.negated > 0 { parts.append(words.negatedIgnored(counts.negated)) }
        if status != .present && counts.unreadableFiles > 0 { parts.append(words.unreadable(counts.unreadableFiles)) }
        return parts.joined(separator: "; ")
    }

    /// The explanation of an indicator that cannot be checked: what the files read show, and
    /// which files were not read.
    public static func unverifiable(_ counts: IndicatorResult.Counts, files: [String], apart: [String] = [], in language: Language = .english) -> String {
        var withoutUnreadable = counts
        withoutUnreadable.unreadableFiles = 0
        let words = Words.of(language)
        return indicator(.missing, withoutUnreadable, apart: apart, in: language) + "; " + words.cannotCheck(files.map { ($0.split(separator: "/").last).map(String.init) ?? $0 })
    }

    public static func criterion(present: Int, weak: Int, of total: Int, rule: LexiconFile.Criterion.Rule, in language: Language = .english) -> String {
        switch language {
        case .english:
            "\(present) of \(total) indicators present, \(weak) weak (\(rule == .any ? "any one needed" : "all needed"))"
        case .latvian:
            "\(present) no \(total) rādītājiem ir, \(weak) daļēji (\(rule == .any ? "pietiek ar vienu" : "vajag visus"))"
        }
    }

    /// "C6.1 and C2", "C1, C2 and C3".
    private static func listed(_ ids: [String], and: String) -> String {
        guard let last = ids.last, ids.count > 1 else { return ids.first ?? "" }
        return ids.dropLast().joined(separator: ", ") + " \(and) " + last
    }

    /// The phrases, per language.
    private struct Words {
        var passagesInDocuments: (Int, Int) -> String
        var strong: (Int) -> String
        var mentionedBut: (String) -> String
        var negated: (Int) -> String
        var planned: (Int) -> String
        var notApplicant: (Int) -> String
        var inPassing: (Int) -> String
        var form: (Int) -> String
        var noMention: String
        var shownApart: ([String]) -> String
        var negatedIgnored: (Int) -> String
        var unreadable: (Int) -> String
        var cannotCheck: ([String]) -> String

        static func of(_ language: Language) -> Words {
            switch language {
            case .english:
                return Words(
                    passagesInDocuments: { "\($0) \($0 == 1 ? "passage" : "passages") in \($1) \($1 == 1 ? "document" : "documents")" },
                    strong: { " (\($0) strong)" },
                    mentionedBut: { "mentioned, but none counts: \($0)" },
                    negated: { "negated (\($0))" },
                    planned: { "only planned or wished (\($0))" },
                    notApplicant: { "about others or in general (\($0))" },
                    inPassing: { "named only in passing (\($0))" },
                    form: { "headings, questions or form text (\($0))" },
                    noMention: "no mention",
                    shownApart: { "\(listed($0, and: "and")) shown, but not tied together in one passage" },
                    negatedIgnored: { "\($0) negated ignored" },
                    unreadable: { "\($0) \($0 == 1 ? "file" : "files") could not be read" },
                    cannotCheck: { "cannot be checked: \($0.joined(separator: ", ")) \($0.count == 1 ? "was" : "were") not read" }
                )
            case .latvian:
                // Latvian number agreement: 1, 21, 31 … take the singular (11 does not).
                let one: (Int) -> Bool = { $0 % 10 == 1 && $0 % 100 != 11 }
                return Words(
                    passagesInDocuments: { "\($0) \(one($0) ? "fragments" : "fragmenti") \($1) \(one($1) ? "dokumentā" : "dokumentos")" },
                    strong: { " (\($0) \(one($0) ? "spēcīgs" : "spēcīgi"))" },
                    mentionedBut: { "pieminēts, bet neviens pieminējums nav ieskaitīts: \($0)" },
                    negated: { "\(one($0) ? "noliegts" : "noliegti") (\($0))" },
                    planned: { "tikai \(one($0) ? "plānots vai vēlams" : "plānoti vai vēlami") (\($0))" },
                    notApplicant: { "par citiem vai vispārīgi (\($0))" },
                    inPassing: { "tikai pieminēts garāmejot (\($0))" },
                    form: { "virsraksti, jautājumi vai veidlapas teksts (\($0))" },
                    noMention: "nav pieminēts",
                    shownApart: { "\(listed($0, and: "un")) ir parādīti, bet nevienā fragmentā nav sasaistīti" },
                    negatedIgnored: { "\($0) noliegti nav ieskaitīti" },
                    unreadable: { "\($0) \(one($0) ? "failu" : "failus") nevarēja nolasīt" },
                    cannotCheck: { "nevar pārbaudīt: \($0.map { "„\($0)”" }.joined(separator: ", ")) \($0.count == 1 ? "netika nolasīts" : "netika nolasīti")" }
                )
            }
        }
    }
}
