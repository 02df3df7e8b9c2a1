import DocumentModel
import DocumentText
import Testing

@Suite("DOCX and ODT made by pandoc and LibreOffice")
struct DOCXAndODTTests {
    static let basicPhrases = [
        "Ģērbšanās ķēde un Žūžņu ciema pieteikums", "Ābeļu ciema kopiena", "Mērķi un vīzija",
        "Mūsu ciema iedzīvotāji dzīvo Ūdrīšu pagastā, Ķekavas novadā.", "ā č ē ģ ī ķ ļ ņ š ū ž", "Ā Č Ē Ģ Ī Ķ Ļ Ņ Š Ū Ž",
        "sakopt Ņedzes upes krastu talkā;", "izveidot WhatsApp grupu ziņu apritei.", "Resursa veids",
        "Šķeldotājs un ģenerators", "Līga Čākste", "Ņina Žagare",
        "Zemsvītras piezīme: dati no pagasta pārvaldes ziņojuma par 2023. gadu.",
        "Pēdējā rindkopa: Ģirts un Ķirsis šķērsoja Žūžņu tiltu, un ļaudis priecājās.",
    ]

    @Test("pandoc's DOCX and ODT of the same text read the same", arguments: ["lv-basic.docx", "lv-basic.odt"])
    func basic(fixture: String) throws {
        let result = try Fixture.extract(fixture)
        let text = result.normalisedText
        for phrase in Self.basicPhrases {
            #expect(text.contains(phrase), "\(fixture) lacks “\(phrase)”")
        }
        for forbidden in ["[^avots]", "avots", "---", "lang:", "nākotni.1Zemsvītras"] {
            #expect(!text.contains(forbidden), "\(fixture) contains “\(forbidden)”")
        }
        // Structure: headings with levels, list items, cells with addresses, a footnote part.
        let heading = try #require(result.blocks.first { $0.text == "Mērķi un vīzija" })
        #expect(heading.kind == .heading)
        #expect(heading.headingLevel == 2)
        #expect(heading.location.headingPath == ["Ābeļu ciema kopiena"])
        let item = try #require(result.blocks.first { $0.text.hasPrefix("sakopt Ņedzes") })
        #expect(item.kind == .listItem)
        #expect(item.location.headingPath == ["Ābeļu ciema kopiena", "Mērķi un vīzija"])
        let cell = try #require(result.blocks.first { $0.text == "Līga Čākste" })
        #expect(cell.kind == .tableCell)
        #expect(cell.location.cell?.table == 1)
        #expect((cell.location.cell?.row ?? 0) > 1)
        let header = try #require(result.blocks.first { $0.text == "Resursa veids" })
        #expect(header.location.cell?.row == 1)
        #expect(header.location.cell?.column == 1)
        #expect(result.blocks(in: .footnote).map(\.text).contains("Zemsvītras piezīme: dati no pagasta pārvaldes ziņojuma par 2023. gadu."))
    }

    @Test("LibreOffice's DOCX from HTML")
    func libreOfficeDOCX() throws {
        let result = try Fixture.extract("lv-basic-lo.docx")
        let text = result.normalisedText
        for phrase in [
            "Ķiršu ciema pārskats", "Ķiršu ciems atrodas Ērgļu pagastā, Madonas novadā.",
            "Iedzīvotāju sapulcē nolēmām, ka šogad galvenā uzmanība būs ūdens kvalitātei.",
            "Ūdenstorņa atjaunošana ar ELFLA atbalstu.", "Ērgļu vidusskola", "Zemnieku saimniecība „Ūsiņi”",
            "Novadpētniecības materiāli", "Piezīme: iedzīvotāju skaits pēc 2023. gada datiem ir 312.",
            "Noslēgumā: Žanete un Ņikita šūpojās šūpolēs līdz vēlam vakaram.",
        ] {
            #expect(text.contains(phrase), "lacks “\(phrase)”")
        }
        #expect(!text.contains("sdfootnote"))
        #expect(!text.contains("<"))
        #expect(result.blocks.first { $0.text == "Ķiršu ciema pārskats" }?.kind == .heading)
    }

    static let featurePhrases = [
        "Ūdru ciema kopienas pieteikums", "Resursi un partneri", "Ūdru ciems atrodas Ķeguma pagastā, Ogres novadā.",
        "Zemsvītras piezīme: ciemā dzīvo 418 iedzīvotāji.", "Beigu piezīme: pieteikumu apstiprināja valde.",
        "Šķūņa jumts tika salabots talkā, IEVIETOTS jaunais teksts par žogu un visi bija priecīgi.",
        "Vārds pa daļām: Ģērbšanās ķēde.", "Atstarpes: divas piecas, tabulācija:", "pēc tabulācijas, rindas pārnesums:",
        "jaunā rindā.", "Komentējamais teikums par ūdenstorni.", "Teikums pēc komentāra.",
        "Rindkopa ar piesaistītu teksta rāmi.", "Ābolu šķirne: Antonovka no Ļaudonas.", "Iesniegšanas datums: 15.03.2024.",
        "Ūdenstornis un sūknis", "Ķeguma vidusskolas sporta zāle", "Saimniecība „Žagatas” ar traktoru", "Resurss",
        "Īpašnieks", "Ķeguma pļava", "Teritoriālais", "Pagasta pārvalde", "Vairāk ziņu mūsu Facebook lapā.",
        "Pēdējais teikums: žēl, ka ziema beidzās.", "Galvene: biedrība „Ūdru ciema attīstībai”", "Kājene: lappuse",
        "Komentārs: lūdzu precizēt ūdenstorņa izmaksas.",
    ]

    static let featureForbidden = [
        "DZĒSTS", "vecais teksts par šķūni", "PAGE", "NUMPAGES", "DATE", "dd.MM.yyyy", "\\@", "Inese Ķēniņa",
        "Pārbaudītājs Ēriks", "https://www.facebook.com/udruciems", "Rāmis1", "pārnesums:jaunā", "Ģēr bšan", "1no",
        "ūdenstorni.Komentārs",
    ]

    @Test(
        "every construct LibreOffice writes is read: notes, comments, text boxes, fields, tracked changes",
        arguments: ["lv-features.docx", "lv-features.odt", "lv-features.fodt"]
    )
    func features(fixture: String) throws {
        let result = try Fixture.extract(fixture)
        let text = result.normalisedText
        for phrase in Self.featurePhrases {
            #expect(text.contains(phrase), "\(fixture) lacks “\(phrase)”")
        }
        for forbidden in Self.featureForbidden {
            #expect(!text.contains(forbidden), "\(fixture) contains “\(forbidden)”")
        }
        #expect(text.occurrences(of: "Teksta lodziņā: Ņiprā Ūdrupīte čalo.") == 1, "the text box must be read once")

        // Each part is named on its blocks.
        func part(of phrase: String) -> DocumentPart? {
            result.blocks.first { $0.text.collapsingWhitespace().contains(phrase) }?.location.part
        }
        #expect(part(of: "Teksta lodziņā") == .textBox)
        #expect(part(of: "Zemsvītras piezīme") == .footnote)
        #expect(part(of: "Beigu piezīme") == .endnote)
        #expect(part(of: "Komentārs: lūdzu") == .comment)
        #expect(part(of: "Galvene:") == .header)
        #expect(part(of: "Kājene:") == .footer)
        #expect(part(of: "Ūdru ciems atrodas") == .body)

        // Line breaks and tabs survive inside the block; ordinals follow reading order.
        let breaks = try #require(result.blocks.first { $0.text.contains("rindas pārnesums") })
        #expect(breaks.text.contains("\n"))
        #expect(breaks.text.contains("\t"))
        #expect(result.blocks.map(\.location.ordinal) == Array(1...result.blocks.count))
        let cell = try #require(result.blocks.first { $0.text == "Ķeguma pļava" })
        #expect(cell.location.cell != nil)
        #expect(cell.location.headingPath.last == "Resursi un partneri")
    }
}
