/// A character encoding named by a document (`<meta charset="…">`, an XML declaration), resolved
/// to something Liecība can decode itself.
public enum Charset: Sendable, Hashable {
    case utf8
    case utf16LittleEndian
    case utf16BigEndian
    case singleByte(CodePage)
    /// A label Liecība has no table for; the parser is asked to decode it by name.
    case other(String)

    /// The name reports show for this charset.
    public var name: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf16LittleEndian: "UTF-16LE"
        case .utf16BigEndian: "UTF-16BE"
        case .singleByte(let page): page.name
        case .other(let label): label
        }
    }

    /// Resolves a label the way browsers do (WHATWG Encoding): `latin1`, `iso-8859-1` and
    /// `us-ascii` all mean windows-1252, and so on. Returns `nil` for an empty label.
    public init?(label: String) {
        let key = label.trimmingASCIIWhitespace().lowercased()
        guard !key.isEmpty else { return nil }
        if let known = Self.labels[key] {
            self = known
        } else {
            self = .other(key)
        }
    }

    private static let labels: [String: Charset] = {
        var table: [String: Charset] = [:]
        func add(_ charset: Charset, _ names: String...) { for name in names { table[name] = charset } }
        add(.utf8, "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8")
        add(.utf16LittleEndian, "utf-16", "utf-16le", "ucs-2", "unicode", "csunicode", "iso-10646-ucs-2", "unicodefeff")
        add(.utf16BigEndian, "utf-16be", "unicodefffe")
        add(.singleByte(.windows1257), "windows-1257", "cp1257", "x-cp1257")
        add(.singleByte(.iso8859_13), "iso-8859-13", "iso8859-13", "iso885913")
        add(.singleByte(.iso8859_4), "iso-8859-4", "iso8859-4", "iso885904", "iso_8859-4", "iso-ir-110", "l4", "latin4", "csisolatin4")
        add(
            .singleByte(.windows1252), "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso88591",
            "iso_8859-1", "latin1", "l1", "ascii", "us-ascii", "cp819", "ibm819", "iso-ir-100", "csisolatin1",
            "ansi_x3.4-1968", "iso_8859-1:1987"
        )
        add(.singleByte(.iso8859_15), "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9", "latin9", "csisolatin9")
        add(.singleByte(.cp775), "cp775", "ibm775", "cspc775baltic")
        add(.singleByte(.cp437), "cp437", "ibm437", "437", "cspc8codepage437")
        add(.singleByte(.cp850), "cp850", "ibm850", "850")
        add(.singleByte(.cp866), "ibm866", "cp866", "866", "csibm866")
        add(.singleByte(.windows1251), "windows-1251", "cp1251", "x-cp1251")
        add(.singleByte(.windows1250), "windows-1250", "cp1250", "x-cp1250")
        add(.singleByte(.iso8859_2), "iso-8859-2", "iso8859-2", "iso88592", "iso_8859-2", "latin2", "l2", "csisolatin2")
        return table
    }()
}

extension String {
    func trimmingASCIIWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
