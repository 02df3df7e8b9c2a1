import DocumentModel
import Testing

@Suite("Counting the characters of extracted text")
struct CharacterCountTests {
    @Test(
        "the fast count agrees with Swift's grapheme count",
        arguments: [
            "",
            "Ābeļu ciema biedrība „Mēs” – 2026",
            "line\r\nbreak\r\n\r\n\r",
            "\r\r\n\n",
            "combining: a\u{0304}be\u{0327}lu",
            "emoji 🌳👩‍👩‍👧 and flags 🇱🇻",
            "Hangul 한국어 and Devanagari नमस्ते",
            "zero\u{200D}width\u{FE0F}",
        ]
    )
    func agreesWithCount(text: String) {
        #expect(text.characterCount == text.count)
    }
}
