import DocumentModel
import Foundation
import SubmissionReading
import TextEncodings
import Testing

private let archiveFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("ArchiveIOTests/Fixtures")

private func fixture(_ name: String) throws -> [UInt8] {
    try [UInt8](Data(contentsOf: archiveFixtures.appendingPathComponent(name)))
}

/// Latvian text, repeated: what a real document holds.
private func paragraph(_ number: Int) -> String {
    "Rindkopa \(number): ciema iedzīvotāji kopā lemj par ūdens, ceļu un kopienas nama nākotni."
}

/// A zip holding one DOCX (`Pieteikums.docx`) whose body is `documentXML`.
private func submission(documentXML: String, limits: ReadingLimits = ReadingLimits()) throws -> Submission {
    var zip = ZipBuilder()
    zip.add("Pieteikums.docx", DOCX.package(documentXML: documentXML))
    return try Scratch.read("Ciems.zip", zip.bytes, limits: limits)
}

@Suite("Hostile documents: entities and DTDs")
struct EntityAttackTests {
    @Test("an XXE DOCX pointing at /etc/passwd is refused, and no passwd text appears anywhere")
    func xxe() throws {
        let variants = [
            #"<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>"#,
            #"<!DOCTYPE w:document SYSTEM "file:///etc/passwd">"#,
            #"<!DOCTYPE w:document [<!ENTITY % dtd SYSTEM "file:///etc/passwd"> %dtd;]>"#,
        ]
        for prolog in variants {
            let xml = DOCX.documentXML(paragraphs: ["Sākums", "Lietotāji: &xxe;"], prolog: prolog)
            let read = try submission(documentXML: xml)
            let record = try #require(read.file("Pieteikums.docx"))
            #expect(record.status == .skipped)
            #expect(record.reasonCode == .dtdRefused)
            #expect(record.reason?.contains("DTD") == true)
            let everything = try read.everything()
            #expect(!everything.contains("root:x:0:0"), "passwd text leaked: \(prolog)")
            #expect(!everything.contains("/bin/bash") && !everything.contains("/usr/sbin/nologin"))
        }
    }

    @Test("a billion-laughs DOCX is refused, without expanding anything")
    func billionLaughs() throws {
        var entities = #"<!ENTITY lol "lol">"#
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
        }
        let xml = DOCX.documentXML(paragraphs: ["Pirms", "&lol9;"], prolog: "<!DOCTYPE w:document [\(entities)]>")
        let read = try submission(documentXML: xml)
        let record = try #require(read.file("Pieteikums.docx"))
        #expect(record.status == .skipped)
        #expect(record.reasonCode == .dtdRefused)
        #expect(!(try read.everything()).contains("lollol"))
    }
}

@Suite("Each limit, when hit, is named and keeps the text before it")
struct LimitTests {
    @Test("entry-bytes: a document over the limit is read up to it")
    func entryBytes() throws {
        let page = "<html><body>" + (1...200).map { "<p>\(paragraph($0))</p>" }.joined() + "</body></html>"
        var limits = ReadingLimits()
        limits.maxDocumentBytes = 4096
        var zip = ZipBuilder()
        zip.add("Lapa.html", page)
        let read = try Scratch.read("Ciems.zip", zip.bytes, limits: limits)
        let record = try #require(read.file("Lapa.html"))
        #expect(record.status == .skipped)
        #expect(record.reasonCode == .tooLarge)
        #expect(record.limit == LimitHit(.entryBytes, 4096))
        #expect(record.reason?.contains("entry-bytes") == true)
        #expect(record.reason?.contains("text before the limit was kept") == true)
        #expect(read.text(of: "Lapa.html").contains(paragraph(1)))
        #expect(!read.text(of: "Lapa.html").contains(paragraph(200)))
    }

    @Test("html-bytes: a page over the limit is parsed up to it")
    func htmlBytes() throws {
        let page = "<html><body>" + (1...200).map { "<p>\(paragraph($0))</p>" }.joined() + "</body></html>"
        var limits = ReadingLimits()
        limits.maxHTMLBytes = 4096
        let read = try Scratch.read("Lapa.html", Array(page.utf8), limits: limits)
        let record = try #require(read.file("Lapa.html"))
        #expect(record.status == .skipped)
        #expect(record.limit == LimitHit(.htmlBytes, 4096))
        #expect(record.reason?.contains("html-bytes") == true)
        #expect(read.text(of: "Lapa.html").contains(paragraph(2)))
        #expect(read.container.status == .skipped)
    }

    @Test("submission-bytes: the file that crosses the total is read up to it, later ones are not read")
    func submissionBytes() throws {
        let page = "<html><body>" + (1...60).map { "<p>\(paragraph($0))</p>" }.joined() + "</body></html>"
        var zip = ZipBuilder()
        zip.add("1.html", page)
        zip.add("2.html", page)
        zip.add("3.html", page)
        var limits = ReadingLimits()
        limits.maxSubmissionBytes = page.utf8.count + 1000
        let read = try Scratch.read("Ciems.zip", zip.bytes, limits: limits)
        #expect(read.file("1.html")?.status == .read)
        let second = try #require(read.file("2.html"))
        #expect(second.status == .skipped)
        #expect(second.limit?.name == .submissionBytes)
        #expect(second.blocks > 0)
        #expect(read.text(of: "2.html").contains(paragraph(1)))
        let third = try #require(read.file("3.html"))
        #expect(third.status == .skipped)
        #expect(third.limit?.name == .submissionBytes)
        #expect(third.blocks == 0)
        #expect(third.reason?.contains("this file was not read") == true)
    }

    @Test("text-bytes: the submission's text stops at the limit; later documents are not read")
    func textBytes() throws {
        let page = "<html><body>" + (1...60).map { "<p>\(paragraph($0))</p>" }.joined() + "</body></html>"
        var zip = ZipBuilder()
        zip.add("1.html", page)
        zip.add("2.html", page)
        zip.add("3.html", page)
        var limits = ReadingLimits()
        let perPage = (1...60).reduce(0) { $0 + paragraph($1).utf8.count }
        limits.maxSubmissionTextBytes = perPage + perPage / 2
        let read = try Scratch.read("Ciems.zip", zip.bytes, limits: limits)
        #expect(read.file("1.html")?.status == .read)
        let second = try #require(read.file("2.html"))
        #expect(second.status == .skipped)
        #expect(second.limit == LimitHit(.textBytes, perPage + perPage / 2))
        #expect(second.blocks == 30)
        #expect(read.text(of: "2.html").contains(paragraph(30)))
        #expect(!read.text(of: "2.html").contains(paragraph(31)))
        #expect(second.reason?.contains("text-bytes") == true)
        let third = try #require(read.file("3.html"))
        #expect(third.status == .skipped && third.blocks == 0 && third.limit?.name == .textBytes)
        #expect(read.documents.flatMap(\.blocks).reduce(0) { $0 + $1.text.utf8.count } <= limits.maxSubmissionTextBytes)
    }

    @Test("archive-bytes: a nested archive over the limit has the entries in its beginning read")
    func archiveBytes() throws {
        var inner = ZipBuilder()
        inner.add("a.html", "<p>\(paragraph(1))</p>")
        inner.add("b.bin", [UInt8](repeating: 7, count: 8192))
        inner.add("c.html", "<p>\(paragraph(3))</p>")
        var outer = ZipBuilder()
        outer.add("pielikumi.zip", inner.bytes)
        var limits = ReadingLimits()
        limits.maxNestedArchiveBytes = 4096
        let read = try Scratch.read("Ciems.zip", outer.bytes, limits: limits)
        let record = try #require(read.file("pielikumi.zip"))
        #expect(record.status == .skipped)
        #expect(record.limit == LimitHit(.archiveBytes, 4096))
        #expect(record.reason?.contains("archive-bytes") == true)
        #expect(read.text(of: "pielikumi.zip/a.html").contains(paragraph(1)))
        #expect(read.file("pielikumi.zip/c.html") == nil)
    }

    @Test("part-bytes and package-bytes: a package's parts are read up to the limit", arguments: [LimitName.partBytes, .packageBytes])
    func partBytes(limit: LimitName) throws {
        let xml = DOCX.documentXML(paragraphs: (1...300).map(paragraph))
        var limits = ReadingLimits()
        limits[limit] = 8192
        let read = try submission(documentXML: xml, limits: limits)
        let record = try #require(read.file("Pieteikums.docx"))
        #expect(record.status == .skipped)
        #expect(record.limit?.name == limit)
        #expect(record.reason?.contains(limit.rawValue) == true)
        #expect(read.text(of: "Pieteikums.docx").contains(paragraph(1)))
        #expect(!read.text(of: "Pieteikums.docx").contains(paragraph(300)))
    }

    @Test("ratio: an entry inflating beyond the ratio is a bomb, and the walk stops")
    func ratio() throws {
        var outer = ZipBuilder()
        outer.add("pielikumi.zip", [UInt8](repeating: 0, count: 10 << 20), deflated: true)
        outer.add("z.html", "<p>\(paragraph(1))</p>")
        var strict = ReadingLimits()
        strict.maxCompressionRatio = 50
        let bomb = try Scratch.read("Ciems.zip", outer.bytes, limits: strict)
        let record = try #require(bomb.file("pielikumi.zip"))
        #expect(record.status == .skipped)
        #expect(record.reasonCode == .decompressionBomb)
        #expect(record.limit == LimitHit(.ratio, 50))
        #expect(record.reason?.contains("limit ratio") == true)
        #expect(bomb.container.reasonCode == .decompressionBomb)
        #expect(bomb.file("z.html") == nil)

        // The same entry under the default ratio is inflated, found not to be an archive, and the
        // walk goes on.
        let plain = try Scratch.read("Ciems.zip", outer.bytes)
        #expect(plain.file("pielikumi.zip")?.reasonCode != .decompressionBomb)
        #expect(plain.file("z.html")?.status == .read)
    }

    @Test("ratio: an entry no one reads is still checked when skipping it means inflating it (tar.gz)")
    func unreadBombInCompressedTar() throws {
        // 10 MiB of zeros named like a photo, which is listed and never read, before a page.
        let tar = Tar.archive([("foto.jpg", [UInt8](repeating: 0, count: 10 << 20)), ("z.html", Array("<p>\(paragraph(1))</p>".utf8))])
        var strict = ReadingLimits()
        strict.maxCompressionRatio = 50
        let bomb = try Scratch.read("Ciems.tar.gz", Deflate.gzip(tar), limits: strict)
        #expect(bomb.container.reasonCode == .decompressionBomb, "\(bomb.container)")
        #expect(bomb.file("z.html") == nil)
        // Under the default ratio the photo is skipped as before, and the page is read.
        let plain = try Scratch.read("Ciems.tar.gz", Deflate.gzip(tar))
        #expect(plain.container.status == .read)
        #expect(plain.file("foto.jpg")?.status == .unsupported)
        #expect(plain.text(of: "z.html").contains(paragraph(1)))
    }

    @Test("entries: only the first entries are read, and the archive says so")
    func entries() throws {
        var zip = ZipBuilder()
        for index in 1...6 { zip.add("\(index).html", "<p>\(paragraph(index))</p>") }
        var limits = ReadingLimits()
        limits.maxEntriesPerArchive = 3
        let read = try Scratch.read("Ciems.zip", zip.bytes, limits: limits)
        #expect(read.container.status == .skipped)
        #expect(read.container.reasonCode == .tooManyEntries)
        #expect(read.container.limit == LimitHit(.entries, 3))
        #expect(read.container.reason?.contains("limit entries") == true)
        #expect(read.files.map(\.path) == ["1.html", "2.html", "3.html"])
    }

    @Test("submission-entries: nested archives do not multiply the entry limit; the submission stops at its own")
    func submissionEntries() throws {
        var outer = ZipBuilder()
        for archive in 1...4 {
            var inner = ZipBuilder()
            for index in 1...5 { inner.add("\(index).html", "<p>\(paragraph(archive * 10 + index))</p>") }
            outer.add("\(archive).zip", inner.bytes)
        }
        var limits = ReadingLimits()
        limits.maxSubmissionEntries = 8
        let read = try Scratch.read("Ciems.zip", outer.bytes, limits: limits)
        // 1.zip and its 5 files, 2.zip and its first file: 8 entries, then no more anywhere.
        #expect(read.files.map(\.path) == ["1.zip", "1.zip/1.html", "1.zip/2.html", "1.zip/3.html", "1.zip/4.html", "1.zip/5.html", "2.zip", "2.zip/1.html"])
        #expect(read.file("2.zip")?.limit == LimitHit(.submissionEntries, 8))
        #expect(read.file("2.zip")?.reason?.contains("limit submission-entries") == true)
        #expect(read.container.limit == LimitHit(.submissionEntries, 8))
        #expect(read.container.reasonCode == .tooManyEntries)
    }

    @Test("a document without a word in it (pictures of pages) is said to hold no text, and is no document read")
    func documentWithoutText() throws {
        var zip = ZipBuilder()
        zip.add("Skenēts.docx", DOCX.package(documentXML: DOCX.documentXML(paragraphs: [])))
        zip.add("Pieteikums.docx", DOCX.package(documentXML: DOCX.documentXML(paragraphs: [paragraph(1)])))
        let read = try Scratch.read("Ciems.zip", zip.bytes)
        let empty = try #require(read.file("Skenēts.docx"))
        #expect(empty.status == .read && empty.reasonCode == .emptyDocument && empty.holdsNoText && empty.needsAttention)
        #expect(empty.reason?.contains("holds no text") == true)
        #expect(!empty.yieldedText)
        let full = try #require(read.file("Pieteikums.docx"))
        #expect(full.reasonCode == nil && full.yieldedText && !full.needsAttention)
    }

    @Test("a signed container (.edoc, eParaksts' ASiC-E) is opened like a zip, on its own or inside an archive")
    func signedContainer() throws {
        var edoc = ZipBuilder()
        edoc.add("mimetype", "application/vnd.etsi.asic-e+zip")
        edoc.add("Pieteikums.docx", DOCX.package(documentXML: DOCX.documentXML(paragraphs: [paragraph(1)])))
        edoc.add("META-INF/manifest.xml", #"<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>"#)
        let signed = try Scratch.read("Ozolkalns.edoc", edoc.bytes)
        #expect(signed.id == "Ozolkalns")
        #expect(signed.container.status == .read && signed.container.format == .edoc)
        #expect(signed.text(of: "Pieteikums.docx").contains(paragraph(1)))

        var outer = ZipBuilder()
        outer.add("Parakstīts.asice", edoc.bytes)
        let nested = try Scratch.read("Ciems.zip", outer.bytes)
        #expect(nested.file("Parakstīts.asice")?.status == .read)
        #expect(nested.text(of: "Parakstīts.asice/Pieteikums.docx").contains(paragraph(1)))
    }

    @Test("depth: nested archives beyond the limit are listed, not opened")
    func depth() throws {
        var inner = ZipBuilder()
        inner.add("a.html", "<p>\(paragraph(1))</p>")
        var middle = ZipBuilder()
        middle.add("iekšā.zip", inner.bytes)
        var outer = ZipBuilder()
        outer.add("vidū.zip", middle.bytes)
        var limits = ReadingLimits()
        limits.maxNestingDepth = 1
        let read = try Scratch.read("Ciems.zip", outer.bytes, limits: limits)
        let record = try #require(read.file("vidū.zip/iekšā.zip"))
        #expect(record.status == .skipped)
        #expect(record.reasonCode == .nestedTooDeep)
        #expect(record.limit == LimitHit(.depth, 1))
        #expect(record.reason?.contains("limit depth") == true)
    }

    @Test("path-length: an entry with a longer name is listed under its beginning, not read")
    func pathLength() throws {
        let long = String(repeating: "ļoti-gars-nosaukums-", count: 20) + ".html"
        var zip = ZipBuilder()
        zip.add(long, "<p>\(paragraph(1))</p>")
        zip.add("īss.html", "<p>\(paragraph(2))</p>")
        var limits = ReadingLimits()
        limits.maxPathLength = 100
        let read = try Scratch.read("Ciems.zip", zip.bytes, limits: limits)
        let record = try #require(read.files.first { $0.reasonCode == .nameTooLong })
        #expect(record.status == .skipped)
        #expect(record.path.hasSuffix("…"))
        #expect(record.path.utf8.count <= 100 + "…".utf8.count)
        #expect(record.limit == LimitHit(.pathLength, 100))
        #expect(record.reason?.contains("path-length") == true)
        #expect(read.file("īss.html")?.status == .read)
        #expect(read.documents.map(\.path) == ["īss.html"])
    }

    @Test("xml-depth: elements nested beyond the limit stop the document there")
    func xmlDepth() throws {
        let nested = String(repeating: "<w:sdt><w:sdtContent>", count: 40) + "<w:p><w:r><w:t>Dziļi</w:t></w:r></w:p>"
            + String(repeating: "</w:sdtContent></w:sdt>", count: 40)
        var limits = ReadingLimits()
        limits.maxXMLDepth = 32
        let read = try submission(documentXML: DOCX.documentXML(paragraphs: [paragraph(1)], after: nested), limits: limits)
        let record = try #require(read.file("Pieteikums.docx"))
        #expect(record.status == .skipped)
        #expect(record.reasonCode == .tooComplex)
        #expect(record.limit == LimitHit(.xmlDepth, 32))
        #expect(record.reason?.contains("xml-depth") == true)
        #expect(read.text(of: "Pieteikums.docx").contains(paragraph(1)))
        #expect(!read.text(of: "Pieteikums.docx").contains("Dziļi"))

        // Under the default the same document reads whole.
        let whole = try submission(documentXML: DOCX.documentXML(paragraphs: [paragraph(1)], after: nested))
        #expect(whole.file("Pieteikums.docx")?.status == .read)
        #expect(whole.text(of: "Pieteikums.docx").contains("Dziļi"))
    }

    @Test("xml-attributes: an element with too many attributes stops the document there, even with 200 000")
    func xmlAttributes() throws {
        for count in [300, 200_000] {
            let attributes = (0..<count).map { "a\($0)=\"\"" }.joined(separator: " ")
            let xml = DOCX.documentXML(paragraphs: [paragraph(1)], after: "<w:p \(attributes)><w:r><w:t>Pēc</w:t></w:r></w:p>")
            let read = try submission(documentXML: xml)
            let record = try #require(read.file("Pieteikums.docx"))
            #expect(record.status == .skipped)
            #expect(record.reasonCode == .tooComplex)
            #expect(record.limit == LimitHit(.xmlAttributes, 256))
            #expect(read.text(of: "Pieteikums.docx").contains(paragraph(1)))
            #expect(!read.text(of: "Pieteikums.docx").contains("Pēc"))
        }
    }

    @Test("xml-text-bytes: a text node over the limit stops the document before it")
    func xmlTextBytes() throws {
        let huge = String(repeating: "garš teksts ", count: 400)
        var limits = ReadingLimits()
        limits.maxXMLTextBytes = 2048
        let read = try submission(documentXML: DOCX.documentXML(paragraphs: [paragraph(1), huge, paragraph(3)]), limits: limits)
        let record = try #require(read.file("Pieteikums.docx"))
        #expect(record.status == .skipped)
        #expect(record.reasonCode == .tooLarge)
        #expect(record.limit == LimitHit(.xmlTextBytes, 2048))
        #expect(record.reason?.contains("xml-text-bytes") == true)
        #expect(read.text(of: "Pieteikums.docx").contains(paragraph(1)))
        #expect(!read.text(of: "Pieteikums.docx").contains(paragraph(3)))
    }
}

@Suite("Encrypted, truncated and broken inputs")
struct BrokenInputTests {
    @Test("a zip entry flagged as encrypted is reported encrypted; its neighbours are read")
    func encryptedZipEntry() throws {
        var zip = ZipBuilder()
        zip.add("Atklāts.html", "<p>\(paragraph(1))</p>")
        zip.add("Slepens.docx", DOCX.package(documentXML: DOCX.documentXML(paragraphs: ["Slepens"])), encryptedFlag: true)
        let read = try Scratch.read("Ciems.zip", zip.bytes)
        let secret = try #require(read.file("Slepens.docx"))
        #expect(secret.status == .encrypted)
        #expect(secret.reasonCode == .encrypted)
        #expect(secret.reason?.contains("unprotected copy") == true)
        #expect(read.file("Atklāts.html")?.status == .read)
        #expect(!(try read.everything()).contains("Slepens\n"))
    }

    @Test("an encrypted 7z is reported encrypted, with or without encrypted names", arguments: ["encrypted.7z", "encrypted-names.7z"])
    func encrypted7z(fixture name: String) throws {
        let read = try Scratch.read(name, try fixture(name))
        #expect(read.documents.isEmpty)
        let encryptedFiles = read.files.filter { $0.status == .encrypted }
        #expect(read.container.status == .encrypted || !encryptedFiles.isEmpty, "\(read.container) \(read.files)")
        if read.container.status == .encrypted {
            #expect(read.container.reason?.contains("password-protected") == true)
        }
        #expect(read.files.allSatisfy { $0.status == .encrypted })
        #expect(!(try read.everything()).contains("parole ir SECRET"))
    }

    @Test("a truncated zip: the documents before the cut are read, the archive is reported damaged")
    func truncatedZip() throws {
        // Deflated, as zip tools store documents: a stored DOCX would carry its own zip records
        // in plain sight, and libarchive takes a cut archive's last end record for its own.
        var zip = ZipBuilder()
        zip.add("1.docx", DOCX.package(documentXML: DOCX.documentXML(paragraphs: [paragraph(1)])), deflated: true)
        zip.add("2.html", "<p>\(paragraph(2))</p>", deflated: true)
        zip.add("3.html", "<html><body>" + (3...200).map { "<p>\(paragraph($0))</p>" }.joined() + "</body></html>", deflated: true)
        let whole = zip.bytes
        let cut = Array(whole.prefix(whole.count - 6000))
        let read = try Scratch.read("Ciems.zip", cut)
        #expect(read.container.status == .damaged)
        #expect(read.container.reasonCode == .truncatedArchive || read.container.reasonCode == .damagedArchive)
        #expect(read.container.reason?.contains("ask the applicant to send it again") == true)
        #expect(read.file("1.docx")?.status == .read)
        #expect(read.text(of: "1.docx").contains(paragraph(1)))
        #expect(read.text(of: "2.html").contains(paragraph(2)))
    }

    @Test("a truncated tar.gz: the files before the cut are read, the archive is reported damaged")
    func truncatedTarGz() throws {
        // libarchive inflates gzip in 64 KiB blocks: what lies in the blocks before the cut is read.
        let big = "<html><body>" + (3...4000).map { "<p>\(paragraph($0)) \($0 * 7919)</p>" }.joined() + "</body></html>"
        let tar = Tar.archive([
            ("Pieteikums/1.html", Array("<p>\(paragraph(1))</p>".utf8)),
            ("Pieteikums/2.html", Array("<p>\(paragraph(2))</p>".utf8)),
            ("Pieteikums/3.html", Array(big.utf8)),
        ])
        let gzip = Deflate.gzip(tar)
        let cut = Array(gzip.prefix(gzip.count * 2 / 3))
        let read = try Scratch.read("Ciems.tar.gz", cut)
        #expect(read.container.status == .damaged)
        #expect(read.container.reasonCode == .truncatedArchive)
        #expect(read.container.reason?.contains("cut short") == true)
        #expect(read.text(of: "Pieteikums/1.html").contains(paragraph(1)))
        #expect(read.text(of: "Pieteikums/2.html").contains(paragraph(2)))
    }

    @Test("a DOCX whose document.xml breaks off half-way keeps the text before the break, and says so")
    func brokenDocumentXML() throws {
        let xml = Array(DOCX.documentXML(paragraphs: (1...40).map(paragraph)).utf8)
        let broken = Array(xml.prefix(xml.count / 2))
        var zip = ZipBuilder()
        zip.add("Pieteikums.docx", DOCX.package(documentXML: broken))
        let read = try Scratch.read("Ciems.zip", zip.bytes)
        let record = try #require(read.file("Pieteikums.docx"))
        #expect(record.status == .damaged)
        #expect(record.reasonCode == .malformedXML)
        #expect(record.reason?.contains("the text before the damage was kept") == true)
        #expect(record.reason?.contains("word/document.xml") == true)
        #expect(record.blocks > 5)
        #expect(read.text(of: "Pieteikums.docx").contains(paragraph(1)))
        #expect(!read.text(of: "Pieteikums.docx").contains(paragraph(40)))
    }
}

@Suite("Fuzzing finds: whole submissions")
struct SubmissionFuzzFindTests {
    /// Found by FuzzSubmission: a 78-byte 7z header whose counts make libarchive ask for a
    /// 5 GB zeroed block (libFuzzer's malloc limit reported it as out-of-memory). The memory is
    /// never touched, and the archive must come out as damaged, with nothing read.
    @Test("a 78-byte 7z header declaring gigabytes is reported damaged")
    func hugeSevenZipHeader() throws {
        let bytes: [UInt8] = [
            0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, 0x00, 0x03, 0x05, 0x6F, 0xCA, 0x21, 0x00, 0x00, 0x00, 0x00,
            0x00, 0x00, 0x00, 0x00, 0x2E, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCE, 0xBE, 0x07, 0x73,
            0x01, 0x05, 0xE3, 0x0E, 0x01, 0x80, 0x0F, 0x01, 0x80, 0x11, 0x0D, 0x00, 0x65, 0x00, 0x6D, 0x00,
            0x70, 0x00, 0x74, 0x00, 0x79, 0x00, 0x00, 0x00, 0x14, 0x0A, 0x01, 0x00, 0x80, 0xD6, 0x40, 0x00,
            0xA8, 0xB2, 0x9D, 0x01, 0x15, 0x06, 0x01, 0x00, 0x20, 0x80, 0xA4, 0x81, 0x00, 0x00,
        ]
        let read = try Scratch.read("Ciems.7z", bytes)
        #expect(read.container.status == .damaged)
        #expect(read.container.reasonCode == .damagedArchive)
        #expect(read.files.isEmpty)
    }

    /// Found by FuzzArchive (a timeout in the fuzz harness, which read 12 MiB of each entry):
    /// 250 entries of 21 MB each from 42 KB. The walk stops at the first as a bomb.
    @Test("a zip of 250 bomb entries stops at the first one")
    func bombEntries() throws {
        let read = try Scratch.read("Ciems.zip", try fixture("fuzz-250-bomb-entries.zip"))
        #expect(read.container.status == .damaged)
        #expect(read.container.reasonCode == .decompressionBomb)
        #expect(read.files.count == 1)
        #expect(read.files.first?.status == .skipped)
    }
}

@Suite("Names in a legacy code page: one code page for the whole archive")
struct ArchiveCodePageTests {
    /// `text` in `page`, byte for byte.
    private static func encoded(_ text: String, in page: CodePage) throws -> [UInt8] {
        var inverse: [Character: UInt8] = [:]
        for byte in 0...255 {
            let character = Character(page.decode([UInt8(byte)]))
            if character != "\u{FFFD}", inverse[character] == nil { inverse[character] = UInt8(byte) }
        }
        return try text.map { try #require(inverse[$0], "\($0) is not in \(page)") }
    }

    @Test("a folder named in CP775 is spelt one way in every entry, though its short name alone reads as windows-1257")
    func oneSpelling() throws {
        // Alone, "Ūdens/a.txt" is as plausible in windows-1257 ("Ēdens"): the archive's other
        // names decide it.
        let short = try Self.encoded("Ūdens/a.txt", in: .cp775)
        #expect(NameDecoder().decode(short).text != "Ūdens/a.txt")
        var zip = ZipBuilder()
        zip.add(rawName: short, "a")
        zip.add(rawName: try Self.encoded("Ūdens/Šķūnis pie ūdens.txt", in: .cp775), "b")
        let read = try Scratch.read("Ciems.zip", zip.bytes)
        let paths = read.files.map(\.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(paths == ["Ūdens/a.txt", "Ūdens/Šķūnis pie ūdens.txt"], "\(paths)")
        #expect(read.files.filter { $0.path.hasSuffix(".txt") }.allSatisfy { $0.nameEncoding == "CP775" })
    }

    @Test("names that leave the code page in doubt are marked as a guess")
    func doubtful() throws {
        var zip = ZipBuilder()
        zip.add(rawName: try Self.encoded("Ūdens.txt", in: .cp775), "a")
        let read = try Scratch.read("Ciems.zip", zip.bytes)
        let file = try #require(read.files.first { $0.path.hasSuffix(".txt") })
        #expect(file.nameUncertain == true)
    }
}
