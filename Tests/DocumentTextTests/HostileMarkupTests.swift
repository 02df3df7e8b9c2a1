import DocumentModel
import Foundation
import Testing

@testable import DocumentText

/// Every piece of text libxml2 hands out for `xml`, read with document types allowed: what
/// libxml2 itself does with entities, behind the prescan that normally refuses them.
private func textNodes(_ xml: String) -> (text: String, problem: XMLProblem?) {
    final class Collector: XMLEventHandler {
        var text = ""
        func startElement(_ name: XMLName, attributes: XMLAttributes) {}
        func endElement(_ name: XMLName) {}
        func characters(_ bytes: UnsafeBufferPointer<UInt8>) { text += String(decoding: bytes, as: UTF8.self) + "\n" }
    }
    let collector = Collector()
    do {
        let problem = try XMLEventParser.parse(Array(xml.utf8), allowsDocumentType: true, into: collector)
        return (collector.text, problem)
    } catch {
        return ("", error)
    }
}

private func wordDocument(_ body: String, prolog: String = "") -> String {
    #"<?xml version="1.0" encoding="UTF-8"?>"# + prolog
        + #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"# + body
        + "</w:body></w:document>"
}

private func paragraph(_ text: String) -> String { "<w:p><w:r><w:t>\(text)</w:t></w:r></w:p>" }

@Suite("libxml2 is never asked to load, fetch or expand")
struct LibXML2SafetyTests {
    @Test("an external entity is not loaded even when a DTD gets through: no passwd text")
    func externalEntity() {
        for prolog in [
            #"<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>"#,
            #"<!DOCTYPE w:document [<!ENTITY % dtd SYSTEM "file:///etc/passwd"> %dtd;]>"#,
            #"<!DOCTYPE w:document SYSTEM "file:///etc/passwd">"#,
            #"<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/x">]>"#,
        ] {
            let read = textNodes(wordDocument(paragraph("Sākums") + paragraph("&xxe;"), prolog: prolog))
            #expect(!read.text.contains("root:x:0:0"), "\(prolog)")
            #expect(!read.text.contains("nologin"))
        }
    }

    @Test("a billion laughs is not expanded even when its DTD gets through")
    func billionLaughs() {
        var entities = #"<!ENTITY lol "lol">"#
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
        }
        let read = textNodes(wordDocument(paragraph("Pirms") + paragraph("&lol9;") + "<w:p a=\"&lol9;\"/>", prolog: "<!DOCTYPE w:document [\(entities)]>"))
        #expect(read.text.utf8.count < 1000)
        #expect(!read.text.contains("lollol"))
    }

    @Test("by default a DTD is refused before libxml2 sees it")
    func refused() {
        let result = DOCXExtractor.extract(
            PackageParts(["word/document.xml": Array(wordDocument(paragraph("x"), prolog: "<!DOCTYPE w:document []>").utf8)])
        )
        #expect(result.problem?.kind == .refused)
        #expect(result.blocks.isEmpty)
    }
}

@Suite("Markup limits hold whatever the encoding")
struct MarkupLimitTests {
    private func manyAttributes(_ count: Int) -> String {
        (0..<count).map { "a\($0)=\"x\"" }.joined(separator: " ")
    }

    @Test("UTF-16 parts are scanned in their own units")
    func utf16() throws {
        let xml = wordDocument(paragraph("Sākums") + "<w:p \(manyAttributes(300))>" + paragraph("Pēc") + "</w:p>")
            .replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in xml.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let result = DOCXExtractor.extract(PackageParts(["word/document.xml": bytes]))
        #expect(result.problem?.kind == .limitReached)
        #expect(result.problem?.limit == LimitHit(.xmlAttributes, 256))
        #expect(result.blocks.map(\.text) == ["Sākums"])
    }

    @Test("an encoding whose markup the scan could not see is refused", arguments: ["UTF-7", "IBM037", "UCS-4"])
    func exoticEncoding(label: String) {
        let xml = wordDocument(paragraph("Sakums")).replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"\(label)\"")
        let result = DOCXExtractor.extract(PackageParts(["word/document.xml": Array(xml.utf8)]))
        #expect(result.problem?.kind == .malformedXML)
        #expect(result.blocks.isEmpty)
    }

    @Test("a CDATA section counts as text")
    func cdata() {
        var limits = MarkupLimits()
        limits.maxTextBytes = 1024
        let xml = wordDocument(paragraph("Sākums") + "<w:p><w:r><w:t><![CDATA[" + String(repeating: "x", count: 4096) + "]]></w:t></w:r></w:p>")
        let result = DOCXExtractor.extract(PackageParts(["word/document.xml": Array(xml.utf8)]), limits: limits)
        #expect(result.problem?.limit == LimitHit(.xmlTextBytes, 1024))
        #expect(result.blocks.map(\.text) == ["Sākums"])
    }

    @Test("libxml2's own depth bound is reported as the xml-depth limit")
    func libxml2Depth() {
        let xml = String(repeating: "<d>", count: 300) + String(repeating: "</d>", count: 300)
        let read = textNodes(xml)
        #expect(read.problem?.kind == .limit(LimitHit(.xmlDepth, 256)))
    }
}

@Suite("HTML reaches libxml2 rewritten: no tag with more attributes than Liecība reads")
struct HTMLCanonicalTests {
    private func attributes(_ count: Int) -> String {
        (0..<count).map { "a\($0)=x" }.joined(separator: " ")
    }

    @Test("a tag with 200 000 attributes stops the page there")
    func manyAttributes() {
        let page = "<html><body><p>Sākums</p><p \(attributes(200_000))>Pēc</p></body></html>"
        let outcome = HTMLExtractor.extract(Array(page.utf8))
        #expect(outcome.result.problem?.limit == LimitHit(.xmlAttributes, 256))
        #expect(outcome.result.blocks.map(\.text) == ["Sākums"])
    }

    @Test("quotes, stray brackets and NULs cannot hide a tag from the count")
    func tricks() {
        let many = attributes(300)
        for page in [
            "<p>Sākums</p><p x\"y a=\">\" z=\"<b \(many)>\">Pēc</p>",
            "<p>Sākums</p><p a='>' \(many)>Pēc</p>",
            "<p>Sākums</p><p a=\"x\u{0}\" \(many)>Pēc</p>",
            "<p>Sākums</p><5 <p \(many)>Pēc</p>",
            "<p>Sākums</p><!-- --!> <p \(many)> -->Pēc",
        ] {
            let outcome = HTMLExtractor.extract(Array(page.utf8))
            let text = outcome.result.blocks.map(\.text).joined(separator: " ")
            #expect(text.hasPrefix("Sākums"), "\(page.prefix(40))")
            // Either the tag is counted and stops the page, or it never reaches libxml2 as a tag.
            if outcome.result.problem == nil {
                #expect(!text.contains("a299"))
            } else {
                #expect(outcome.result.problem?.limit?.name == .xmlAttributes)
            }
        }
    }

    @Test("a page declaring UTF-7 is decoded before it is scanned")
    func utf7() {
        let page = "<html><head><meta charset=\"utf-7\"></head><body><p>Sakums</p>+ADw-p \(attributes(300))+AD4-Pec</body></html>"
        let outcome = HTMLExtractor.extract(Array(page.utf8))
        #expect(outcome.result.problem?.limit?.name == .xmlAttributes)
        #expect(outcome.result.blocks.map(\.text) == ["Sakums"])
    }

    @Test("hidden elements stay hidden, scripts and comments stay out, entities and text `<` survive")
    func rewrittenPage() {
        let page = """
            <p data-x="1" hidden>Slēpts</p><p style="color: red; display: none">Arī slēpts</p>\
            <script>if (a < b) { document.write("<p>nē</p>") }</script><!-- <p>komentārs</p> -->\
            <p title='a > b'>Redzams &amp; skaidrs: 3 < 5</p>
            """
        let outcome = HTMLExtractor.extract(Array(page.utf8))
        #expect(outcome.result.problem == nil)
        #expect(outcome.result.blocks.map(\.text) == ["Redzams & skaidrs: 3 < 5"])
    }

    @Test("html-bytes: a longer page is read up to the limit")
    func htmlBytes() {
        var limits = MarkupLimits()
        limits.maxHTMLBytes = 2048
        let page = (1...100).map { "<p>Rindkopa \($0) par ciemu.</p>" }.joined()
        let outcome = HTMLExtractor.extract(Array(page.utf8), limits: limits)
        #expect(outcome.result.problem?.limit == LimitHit(.htmlBytes, 2048))
        #expect(outcome.result.blocks.first?.text == "Rindkopa 1 par ciemu.")
        #expect(outcome.result.blocks.count < 100)
    }
}

/// Inputs found by fuzzing (scripts/fuzz.sh), kept as regression tests.
@Suite("Fuzzing finds")
struct FuzzFindTests {
    @Test("a table span or skip of 2⁶³ − 1 columns does not overflow the column count", arguments: ["gridSpan", "gridBefore"])
    func hugeSpan(element: String) {
        let cell = element == "gridSpan"
            ? "<w:tc><w:tcPr><w:gridSpan w:val=\"9223372036854775807\"/></w:tcPr>\(paragraph("pirmā"))</w:tc>"
            : "<w:tc><w:gridBefore w:val=\"9223372036854775807\"/>\(paragraph("pirmā"))</w:tc>"
        let table = "<w:tbl><w:tr>\(cell)<w:tc>\(paragraph("otrā"))</w:tc></w:tr></w:tbl>"
        let result = DOCXExtractor.extract(PackageParts(["word/document.xml": Array(wordDocument(table).utf8)]))
        #expect(result.problem == nil)
        #expect(result.blocks.map(\.text) == ["pirmā", "otrā"])
        #expect(result.blocks.allSatisfy { ($0.location.cell?.column ?? 0) <= BlockAssembler.maxColumns })
    }
}
