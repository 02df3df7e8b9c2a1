/// Splits text into sentences, knowing the Latvian abbreviations that end in a full stop
/// without ending a sentence (`t.sk.`, `u.c.`, `piem.`, `Nr.`, `nov.`, `2023. gadā`, …).
public enum SentenceSplitter {
    /// A sentence as a UTF-16 offset range into the text (the unit of every position in the
    /// evidence map), and as a UTF-8 byte range to copy it out by.
    public struct Sentence: Sendable, Hashable {
        public var start: Int
        public var end: Int
        public var byteStart = 0
        public var byteEnd = 0

        public init(start: Int, end: Int) {
            self.start = start
            self.end = end
        }

        /// The sentence's text, copied out of `text` (the text it was split from).
        public func text(in text: String) -> String {
            let bytes = text.utf8
            return String(Substring(bytes[bytes.index(bytes.startIndex, offsetBy: byteStart)..<bytes.index(bytes.startIndex, offsetBy: byteEnd)]))
        }
    }

    /// Abbreviations (lower case, without their final full stop) after which a full stop does
    /// not end a sentence.
    public static let abbreviations: Set<String> = [
        "t.sk", "u.c", "piem", "utt", "u.tml", "utml", "t.i", "t.s", "g", "gs", "gg", "nr", "nov", "pag", "apm", "plkst",
        "tālr", "tel", "sk", "skat", "ek", "iel", "str", "lpp", "prof", "doc", "dr", "mg", "mgr", "ing", "sv", "pr", "v",
        "pers", "k", "kop", "min", "milj", "tūkst", "eur", "gab", "att", "tab", "red", "sept", "okt", "nov", "dec", "janv",
        "febr", "aug", "u.t.t", "vsk", "pamatsk", "vidussk", "b-ba", "biedr", "pieņ", "sk.pr", "a/s", "sia",
    ]

    private static let longestAbbreviation = abbreviations.map(\.utf16.count).max() ?? 0

    public static func sentences(in text: String) -> [Sentence] {
        var sentences: [Sentence] = []
        let units = utf16Units(of: text)
        var start = 0
        var index = 0
        func close(at end: Int) {
            var trimmedStart = start
            var trimmedEnd = end
            while trimmedStart < trimmedEnd, isSpace(units[trimmedStart]) { trimmedStart += 1 }
            while trimmedEnd > trimmedStart, isSpace(units[trimmedEnd - 1]) { trimmedEnd -= 1 }
            if trimmedEnd > trimmedStart { sentences.append(Sentence(start: trimmedStart, end: trimmedEnd)) }
            start = end
        }
        while index < units.count {
            let unit = units[index]
            if unit == 0x0A {  // a line break inside a block separates list lines and the like
                close(at: index)
                start = index + 1
            } else if unit == 0x2E || unit == 0x21 || unit == 0x3F || unit == 0x2026 {  // . ! ? …
                var end = index + 1
                while end < units.count, units[end] == 0x2E || units[end] == 0x21 || units[end] == 0x3F || isClosingQuote(units[end]) {
                    end += 1
                }
                if endsSentence(units, punctuation: index, after: end) {
                    close(at: end)
                }
                index = end
                continue
            }
            index += 1
        }
        close(at: units.count)
        setByteBounds(&sentences, units: units)
        return sentences
    }

    /// The text as UTF-16 code units, transcoded straight from its UTF-8 (which a `String`
    /// guarantees is valid) rather than through `String.UTF16View`, which builds breadcrumbs and
    /// decodes a scalar per unit.
    static func utf16Units(of text: String) -> [UInt16] {
        var text = text
        return text.withUTF8 { bytes in
            [UInt16](unsafeUninitializedCapacity: bytes.count) { units, count in
                var index = 0
                var unit = 0
                while index < bytes.count {
                    let lead = UInt32(bytes[index])
                    if lead < 0x80 {
                        units[unit] = UInt16(lead)
                        index += 1
                        unit += 1
                        continue
                    }
                    let scalar: UInt32
                    if lead < 0xE0 {
                        scalar = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                        index += 2
                    } else if lead < 0xF0 {
                        scalar = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                        index += 3
                    } else {
                        let full = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                            | UInt32(bytes[index + 3] & 0x3F)
                        index += 4
                        let offset = full - 0x10000
                        units[unit] = UInt16(0xD800 + (offset >> 10))
                        units[unit + 1] = UInt16(0xDC00 + (offset & 0x3FF))
                        unit += 2
                        continue
                    }
                    units[unit] = UInt16(scalar)
                    unit += 1
                }
                count = unit
            }
        }
    }

    /// Fills in each sentence's UTF-8 bounds in one sweep over the units (sentences come in order).
    private static func setByteBounds(_ sentences: inout [Sentence], units: [UInt16]) {
        var unit = 0
        var byte = 0
        func advance(to target: Int) {
            while unit < target {
                let value = units[unit]
                if value < 0x80 {
                    byte += 1
                } else if value < 0x800 {
                    byte += 2
                } else if value >= 0xD800, value < 0xE000 {
                    byte += 2  // half of a four-byte scalar
                } else {
                    byte += 3
                }
                unit += 1
            }
        }
        for index in sentences.indices {
            advance(to: sentences[index].start)
            sentences[index].byteStart = byte
            advance(to: sentences[index].end)
            sentences[index].byteEnd = byte
        }
    }

    private static func endsSentence(_ units: [UInt16], punctuation: Int, after end: Int) -> Bool {
        // The next non-space character must start a new sentence: an upper-case letter, a digit
        // or an opening quote; a lower-case continuation ("2023. gadā") is the same sentence.
        var next = end
        guard next < units.count, isSpace(units[next]) else { return next >= units.count }
        while next < units.count, isSpace(units[next]) { next += 1 }
        guard next < units.count else { return true }
        let following = Character(Unicode.Scalar(units[next]) ?? " ")
        guard following.isUppercase || following.isNumber || "\"„“«(–-".contains(following) else { return false }
        guard units[punctuation] == 0x2E else { return true }
        // The word before the full stop: an abbreviation or a single initial keeps the sentence open.
        var wordStart = punctuation
        while wordStart > 0, !isSpace(units[wordStart - 1]), units[wordStart - 1] != 0x28 { wordStart -= 1 }
        // Longer than any abbreviation, and no initial: most sentence ends stop here.
        if punctuation - wordStart > longestAbbreviation { return true }
        let word = String(decoding: units[wordStart..<punctuation], as: UTF16.self).lowercased()
        if word.isEmpty { return true }
        if abbreviations.contains(word) { return false }
        if word.count == 1, let letter = word.first, letter.isLetter { return false }
        return true
    }

    private static func isSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0xA0
    }

    private static func isClosingQuote(_ unit: UInt16) -> Bool {
        unit == 0x22 || unit == 0x201D || unit == 0x201C || unit == 0xBB || unit == 0x29
    }
}
