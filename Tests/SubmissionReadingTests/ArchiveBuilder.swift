import DocumentModel
import Foundation
import SubmissionReading

/// Builds zip archives, DOCX packages and gzip streams in memory, so that hostile and broken
/// inputs are spelled out in the tests themselves.
struct ZipBuilder {
    struct Entry {
        var name: String
        var data: [UInt8]
        var deflated: Bool
        /// Sets the "encrypted" flag (the data itself is not encrypted: a reader must not try it).
        var encryptedFlag: Bool
        /// The name's bytes as stored, without the UTF-8 flag, when set: a legacy code page.
        var rawName: [UInt8]? = nil
    }

    private(set) var entries: [Entry] = []

    mutating func add(_ name: String, _ data: [UInt8], deflated: Bool = false, encryptedFlag: Bool = false) {
        entries.append(Entry(name: name, data: data, deflated: deflated, encryptedFlag: encryptedFlag))
    }

    mutating func add(_ name: String, _ text: String, deflated: Bool = false) {
        add(name, Array(text.utf8), deflated: deflated)
    }

    /// Adds an entry whose name is stored as `rawName`, with the UTF-8 flag clear, as Windows'
    /// own compressor stores names in the system's code page.
    mutating func add(rawName: [UInt8], _ text: String) {
        entries.append(Entry(name: "", data: Array(text.utf8), deflated: false, encryptedFlag: false, rawName: rawName))
    }

    var bytes: [UInt8] {
        var archive: [UInt8] = []
        var directory: [UInt8] = []
        for entry in entries {
            let offset = archive.count
            let payload = entry.deflated ? Deflate.runs(entry.data) : entry.data
            let name = entry.rawName ?? Array(entry.name.utf8)
            let flags: UInt16 = (entry.rawName == nil ? 0x0800 : 0) | (entry.encryptedFlag ? 1 : 0)
            let method: UInt16 = entry.deflated ? 8 : 0
            let crc = CRC32.checksum(entry.data)
            var local: [UInt8] = []
            local.le32(0x0403_4B50)
            local.le16(20)
            local.le16(flags)
            local.le16(method)
            local.le16(0)
            local.le16(0x58_21)  // 2024-01-01
            local.le32(crc)
            local.le32(UInt32(payload.count))
            local.le32(UInt32(entry.data.count))
            local.le16(UInt16(name.count))
            local.le16(0)
            archive += local + name + payload

            directory.le32(0x0201_4B50)
            directory.le16(20)
            directory.le16(20)
            directory.le16(flags)
            directory.le16(method)
            directory.le16(0)
            directory.le16(0x58_21)
            directory.le32(crc)
            directory.le32(UInt32(payload.count))
            directory.le32(UInt32(entry.data.count))
            directory.le16(UInt16(name.count))
            directory.le16(0)
            directory.le16(0)
            directory.le16(0)
            directory.le16(0)
            directory.le32(0)
            directory.le32(UInt32(offset))
            directory += name
        }
        let directoryOffset = archive.count
        archive += directory
        archive.le32(0x0605_4B50)
        archive.le16(0)
        archive.le16(0)
        archive.le16(UInt16(entries.count))
        archive.le16(UInt16(entries.count))
        archive.le32(UInt32(directory.count))
        archive.le32(UInt32(directoryOffset))
        archive.le16(0)
        return archive
    }
}

/// A minimal DOCX: content types, the package relationship and `word/document.xml`.
enum DOCX {
    static let namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// `word/document.xml` with one paragraph per text, and `inner` placed after them.
    static func documentXML(paragraphs: [String], after inner: String = "", prolog: String = "") -> String {
        let body = paragraphs.map { "<w:p><w:r><w:t>\($0)</w:t></w:r></w:p>" }.joined()
        return #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + prolog
            + #"<w:document xmlns:w="\#(namespace)"><w:body>"# + body + inner + "</w:body></w:document>"
    }

    static func package(documentXML: String) -> [UInt8] {
        package(documentXML: Array(documentXML.utf8))
    }

    static func package(documentXML: [UInt8]) -> [UInt8] {
        var zip = ZipBuilder()
        zip.add(
            "[Content_Types].xml",
            #"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#
        )
        zip.add(
            "_rels/.rels",
            #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#
        )
        zip.add("word/document.xml", documentXML)
        return zip.bytes
    }
}

/// Raw deflate with the fixed Huffman codes: literals, and runs of a repeated byte as matches
/// of length 258 at distance 1 (about 160:1 on zeros, enough for the bomb check).
enum Deflate {
    static func runs(_ data: [UInt8]) -> [UInt8] {
        var bits = BitWriter()
        bits.write(1, count: 1)  // final block
        bits.write(1, count: 2)  // fixed Huffman codes
        var index = 0
        while index < data.count {
            if index > 0, index + 258 <= data.count, data[index..<(index + 258)].allSatisfy({ $0 == data[index - 1] }) {
                bits.huffman(0xC5, count: 8)  // length 258 (code 285)
                bits.huffman(0, count: 5)  // distance 1
                index += 258
            } else {
                let byte = UInt32(data[index])
                if byte < 144 { bits.huffman(0x30 + byte, count: 8) } else { bits.huffman(0x190 + byte - 144, count: 9) }
                index += 1
            }
        }
        bits.huffman(0, count: 7)  // end of block
        return bits.bytes
    }

    /// A gzip stream of `data`.
    static func gzip(_ data: [UInt8]) -> [UInt8] {
        var stream: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3]
        stream += runs(data)
        stream.le32(CRC32.checksum(data))
        stream.le32(UInt32(truncatingIfNeeded: data.count))
        return stream
    }

    private struct BitWriter {
        var bytes: [UInt8] = []
        private var used = 0

        /// `count` bits of `value`, least significant first.
        mutating func write(_ value: UInt32, count: Int) {
            for bit in 0..<count {
                if used % 8 == 0 { bytes.append(0) }
                if (value >> UInt32(bit)) & 1 == 1 { bytes[bytes.count - 1] |= UInt8(1 << (used % 8)) }
                used += 1
            }
        }

        /// A Huffman code, most significant bit first.
        mutating func huffman(_ code: UInt32, count: Int) {
            for bit in stride(from: count - 1, through: 0, by: -1) { write((code >> UInt32(bit)) & 1, count: 1) }
        }
    }
}

/// A ustar archive of regular files, and of hard links to earlier ones.
enum Tar {
    static func archive(_ files: [(name: String, data: [UInt8])]) -> [UInt8] {
        archive(files.map { (name: $0.name, data: $0.data, hardLinkTo: nil) })
    }

    static func archive(_ files: [(name: String, data: [UInt8], hardLinkTo: String?)]) -> [UInt8] {
        var archive: [UInt8] = []
        for file in files {
            var header = [UInt8](repeating: 0, count: 512)
            func put(_ text: String, at offset: Int) {
                for (index, byte) in text.utf8.enumerated() { header[offset + index] = byte }
            }
            put(file.name, at: 0)
            put("0000644", at: 100)
            put("0000000", at: 108)
            put("0000000", at: 116)
            put(octal(file.data.count, digits: 11), at: 124)
            put("14543260000", at: 136)
            put("        ", at: 148)
            header[156] = UInt8(ascii: file.hardLinkTo == nil ? "0" : "1")
            if let target = file.hardLinkTo { put(target, at: 157) }
            put("ustar", at: 257)
            put("00", at: 263)
            let sum = header.reduce(0) { $0 + Int($1) }
            put(octal(sum, digits: 6), at: 148)
            header[154] = 0
            header[155] = 0x20
            archive += header + file.data
            archive += [UInt8](repeating: 0, count: (512 - file.data.count % 512) % 512)
        }
        archive += [UInt8](repeating: 0, count: 1024)
        return archive
    }

    private static func octal(_ value: Int, digits: Int) -> String {
        let text = String(value, radix: 8)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}

enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    static func checksum(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}

extension [UInt8] {
    mutating func le16(_ value: UInt16) {
        append(UInt8(value & 0xFF))
        append(UInt8(value >> 8))
    }

    mutating func le32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}

/// A scratch folder for submissions written to disk, removed by the caller.
enum Scratch {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lieciba-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `bytes` as `name` into a fresh folder and reads it as one submission.
    static func read(_ name: String, _ bytes: [UInt8], limits: ReadingLimits = ReadingLimits()) throws -> Submission {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        let kind: SubmissionSource.Kind
        if case .archive(let format) = FormatDetection.category(ofName: name) { kind = .archive(format) } else { kind = .file }
        let source = SubmissionSource(id: SubmissionID.make(fromEntryName: name, isDirectory: false), path: url.path, displayName: name, kind: kind)
        return SubmissionReader(limits: limits).read(source)
    }
}

extension Submission {
    func file(_ path: String) -> FileRecord? { files.first { $0.path == path } }

    func text(of path: String) -> String {
        documents.first { $0.path == path }?.blocks.map(\.text).joined(separator: "\n") ?? ""
    }

    /// Every piece of text the submission carries: blocks, paths, reasons, and the records as
    /// the evidence map encodes them.
    func everything() throws -> String {
        let blocks = documents.flatMap(\.blocks).map(\.text)
        let encoder = JSONEncoder()
        let records = try files.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        return (blocks + records + [String(decoding: try encoder.encode(container), as: UTF8.self)]).joined(separator: "\n")
    }
}
