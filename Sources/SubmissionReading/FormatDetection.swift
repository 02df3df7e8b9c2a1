public import DocumentModel

/// What Liecība will do with a file, decided from its name and, when the name says nothing, its
/// first bytes.
public enum FileCategory: Sendable, Hashable {
    /// A document whose text is extracted.
    case document(FileFormat)
    /// An archive that is opened and walked.
    case archive(FileFormat)
    /// A known format that is not read; listed with its format, never inflated.
    case unsupported(FileFormat)
    /// Operating-system clutter (`.DS_Store`, `__MACOSX/`, `Thumbs.db`): listed as skipped.
    case systemMetadata
    /// The name says nothing; look at the bytes.
    case unknown
}

/// Classifies files by extension and magic bytes.
public enum FormatDetection {
    /// The category a file's name implies.
    public static func category(ofName path: String) -> FileCategory {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let lowered = name.lowercased()
        if path.lowercased().hasPrefix("__macosx/") || path.lowercased().contains("/__macosx/")
            || systemFiles.contains(lowered) || lowered.hasPrefix("._") || lowered.hasPrefix("~$")
        {
            return .systemMetadata
        }
        for (suffix, format) in compoundArchiveSuffixes where lowered.hasSuffix(suffix) {
            return .archive(format)
        }
        guard let dot = lowered.lastIndex(of: "."), dot != lowered.startIndex else { return .unknown }
        let ext = String(lowered[lowered.index(after: dot)...])
        if let format = documentExtensions[ext] { return .document(format) }
        if let format = archiveExtensions[ext] { return .archive(format) }
        if let format = unsupportedExtensions[ext] { return .unsupported(format) }
        return .unknown
    }

    /// The category the first bytes of a file imply; at least 512 bytes should be given when the
    /// file has them (tar's magic sits at offset 257).
    public static func category(ofContent prefix: [UInt8]) -> FileCategory {
        func starts(_ magic: [UInt8], at offset: Int = 0) -> Bool {
            prefix.count >= offset + magic.count && prefix[offset..<(offset + magic.count)].elementsEqual(magic)
        }
        if starts([0x50, 0x4B, 0x03, 0x04]) || starts([0x50, 0x4B, 0x05, 0x06]) || starts([0x50, 0x4B, 0x07, 0x08]) {
            return .archive(.zip)
        }
        if starts([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) { return .archive(.sevenZip) }
        if starts(Array("Rar!".utf8)) { return .archive(.rar) }
        if starts(Array("ustar".utf8), at: 257) { return .archive(.tar) }
        if starts([0x1F, 0x8B]) || starts(Array("BZh".utf8)) || starts([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00])
            || starts([0x28, 0xB5, 0x2F, 0xFD])
        {
            return .archive(.compressedStream)
        }
        if starts(Array("%PDF".utf8)) { return .unsupported(FileFormat(rawValue: "pdf")) }
        if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .unsupported(FileFormat(rawValue: "ole")) }
        if starts(Array("{\\rtf".utf8)) { return .unsupported(FileFormat(rawValue: "rtf")) }
        if starts([0xFF, 0xD8, 0xFF]) { return .unsupported(FileFormat(rawValue: "jpeg")) }
        if starts([0x89, 0x50, 0x4E, 0x47]) { return .unsupported(FileFormat(rawValue: "png")) }
        if starts(Array("GIF8".utf8)) { return .unsupported(FileFormat(rawValue: "gif")) }
        if looksLikeHTML(prefix) { return .document(.html) }
        if looksLikeFlatODT(prefix) { return .document(.fodt) }
        return .unsupported(.unknown)
    }

    private static func looksLikeHTML(_ prefix: [UInt8]) -> Bool {
        let head = String(decoding: prefix.prefix(1024), as: UTF8.self).lowercased()
        let trimmed = head.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
        return trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") || head.contains("<html")
            || head.contains("<body")
    }

    private static func looksLikeFlatODT(_ prefix: [UInt8]) -> Bool {
        let head = String(decoding: prefix.prefix(2048), as: UTF8.self)
        return head.contains("office:document") && head.contains("application/vnd.oasis.opendocument.text")
    }

    private static let systemFiles: Set<String> = [".ds_store", "thumbs.db", "desktop.ini", "ehthumbs.db", ".localized"]

    private static let compoundArchiveSuffixes: [(String, FileFormat)] = [
        (".tar.gz", .tar), (".tar.bz2", .tar), (".tar.xz", .tar), (".tar.zst", .tar), (".tar.lzma", .tar),
    ]

    private static let documentExtensions: [String: FileFormat] = [
        "docx": .docx, "docm": .docx, "dotx": .docx, "dotm": .docx,
        "odt": .odt, "ott": .odt, "fodt": .fodt,
        "html": .html, "htm": .html, "xhtml": .html, "xht": .html, "shtml": .html,
    ]

    private static let archiveExtensions: [String: FileFormat] = [
        "zip": .zip, "zipx": .zip, "7z": .sevenZip, "tar": .tar, "tgz": .tar, "tbz": .tar, "tbz2": .tar, "txz": .tar,
        "tzst": .tar, "rar": .rar, "gz": .compressedStream, "bz2": .compressedStream, "xz": .compressedStream,
        "zst": .compressedStream, "edoc": .edoc, "asice": .edoc, "bdoc": .edoc,
    ]

    private static let unsupportedExtensions: [String: FileFormat] = {
        var table: [String: FileFormat] = [:]
        let groups: [String: [String]] = [
            "pdf": ["pdf"], "doc": ["doc", "dot"], "rtf": ["rtf"], "txt": ["txt", "text"], "csv": ["csv"],
            "xls": ["xls"], "xlsx": ["xlsx", "xlsm", "xltx"], "ods": ["ods", "fods"], "ppt": ["ppt", "pps"],
            "pptx": ["pptx", "ppsx"], "odp": ["odp"], "odg": ["odg"], "jpeg": ["jpg", "jpeg", "jfif"], "png": ["png"],
            "gif": ["gif"], "bmp": ["bmp"], "tiff": ["tif", "tiff"], "webp": ["webp"], "heic": ["heic", "heif"],
            "svg": ["svg"], "mp4": ["mp4", "m4v"], "mov": ["mov"], "avi": ["avi"], "mkv": ["mkv"], "mp3": ["mp3"],
            "wav": ["wav"], "m4a": ["m4a"], "exe": ["exe", "msi", "dll"], "eml": ["eml"], "msg": ["msg"],
            "xml": ["xml"], "json": ["json"], "md": ["md"], "pages": ["pages"], "numbers": ["numbers"], "key": ["key"],
            "dwg": ["dwg"], "psd": ["psd"], "ai": ["ai"], "js": ["js", "mjs"], "css": ["css"],
            "font": ["woff", "woff2", "ttf", "otf", "eot"],
        ]
        for (format, extensions) in groups {
            for ext in extensions { table[ext] = FileFormat(rawValue: format) }
        }
        return table
    }()
}
