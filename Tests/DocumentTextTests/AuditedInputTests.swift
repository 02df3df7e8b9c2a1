import DocumentModel
import Foundation
import Testing

@testable import DocumentText

/// Markup a review found could trap the process, multiply its memory or stall it: each is read,
/// or stopped at a limit, and reported.
@Suite("Markup that multiplies or stalls")
struct AuditedInputTests {
    private static let word = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#
    private static let text = #"xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0""#
    private static let office = #"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0""#
    private static let draw = #"xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0""#
    private static let xlink = #"xmlns:xlink="http://www.w3.org/1999/xlink""#

    private func docx(_ body: String, extra: [String: String] = [:]) -> PackageParts {
        var parts = ["word/document.xml": Array(#"<?xml version="1.0"?><w:document \#(Self.word)><w:body>\#(body)</w:body></w:document>"#.utf8)]
        for (path, content) in extra { parts[path] = Array(content.utf8) }
        return PackageParts(parts)
    }

    private func odt(_ body: String, extra: [String: String] = [:]) -> PackageParts {
        let content = #"<?xml version="1.0"?><office:document-content \#(Self.office) \#(Self.text) \#(Self.draw) \#(Self.xlink)><office:body><office:text>\#(body)</office:text></office:body></office:document-content>"#
        var parts = ["content.xml": Array(content.utf8), "mimetype": Array("application/vnd.oasis.opendocument.text".utf8)]
        for (path, text) in extra { parts[path] = Array(text.utf8) }
        return PackageParts(parts)
    }

    @Test("a gridSpan of Int.min (or any value below 1) widens nothing and traps nothing", arguments: ["-9223372036854775808", "0", "-1", "9223372036854775807"])
    func gridSpan(value: String) {
        let cell = #"<w:tc><w:tcPr><w:gridSpan w:val="\#(value)"/></w:tcPr><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc>"#
        let result = DOCXExtractor.extract(docx("<w:tbl><w:tr>\(cell)<w:tc><w:p><w:r><w:t>y</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"))
        #expect(result.blocks.map(\.text) == ["x", "y"])
    }

    @Test("a formula object referenced a thousand times yields no more than the text limit, and says so")
    func formulaReferences() {
        var limits = MarkupLimits()
        limits.maxDocumentTextBytes = 64 << 10
        let formula = #"<math xmlns="http://www.w3.org/1998/Math/MathML"><mi>"# + String(repeating: "ab ", count: 2_000) + "</mi></math>"
        let references = String(repeating: #"<draw:frame><draw:object xlink:href="./Object 1"/></draw:frame>"#, count: 1_000)
        let result = ODTExtractor.extract(odt("<text:p>Sākums \(references)</text:p>", extra: ["Object 1/content.xml": formula]), limits: limits)
        let size = result.blocks.reduce(0) { $0 + $1.text.utf8.count }
        #expect(size <= 64 << 10 && size > 60 << 10, "\(size)")
        #expect(result.problem?.limit?.name == .textBytes, "\(String(describing: result.problem))")
        #expect(result.blocks.first?.text.hasPrefix("Sākums") == true)
    }

    @Test("runs of a thousand spaces count towards the text limit")
    func spaceRuns() {
        var limits = MarkupLimits()
        limits.maxDocumentTextBytes = 16 << 10
        let result = ODTExtractor.extract(odt("<text:p>a" + String(repeating: #"<text:s text:c="1000"/>"#, count: 1_000) + "</text:p>"), limits: limits)
        #expect(result.blocks.reduce(0) { $0 + $1.text.utf8.count } <= 16 << 10)
        #expect(result.problem?.limit?.name == .textBytes)
    }

    @Test("one header part named in many letter cases is read once")
    func headerSpellings() {
        let relationships = #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + ["header1.xml", "HEADER1.xml", "Header1.XML", "hEaDeR1.xml"].enumerated().map { index, target in
                #"<Relationship Id="r\#(index)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="\#(target)"/>"#
            }.joined() + "</Relationships>"
        let header = #"<w:hdr \#(Self.word)><w:p><w:r><w:t>Galvene</w:t></w:r></w:p></w:hdr>"#
        let result = DOCXExtractor.extract(
            docx("<w:p><w:r><w:t>Teksts</w:t></w:r></w:p>", extra: ["word/_rels/document.xml.rels": relationships, "word/header1.xml": header])
        )
        #expect(result.blocks.filter { $0.location.part == .header }.map(\.text) == ["Galvene"])
    }

    @Test("ODT outline levels beyond ODF's ten keep heading paths ten deep")
    func outlineLevels() {
        let headings = (1...200).map { #"<text:h text:outline-level="\#($0)">V\#($0)</text:h>"# }.joined()
        let result = ODTExtractor.extract(odt(headings + "<text:p>Teksts</text:p>"))
        let last = result.blocks.last
        #expect(last?.text == "Teksts")
        #expect((last?.location.headingPath.count ?? 0) <= 10, "\(last?.location.headingPath.count ?? 0)")
    }

    @Test("a heading of megabytes is cut in the heading paths of the blocks under it, not in its own block")
    func longHeading() {
        let heading = String(repeating: "Virsraksts ", count: 20_000)
        let result = HTMLExtractor.extract(Array("<h1>\(heading)</h1><p>Teksts</p>".utf8)).result
        #expect(result.blocks.first?.text.utf8.count ?? 0 > 200_000)
        let path = result.blocks.last?.location.headingPath ?? []
        #expect(path.count == 1 && path[0].utf8.count <= 512 + 3 && path[0].hasSuffix("…"), "\(path.map(\.utf8.count))")
    }

    @Test("a style based on a style based on … a heading is a heading, in a chain of 20,000")
    func styleChains() {
        var styles = #"<w:styles \#(Self.word)><w:style w:type="paragraph" w:styleId="s20000"><w:name w:val="heading 2"/></w:style>"#
        for index in 0..<20_000 {
            styles += #"<w:style w:type="paragraph" w:styleId="s\#(index)"><w:basedOn w:val="s\#(index + 1)"/></w:style>"#
        }
        styles += "</w:styles>"
        let relationships = #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#
        let paragraphs = String(repeating: #"<w:p><w:pPr><w:pStyle w:val="s0"/></w:pPr><w:r><w:t>Virsraksts</w:t></w:r></w:p>"#, count: 200)
        let result = DOCXExtractor.extract(docx(paragraphs, extra: ["word/styles.xml": styles, "word/_rels/document.xml.rels": relationships]))
        #expect(result.blocks.count == 200 && result.blocks.allSatisfy { $0.kind == .heading && $0.headingLevel == 2 })
    }

    @Test("end tags that close nothing are dropped before libxml2 sees them; the text stays")
    func strayEndTags() {
        let page = "<p>" + String(repeating: "<b>", count: 2_000) + "kopiena" + String(repeating: "</i>", count: 2_000) + "</p><p>ciems</p>"
        let canonical = HTMLCanonicalizer.canonicalize(Array(page.utf8)[...], maxAttributes: 256, maxDepth: 256)
        let text = String(decoding: canonical.bytes, as: UTF8.self)
        #expect(!text.contains("</i>"))
        #expect(text.components(separatedBy: "<b>").count - 1 == 256)
        #expect(HTMLExtractor.extract(Array(page.utf8)).result.blocks.map(\.text) == ["kopiena", "ciems"])
    }

    @Test("comments end at the first --> or --!>, and a page of empty comments reads")
    func comments() {
        let page = "<p>a<!-- x --!> b<!-- y -->c" + String(repeating: "<!---->", count: 5_000) + "d</p>"
        #expect(HTMLExtractor.extract(Array(page.utf8)).result.blocks.map(\.text) == ["a bcd"])
    }

    @Test("more namespace declarations in scope than xml-attributes stop the part as too complex")
    func namespacesInScope() {
        let declarations = (0..<64).map { #"xmlns:p\#($0)="urn:x:\#($0)""# }.joined(separator: " ")
        let nested = String(repeating: "<w:sdt \(declarations)><w:sdtContent>", count: 8)
        let result = DOCXExtractor.extract(docx("<w:p><w:r><w:t>Pirms</w:t></w:r></w:p>" + nested + "<w:p><w:r><w:t>x</w:t></w:r></w:p>"))
        #expect(result.problem?.limit?.name == .xmlAttributes, "\(String(describing: result.problem))")
        #expect(result.blocks.first?.text == "Pirms")
    }
}
