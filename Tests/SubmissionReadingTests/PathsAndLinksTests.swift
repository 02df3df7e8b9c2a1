import DocumentModel
import Foundation
import SubmissionReading
import Testing
#if canImport(Glibc)
import Glibc
#endif

private func html(_ text: String) -> [UInt8] {
    Array("<html><body><p>\(text)</p></body></html>".utf8)
}

@Suite("Every file of a submission is kept and can be told apart")
struct RepeatedPathTests {
    @Test("one name twice in a zip, ./a.html beside a.html, x\\a.html beside x/a.html, NFC beside NFD: numbered, all read")
    func repeatedNames() throws {
        var zip = ZipBuilder()
        zip.add("a.html", html("pirmais"))
        zip.add("a.html", html("otrais"))
        zip.add("./b.html", html("trešais"))
        zip.add("b.html", html("ceturtais"))
        zip.add("x\\c.html", html("piektais"))
        zip.add("x/c.html", html("sestais"))
        zip.add("\u{0112}.html", html("septītais"))
        zip.add("E\u{0304}.html", html("astotais"))
        let submission = try Scratch.read("Ciems.zip", zip.bytes)
        #expect(submission.files.count == 8)
        #expect(submission.documents.count == 8)
        #expect(Set(submission.files.map(\.path)).count == 8)
        #expect(submission.files.allSatisfy { $0.status == .read }, "\(submission.files.map { ($0.path, $0.status) })")
        #expect(submission.text(of: "a.html") == "pirmais" && submission.text(of: "a.html (2)") == "otrais")
        let texts = Set(submission.documents.flatMap(\.blocks).map(\.text))
        #expect(texts == ["pirmais", "otrais", "trešais", "ceturtais", "piektais", "sestais", "septītais", "astotais"])
        // Every document's path is one of the records' paths.
        #expect(Set(submission.documents.map(\.path)).isSubset(of: Set(submission.files.map(\.path))))
    }

    @Test("a numbered copy keeps its format: a second a.docx is read as a DOCX, a second x.zip opened as an archive")
    func numberedCopiesKeepTheirFormat() throws {
        var inner = ZipBuilder()
        inner.add("b.html", html("iekšā"))
        var zip = ZipBuilder()
        for text in ["pirmais", "otrais"] {
            zip.add("a.docx", DOCX.package(documentXML: DOCX.documentXML(paragraphs: [text])))
            zip.add("x.zip", inner.bytes)
        }
        let submission = try Scratch.read("Ciems.zip", zip.bytes)
        #expect(submission.file("a.docx (2)")?.format == .docx && submission.file("a.docx (2)")?.status == .read)
        #expect(submission.text(of: "a.docx (2)") == "otrais")
        #expect(submission.file("x.zip (2)")?.format == .zip && submission.text(of: "x.zip (2)/b.html") == "iekšā")
    }

    @Test("two names too long to list whole, alike in their beginnings, stay apart")
    func longNamesApart() throws {
        var limits = ReadingLimits()
        limits.maxPathLength = 64
        var zip = ZipBuilder()
        let stem = String(repeating: "garš nosaukums ", count: 8)
        zip.add(stem + "1.html", html("a"))
        zip.add(stem + "2.html", html("b"))
        let submission = try Scratch.read("Ciems.zip", zip.bytes, limits: limits)
        #expect(submission.files.count == 2 && Set(submission.files.map(\.path)).count == 2, "\(submission.files.map(\.path))")
        #expect(submission.files.allSatisfy { $0.reasonCode == .nameTooLong })
    }

    @Test("a name already taken by a numbered copy is numbered on until free; the order never changes")
    func numberedUntilFree() throws {
        let entries = [("a.html", "1"), ("a.html", "2"), ("a.html (2)", "3")]
        let tar = Tar.archive(entries.map { (name: $0.0, data: html($0.1)) })
        let submission = try Scratch.read("Ciems.tar", tar)
        #expect(submission.files.map(\.path) == ["a.html", "a.html (2)", "a.html (2) (2)"])
        #expect(submission.text(of: "a.html (2) (2)") == "3")
        let again = try Scratch.read("Ciems.tar", tar)
        #expect(again.files == submission.files && again.documents == submission.documents)
    }
}

@Suite("Links inside archives")
struct ArchiveLinkTests {
    @Test("a tar hard link to a member of the same archive is read as the file it repeats")
    func hardLink() throws {
        let tar = Tar.archive([
            (name: "pieteikums.html", data: html("Mūsu ciema biedrība"), hardLinkTo: nil),
            (name: "kopija.html", data: [], hardLinkTo: "pieteikums.html"),
            (name: "nekas.html", data: [], hardLinkTo: "nav-tāda.html"),
        ])
        let submission = try Scratch.read("Ciems.tar", tar)
        #expect(submission.file("kopija.html")?.status == .read)
        #expect(submission.text(of: "kopija.html") == "Mūsu ciema biedrība")
        #expect(submission.file("nekas.html")?.reasonCode == .link)
    }
}

@Suite("Signed containers: the signature is no unreadable file")
struct SignedContainerTests {
    @Test(".edoc's mimetype, manifest and signatures are listed as its signature; the signed documents are read", arguments: ["Pieteikums.edoc", "Pieteikums.asice"])
    func signature(name: String) throws {
        var zip = ZipBuilder()
        zip.add("mimetype", "application/vnd.etsi.asic-e+zip")
        zip.add("Pieteikums.docx", DOCX.package(documentXML: DOCX.documentXML(paragraphs: ["Mūsu ciema kopiena"])))
        zip.add("META-INF/manifest.xml", "<manifest:manifest/>")
        zip.add("META-INF/signatures0.xml", "<asic:XAdESSignatures/>")
        let submission = try Scratch.read(name, zip.bytes)
        for path in ["mimetype", "META-INF/manifest.xml", "META-INF/signatures0.xml"] {
            let record = try #require(submission.file(path))
            #expect(record.reasonCode == .signature && record.format == .signature)
            #expect(!record.isUnreadable && !record.needsAttention)
            #expect(record.reason?.contains("signature") == true)
        }
        #expect(submission.file("Pieteikums.docx")?.status == .read)
        #expect(submission.files.filter(\.isUnreadable).isEmpty)
    }

    @Test("in a plain zip the same names are files like any other")
    func plainZip() throws {
        var zip = ZipBuilder()
        zip.add("META-INF/signatures0.xml", "<x/>")
        let submission = try Scratch.read("Ciems.zip", zip.bytes)
        #expect(submission.file("META-INF/signatures0.xml")?.reasonCode != .signature)
    }
}

@Suite("Submission folders on disk, by their names' bytes")
struct FolderOnDiskTests {
    private func folder(_ build: (URL) throws -> Void) throws -> (URL, Submission) {
        let root = try Scratch.folder().appendingPathComponent("Ciems")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try build(root)
        let submission = SubmissionReader().read(SubmissionSource(id: "Ciems", path: root.path, displayName: "Ciems", kind: .folder))
        return (root.deletingLastPathComponent(), submission)
    }

    /// Creates a file whose name is `name`'s bytes, which need not be UTF-8.
    private func create(_ name: [UInt8], in folder: URL, bytes: [UInt8]) {
        let path = DiskPath(folder.path).appending(name)
        let descriptor = path.withCString { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        precondition(descriptor >= 0)
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
    }

    @Test("names in windows-1257 (a Windows zip unpacked with unzip) are read, shown decoded, and told apart")
    func legacyNames() throws {
        // "Iesniegums_ā.html" and "Iesniegums_č.html" in windows-1257: ā = 0xE2, č = 0xE8.
        let (scratch, submission) = try folder { root in
            create(Array("Iesniegums_".utf8) + [0xE2] + Array(".html".utf8), in: root, bytes: html("pirmais"))
            create(Array("Iesniegums_".utf8) + [0xE8] + Array(".html".utf8), in: root, bytes: html("otrais"))
        }
        defer { try? FileManager.default.removeItem(at: scratch) }
        #expect(submission.files.count == 2)
        #expect(submission.files.allSatisfy { $0.status == .read }, "\(submission.files)")
        #expect(Set(submission.files.map(\.path)) == ["Iesniegums_ā.html", "Iesniegums_č.html"])
        #expect(submission.files.allSatisfy { $0.nameEncoding == "windows-1257" })
        #expect(Set(submission.documents.flatMap(\.blocks).map(\.text)) == ["pirmais", "otrais"])
    }

    @Test("a folder deeper than the path-length limit is listed, not lost; files above it are read")
    func deepFolder() throws {
        var limits = ReadingLimits()
        limits.maxPathLength = 64
        let root = try Scratch.folder().appendingPathComponent("Ciems")
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        var deep = root
        for level in 0..<20 { deep.appendPathComponent("mape\(level)") }
        try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
        try Data(html("dziļi")).write(to: deep.appendingPathComponent("a.html"))
        try Data(html("virspusē")).write(to: root.appendingPathComponent("b.html"))
        let submission = SubmissionReader(limits: limits).read(SubmissionSource(id: "Ciems", path: root.path, displayName: "Ciems", kind: .folder))
        #expect(submission.file("b.html")?.status == .read)
        let skipped = try #require(submission.files.first { $0.reasonCode == .nameTooLong })
        #expect(skipped.format == .folder && skipped.isUnreadable, "\(submission.files)")
        #expect(skipped.reason?.contains("folder") == true)
    }

    @Test("a folder deeper than PATH_MAX is walked with the limit raised: nothing vanishes")
    func beyondPathMax() throws {
        var limits = ReadingLimits()
        limits.maxPathLength = 16_384
        let root = try Scratch.folder().appendingPathComponent("Ciems")
        defer {
            // rm -r copes with paths FileManager cannot remove.
            let remove = Process()
            remove.executableURL = URL(fileURLWithPath: "/bin/rm")
            remove.arguments = ["-rf", root.deletingLastPathComponent().path]
            try? remove.run()
            remove.waitUntilExit()
        }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        // 40 levels of 200-byte names: 8 KB, twice PATH_MAX, made one level at a time.
        let name = Array(String(repeating: "m", count: 200).utf8)
        var descriptor = DiskPath(root.path).open(O_RDONLY | O_DIRECTORY)
        for _ in 0..<40 {
            _ = DiskPath(bytes: name).withCString { mkdirat(descriptor, $0, 0o755) }
            let next = DiskPath(bytes: name).withCString { openat(descriptor, $0, O_RDONLY | O_DIRECTORY) }
            close(descriptor)
            descriptor = next
        }
        let file = DiskPath(bytes: Array("a.html".utf8)).withCString { openat(descriptor, $0, O_WRONLY | O_CREAT, 0o644) }
        let bytes = html("dziļi")
        _ = bytes.withUnsafeBytes { write(file, $0.baseAddress, $0.count) }
        close(file)
        close(descriptor)
        let submission = SubmissionReader(limits: limits).read(SubmissionSource(id: "Ciems", path: root.path, displayName: "Ciems", kind: .folder))
        #expect(submission.files.count == 1)
        #expect(submission.files.first?.status == .read, "\(submission.files)")
        #expect(submission.documents.first?.blocks.first?.text == "dziļi")
    }

    @Test("a link in a submission folder is listed, not followed")
    func link() throws {
        let (scratch, submission) = try folder { root in
            try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("shadow.html").path, withDestinationPath: "/etc/shadow")
        }
        defer { try? FileManager.default.removeItem(at: scratch) }
        #expect(submission.files.map(\.reasonCode) == [.link])
        #expect(submission.documents.isEmpty)
    }
}

@Suite("Parts of web pages are not assessed on their own")
struct WebPagePartTests {
    @Test("scripts, styles and fonts anywhere, and the pictures saved beside a page, are listed as not assessed — no gap in the evidence")
    func pageParts() throws {
        var zip = ZipBuilder()
        zip.add("Mājaslapa.html", html("Mūsu kopiena"))
        zip.add("Mājaslapa_files/logo.png", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0])
        zip.add("Mājaslapa_files/style.css", "p { color: red }")
        zip.add("js/app.js", "alert(1)")
        zip.add("fonts/a.woff2", [1, 2, 3])
        zip.add("plakāts.jpg", [0xFF, 0xD8, 0xFF, 0xE0])
        zip.add("Cits_files/foto.png", [0x89, 0x50, 0x4E, 0x47])
        let submission = try Scratch.read("Ciems.zip", zip.bytes)
        for path in ["Mājaslapa_files/logo.png", "Mājaslapa_files/style.css", "js/app.js", "fonts/a.woff2"] {
            let record = try #require(submission.file(path))
            #expect(record.reasonCode == .notAssessed && !record.isUnreadable, "\(path): \(record)")
        }
        // A picture of its own may hold evidence (a poster): it stays unreadable, as one in a
        // folder named like a page that is not there.
        #expect(submission.file("plakāts.jpg")?.isUnreadable == true)
        #expect(submission.file("Cits_files/foto.png")?.isUnreadable == true)
    }
}
