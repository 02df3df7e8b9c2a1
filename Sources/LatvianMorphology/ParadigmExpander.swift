import Foundation

/// Generates every form of the headwords a lexicon names, from the Hunspell dictionary.
///
/// Hunspell has no API to list a word's forms, so the affix expansion is done by Debian's
/// `unmunch` (hunspell-tools) on a small dictionary holding just the requested headwords,
/// fed back into itself for the continuation classes it prints (three levels reach every
/// form). `unmunch` also emits junk (circumfix markers, bare flags, forms of other words), so
/// every candidate is kept only if Hunspell itself spells it and stems it to the headword.
/// Forms are tagged negated (`fl:-`), diminutive (`is:?d?`) or comparative from the analyses.
public struct ParadigmExpander: ~Copyable {
    private let hunspell: Hunspell
    private let files: (affix: String, dictionary: String)
    private let unmunch: String

    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    public init(
        affix: String = Hunspell.debianLatvian.affix,
        dictionary: String = Hunspell.debianLatvian.dictionary,
        unmunch: String = "/usr/bin/unmunch"
    ) throws(Failure) {
        guard FileManager.default.isExecutableFile(atPath: unmunch) else {
            throw Failure(description: "\(unmunch) not found (install the Debian package hunspell-tools)")
        }
        let opened: Hunspell
        do {
            opened = try Hunspell(affix: affix, dictionary: dictionary)
        } catch {
            throw Failure(description: error.description)
        }
        hunspell = opened
        self.files = (affix, dictionary)
        self.unmunch = unmunch
    }

    /// The headwords a written word is a form of, as Hunspell stems it.
    public func headwords(of word: String) -> [String] {
        hunspell.stems(word)
    }

    /// Whether `folded`, a form with its diacritics dropped, is a word of the language in its own
    /// right other than a form of `lemma` — then matching the folded spelling would mistake it.
    public func isOtherWord(_ folded: String, than lemma: String) -> Bool {
        hunspell.spell(folded) && !hunspell.stems(folded).contains(lemma)
    }

    /// The paradigms of `lemmas`, keyed by lemma. Words the dictionary lacks get a suffix-table
    /// paradigm, marked so that a person reviews it.
    public func paradigms(of lemmas: Set<String>) throws(Failure) -> [String: Paradigm] {
        let entries = try dictionaryLines(for: lemmas)
        var candidates: [String: Set<String>] = [:]  // lemma → raw candidate forms
        // Level by level: each level's "form/FLAGS" lines are the next level's dictionary.
        var level = entries
        for _ in 0..<3 where !level.isEmpty {
            var next: [(lemma: String, line: String)] = []
            for (lemma, lines) in Dictionary(grouping: level, by: \.lemma) {
                let output = try run(lines.map(\.line))
                for line in output {
                    let cleaned = line.replacingOccurrences(of: "|", with: "")
                    guard let slash = cleaned.firstIndex(of: "/") else {
                        candidates[lemma, default: []].insert(cleaned)
                        continue
                    }
                    let root = String(cleaned[..<slash])
                    candidates[lemma, default: []].insert(root)
                    if !cleaned[cleaned.index(after: slash)...].isEmpty { next.append((lemma, String(cleaned))) }
                }
            }
            level = next
        }

        var paradigms: [String: Paradigm] = [:]
        for lemma in lemmas.sorted() {
            guard let raw = candidates[lemma] else {
                paradigms[lemma] = SuffixTable.paradigm(of: lemma)
                continue
            }
            paradigms[lemma] = validated(lemma: lemma, candidates: raw.union([lemma]))
        }
        return paradigms
    }

    private func validated(lemma: String, candidates: Set<String>) -> Paradigm {
        var forms: [WordForm] = []
        var homographs: [String: [String]] = [:]
        for candidate in candidates.sorted() where !candidate.isEmpty && !candidate.contains("0") {
            guard hunspell.spell(candidate) else { continue }
            let stems = hunspell.stems(candidate)
            guard stems.contains(lemma) else { continue }
            let readings = hunspell.analyses(candidate).filter { $0.contains("st:\(lemma) ") || $0.hasSuffix("st:\(lemma)") }
            let negated = !readings.isEmpty && readings.allSatisfy { $0.contains("fl:-") }
            let diminutive = !readings.isEmpty && readings.allSatisfy { Self.isDiminutive($0) }
            let comparative = Self.isComparative(candidate, of: lemma)
            forms.append(WordForm(form: candidate, isNegated: negated, isDiminutive: diminutive, isComparative: comparative))
            let others = stems.filter { $0 != lemma }
            if !others.isEmpty { homographs[candidate] = others.sorted() }
        }
        return Paradigm(lemma: lemma, source: .dictionary, forms: forms, homographs: homographs)
    }

    /// Noun and adjective `is:` tags put the diminutive mark second: `is:ddn` is a diminutive
    /// reading, `is:dpn` not. (Verb tags use the same field for other things.)
    private static func isDiminutive(_ analysis: String) -> Bool {
        guard analysis.contains("po:lietv") || analysis.contains("po:īpv"), let range = analysis.range(of: "is:") else { return false }
        let tag = analysis[range.upperBound...].prefix(3)
        return tag.count == 3 && tag[tag.index(after: tag.startIndex)] == "d"
    }

    private static func isComparative(_ form: String, of lemma: String) -> Bool {
        (form.contains("āk") && !lemma.contains("āk")) || (form.hasPrefix("vis") && !lemma.hasPrefix("vis"))
    }

    /// The dictionary lines (flags kept, morphological fields dropped) whose headword is one of
    /// `lemmas`.
    private func dictionaryLines(for lemmas: Set<String>) throws(Failure) -> [(lemma: String, line: String)] {
        guard let text = try? String(contentsOfFile: files.dictionary, encoding: .utf8) else {
            throw Failure(description: "cannot read \(files.dictionary)")
        }
        var found: [(lemma: String, line: String)] = []
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: true).dropFirst() {
            let entry = rawLine.split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? rawLine
            let word = entry.split(separator: "/", maxSplits: 1).first.map(String.init) ?? String(entry)
            if lemmas.contains(word) { found.append((word, String(entry))) }
        }
        return found
    }

    /// Runs `unmunch` over a dictionary of `lines` and returns what it prints, a form a line.
    private func run(_ lines: [String]) throws(Failure) -> [String] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lieciba-unmunch-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let dictionary = directory.appendingPathComponent("words.dic")
            try ("\(lines.count)\n" + lines.joined(separator: "\n") + "\n").write(to: dictionary, atomically: false, encoding: .utf8)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: unmunch)
            process.arguments = [dictionary.path, files.affix]
            let output = directory.appendingPathComponent("forms.txt")
            _ = FileManager.default.createFile(atPath: output.path, contents: nil)
            process.standardOutput = try FileHandle(forWritingTo: output)
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            let text = try String(contentsOf: output, encoding: .utf8)
            return text.split(separator: "\n").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        } catch {
            throw Failure(description: "unmunch failed: \(error)")
        }
    }
}
