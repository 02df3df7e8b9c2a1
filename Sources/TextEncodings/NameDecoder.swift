/// Text decoded from bytes whose encoding was not declared, with how sure the guess is.
public struct DecodedName: Sendable, Hashable {
    public var text: String
    /// `nil` when the bytes were UTF-8 (or plain ASCII); otherwise the code page chosen.
    public var codePage: CodePage?
    /// `false` when two code pages were about equally plausible or none looked like a name.
    public var isConfident: Bool

    public init(text: String, codePage: CodePage?, isConfident: Bool) {
        self.text = text
        self.codePage = codePage
        self.isConfident = isConfident
    }
}

/// Guesses the code page of a file name stored without an encoding flag.
///
/// Zip archives made by Windows' built-in compressor on a Latvian system store names in the OEM
/// or ANSI code page (CP775 or windows-1257) with no marker. Each candidate decoding is scored by
/// how much it looks like a name — Latvian letters score highest, other letters of one script
/// next, symbols and box-drawing characters count against — and the best wins when it leads the
/// runner-up clearly.
public struct NameDecoder: Sendable {
    /// Candidates in order of preference when scores tie.
    public var candidates: [CodePage]

    public init(candidates: [CodePage] = [.windows1257, .cp775, .cp437, .cp866, .windows1251, .windows1252]) {
        self.candidates = candidates
    }

    public func decode(_ bytes: [UInt8]) -> DecodedName {
        if bytes.isValidUTF8 {
            return DecodedName(text: String(decoding: bytes, as: UTF8.self), codePage: nil, isConfident: true)
        }
        var scored: [(page: CodePage, text: String, score: Int)] = []
        for page in candidates where page.defines(allOf: bytes) {
            let text = page.decode(bytes)
            scored.append((page, text, Self.plausibility(of: text)))
        }
        // Stable sort keeps the preference order among equal scores.
        let ranked = scored.enumerated().sorted { lhs, rhs in
            lhs.element.score != rhs.element.score ? lhs.element.score > rhs.element.score : lhs.offset < rhs.offset
        }.map(\.element)
        guard let best = ranked.first else {
            return DecodedName(text: String(decoding: bytes, as: UTF8.self), codePage: nil, isConfident: false)
        }
        let runnerUp = ranked.dropFirst().first(where: { $0.text != best.text })?.score ?? Int.min
        let nonASCII = bytes.filter { $0 >= 0x80 }.count
        let confident = best.score > 0 && best.score - runnerUp >= max(2, nonASCII)
        return DecodedName(text: best.text, codePage: best.page, isConfident: confident)
    }

    /// The one code page for all of an archive's `names` that are not UTF-8, so that a folder
    /// named in many entries is spelt the same in all of them: the candidate under which the
    /// names together look most like names. Confident when it leads the runner-up clearly, as
    /// ``decode(_:)`` judges a single name. `nil` when no candidate defines every byte of them.
    public func page(for names: [[UInt8]]) -> (page: CodePage, isConfident: Bool)? {
        let legacy = names.filter { !$0.isValidUTF8 }
        guard !legacy.isEmpty else { return nil }
        var scored: [(page: CodePage, score: Int, texts: [String])] = []
        for page in candidates where legacy.allSatisfy({ page.defines(allOf: $0) }) {
            let texts = legacy.map { page.decode($0) }
            scored.append((page, texts.reduce(0) { $0 + Self.plausibility(of: $1) }, texts))
        }
        let ranked = scored.enumerated().sorted { lhs, rhs in
            lhs.element.score != rhs.element.score ? lhs.element.score > rhs.element.score : lhs.offset < rhs.offset
        }.map(\.element)
        guard let best = ranked.first else { return nil }
        let runnerUp = ranked.dropFirst().first(where: { $0.texts != best.texts })?.score ?? Int.min
        let nonASCII = legacy.reduce(0) { $0 + $1.filter { $0 >= 0x80 }.count }
        return (best.page, best.score > 0 && best.score - runnerUp >= max(2, nonASCII))
    }

    /// `bytes` in `page` when they are not UTF-8 and the page defines them all; otherwise as
    /// ``decode(_:)`` guesses on its own.
    public func decode(_ bytes: [UInt8], in page: CodePage, isConfident: Bool) -> DecodedName {
        guard !bytes.isValidUTF8, page.defines(allOf: bytes) else { return decode(bytes) }
        return DecodedName(text: page.decode(bytes), codePage: page, isConfident: isConfident)
    }

    /// Higher is more name-like. Each non-ASCII character contributes: Latvian letters +3, other
    /// Latin or Cyrillic letters +1 when the name keeps to one script, symbols and controls −4.
    static func plausibility(of text: String) -> Int {
        var score = 0
        var scripts: Set<Script> = []
        var previousWasLowercaseLetter = false
        for character in text {
            defer { previousWasLowercaseLetter = character.isLetter && character.isLowercase }
            guard let scalar = character.unicodeScalars.first, scalar.value >= 0x80 else { continue }
            guard character.isLetter else {
                score -= 4
                continue
            }
            if latvianLetters.contains(scalar) {
                score += 3
                scripts.insert(.latin)
            } else {
                scripts.insert((0x0400...0x04FF).contains(scalar.value) ? .cyrillic : .latin)
                score += 1
            }
            // "ciEms"-style case flips inside a word are a sign of the wrong table.
            if character.isUppercase && previousWasLowercaseLetter { score -= 3 }
        }
        if scripts.count > 1 { score -= 4 }
        return score
    }

    private enum Script { case latin, cyrillic }

    private static let latvianLetters: Set<Unicode.Scalar> = Set("āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ".unicodeScalars)
}
