import Foundation
import LatvianLanguage
import LatvianMorphology
import Lexicon
import Testing

/// `Fixtures/mini.yaml` with its compiled forms (`lieciba lexicon build`), committed so that
/// these tests need no Hunspell.
enum MiniLexicon {
    static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/mini.yaml")

    static func load() throws -> LexiconLoader.Loaded {
        try LexiconLoader(cacheDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("lieciba-test-cache")).load(url)
    }
}

@Suite("Matching lexicon terms")
struct MatcherTests {
    private func matched(_ text: String) throws -> [String] {
        let loaded = try MiniLexicon.load()
        return loaded.matcher.scan(text).matches.map { match in
            let term = loaded.matcher.terms[match.term]
            let utf16 = Array(text.utf16)
            return "\(term.text)=\(String(decoding: utf16[match.start..<match.end], as: UTF16.self))"
        }
    }

    @Test("the committed forms belong to the committed lexicon")
    func formsAreCurrent() throws {
        let loaded = try MiniLexicon.load()
        #expect(loaded.formsOrigin.hasSuffix("mini.forms.json"))
    }

    @Test("every inflected form of a lemma matches")
    func inflections() throws {
        #expect(try matched("Ciemā, ciema un ciemiem; pagastos") == ["ciems=Ciemā", "ciems=ciema", "ciems=ciemiem", "pagasts=pagastos"])
        #expect(try matched("mēs sadarbojamies un sadarbojāmies") == ["sadarboties=sadarbojamies", "sadarboties=sadarbojāmies"])
    }

    @Test("phrases match as inflected token sequences")
    func phrases() throws {
        #expect(try matched("Vietējās kopienas balss") == ["vietējā kopiena=Vietējās kopienas"])
        #expect(try matched("vietējā un kopiena") == [])
    }

    @Test("literals match exactly, in any case; unknown words inflect by the suffix table")
    func literals() throws {
        #expect(try matched("ar Leader atbalstu") == ["LEADER=Leader"])
        #expect(try matched("e-pakalpojumus") == ["e-pakalpojums=e-pakalpojumus"])
    }

    @Test("text typed without diacritics matches through the folded table")
    func folded() throws {
        #expect(try matched("musu ciema vietejas kopienas") == ["ciems=ciema", "vietējā kopiena=vietejas kopienas"])
    }

    @Test("decomposed diacritics (a + U+0304) match like precomposed ones")
    func decomposed() throws {
        #expect(try matched("cie\u{006D}a\u{0304} un kopien\u{0061}\u{0304}s vieteja\u{0304}s") == ["ciems=ciemā"])
        let loaded = try MiniLexicon.load()
        let phrase = loaded.matcher.scan("viete\u{0304}ja\u{0304}s kopiena\u{0304}s").matches
        #expect(phrase.map { loaded.matcher.terms[$0.term].text } == ["vietējā kopiena"])
        #expect(phrase.first?.viaFolding == false)
    }

    @Test("exclusions and diminutives do not match: ciemiņi are guests")
    func exclusions() throws {
        #expect(try matched("Pie mums bija ciemiņi un ciemiņš") == [])
    }

    @Test("an excluding phrase stops its indicator's terms inside it, and only there")
    func phraseExclusion() throws {
        #expect(try matched("Viedā ciema programma") == [])
        #expect(try matched("Viedā ciema programma mūsu ciemā") == ["ciems=ciemā"])
    }

    @Test("a match inside a longer match of another term gives way to it")
    func longestMatch() throws {
        // "apzināti resursi" (phrase) contains "resursi" (a form of the lemma resurss).
        #expect(try matched("Mums ir apzināti resursi") == ["apzināti resursi=apzināti resursi"])
        #expect(try matched("Mums ir resursi") == ["resurss=resursi"])
    }

    @Test("text typed without diacritics folds every word of a phrase, even short ones")
    func phraseFolding() throws {
        #expect(try matched("vieteja kopiena") == ["vietējā kopiena=vieteja kopiena"])
    }

    @Test("negated forms are known, so they can act as negation cues")
    func negatedForms() throws {
        let loaded = try MiniLexicon.load()
        #expect(loaded.matcher.negatedForms.contains("nesadarbojas"))
        #expect(try matched("nesadarbojas") == [])
    }

    @Test(
        "a lexicon that cannot work is refused with a reason, before anything is compiled",
        arguments: [
            ("indicators: [C6.1, C6.2, C6.4]", "indicators: [C6.1, C9.9]", "C9.9"),
            // A term without words crashed the matcher's compilation.
            (#"{phrase: "vietējā kopiena""#, #"{phrase: "", forms: [kopiena]"#, "has no words"),
            ("{lemma: pagasts,", #"{literal: "—","#, "has no words"),
            // A threshold of 0 made an indicator present without a mention.
            ("thresholds: {strong: 1, supporting: 2}", "thresholds: {strong: 1, supporting: 0}", "at least 1"),
            ("  - id: C6\n", "  - id: C1\n", "criterion ids used twice: C1"),
            ("    combines: [C6.1, C1]\n", "    ties: [C6.1]\n", "C6.2 ties fewer than two indicators"),
            ("    combines: [C6.1, C1]\n", "    ties: [C6.1, C9]\n", "C6.2 ties unknown or its own indicator C9"),
        ]
    )
    func invalid(original: String, replacement: String, reason: String) throws {
        let broken = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: broken) }
        let text = try String(contentsOf: MiniLexicon.url, encoding: .utf8)
        try #require(text.contains(original), "the fixture no longer holds \(original)")
        try text.replacingOccurrences(of: original, with: replacement).write(to: broken, atomically: false, encoding: .utf8)
        #expect {
            _ = try LexiconSource(url: broken)
        } throws: { error in
            "\(error)".contains(reason)
        }
    }
}

@Suite("Compiling a lexicon with Hunspell", .enabled(if: FileManager.default.fileExists(atPath: "/usr/bin/unmunch")))
struct CompilerTests {
    @Test("compiling the mini lexicon reproduces the committed forms")
    func reproducible() throws {
        let source = try LexiconSource(url: MiniLexicon.url)
        let compiled = try LexiconCompiler(expander: ParadigmExpander()).compile(source)
        let committed = try CompiledForms.read(from: LexiconLoader.siblingFormsURL(of: MiniLexicon.url))
        #expect(compiled == committed)
        let kopiena = try #require(compiled.paradigms["kopiena"])
        #expect(Set(kopiena.forms.map(\.form)).isSuperset(of: ["kopiena", "kopienas", "kopienai", "kopienu", "kopienā", "kopienām", "kopienās"]))
        #expect(kopiena.source == .dictionary)
        #expect(compiled.paradigms["e-pakalpojums"]?.source == .suffixTable)
    }
}
