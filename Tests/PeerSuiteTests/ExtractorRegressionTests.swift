import DocumentModel
import DocumentText
import TestSupport
import Testing

/// The extraction gaps the peer suite revealed, pinned on minimal hand-written packages so that
/// they stay fixed on a checkout without `shared/peer`.
struct ExtractorRegressionTests {
    private static let word = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#

    private static func docx(body: String, footer: String? = nil) -> PackageParts {
        var parts: [String: [UInt8]] = [
            "word/document.xml": Array(#"<w:document \#(word)><w:body>\#(body)</w:body></w:document>"#.utf8)
        ]
        if let footer {
            parts["word/footer1.xml"] = Array(#"<w:ftr \#(word)>\#(footer)</w:ftr>"#.utf8)
            parts["word/_rels/document.xml.rels"] = Array(
                """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" \
                Target="footer1.xml"/></Relationships>
                """.utf8
            )
        }
        return PackageParts(parts)
    }

    @Test("a drop cap is the start of the paragraph it is framed beside (pandoc drop_cap.docx)")
    func dropCapJoinsNextParagraph() {
        let parts = Self.docx(
            body: """
                <w:p><w:pPr><w:framePr w:dropCap="drop" w:lines="3"/></w:pPr><w:r><w:t>D</w:t></w:r></w:p>\
                <w:p><w:r><w:t>rop cap.</w:t></w:r></w:p><w:p><w:r><w:t>Next.</w:t></w:r></w:p>
                """
        )
        #expect(DOCXExtractor.extract(parts).blocks.map(\.text) == ["Drop cap.", "Next."])
    }

    @Test("a text box in a footer is footer text, not a text box of the body (pandoc image_vml.docx)")
    func textBoxInFooterStaysFooter() {
        let parts = Self.docx(
            body: "<w:p><w:r><w:t>Body.</w:t></w:r></w:p>",
            footer: "<w:p><w:r><w:pict><w:txbxContent><w:p><w:r><w:t>7</w:t></w:r></w:p></w:txbxContent></w:pict></w:r></w:p>"
        )
        let blocks = DOCXExtractor.extract(parts).blocks
        #expect(blocks.map(\.text) == ["Body.", "7"])
        #expect(blocks.map(\.location.part) == [.body, .footer])
    }

    @Test("an embedded formula is read where it stands, its StarMath source is not (pandoc formula.odt)")
    func odtFormulaObjectIsRead() {
        let content = """
            <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
            xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:xlink="http://www.w3.org/1999/xlink">\
            <office:body><office:text><text:p>So <draw:frame><draw:object xlink:href="./Object 1"/></draw:frame> holds.</text:p>\
            </office:text></office:body></office:document-content>
            """
        let formula = """
            <math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mrow><mi>E</mi><mo>=</mo><mi>m</mi>\
            <msup><mi>c</mi><mn>2</mn></msup></mrow><annotation encoding="StarMath 5.0">E = m c^2</annotation>\
            </semantics></math>
            """
        #expect(ODTExtractor.wantsPart("Object 1/content.xml"))
        #expect(!ODTExtractor.wantsPart("ObjectReplacements/Object 1"))
        let parts = PackageParts(["content.xml": Array(content.utf8), "Object 1/content.xml": Array(formula.utf8)])
        #expect(ODTExtractor.extract(parts).blocks.map(\.text) == ["So E = m c2 holds."])
    }
}
