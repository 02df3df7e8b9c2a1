import Foundation

/// CSV as Excel and LibreOffice Calc open it by double-click under Latvian regional settings:
/// UTF-8 with a byte order mark (without it Excel guesses a legacy code page), `;` as the
/// separator (the Latvian list separator), CRLF line ends, RFC 4180 quoting.
enum CSVFormat {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    static let separator: Character = ";"

    /// One record, its fields quoted where needed and neutralised against formula injection.
    static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: String(separator)) + "\r\n"
    }

    /// A cell that begins with `=`, `+`, `-` or `@` (or a tab or carriage return) would be run
    /// as a formula by a spreadsheet: a document can contain "=HYPERLINK(…)". A leading
    /// apostrophe makes it text, as OWASP recommends.
    static func field(_ value: String) -> String {
        var value = value
        if let first = value.utf8.first, first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40 || first == 0x09 || first == 0x0D {
            value = "'" + value
        }
        // Bytes, not characters: the check runs over every cell of the evidence table.
        let needsQuotes = value.utf8.contains { $0 == 0x3B || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || value.utf8.first == 0x20 || value.utf8.last == 0x20
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
