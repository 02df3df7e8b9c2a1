import DocumentModel
import DocumentText
import Testing
import TextEncodings

@Suite("HTML in UTF-8 and the Baltic code pages")
struct HTMLTests {
    static let phrases = [
        "Žīguru ciema kopiena", "Žīguru ciems atrodas Žīguru pagastā, Balvu novadā. Mūsu ļaudis ir čakli un vienoti.",
        "ā č ē ģ ī ķ ļ ņ š ū ž", "Ā Č Ē Ģ Ī Ķ Ļ Ņ Š Ū Ž", "Mērķi & vīzija", "līdz 2026. gadam un izveidot tajā kopienas māju.",
        "Sadarbība & attīstība ir mūsu devīze; <svarīgi> ir arī \"kopā būšana\".", "Ģimeņu pārgājiens pa Ķiršu taku",
        "Pirmais solis: iedzīvotāju aptauja", "Dzirnavu ēka", "Šķeldotājs", "Ūdensdzirnavu meistars", "Vienīgais novadā",
        "Beigās: žēl, ka vasara ir īsa.",
    ]

    static let forbidden = [
        "SKRIPTA TROKSNIS", "ķirbis", "document.title", "STILA TROKSNIS", "font-family", "KOMENTĀRS", "ŠABLONS",
        "NOSKRIPTS", "&amp;", "&nbsp;", "&#257;", "Ä", "Å", "Ã", "Þ", "Ð", "\u{FFFD}", "\u{FEFF}",
    ]

    @Test(
        "the same page reads the same in every encoding",
        arguments: [
            ("lv-utf8.html", Charset.utf8), ("lv-cp1257.html", .singleByte(.windows1257)),
            ("lv-iso8859-13.html", .singleByte(.iso8859_13)), ("lv-utf8-bom.html", .utf8),
        ]
    )
    func encodings(fixture: String, charset: Charset) throws {
        let outcome = HTMLExtractor.extract(try Fixture.bytes(fixture))
        #expect(outcome.charset == charset)
        #expect(!outcome.charsetAssumed)
        let text = outcome.result.normalisedText
        for phrase in Self.phrases {
            #expect(text.contains(phrase), "\(fixture) lacks “\(phrase)”")
        }
        for forbidden in Self.forbidden {
            #expect(!text.contains(forbidden), "\(fixture) contains “\(forbidden)”")
        }
        let heading = try #require(outcome.result.blocks.first { $0.text == "Žīguru ciema kopiena" })
        #expect(heading.kind == .heading)
        #expect(heading.headingLevel == 1)
        #expect(outcome.result.blocks.first { $0.text == "Šķeldotājs" }?.location.cell != nil)
        #expect(outcome.result.blocks.first { $0.text.hasPrefix("Ģimeņu pārgājiens") }?.kind == .listItem)
    }

    @Test("a page laid out as one big table keeps its headings and paragraphs as blocks; a data cell stays one block")
    func layoutTable() {
        let page = """
            <html><body><table><tr><td><h1>Mūsu ciems</h1><p>Pirmā rindkopa.</p><h2>Resursi</h2><p>Otrā rindkopa.</p></td>
            <td><p>Sānu josla</p></td></tr></table>
            <table><tr><td><p>Resursi:</p><p>traktors</p></td></tr></table></body></html>
            """
        let blocks = HTMLExtractor.extract(Array(page.utf8)).result.blocks
        #expect(blocks.map(\.text) == ["Mūsu ciems", "Pirmā rindkopa.", "Resursi", "Otrā rindkopa.", "Sānu josla", "Resursi:\ntraktors"])
        #expect(blocks.map(\.kind) == [.heading, .paragraph, .heading, .paragraph, .tableCell, .tableCell])
        #expect(blocks[3].location.headingPath == ["Mūsu ciems", "Resursi"])
        #expect(blocks[3].location.cell == nil)
        #expect(blocks[5].location.cell == TableCellAddress(table: 2, row: 1, column: 1))
    }

    @Test("all four encodings give identical blocks")
    func identical() throws {
        let reference = HTMLExtractor.extract(try Fixture.bytes("lv-utf8.html")).result.blocks
        for fixture in ["lv-cp1257.html", "lv-iso8859-13.html", "lv-utf8-bom.html"] {
            #expect(HTMLExtractor.extract(try Fixture.bytes(fixture)).result.blocks == reference, "\(fixture)")
        }
    }

    @Test("undeclared non-UTF-8 bytes are read as windows-1257, and the guess is reported")
    func undeclared() {
        // "Ābeļu ciems" in windows-1257, no declaration.
        let bytes: [UInt8] = Array("<p>".utf8) + [0xC2, 0x62, 0x65, 0xEF, 0x75, 0x20, 0x63, 0x69, 0x65, 0x6D, 0x73] + Array("</p>".utf8)
        let outcome = HTMLExtractor.extract(bytes)
        #expect(outcome.charsetAssumed)
        #expect(outcome.result.blocks.map(\.text) == ["Ābeļu ciems"])
    }

    @Test("an undeclared UTF-8 page cut inside its last character is still read as UTF-8", arguments: [1, 2])
    func cutInsideCharacter(kept: Int) {
        // The page ends in "€", three bytes in UTF-8, of which only the first one or two arrived.
        let page = Array("<p>Ābeļu ciemā dzīvo 300 cilvēku.</p><p>Vēl €".utf8)
        let cut = Array(page.dropLast(3 - kept))
        let outcome = HTMLExtractor.extract(cut)
        #expect(!outcome.charsetAssumed)
        #expect(outcome.result.blocks.first?.text == "Ābeļu ciemā dzīvo 300 cilvēku.")
    }

    @Test(
        "characters that take no room inside a word vanish, so the word is found whole",
        arguments: ["\u{00AD}", "\u{034F}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}"]
    )
    func invisibleInsideWords(invisible: String) {
        let html = "<p>ko\(invisible)pie\(invisible)na un ie\(invisible)dzīvotāji</p>"
        #expect(HTMLExtractor.extract(Array(html.utf8)).result.blocks.map(\.text) == ["kopiena un iedzīvotāji"])
    }

    @Test("whitespace collapses as in a browser; pre keeps it; br breaks the line")
    func whitespace() {
        let html = "<div>  Ciems \n\n  <b>Ozolkalns</b>  ir <i>skaists</i>.</div><pre>a  b\n c</pre><p>rinda<br>otrā</p>"
        let blocks = HTMLExtractor.extract(Array(html.utf8)).result.blocks.map(\.text)
        #expect(blocks == ["Ciems Ozolkalns ir skaists.", "a  b\n c", "rinda\notrā"])
    }

    @Test("a hostile page is just text")
    func hostile() {
        let html = #"<p>"><img src=x onerror=alert(1)> <a href="javascript:alert(1)">saite</a></p><script>alert(2)</script>"#
        let blocks = HTMLExtractor.extract(Array(html.utf8)).result.blocks.map(\.text)
        #expect(blocks == ["\"> saite"])
    }
}
