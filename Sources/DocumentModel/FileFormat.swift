/// A file format as Liecība names it in its outputs (`"docx"`, `"zip"`, `"pdf"`, …).
///
/// A string-backed struct rather than an enum: new formats can be detected and reported without
/// breaking code that switches over the ones it knows.
public struct FileFormat: RawRepresentable, Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    // Documents Liecība reads.
    public static let docx = Self(rawValue: "docx")
    public static let odt = Self(rawValue: "odt")
    public static let fodt = Self(rawValue: "fodt")
    public static let html = Self(rawValue: "html")

    // Archives Liecība opens.
    public static let zip = Self(rawValue: "zip")
    public static let sevenZip = Self(rawValue: "7z")
    public static let tar = Self(rawValue: "tar")
    public static let rar = Self(rawValue: "rar")
    /// A single compressed stream (`.gz`, `.bz2`, `.xz`, `.zst`) that is not a tar.
    public static let compressedStream = Self(rawValue: "compressed")
    /// A signed document container (`.edoc`, `.asice`, `.bdoc`: ASiC-E, what Latvia's
    /// eParaksts makes): a zip of the signed files and their signatures, opened as an archive so
    /// that an application signed before it was sent is read like any other.
    public static let edoc = Self(rawValue: "edoc")

    /// A folder of a submission folder (listed when it cannot be walked into).
    public static let folder = Self(rawValue: "folder")
    /// The structure of a signed container — its `mimetype`, manifest and signatures — which
    /// holds no text of the applicant's.
    public static let signature = Self(rawValue: "signature")

    /// Not recognised at all.
    public static let unknown = Self(rawValue: "unknown")
}

extension FileFormat {
    /// A web page's scripts, styles and fonts: never a document, wherever they lie.
    public static let webPageParts: Set<FileFormat> = [Self(rawValue: "js"), Self(rawValue: "css"), Self(rawValue: "font")]

    /// Whether Liecība extracts text from files of this format.
    public var isReadableDocument: Bool {
        self == .docx || self == .odt || self == .fodt || self == .html
    }

    /// Whether Liecība opens files of this format as archives.
    public var isArchive: Bool {
        self == .zip || self == .sevenZip || self == .tar || self == .rar || self == .compressedStream || self == .edoc
    }
}
