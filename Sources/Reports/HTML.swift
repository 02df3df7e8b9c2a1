import Crypto
import Foundation
import UTF8Text

/// Escaping for HTML text and attribute values. Everything that comes from a document or a file
/// name goes through here: a submission containing `<script>` or `"><img onerror=…>` shows it
/// as text.
enum HTML {
    static func escape(_ text: String) -> String {
        var buffer = HTMLBuffer(reservingCapacity: text.utf8.count)
        buffer.text(text)
        return String(decoding: buffer.bytes, as: UTF8.self)
    }

    /// A fragment identifier safe in `id`, `href` and file names: ASCII letters, digits, `-` and
    /// `.` stay; every other byte, `_` included, becomes `_XX` — so distinct ids stay distinct.
    static func anchor(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E: result.unicodeScalars.append(Unicode.Scalar(byte))
            default: result += "_" + String(byte, radix: 16, uppercase: true)
            }
        }
        return result
    }

    /// A file name for a submission page: letters (Latvian ones too), digits, `-` and `.` kept,
    /// everything else — `/`, `_`, spaces, quotes — encoded as `_XX`, so distinct ids give
    /// distinct, safe names.
    ///
    /// A name longer than ``maxPageNameBytes`` (encoding makes a 220-byte id three times as
    /// long, past what a file system takes) keeps a readable beginning and ends in `~` and the
    /// id's SHA-256: `~` is always encoded in the long form, so no other id's page has that name.
    static func pageName(forSubmission id: String) -> String {
        var name = ""
        for character in id {
            if character.isLetter || character.isNumber || character == "-" || (character == "." && !name.isEmpty) {
                name.append(character)
            } else {
                for byte in String(character).utf8 { name += "_" + String(byte, radix: 16, uppercase: true) }
            }
        }
        guard name.utf8.count + pageSuffix.utf8.count > maxPageNameBytes else { return name + pageSuffix }
        let kept = name.prefix(maxUTF8Bytes: readablePrefixBytes)
        let digest = SHA256.hash(data: Array(id.utf8)).prefix(16).map { String(format: "%02x", $0) }.joined()
        return kept + "~" + digest + pageSuffix
    }

    private static let pageSuffix = ".html"
    /// NAME_MAX on Linux file systems is 255 bytes.
    static let maxPageNameBytes = 255
    /// The beginning of a long page name kept readable: with `~`, 32 hex digits and `.html`, far
    /// below ``maxPageNameBytes``.
    private static let readablePrefixBytes = 160

    /// `text` with the UTF-16 ranges wrapped in `<mark>`; ranges may overlap or be unsorted.
    static func highlighted(_ text: String, _ ranges: [Range<Int>]) -> String {
        var buffer = HTMLBuffer(reservingCapacity: text.utf8.count)
        buffer.highlighted(text, marks: ranges.map { HTMLBuffer.Mark(range: $0, negated: false) })
        return String(decoding: buffer.bytes, as: UTF8.self)
    }
}
