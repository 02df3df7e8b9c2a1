import Foundation
import TextEncodings

/// Decides how an HTML file's bytes are encoded, the way a browser does before parsing: a byte
/// order mark first, then a `<meta charset>` or `http-equiv` declaration (or an XML declaration)
/// near the top, then UTF-8 if the bytes are valid UTF-8.
///
/// Pages saved by older Latvian Windows software are often windows-1257 with no declaration;
/// that is the fallback when the bytes are not UTF-8, and the result says it was assumed.
struct HTMLCharsetSniffer {
    enum Source: String, Sendable {
        case byteOrderMark = "byte order mark"
        case declaration = "declaration"
        case validUTF8 = "valid UTF-8"
        case assumed = "assumed"
    }

    struct Verdict {
        var charset: Charset
        var source: Source
        /// Bytes to drop from the start (a byte order mark).
        var skip: Int
    }

    /// How far into the file declarations are looked for.
    static let prescanLength = 4096

    static func sniff(_ bytes: [UInt8], fallback: Charset = .singleByte(.windows1257)) -> Verdict {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return Verdict(charset: .utf8, source: .byteOrderMark, skip: 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return Verdict(charset: .utf16LittleEndian, source: .byteOrderMark, skip: 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return Verdict(charset: .utf16BigEndian, source: .byteOrderMark, skip: 2) }
        if var declared = declaredCharset(in: bytes.prefix(prescanLength)) {
            // A page cannot declare UTF-16 in an ASCII-compatible prescan; browsers read it as UTF-8.
            if declared == .utf16LittleEndian || declared == .utf16BigEndian { declared = .utf8 }
            return Verdict(charset: declared, source: .declaration, skip: 0)
        }
        if bytes.isValidUTF8 || isUTF8CutShort(bytes) { return Verdict(charset: .utf8, source: .validUTF8, skip: 0) }
        return Verdict(charset: fallback, source: .assumed, skip: 0)
    }

    /// Well-formed UTF-8 but for a character cut off at the end — a page read up to a limit,
    /// or sent short, stops anywhere: one broken character must not make every Latvian letter
    /// of the page two characters of windows-1257.
    static func isUTF8CutShort(_ bytes: [UInt8]) -> Bool {
        var lead = bytes.count - 1
        while lead >= 0, lead > bytes.count - 4, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        guard lead >= 0, bytes[lead] >= 0xC2 else { return false }
        let length = bytes[lead] >= 0xF0 ? 4 : bytes[lead] >= 0xE0 ? 3 : 2
        return bytes.count - lead < length && bytes[..<lead].isValidUTF8
    }

    /// The charset named by the first `<meta>` that names one, or by an XML declaration.
    static func declaredCharset(in bytes: ArraySlice<UInt8>) -> Charset? {
        let text = String(decoding: bytes.map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        if text.hasPrefix("<?xml"), let end = text.range(of: "?>"),
            let label = attributeValue(named: "encoding", in: text[..<end.lowerBound])
        {
            return Charset(label: label)
        }
        var searchFrom = text.startIndex
        while let meta = text.range(of: "<meta", range: searchFrom..<text.endIndex) {
            let tagEnd = text.range(of: ">", range: meta.upperBound..<text.endIndex)?.lowerBound ?? text.endIndex
            let tag = text[meta.upperBound..<tagEnd]
            searchFrom = tagEnd
            guard let first = tag.first, first == " " || first == "/" || first == "\t" || first == "\n" || first == "\r" else {
                continue
            }
            if let label = attributeValue(named: "charset", in: tag), let charset = Charset(label: label) {
                return charset
            }
            if attributeValue(named: "http-equiv", in: tag) == "content-type",
                let content = attributeValue(named: "content", in: tag),
                let label = charsetParameter(in: content),
                let charset = Charset(label: label)
            {
                return charset
            }
        }
        return nil
    }

    /// The value of `name=value`, `name="value"` or `name='value'` inside a tag.
    private static func attributeValue(named name: String, in tag: Substring) -> String? {
        var searchFrom = tag.startIndex
        while let found = tag.range(of: name, range: searchFrom..<tag.endIndex) {
            searchFrom = found.upperBound
            if found.lowerBound > tag.startIndex {
                let before = tag[tag.index(before: found.lowerBound)]
                guard before == " " || before == "\t" || before == "\n" || before == "\r" || before == "/" || before == "?"
                else { continue }
            }
            var index = found.upperBound
            while index < tag.endIndex, tag[index] == " " { index = tag.index(after: index) }
            guard index < tag.endIndex, tag[index] == "=" else { continue }
            index = tag.index(after: index)
            while index < tag.endIndex, tag[index] == " " { index = tag.index(after: index) }
            guard index < tag.endIndex else { return nil }
            let quote = tag[index]
            if quote == "\"" || quote == "'" {
                let start = tag.index(after: index)
                let end = tag[start...].firstIndex(of: quote) ?? tag.endIndex
                return String(tag[start..<end]).trimmingWhitespace()
            }
            let end = tag[index...].firstIndex(where: { $0 == " " || $0 == ">" || $0 == "/" || $0 == ";" || $0 == "\"" || $0 == "'" }) ?? tag.endIndex
            return String(tag[index..<end])
        }
        return nil
    }

    /// `charset=…` inside a `content` attribute such as `text/html; charset=windows-1257`.
    private static func charsetParameter(in content: String) -> String? {
        guard let range = content.range(of: "charset") else { return nil }
        var rest = content[range.upperBound...].drop(while: { $0 == " " })
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop(while: { $0 == " " || $0 == "\"" || $0 == "'" })
        let label = rest.prefix(while: { $0 != ";" && $0 != " " && $0 != "\"" && $0 != "'" })
        return label.isEmpty ? nil : String(label)
    }
}

extension Charset {
    /// Decodes `bytes` to UTF-8 when Liecība has the table for it; `nil` for ``Charset/other(_:)``.
    func transcodeToUTF8(_ bytes: ArraySlice<UInt8>) -> [UInt8]? {
        switch self {
        case .utf8:
            // Invalid sequences become U+FFFD rather than derailing the parser.
            return bytes.isValidUTF8 ? Array(bytes) : Array(String(decoding: bytes, as: UTF8.self).utf8)
        case .utf16LittleEndian, .utf16BigEndian:
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var index = bytes.startIndex
            while index + 1 < bytes.endIndex {
                let (first, second) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
                units.append(self == .utf16LittleEndian ? first | second << 8 : first << 8 | second)
                index += 2
            }
            return Array(String(decoding: units, as: UTF16.self).utf8)
        case .singleByte(let page):
            return page.decodeToUTF8(bytes)
        case .other:
            return nil
        }
    }
}
