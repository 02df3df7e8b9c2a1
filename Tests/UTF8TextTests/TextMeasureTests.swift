import UTF8Text
import Testing

@Suite("Measuring and slicing extracted text by bytes")
struct TextMeasureTests {
    private static let samples = [
        "",
        "Ābeļu ciema biedrība „Mēs” – 2026",
        "line\r\nbreak\r\n\r\n\r",
        "\r\r\n\n",
        "combining: a\u{0304}be\u{0327}lu",
        "emoji 🌳👩‍👩‍👧 and flags 🇱🇻",
        "Hangul 한국어 and Devanagari नमस्ते",
        "zero\u{200D}width\u{FE0F}",
        "joiners in quotes: „a\u{200C}b“ – x\u{200D}y — 5 €…",
        "symbol with a combining mark: →\u{20D7} and ‰",
        "a long line of plain Latvian text, eight bytes at a time: ābeļu ciems, 2026. gads",
    ]

    @Test("the fast character count agrees with Swift's grapheme count", arguments: samples)
    func characterCount(text: String) {
        #expect(text.characterCount == text.count)
    }

    @Test("UTF-16 lengths and slices agree with String.UTF16View", arguments: samples)
    func utf16(text: String) {
        let units = Array(text.utf16)
        #expect(text.utf16Count == units.count)
        for start in 0...units.count {
            for end in start...units.count + 1 {
                let expected: String
                if start < end, end <= units.count {
                    // Whole scalars from the one holding `start` to the one holding `end`
                    // (an offset between surrogates falls back to its scalar's start).
                    var scalarStarts: [Int] = []
                    var offset = 0
                    for scalar in text.unicodeScalars {
                        scalarStarts.append(offset)
                        offset += scalar.utf16.count
                    }
                    scalarStarts.append(offset)
                    let scalars = Array(text.unicodeScalars)
                    let from = scalarStarts.lastIndex { $0 <= start }!
                    let to = scalarStarts.lastIndex { $0 <= end }!
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: scalars[from..<to])
                    expected = String(view)
                } else {
                    expected = ""
                }
                #expect(text.slice(utf16: start, end) == expected, "\(start)..<\(end) of \(text.debugDescription)")
            }
        }
    }

    @Test("byte search finds markers wherever they are")
    func containsUTF8() {
        #expect("word/media/image1.png".containsUTF8("media/"))
        #expect(!"word/document.xml".containsUTF8("media/"))
        #expect("Atbilde: ___".containsUTF8("___"))
        #expect(!"__".containsUTF8("___"))
        #expect("x".containsUTF8(""))
    }
}

@Suite("Prefixes by UTF-8 size")
struct UTF8PrefixTests {
    @Test("a prefix never ends inside a character", arguments: [(0, ""), (1, ""), (2, "Ā"), (3, "Āb"), (100, "Ābeļciems")])
    func prefix(bytes: Int, expected: String) {
        #expect("Ābeļciems".prefix(maxUTF8Bytes: bytes) == expected)
    }

    @Test("a combining sequence is kept whole or not at all")
    func combining() {
        #expect("E\u{0304}x".prefix(maxUTF8Bytes: 2) == "")
        #expect("E\u{0304}x".prefix(maxUTF8Bytes: 3) == "E\u{0304}")
    }
}
