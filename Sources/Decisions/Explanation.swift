import Lexicon

/// The one-line explanations that go with every status, in English; reports translate them
/// from the counts.
enum Explanation {
    static func indicator(_ status: Status, _ counts: IndicatorResult.Counts) -> String {
        var parts: [String] = []
        if counts.passages > 0 {
            let passages = counts.passages == 1 ? "1 passage" : "\(counts.passages) passages"
            let documents = counts.documents == 1 ? "1 document" : "\(counts.documents) documents"
            var line = "\(passages) in \(documents)"
            if counts.strongPassages > 0 { line += " (\(counts.strongPassages) strong)" }
            parts.append(line)
        } else if counts.negated > 0 && counts.labelsOnly == 0 {
            parts.append("only negated mentions (\(counts.negated))")
        } else if counts.labelsOnly > 0 && counts.negated == 0 {
            parts.append("only in headings, questions or empty template labels (\(counts.labelsOnly))")
        } else if counts.negated > 0 {
            parts.append("only negated mentions (\(counts.negated)) and headings, questions or labels (\(counts.labelsOnly))")
        } else {
            parts.append("no mention")
        }
        if counts.passages > 0 && counts.negated > 0 { parts.append("\(counts.negated) negated ignored") }
        if status != .present && counts.unreadableFiles > 0 {
            parts.append(counts.unreadableFiles == 1 ? "1 file could not be read" : "\(counts.unreadableFiles) files could not be read")
        }
        return parts.joined(separator: "; ")
    }

    static func criterion(_ status: Status, present: Int, weak: Int, of total: Int, rule: LexiconFile.Criterion.Rule) -> String {
        let need = rule == .any ? "any one needed" : "all needed"
        return "\(present) of \(total) indicators present, \(weak) weak (\(need))"
    }
}

