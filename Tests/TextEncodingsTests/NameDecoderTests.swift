import Testing
import TextEncodings

@Suite("Guessing the code page of archive entry names")
struct NameDecoderTests {
    private let decoder = NameDecoder()

    @Test("UTF-8 names pass through untouched", arguments: ["Pieteikums_Ābeles.docx", "Rīga-šķērslis.txt", "plain.txt"])
    func utf8(name: String) {
        let decoded = decoder.decode(Array(name.utf8))
        #expect(decoded.text == name)
        #expect(decoded.codePage == nil)
        #expect(decoded.isConfident)
    }

    @Test(
        "Latvian names stored in a legacy code page come out right",
        arguments: [
            ("Pieteikums_Ābeles.docx", CodePage.windows1257),
            ("Ģērbšanās_ķēde.txt", .windows1257),
            ("Žūžņi un Ļaudona.odt", .windows1257),
            ("Pieteikums_Ābeles.docx", .cp775),
            ("Ģērbšanās_ķēde.txt", .cp775),
            ("Žūžņi un Ļaudona.odt", .cp775),
        ]
    )
    func legacy(name: String, page: CodePage) throws {
        let bytes = try #require(Self.encode(name, in: page))
        let decoded = decoder.decode(bytes)
        #expect(decoded.text == name)
        #expect(decoded.codePage == page)
        #expect(decoded.isConfident)
    }

    @Test("A Russian CP866 name is not mistaken for Latvian")
    func cyrillic() throws {
        let name = "Приложение.txt"
        let bytes = try #require(Self.encode(name, in: .cp866))
        let decoded = decoder.decode(bytes)
        #expect(decoded.text == name)
        #expect(decoded.codePage == .cp866)
    }

    @Test("Bytes that fit no candidate well are flagged as uncertain")
    func uncertain() {
        // Box-drawing and symbol positions in every candidate table.
        let decoded = decoder.decode([0xB0, 0xB1, 0xB2, 0x2E, 0x74, 0x78, 0x74])
        #expect(!decoded.isConfident)
        #expect(!decoded.text.isEmpty)
    }

    @Test("Every table maps ASCII to itself and has 128 upper entries", arguments: CodePage.allCases)
    func tables(page: CodePage) {
        #expect(page.decode(Array(0..<128)) == String(decoding: Array(0..<128), as: UTF8.self))
    }

    @Test("windows-1257 and ISO-8859-13 decode the Latvian letters")
    func balticPages() {
        // ā č ē in windows-1257 and ISO-8859-13 (they agree on these).
        #expect(CodePage.windows1257.decode([0xE2, 0xE8, 0xE7]) == "āčē")
        #expect(CodePage.iso8859_13.decode([0xE2, 0xE8, 0xE7]) == "āčē")
        // š ž differ between the two: 0xF0/0xFE in windows-1257 and ISO-8859-13 alike.
        #expect(CodePage.windows1257.decode([0xF0, 0xFE]) == "šž")
    }

    /// Encodes through the decoder's own table, inverted: a round trip proves both directions.
    static func encode(_ text: String, in page: CodePage) -> [UInt8]? {
        var inverse: [Character: UInt8] = [:]
        for byte in 0...255 {
            let character = Character(page.decode([UInt8(byte)]))
            if character != "\u{FFFD}", inverse[character] == nil { inverse[character] = UInt8(byte) }
        }
        var bytes: [UInt8] = []
        for character in text {
            guard let byte = inverse[character] else { return nil }
            bytes.append(byte)
        }
        return bytes
    }
}

@Suite("Charset labels")
struct CharsetLabelTests {
    @Test(
        "Labels resolve as browsers resolve them",
        arguments: [
            ("windows-1257", Charset.singleByte(.windows1257)),
            (" CP1257 ", .singleByte(.windows1257)),
            ("iso-8859-13", .singleByte(.iso8859_13)),
            ("ISO-8859-1", .singleByte(.windows1252)),
            ("latin1", .singleByte(.windows1252)),
            ("utf8", .utf8),
            ("UTF-8", .utf8),
            ("shift_jis", .other("shift_jis")),
        ]
    )
    func labels(label: String, expected: Charset) {
        #expect(Charset(label: label) == expected)
    }

    @Test func emptyLabel() {
        #expect(Charset(label: "  ") == nil)
    }
}
