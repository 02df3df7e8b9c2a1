/// A text reduced to a multiset of normalised words, the unit the peer comparisons count in.
///
/// Peers render text their own way (pandoc wraps tables in rules, inscriptis pads cells), so
/// neither bytes nor line order are comparable; which words appear, and how often, is.
struct WordBag: Equatable {
    private(set) var counts: [String: Int] = [:]

    init(_ text: String) {
        for token in text.split(whereSeparator: { $0.isWhitespace }) {
            let word = Self.normalise(token)
            if !word.isEmpty { counts[word, default: 0] += 1 }
        }
    }

    var total: Int { counts.values.reduce(0, +) }

    /// How many words the two bags share, counting repeats.
    func overlap(with other: WordBag) -> Int {
        counts.reduce(0) { sum, entry in sum + min(entry.value, other.counts[entry.key] ?? 0) }
    }

    /// The words of `self` beyond those in `other`, most frequent first: what a diff would show.
    func surplus(over other: WordBag, limit: Int = 12) -> [String] {
        counts.compactMap { word, count -> (String, Int)? in
            let extra = count - (other.counts[word] ?? 0)
            return extra > 0 ? (word, extra) : nil
        }
        .sorted { ($0.1, $1.0) > ($1.1, $0.0) }
        .prefix(limit)
        .map { $0.1 > 1 ? "\($0.0)×\($0.1)" : $0.0 }
    }

    /// Case-folded, curly quotes made straight, super- and subscript digits made plain, invisible
    /// characters removed, and anything that is neither letter nor digit trimmed from both ends
    /// (so `“Word,”` and `word` are one word, and a lone `-` or `|` is none).
    static func normalise(_ token: Substring) -> String {
        var word = ""
        word.reserveCapacity(token.utf8.count)
        for character in token {
            switch character {
            case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}": word.append("'")
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}": word.append("\"")
            case "\u{00AD}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}": continue
            default:
                if let digit = scriptDigits[character] { word.append(digit) } else { word.append(character) }
            }
        }
        guard let first = word.firstIndex(where: isWordCharacter), let last = word.lastIndex(where: isWordCharacter) else {
            return ""
        }
        return word[first...last].lowercased()
    }

    /// Superscript and subscript digits read as digits: pandoc's plain writer renders a
    /// superscript run "2" as "²", where the document holds a raised "2".
    private static let scriptDigits: [Character: Character] = {
        var map: [Character: Character] = [:]
        for (index, digit) in "0123456789".enumerated() {
            map[Array("⁰¹²³⁴⁵⁶⁷⁸⁹")[index]] = digit
            map[Array("₀₁₂₃₄₅₆₇₈₉")[index]] = digit
        }
        return map
    }()

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }
}

/// Word counts of one comparison, or of several summed.
struct WordScore {
    var expected = 0
    var ours = 0
    var matched = 0

    init() {}

    init(expected: WordBag, ours: WordBag) {
        self.expected = expected.total
        self.ours = ours.total
        self.matched = expected.overlap(with: ours)
    }

    /// Share of the expected words we produced; 1 when nothing was expected.
    var recall: Double { expected == 0 ? 1 : Double(matched) / Double(expected) }
    /// Share of our words that were expected; 1 when we produced nothing.
    var precision: Double { ours == 0 ? 1 : Double(matched) / Double(ours) }

    static func + (lhs: WordScore, rhs: WordScore) -> WordScore {
        var sum = WordScore()
        sum.expected = lhs.expected + rhs.expected
        sum.ours = lhs.ours + rhs.ours
        sum.matched = lhs.matched + rhs.matched
        return sum
    }
}
