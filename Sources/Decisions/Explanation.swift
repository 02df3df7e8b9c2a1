public import Lexicon

/// The one-line explanations that go with every status, made from the decision's counts: in
/// English for the evidence map (``Phrases/english``); the reports give their own phrases.
public enum Explanation {
    /// The line for an indicator's status.
    /// - Parameters:
    ///   - apart: the indicators it ties together that are each shown while it is not
    ///     (``IndicatorResult/shownApart``): said instead of "no mention".
    ///   - words: the phrases the line is made of.
    public static func indicator(_ status: Status, _ counts: IndicatorResult.Counts, apart: [String] = [], words: Phrases = .english) -> String {
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
    public static func unverifiable(_ counts: IndicatorResult.Counts, files: [String], apart: [String] = [], words: Phrases = .english) -> String {
        var withoutUnreadable = counts
        withoutUnreadable.unreadableFiles = 0
        return indicator(.missing, withoutUnreadable, apart: apart, words: words) + "; "
            + words.cannotCheck(files.map { ($0.split(separator: "/").last).map(String.init) ?? $0 })
    }

    public static func criterion(present: Int, weak: Int, of total: Int, rule: LexiconFile.Criterion.Rule) -> String {
        "\(present) of \(total) indicators present, \(weak) weak (\(rule == .any ? "any one needed" : "all needed"))"
    }

    /// "C6.1 and C2", "C1, C2 and C3".
    public static func listed(_ ids: [String], and: String) -> String {
        guard let last = ids.last, ids.count > 1 else { return ids.first ?? "" }
        return ids.dropLast().joined(separator: ", ") + " \(and) " + last
    }

    /// The phrases an explanation is made of, each a function of its numbers.
    public struct Phrases: Sendable {
        public var passagesInDocuments: @Sendable (Int, Int) -> String
        public var strong: @Sendable (Int) -> String
        public var mentionedBut: @Sendable (String) -> String
        public var negated: @Sendable (Int) -> String
        public var planned: @Sendable (Int) -> String
        public var notApplicant: @Sendable (Int) -> String
        public var inPassing: @Sendable (Int) -> String
        public var form: @Sendable (Int) -> String
        public var noMention: String
        public var shownApart: @Sendable ([String]) -> String
        public var negatedIgnored: @Sendable (Int) -> String
        public var unreadable: @Sendable (Int) -> String
        public var cannotCheck: @Sendable ([String]) -> String

        public init(
            passagesInDocuments: @escaping @Sendable (Int, Int) -> String, strong: @escaping @Sendable (Int) -> String,
            mentionedBut: @escaping @Sendable (String) -> String, negated: @escaping @Sendable (Int) -> String,
            planned: @escaping @Sendable (Int) -> String, notApplicant: @escaping @Sendable (Int) -> String,
            inPassing: @escaping @Sendable (Int) -> String, form: @escaping @Sendable (Int) -> String, noMention: String,
            shownApart: @escaping @Sendable ([String]) -> String, negatedIgnored: @escaping @Sendable (Int) -> String,
            unreadable: @escaping @Sendable (Int) -> String, cannotCheck: @escaping @Sendable ([String]) -> String
        ) {
            self.passagesInDocuments = passagesInDocuments
            self.strong = strong
            self.mentionedBut = mentionedBut
            self.negated = negated
            self.planned = planned
            self.notApplicant = notApplicant
            self.inPassing = inPassing
            self.form = form
            self.noMention = noMention
            self.shownApart = shownApart
            self.negatedIgnored = negatedIgnored
            self.unreadable = unreadable
            self.cannotCheck = cannotCheck
        }

        /// The evidence map's English.
        public static let english = Phrases(
            passagesInDocuments: { "\($0) \($0 == 1 ? "passage" : "passages") in \($1) \($1 == 1 ? "document" : "documents")" },
            strong: { " (\($0) strong)" },
            mentionedBut: { "mentioned, but none counts: \($0)" },
            negated: { "negated (\($0))" },
            planned: { "only planned or wished (\($0))" },
            notApplicant: { "about others or in general (\($0))" },
            inPassing: { "named only in passing (\($0))" },
            form: { "headings, questions or form text (\($0))" },
            noMention: "no mention",
            shownApart: { "\(Explanation.listed($0, and: "and")) shown, but not tied together in one passage" },
            negatedIgnored: { "\($0) negated ignored" },
            unreadable: { "\($0) \($0 == 1 ? "file" : "files") could not be read" },
            cannotCheck: { "cannot be checked: \($0.joined(separator: ", ")) \($0.count == 1 ? "was" : "were") not read" }
        )
    }
}
