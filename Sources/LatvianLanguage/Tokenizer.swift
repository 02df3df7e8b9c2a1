/// A word of a text, with where it stands.
public struct Token: Sendable, Hashable {
    /// The word as written (a hyphenated line break already rejoined).
    public var text: String
    /// Offsets in UTF-16 code units from the start of the tokenised text — what a browser and
    /// most JSON consumers count in.
    public var start: Int
    public var end: Int
}

/// Splits text into words: runs of letters and digits, joined across an inner hyphen
/// (`e-pakalpojumi`) or apostrophe, and across a hyphenated line break (`sadar-⏎bība`).
///
/// Works on Unicode scalars with an ASCII fast path: tokenising is on the hot path of every scan.
public enum Tokenizer {
    public static func tokens(in text: String) -> [Token] {
        var tokens: [Token] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var offset = 0
        var current = String.UnicodeScalarView()
        var tokenStart = 0
        var inWord = false

        func finish(endOffset: Int) {
            if inWord { tokens.append(Token(text: String(current), start: tokenStart, end: endOffset)) }
            current = String.UnicodeScalarView()
            inWord = false
        }

        while index < scalars.endIndex {
            let scalar = scalars[index]
            let width = scalar.utf16.count
            if isWordScalar(scalar) {
                if !inWord {
                    inWord = true
                    tokenStart = offset
                }
                if scalar != "\u{00AD}" { current.append(scalar) }
                offset += width
                scalars.formIndex(after: &index)
                continue
            }
            if inWord, scalar == "-" || scalar == "'" || scalar == "’" {
                let next = scalars.index(after: index)
                if scalar == "-", next < scalars.endIndex, scalars[next] == "\n" {
                    // "sadar-⏎bība": a word broken at a line end continues in lower case.
                    let after = scalars.index(after: next)
                    if after < scalars.endIndex, scalars[after].properties.isLowercase {
                        offset += 2
                        index = after
                        continue
                    }
                }
                if next < scalars.endIndex, isWordScalar(scalars[next]) {
                    current.append(scalar)
                    offset += width
                    index = next
                    continue
                }
            }
            finish(endOffset: offset)
            offset += width
            scalars.formIndex(after: &index)
        }
        finish(endOffset: offset)
        return tokens
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) || (0x30...0x39).contains(value)
        }
        return scalar == "\u{00AD}" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            || (0x0300...0x036F).contains(scalar.value)
    }
}
