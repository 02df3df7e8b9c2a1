import DocumentModel
import Foundation
import SubmissionReading
import Testing

/// The archive fixtures are shared with ArchiveIOTests (see their FIXTURES.md).
private let archiveFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("ArchiveIOTests/Fixtures")

private func readArchive(_ name: String, limits: ReadingLimits = ReadingLimits()) -> Submission {
    let path = archiveFixtures.appendingPathComponent(name).path
    guard case .archive(let format) = FormatDetection.category(ofName: name) else {
        Issue.record("\(name) is not named like an archive")
        return Submission(id: name, source: name, container: ContainerRecord(kind: .archive, format: nil, status: .damaged), files: [], documents: [])
    }
    let source = SubmissionSource(id: SubmissionID.make(fromEntryName: name, isDirectory: false), path: path, displayName: name, kind: .archive(format))
    return SubmissionReader(limits: limits).read(source)
}

private func record(_ submission: Submission, _ path: String) -> FileRecord? {
    submission.files.first { $0.path == path }
}

@Suite("Reading one submission")
struct SubmissionReaderTests {
    @Test("a nested zip is opened and its documents are read under its path")
    func nested() throws {
        let submission = readArchive("nested.zip")
        #expect(submission.container.status == .read)
        let inner = try #require(record(submission, "pielikumi.zip"))
        #expect(inner.status == .read)
        #expect(inner.entries == 1)
        let document = try #require(record(submission, "pielikumi.zip/Tāme.docx"))
        #expect(document.status == .read)
        #expect(document.blocks > 10)
        #expect(submission.documents.map(\.path) == ["pielikumi.zip/Tāme.docx"])
        #expect(record(submission, "Iesniegums.txt")?.status == .unsupported)
    }

    @Test("nesting stops at the limit and says so")
    func deep() throws {
        let submission = readArchive("deep.zip")
        let refused = try #require(submission.files.first { $0.reasonCode == .nestedTooDeep })
        #expect(refused.path == "limenis2.zip/limenis3.zip/limenis4.zip/limenis5.zip")
        #expect(refused.status == .skipped)
        #expect(refused.reason?.contains("3 levels") == true)

        var deeper = ReadingLimits()
        deeper.maxNestingDepth = 5
        let reached = readArchive("deep.zip", limits: deeper)
        #expect(reached.files.contains { $0.path.hasSuffix("limenis5.zip/dziļākais.txt") })
        #expect(!reached.files.contains { $0.reasonCode == .nestedTooDeep })
    }

    @Test("password-protected entries are listed as encrypted, with what to do")
    func encrypted() {
        let submission = readArchive("encrypted.zip")
        #expect(submission.files.map(\.status) == [.encrypted, .encrypted])
        #expect(submission.files.allSatisfy { $0.reason?.contains("unprotected copy") == true })
        #expect(submission.documents.isEmpty)
    }

    @Test("a truncated archive keeps what came before the damage and reports the rest")
    func truncated() throws {
        let submission = readArchive("truncated.zip")
        #expect(submission.container.status == .damaged)
        #expect(submission.container.reasonCode == .truncatedArchive)
        #expect(record(submission, "Rīga-šķērslis.txt") != nil)
        let cut = try #require(record(submission, "Pieteikums.odt"))
        #expect(cut.status == .damaged)
        #expect(!submission.documents.contains { $0.path == "Pieteikums.odt" })
    }

    @Test("7z and tar.gz submissions read every document", arguments: ["mixed.7z", "mixed.tar.gz"])
    func mixed(fixture: String) {
        let submission = readArchive(fixture)
        #expect(submission.container.status == .read)
        #expect(submission.documents.map(\.path) == ["Pieteikums/Iesniegums.docx", "Pieteikums/pielikumi/Lapa.html", "Pieteikums/pielikumi/Resursi.odt"])
        #expect(submission.files.map(\.path) == submission.files.map(\.path).sorted())
    }

    @Test("legacy-code-page names are marked with their code page")
    func legacyNames() throws {
        let submission = readArchive("names-cp775.zip")
        let file = try #require(record(submission, "Pieteikums_Ābeles.txt"))
        #expect(file.nameEncoding == "CP775")
        #expect(file.nameUncertain == nil)
        #expect(record(submission, "readme.txt")?.nameEncoding == nil)
    }

    @Test("a document over the size limit is skipped, not read")
    func tooLarge() throws {
        var limits = ReadingLimits()
        limits.maxDocumentBytes = 1024
        let submission = readArchive("names-utf8.zip", limits: limits)
        let document = try #require(record(submission, "Pieteikums_Ābeles.docx"))
        #expect(document.status == .skipped)
        #expect(document.reasonCode == .tooLarge)
    }
}

@Suite("Folders and loose files as submissions")
struct FolderSubmissionTests {
    private func makeFolder() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lieciba-folder-\(UUID().uuidString)")
        let nested = root.appendingPathComponent("pielikumi/foto")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try Data("<p>Mūsu ciems</p>".utf8).write(to: root.appendingPathComponent("Pieteikums.html"))
        try Data([0xFF, 0xD8, 0xFF, 0xE0]).write(to: nested.appendingPathComponent("bilde.jpg"))
        try Data("%PDF-1.4".utf8).write(to: root.appendingPathComponent("pielikumi/bez-paplašinājuma"))
        try Data().write(to: root.appendingPathComponent(".DS_Store"))
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("saite.html").path, withDestinationPath: "/etc/passwd")
        try FileManager.default.copyItem(
            at: archiveFixtures.appendingPathComponent("nested.zip"),
            to: root.appendingPathComponent("pielikumi/arhīvs.zip")
        )
        return root
    }

    @Test("every file in a folder is listed: documents read, others with reasons, links not followed")
    func folder() throws {
        let root = try makeFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let submission = SubmissionReader().read(SubmissionSource(id: "Ciems", path: root.path, displayName: "Ciems", kind: .folder))
        let byPath = Dictionary(uniqueKeysWithValues: submission.files.map { ($0.path, $0) })
        #expect(byPath["Pieteikums.html"]?.status == .read)
        #expect(byPath["pielikumi/foto/bilde.jpg"]?.status == .unsupported)
        #expect(byPath["pielikumi/foto/bilde.jpg"]?.format.rawValue == "jpeg")
        #expect(byPath["pielikumi/bez-paplašinājuma"]?.format.rawValue == "pdf")
        #expect(byPath["saite.html"]?.reasonCode == .link)
        #expect(byPath[".DS_Store"]?.status == .skipped)
        #expect(byPath["pielikumi/arhīvs.zip/pielikumi.zip/Tāme.docx"]?.status == .read)
        #expect(submission.files.allSatisfy { $0.status == .read || $0.reason != nil })
    }

    @Test("a loose document is a submission of one file")
    func looseDocument() throws {
        let path = archiveFixtures.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("DocumentTextTests/Fixtures/lv-basic.odt").path
        let submission = SubmissionReader().read(SubmissionSource(id: "lv-basic", path: path, displayName: "lv-basic.odt", kind: .file))
        #expect(submission.container.kind == .document)
        #expect(submission.container.status == .read)
        #expect(submission.files.map(\.path) == ["lv-basic.odt"])
        #expect(submission.documents.first?.blocks.isEmpty == false)
    }
}

@Suite("Naming and classifying")
struct NamingTests {
    @Test(
        "ids drop archive and document extensions",
        arguments: [
            ("S01.zip", "S01"), ("Ozolkalns.tar.gz", "Ozolkalns"), ("Lejasmuiža.7z", "Lejasmuiža"), ("Vecupe.docx", "Vecupe"),
            ("Ciems.TAR.BZ2", "Ciems"), (".zip", ".zip"), ("bez", "bez"),
        ]
    )
    func ids(name: String, id: String) {
        #expect(SubmissionID.make(fromEntryName: name, isDirectory: false) == id)
    }

    @Test func folderNamesStay() {
        #expect(SubmissionID.make(fromEntryName: "Priedaine.zip", isDirectory: true) == "Priedaine.zip")
    }

    @Test("magic bytes tell formats apart when the name does not")
    func sniffing() {
        #expect(FormatDetection.category(ofContent: Array("PK\u{03}\u{04}".utf8)) == .archive(.zip))
        #expect(FormatDetection.category(ofContent: [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) == .archive(.sevenZip))
        #expect(FormatDetection.category(ofContent: Array("%PDF-1.7".utf8)) == .unsupported(FileFormat(rawValue: "pdf")))
        #expect(FormatDetection.category(ofContent: Array("  <!DOCTYPE html><html>".utf8)) == .document(.html))
        var tar = [UInt8](repeating: 0, count: 512)
        tar.replaceSubrange(257..<262, with: Array("ustar".utf8))
        #expect(FormatDetection.category(ofContent: tar) == .archive(.tar))
        #expect(FormatDetection.category(ofName: "__MACOSX/._Pieteikums.docx") == .systemMetadata)
        #expect(FormatDetection.category(ofName: "Foto.JPG") == .unsupported(FileFormat(rawValue: "jpeg")))
    }
}
