/// CSV as Excel and LibreOffice Calc open it by double-click under Latvian regional settings:
/// UTF-8 with a byte order mark (without it Excel guesses a legacy code page), `;` as the
/// separator (the Latvian list separator), CRLF line ends, RFC 4180 quoting.
///
/// Works on bytes: the evidence table has a row per passage, hundreds per submission.
enum CSVFormat {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    private static let separator: UInt8 = 0x3B  // ;
    private static let quote: UInt8 = 0x22

    /// One record, its fields quoted where needed and neutralised against formula injection.
    static func row(_ fields: [String]) -> [UInt8] {
        var bytes: [UInt8] = []
        appendRow(fields, to: &bytes)
        return bytes
    }

    static func appendRow(_ fields: [String], to bytes: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(separator) }
            appendField(field, to: &bytes)
        }
        bytes.append(0x0D)
        bytes.append(0x0A)
    }

    /// A cell that begins with `=`, `+`, `-` or `@` (or a tab or carriage return) would be run
    /// as a formula by a spreadsheet: a document can contain "=HYPERLINK(…)". A leading
    /// apostrophe makes it text, as OWASP recommends.
    static func field(_ value: String) -> String {
        var bytes: [UInt8] = []
        appendField(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func appendField(_ value: String, to bytes: inout [UInt8]) {
        let utf8 = value.utf8
        let neutralise = utf8.first.map { [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D].contains($0) } ?? false
        let needsQuotes = utf8.first == 0x20 || utf8.last == 0x20
            || utf8.contains { $0 == separator || $0 == quote || $0 == 0x0A || $0 == 0x0D }
        if needsQuotes { bytes.append(quote) }
        if neutralise { bytes.append(0x27) }  // '
        if needsQuotes {
            for byte in utf8 {
                if byte == quote { bytes.append(quote) }
                bytes.append(byte)
            }
            bytes.append(quote)
        } else {
            bytes.append(contentsOf: utf8)
        }
    }
}
