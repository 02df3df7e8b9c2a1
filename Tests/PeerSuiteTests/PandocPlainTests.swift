import TestSupport
import Testing

/// The comparison itself: what counts as pandoc markup and what as a word.
struct PandocPlainTests {
    private func words(_ rendered: String) -> [String: Int] { WordBag(PandocPlain.strip(rendered)).counts }

    @Test func listMarkersAreMarkupButLeadingNumbersAreText() {
        #expect(words("1.  one\n\n    a.  two\n-   -   three\nIII. four") == ["one": 1, "two": 1, "three": 1, "four": 1])
        #expect(words("159. And so") == ["159": 1, "and": 1, "so": 1])
        #expect(words("A. Smith") == ["a": 1, "smith": 1])
    }

    @Test func noteMarksAndImagePlaceholdersGoBracketedNumbersStay() {
        let rendered = "Text.[1] See TS 29.582 [48]. An image: [A red heart]\n\n[1] The note."
        #expect(words(rendered) == ["text": 1, "see": 1, "ts": 1, "29.582": 1, "48": 1, "an": 1, "image": 1, "the": 1, "note": 1])
    }

    @Test func tablesAndInlineMarkupAreStripped() {
        let rendered = """
            +-----+------+
            | 1.  a | b  |
            +=====+======+
            ~~gone~~ m^(2) H_(2)O “Quoted”
            """
        #expect(words(rendered) == ["a": 1, "b": 1, "gone": 1, "m2": 1, "h2o": 1, "quoted": 1])
    }

    @Test func scriptDigitsAndQuotesFold() {
        #expect(WordBag("m² it’s").counts == WordBag("m2 it's").counts)
    }
}
