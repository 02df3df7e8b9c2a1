public import Lexicon

/// The one-line English explanations the evidence map keeps with every status, made from the
/// decision's counts. The reports word the same counts in their own language (`Reports`).
public enum Explanation {
    /// The line for an indicator's status.
    /// - Parameter apart: the indicators it ties together that are each shown while it is
    ///   not (``IndicatorResult/shownApart``): said instead of "no mention".
    public static func indicator(_ status: Status, _ counts: IndicatorResult.Counts, apart: [String] = []) -> String {
        let words = Words.english
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
    public static func unverifiable(_ counts: IndicatorResult.Counts, files: [String], apart: [String] = []) -> String {
        var withoutUnreadable = counts
        withoutUnreadable.unreadableFiles = 0
        let words = Words.english
        return indicator(.missing, withoutUnreadable, apart: apart) + "; " + words.cannotCheck(files.map { ($0.split(separator: "/").last).map(String.init) ?? $0 })
    }

    public static func criterion(present: Int, weak: Int, of total: Int, rule: LexiconFile.Criterion.Rule) -> String {
        "\(present) of \(total) indicators present, \(weak) weak (\(rule == .any ? "any one needed" : "all needed"))"
    }

    /// "C6.1 and C2", "C1, C2 and C3".
    private static func listed(_ ids: [String], and: String) -> String {
        guard let last = ids.last, ids.count > 1 else { return ids.first ?? "" }
        return ids.dropLast().joined(separator: ", ") + " \(and) " + last
    }

    /// The phrases of the map's lines.
    private struct Words: Sendable {
        var passagesInDocuments: @Sendable (Int, Int) -> String
        var strong: @Sendable (Int) -> String
        var mentionedBut: @Sendable (String) -> String
        var negated: @Sendable (Int) -> String
        var planned: @Sendable (Int) -> String
        var notApplicant: @Sendable (Int) -> String
        var inPassing: @Sendable (Int) -> String
        var form: @Sendable (Int) -> String
        var noMention: String
        var shownApart: @Sendable ([String]) -> String
        var negatedIgnored: @Sendable (Int) -> String
        var unreadable: @Sendable (Int) -> String
        var cannotCheck: @Sendable ([String]) -> String

        static let english = Words(
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
    }
}
