/// An indicator's use of a passage: which passage, which of its matches, and what was decided
/// about it.
///
/// An indicator's passages are decided, counted and tallied as citations, and only those its
/// result lists become ``Evidence`` — about a fifth of them in a round of real size, where copying
/// every passage for every indicator that mentions it was most of what deciding cost.
struct Citation {
    /// What is cited.
    enum Source {
        /// A found passage, by its index among the submission's found passages (see ``PassageFinder``).
        case found(Int)
        /// A section's answer (see ``SubmissionJudge``), made whole: it is no found passage.
        case answer(Evidence)
    }

    var source: Source
    /// The matches cited, when not all of the passage's.
    var matches: [MatchedTerm]?
    var negated: Bool
    var counted: Bool
    var notCountedBecause: String?
    var isStrong: Bool

    /// A found passage, cited with `matches` (all of its own when `nil`).
    init(found: Int, matches: [MatchedTerm]?, negated: Bool, counted: Bool, notCountedBecause: String?, isStrong: Bool) {
        source = .found(found)
        self.matches = matches
        self.negated = negated
        self.counted = counted
        self.notCountedBecause = notCountedBecause
        self.isStrong = isStrong
    }

    /// A section's answer, cited as it is.
    init(answer: Evidence) {
        source = .answer(answer)
        negated = answer.negated
        counted = answer.counted
        notCountedBecause = answer.notCountedBecause
        isStrong = answer.strength == "strong"
    }

    /// The index of the found passage cited; `nil` for an answer.
    var foundIndex: Int? {
        if case .found(let index) = source { index } else { nil }
    }

    /// The passage as found: its place, text and all its matches.
    func passage(in found: [PassageFinder.Found]) -> Evidence {
        switch source {
        case .found(let index): found[index].evidence
        case .answer(let answer): answer
        }
    }

    // Read where they are, without a copy of the whole passage: these are asked of every
    // citation as an indicator is decided.

    /// The matches cited.
    func citedMatches(in found: [PassageFinder.Found]) -> [MatchedTerm] {
        if let matches { return matches }
        switch source {
        case .found(let index): return found[index].evidence.matches
        case .answer(let answer): return answer.matches
        }
    }

    /// The sentence cited.
    func text(in found: [PassageFinder.Found]) -> String {
        switch source {
        case .found(let index): found[index].evidence.text
        case .answer(let answer): answer.text
        }
    }

    /// The file the sentence is in.
    func file(in found: [PassageFinder.Found]) -> String {
        switch source {
        case .found(let index): found[index].evidence.file
        case .answer(let answer): answer.file
        }
    }

    /// The citation made into the evidence a result lists.
    func evidence(in found: [PassageFinder.Found]) -> Evidence {
        var evidence = passage(in: found)
        if let matches { evidence.matches = matches }
        evidence.negated = negated
        evidence.counted = counted
        evidence.notCountedBecause = notCountedBecause
        evidence.strength = isStrong ? "strong" : "supporting"
        return evidence
    }
}
