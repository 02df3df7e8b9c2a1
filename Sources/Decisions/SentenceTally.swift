import UTF8Text

/// Which sentences the indicator being decided has counted already.
///
/// The submission's found passages are numbered by their sentence once, so that counting a
/// passage once per sentence costs each indicator an array look-up per citation, not a hash of
/// its sentence.
struct SentenceTally {
    /// Per found passage, its sentence's number: passages with the same text share one.
    private let numbers: [Int]
    /// Per sentence number, the tally that last counted it.
    private var countedIn: [Int]
    private var tally = 0
    /// Section answers are no found passages: their sentences, counted in this tally.
    private var answers: [String] = []

    init(_ found: [PassageFinder.Found]) {
        var numberOf: [ExactText: Int] = [:]
        numberOf.reserveCapacity(found.count)
        numbers = found.map { passage in
            let sentence = ExactText(passage.evidence.text)
            if let number = numberOf[sentence] { return number }
            numberOf[sentence] = numberOf.count
            return numberOf.count - 1
        }
        countedIn = Array(repeating: 0, count: numberOf.count)
    }

    /// Starts counting for another indicator.
    mutating func begin() {
        tally += 1
        answers.removeAll(keepingCapacity: true)
    }

    /// Whether `citation`'s sentence is counted for the first time since ``begin()``.
    mutating func countsFirst(_ citation: Citation, in found: [PassageFinder.Found]) -> Bool {
        guard let index = citation.foundIndex else {
            let text = citation.text(in: found)
            guard !answers.contains(where: { $0.hasSameUTF8(as: text) }) else { return false }
            answers.append(text)
            return true
        }
        let number = numbers[index]
        guard countedIn[number] != tally else { return false }
        countedIn[number] = tally
        return true
    }
}
