import Testing

@testable import Reports

@Suite("Control characters in pages")
struct ControlCharacterTests {
    private func escaped(_ text: String, marks: [HTMLBuffer.Mark] = []) -> String {
        var buffer = HTMLBuffer()
        buffer.highlighted(text, marks: marks)
        return String(decoding: buffer.bytes, as: UTF8.self)
    }

    @Test("an ESC, a NUL or a DEL is shown as its picture, never written raw; tab and line feed stay")
    func pictures() {
        #expect(escaped("a\u{1B}[31mb") == "a\u{241B}[31mb")
        #expect(escaped("\u{0}x\u{7F}") == "\u{2400}x\u{2421}")
        #expect(escaped("a\tb\nc") == "a\tb\nc")
        let long = String(repeating: "kopiena ", count: 4) + "\u{1B}" + String(repeating: "ciems ", count: 4)
        #expect(!escaped(long).unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
    }

    @Test("a highlight after a control character still covers its word")
    func highlightsStayInPlace() {
        let text = "\u{1B}\u{1B} kopiena"
        #expect(escaped(text, marks: [HTMLBuffer.Mark(range: 3..<10, negated: false)]) == "\u{241B}\u{241B} <mark>kopiena</mark>")
    }
}
