import UTF8Text

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
        var text = text
        return text.withUTF8 { bytes in
            var sentences = Scan(bytes: bytes).sentences()
            setUTF16Bounds(&sentences, bytes: bytes)
            return sentences
        }
    }

    /// The split itself, over the text's UTF-8 bytes (a `String`'s are always valid): the
    /// punctuation, quotes and spaces it looks for are ASCII or fixed byte sequences.
    private struct Scan {
        let bytes: UnsafeBufferPointer<UInt8>

        func sentences() -> [Sentence] {
            var sentences: [Sentence] = []
            var start = 0
            func close(at end: Int) {
                var trimmedStart = start
                var trimmedEnd = end
                while trimmedStart < trimmedEnd, case let width = spaceWidth(at: trimmedStart), width > 0 { trimmedStart += width }
                while trimmedEnd > trimmedStart, case let width = spaceWidth(before: trimmedEnd), width > 0 { trimmedEnd -= width }
                if trimmedEnd > trimmedStart {
                    var sentence = Sentence(start: 0, end: 0)
                    sentence.byteStart = trimmedStart
                    sentence.byteEnd = trimmedEnd
                    sentences.append(sentence)
                }
                start = end
            }
            var index = 0
            while index < bytes.count {
                if index + 8 <= bytes.count, !mayHoldBoundary(at: index) {
                    index += 8
                    continue
                }
                let byte = bytes[index]
                if byte == 0x0A {
                    // A line break inside a block separates list lines and the like — unless it
                    // breaks a hyphenated word ("sadar-⏎bība"), which the word scanner joins.
                    if !(index >= 2 && bytes[index - 1] == 0x2D && bytes[index - 2] != 0x20 && index + 1 < bytes.count
                        && WordScanner.startsLowercaseLetter(bytes, at: index + 1))
                    {
                        close(at: index)
                        start = index + 1
                    }
                } else if case let width = terminatorWidth(at: index), width > 0 {  // . ! ? …
                    var end = index + width
                    while end < bytes.count {
                        let next = bytes[end]
                        if next == 0x2E || next == 0x21 || next == 0x3F {
                            end += 1
                        } else if case let quote = closingQuoteWidth(at: end), quote > 0 {
                            end += quote
                        } else {
                            break
                        }
                    }
                    if endsSentence(punctuation: index, after: end) {
                        close(at: end)
                    }
                    index = end
                    continue
                }
                index += 1
            }
            close(at: bytes.count)
            return sentences
        }

        /// Whether the eight bytes from `index` hold a line feed, `.`, `!`, `?` or the lead byte
        /// of `…`: most runs of eight hold none, and are passed over in one test.
        private func mayHoldBoundary(at index: Int) -> Bool {
            guard let base = bytes.baseAddress else { return true }
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let ones: UInt64 = 0x0101_0101_0101_0101
            let high: UInt64 = 0x8080_8080_8080_8080
            func hasByte(_ byte: UInt8) -> Bool {
                let matches = word ^ (ones &* UInt64(byte))
                return (matches &- ones) & ~matches & high != 0
            }
            return hasByte(0x2E) || hasByte(0x0A) || hasByte(0x21) || hasByte(0x3F) || hasByte(0xE2)
        }

        private func endsSentence(punctuation: Int, after end: Int) -> Bool {
            // The next non-space character must start a new sentence: an upper-case letter, a
            // digit or an opening quote; a lower-case continuation ("2023. gadā") is the same sentence.
            var next = end
            guard next < bytes.count, spaceWidth(at: next) > 0 else { return next >= bytes.count }
            while next < bytes.count, case let width = spaceWidth(at: next), width > 0 { next += width }
            guard next < bytes.count else { return true }
            // ASCII letters and digits answer at once; anything else asks the character.
            let lead = bytes[next]
            let startsAnew: Bool
            switch lead {
            case 0x41...0x5A, 0x30...0x39: startsAnew = true
            case 0x61...0x7A: startsAnew = false
            default:
                let following = Character(scalar(at: next))
                startsAnew = following.isUppercase || following.isNumber || "\"„“«(–-".contains(following)
            }
            guard startsAnew else { return false }
            guard bytes[punctuation] == 0x2E else { return true }
            // The word before the full stop: an abbreviation or a single initial keeps the sentence open.
            var wordStart = punctuation
            while wordStart > 0, spaceWidth(before: wordStart) == 0, bytes[wordStart - 1] != 0x28 { wordStart -= 1 }
            // Longer than any abbreviation, and no initial: most sentence ends stop here.
            if punctuation - wordStart > longestAbbreviation, utf16Length(wordStart..<punctuation) > longestAbbreviation { return true }
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<punctuation]), as: UTF8.self).lowercased()
            if word.isEmpty { return true }
            if abbreviations.contains(word) { return false }
            if word.count == 1, let letter = word.first, letter.isLetter { return false }
            return true
        }

        /// The scalar starting at `index`; a space for one outside the Basic Multilingual Plane,
        /// which neither starts a sentence nor is a letter here.
        private func scalar(at index: Int) -> Unicode.Scalar {
            let lead = UInt32(bytes[index])
            let value: UInt32
            switch lead {
            case ..<0x80: value = lead
            case ..<0xE0: value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            case ..<0xF0: value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            default: value = 0x20
            }
            return Unicode.Scalar(value) ?? " "
        }

        private func utf16Length(_ range: Range<Int>) -> Int {
            var units = 0
            for index in range where bytes[index] & 0xC0 != 0x80 { units += bytes[index] >= 0xF0 ? 2 : 1 }
            return units
        }

        /// The width of the space (ASCII white space or U+00A0) starting at `index`, or 0.
        private func spaceWidth(at index: Int) -> Int {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: return 1
            case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0: return 2
            default: return 0
            }
        }

        /// The width of the space ending just before `index`, or 0.
        private func spaceWidth(before index: Int) -> Int {
            switch bytes[index - 1] {
            case 0x20, 0x09, 0x0A, 0x0D: return 1
            case 0xA0 where index >= 2 && bytes[index - 2] == 0xC2: return 2
            default: return 0
            }
        }

        /// `.` `!` `?` (one byte) or `…` (three), or 0.
        private func terminatorWidth(at index: Int) -> Int {
            switch bytes[index] {
            case 0x2E, 0x21, 0x3F: return 1
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA6: return 3
            default: return 0
            }
        }

        /// `"` `)` (one byte), `»` (two), `”` `“` (three), or 0.
        private func closingQuoteWidth(at index: Int) -> Int {
            switch bytes[index] {
            case 0x22, 0x29: return 1
            case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xBB: return 2
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x9D || bytes[index + 2] == 0x9C):
                return 3
            default: return 0
            }
        }
    }

    /// Fills in each sentence's UTF-16 bounds in one sweep over the bytes (sentences come in order).
    private static func setUTF16Bounds(_ sentences: inout [Sentence], bytes: UnsafeBufferPointer<UInt8>) {
        var cursor = UTF16Cursor(bytes)
        for index in sentences.indices {
            cursor.advance(toByte: sentences[index].byteStart)
            sentences[index].start = cursor.unit
            cursor.advance(toByte: sentences[index].byteEnd)
            sentences[index].end = cursor.unit
        }
    }
}
