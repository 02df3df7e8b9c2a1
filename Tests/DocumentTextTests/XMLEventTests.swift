import DocumentModel
import Testing

@testable import DocumentText

/// What the SAX walk must get right that a tree reader did for free: text arriving in pieces,
/// attribute values handed on half-escaped, subtrees passed over by counting depth.
@Suite("XML read as parser events")
struct XMLEventTests {
    private static let word = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#
    private static let relationships = #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#

    private func docx(_ body: String) -> PackageParts {
        PackageParts([
            "word/document.xml": Array(#"<?xml version="1.0" encoding="UTF-8"?><w:document \#(Self.word)><w:body>\#(body)</w:body></w:document>"#.utf8)
        ])
    }

    @Test("text split by entity and character references reads as one run")
    func entitiesInText() {
        let result = DOCXExtractor.extract(docx("<w:p><w:r><w:t>Ābeļu &amp; Ķiršu &#x10C;iems &lt;3&gt;</w:t></w:r></w:p>"))
        #expect(result.problem == nil)
        #expect(result.blocks.map(\.text) == ["Ābeļu & Ķiršu Čiems <3>"])
    }

    @Test("collapsing white space spans the pieces of a text node (ODT)")
    func collapsingAcrossPieces() {
        let content = #"<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text><text:p>  sapulce &amp;   talka&#32; &#32;kopā </text:p></office:text></office:body></office:document-content>"#
        let result = ODTExtractor.extract(PackageParts(["content.xml": Array(content.utf8)]))
        #expect(result.blocks.map(\.text) == ["sapulce & talka kopā"])
    }

    @Test("an attribute value holding & is read as written: a header part named with & is found")
    func ampersandInAttribute() {
        var parts = docx("<w:p><w:r><w:t>Pamatteksts</w:t></w:r></w:p>")
        parts["word/_rels/document.xml.rels"] = Array(
            (Self.relationships
                + #"<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="galva&amp;&#38;1.xml"/></Relationships>"#)
                .utf8
        )
        parts["word/galva&&1.xml"] = Array(#"<w:hdr \#(Self.word)><w:p><w:r><w:t>Galvene</w:t></w:r></w:p></w:hdr>"#.utf8)
        let result = DOCXExtractor.extract(parts)
        #expect(result.blocks.map(\.text) == ["Pamatteksts", "Galvene"])
        #expect(result.blocks.last?.location.part == .header)
    }

    @Test("skipped subtrees are passed over whole, nested or empty, and reading resumes after them")
    func skippedSubtrees() {
        let body = """
            <w:p><w:r><w:t>Pirms</w:t></w:r><w:del><w:r><w:del><w:r><w:delText>dzēsts</w:delText></w:r></w:del></w:r></w:del>\
            <w:r><w:rPr/><w:t xml:space="preserve"> pēc</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>, beigas</w:t></w:r></w:p>
            """
        let result = DOCXExtractor.extract(docx(body))
        #expect(result.blocks.map(\.text) == ["Pirms pēc, beigas"])
    }

    @Test("an element is known by its name and namespace together: a t or p of another namespace, before and after Word's, is not Word's")
    func sameNameOtherNamespace() {
        let other = #"xmlns:x="urn:example:other""#
        let body = """
            <x:p \(other)><x:t>svešs</x:t></x:p><w:p><w:r><w:t>Pirmā</w:t></w:r></w:p>\
            <w:p><w:r><x:t \(other)>arī svešs</x:t><w:t> rinda</w:t></w:r></w:p><x:t \(other)>un vēl</x:t>
            """
        let result = DOCXExtractor.extract(docx(body))
        #expect(result.problem == nil)
        #expect(result.blocks.map(\.text) == ["Pirmā", "rinda"])
    }

    @Test("a formula token split by an entity stays one token")
    func formulaToken() {
        let math = #"<math xmlns="http://www.w3.org/1998/Math/MathML"><mrow><mi>x&lt;y</mi><mo>=</mo><mn>1</mn></mrow><annotation encoding="StarMath 5.0">x &lt; y = 1</annotation></math>"#
        #expect(ODFFormula.text(of: Array(math.utf8)) == "x<y = 1")
        #expect(ODFFormula.text(of: Array(#"<chart xmlns="urn:x"><mi>x</mi></chart>"#.utf8)) == nil)
    }
}
