import ArchiveIO
import Foundation
import Testing
import TextEncodings

/// Fixtures are described in `Fixtures/FIXTURES.md` beside this file.
private let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

private func entries(of name: String) throws -> [ArchiveEntry] {
    var reader = try ArchiveReader(path: fixtures.appendingPathComponent(name).path)
    var found: [ArchiveEntry] = []
    while let entry = try reader.nextEntry() { found.append(entry) }
    return found
}

/// Every file entry's data, by path.
private func contents(_ reader: inout ArchiveReader) throws -> [String: [UInt8]] {
    var found: [String: [UInt8]] = [:]
    while let entry = try reader.nextEntry() {
        if entry.kind == .file { found[entry.path] = try reader.readAll(limit: 1 << 20) }
    }
    return found
}

@Suite("Reading archives with libarchive")
struct ArchiveReaderTests {
    @Test("UTF-8 names come out whole, not empty, in a Swift process's C locale")
    func utf8Names() throws {
        let names = try entries(of: "names-utf8.zip").map(\.path)
        #expect(names == ["Pieteikums_Ābeles.docx", "Rīga-šķērslis.txt", "Ģērbšanās_ķēde.txt", "Žūžņi.txt", "Mape_ūdens/Čūska.txt"])
    }

    @Test(
        "names stored in a Baltic code page without the UTF-8 flag are decoded",
        arguments: [("names-cp1257.zip", CodePage.windows1257), ("names-cp775.zip", .cp775)]
    )
    func legacyNames(fixture: String, page: CodePage) throws {
        let found = try entries(of: fixture)
        #expect(found.map(\.path) == ["Pieteikums_Ābeles.txt", "Ģērbšanās_ķēde.txt", "Žūžņi.txt", "Mape_ūdens/Čūska.txt", "readme.txt"])
        for entry in found where entry.path != "readme.txt" {
            #expect(entry.nameEncoding?.codePage == page)
            #expect(entry.nameEncoding?.isConfident == true)
        }
        #expect(found.last?.nameEncoding == nil)
    }

    @Test("Info-ZIP's UTF-8 names without the flag are taken as UTF-8")
    func infoZipNames() throws {
        let found = try entries(of: "names-infozip.zip")
        #expect(found.map(\.path).contains("Rīga-šķērslis.txt"))
        #expect(found.allSatisfy { $0.nameEncoding == nil })
    }

    @Test("entry data reads in full, and a limit is enforced")
    func readData() throws {
        var reader = try ArchiveReader(path: fixtures.appendingPathComponent("names-utf8.zip").path)
        _ = try reader.nextEntry()
        _ = try #require(try reader.nextEntry())
        let text = try reader.readAll(limit: 1 << 20)
        #expect(String(decoding: text, as: UTF8.self) == "Rīga: šķērslis pārvarēts.\n")

        var limited = try ArchiveReader(path: fixtures.appendingPathComponent("names-utf8.zip").path)
        _ = try limited.nextEntry()
        #expect(throws: ArchiveError.self) { try limited.readAll(limit: 100) }
    }

    @Test("an archive opens from memory just as from disk", arguments: ["mixed.7z", "mixed.tar.gz", "nested.zip"])
    func memory(fixture: String) throws {
        let bytes = try [UInt8](Data(contentsOf: fixtures.appendingPathComponent(fixture)))
        var reader = try ArchiveReader(bytes: bytes)
        var fromMemory: [String] = []
        while let entry = try reader.nextEntry() { fromMemory.append(entry.path) }
        #expect(fromMemory == (try entries(of: fixture)).map(\.path))
    }

    @Test("a mapped archive reads in place just as from disk, data included", arguments: ["mixed.7z", "mixed.tar.gz", "nested.zip"])
    func mapped(fixture: String) throws {
        let path = fixtures.appendingPathComponent(fixture).path
        let file = try #require(MappedFile(path: path, maxBytes: 1 << 20))
        #expect(file.bytes.count == (try Data(contentsOf: URL(fileURLWithPath: path))).count)
        var fromMapping = try ArchiveReader(mapped: file)
        var fromDisk = try ArchiveReader(path: path)
        let mappedContents = try contents(&fromMapping)
        #expect(!mappedContents.isEmpty)
        #expect(mappedContents == (try contents(&fromDisk)))
    }

    @Test("an archive lent from memory reads in place just as from disk, data included", arguments: ["mixed.7z", "mixed.tar.gz", "nested.zip"])
    func borrowed(fixture: String) throws {
        let path = fixtures.appendingPathComponent(fixture).path
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let lent = try bytes.withUnsafeBytes { raw in
            var reader = try ArchiveReader(borrowing: raw)
            return try contents(&reader)
        }
        var fromDisk = try ArchiveReader(path: path)
        #expect(!lent.isEmpty)
        #expect(lent == (try contents(&fromDisk)))
    }

    @Test("an entry read in steps, below, at and past its size, gives the bytes read whole", arguments: ["mixed.7z", "mixed.tar.gz", "nested.zip"])
    func readInSteps(fixture: String) throws {
        let path = fixtures.appendingPathComponent(fixture).path
        var whole = try ArchiveReader(path: path)
        let expected = try contents(&whole)
        for (name, data) in expected where !data.isEmpty {
            for first in Set([1, data.count - 1, data.count, data.count + 1]) where first > 0 {
                var reader = try ArchiveReader(path: path)
                while let entry = try reader.nextEntry(), entry.path != name {}
                var buffer: [UInt8] = []
                let ended = try reader.read(into: &buffer, limit: first)
                // The end is seen only with room past the last byte.
                #expect(ended == (first > data.count), "\(name): first read to \(first) of \(data.count)")
                #expect(buffer == Array(data.prefix(first)), "\(name): first read to \(first)")
                #expect(try reader.read(into: &buffer, limit: data.count + 1))
                #expect(buffer == data, "\(name): read on after \(first) bytes")
            }
        }
    }

    @Test("files that are empty, too large, missing or not regular are not mapped")
    func unmappable() throws {
        let path = fixtures.appendingPathComponent("nested.zip").path
        #expect(MappedFile(path: path, maxBytes: 10) == nil)
        #expect(MappedFile(path: "/nonexistent.zip", maxBytes: 1 << 20) == nil)
        #expect(MappedFile(path: fixtures.path, maxBytes: 1 << 20) == nil)
        #expect(MappedFile(path: "/dev/null", maxBytes: 1 << 20) == nil)
    }

    @Test("7z and tar.gz list files and directories with their kinds", arguments: ["mixed.7z", "mixed.tar.gz"])
    func kinds(fixture: String) throws {
        let found = try entries(of: fixture)
        let files = found.filter { $0.kind == .file }.map(\.path).sorted()
        #expect(
            files == [
                "Pieteikums/Iesniegums.docx", "Pieteikums/pielikumi/Lapa.html", "Pieteikums/pielikumi/Resursi.odt",
                "Pieteikums/Ūdens_ziņas.txt",
            ]
        )
        #expect(found.contains { $0.kind == .directory })
    }

    @Test("password-protected entries are flagged, and their data is not returned")
    func encrypted() throws {
        var reader = try ArchiveReader(path: fixtures.appendingPathComponent("encrypted.zip").path)
        var flagged = 0
        while let entry = try reader.nextEntry() {
            #expect(entry.isEncrypted)
            flagged += 1
            #expect(throws: ArchiveError.self) { try reader.readAll(limit: 1 << 20) }
        }
        #expect(flagged == 2)
    }

    @Test("a truncated zip yields its first entry, then a truncation error")
    func truncated() throws {
        var reader = try ArchiveReader(path: fixtures.appendingPathComponent("truncated.zip").path)
        let first = try #require(try reader.nextEntry())
        #expect(first.path == "Rīga-šķērslis.txt")
        #expect(String(decoding: try reader.readAll(limit: 1 << 20), as: UTF8.self) == "Rīga: šķērslis pārvarēts.\n")
        var failure: ArchiveError?
        do {
            while try reader.nextEntry() != nil {
                _ = try reader.readAll(limit: 1 << 20)
            }
        } catch {
            failure = error
        }
        let error = try #require(failure)
        #expect(error.code == .truncated || error.code == .damaged)
    }

    /// A zip of one stored entry whose zip64 fields declare `declared` bytes for its `body`.
    private static func zip64(declaring declared: UInt64, body: [UInt8]) -> [UInt8] {
        func le(_ value: UInt64, _ bytes: Int) -> [UInt8] { (0..<bytes).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) } }
        let name = Array("a.html".utf8)
        let crc = body.reduce(UInt32(0xFFFF_FFFF)) { crc, byte in
            (0..<8).reduce(crc ^ UInt32(byte)) { value, _ in value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        } ^ 0xFFFF_FFFF
        let extra = le(1, 2) + le(16, 2) + le(declared, 8) + le(UInt64(body.count), 8)
        let sizes = le(UInt64(crc), 4) + le(0xFFFF_FFFF, 4) + le(0xFFFF_FFFF, 4) + le(UInt64(name.count), 2) + le(UInt64(extra.count), 2)
        let local = le(0x0403_4B50, 4) + le(45, 2) + le(0, 2) + le(0, 2) + le(0, 4) + sizes + name + extra + body
        let central = le(0x0201_4B50, 4) + le(45, 2) + le(45, 2) + le(0, 2) + le(0, 2) + le(0, 4) + sizes
            + le(0, 2) + le(0, 2) + le(0, 2) + le(0, 4) + le(0, 4) + name + extra
        let end = le(0x0605_4B50, 4) + le(0, 4) + le(1, 2) + le(1, 2) + le(UInt64(central.count), 4) + le(UInt64(local.count), 4) + le(0, 2)
        return local + central + end
    }

    @Test(
        "an entry whose header declares more than it holds, up to Int64.max, is reported damaged, not read short",
        arguments: [UInt64(31), 1000, UInt64(Int64.max) - 1, UInt64(Int64.max)]
    )
    func declaredSizeLies(declared: UInt64) throws {
        let body = Array("<p>Mums ir kopienas centrs.</p>".utf8)
        var reader = try ArchiveReader(bytes: Self.zip64(declaring: declared, body: body))
        let entry = try #require(try reader.nextEntry())
        #expect(entry.path == "a.html")
        var buffer: [UInt8] = []
        var ended = false
        var failure: ArchiveError?
        do { ended = try reader.read(into: &buffer, limit: 1 << 20) } catch { failure = error }
        if declared == UInt64(body.count) {
            #expect(ended && buffer == body)
        } else {
            // libarchive warns that the size is wrong after handing out the data: the entry is
            // damaged, not read short without a word (and Int64.max does not overflow the reservation).
            #expect(failure?.code == .damaged, "read \(buffer.count) bytes, ended: \(ended)")
        }
    }

    @Test("a file that is not an archive is refused at open")
    func notAnArchive() throws {
        #expect(throws: ArchiveError.self) {
            _ = try ArchiveReader(path: fixtures.appendingPathComponent("FIXTURES.md").path)
        }
        #expect(throws: ArchiveError.self) { _ = try ArchiveReader(path: "/nonexistent.zip") }
    }
}
