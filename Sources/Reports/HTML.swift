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
    static func pageName(forSubmission id: String) -> String {
        var name = ""
        for character in id {
            if character.isLetter || character.isNumber || character == "-" || (character == "." && !name.isEmpty) {
                name.append(character)
            } else {
                for byte in String(character).utf8 { name += "_" + String(byte, radix: 16, uppercase: true) }
            }
        }
        return name + ".html"
    }

    /// `text` with the UTF-16 ranges wrapped in `<mark>`; ranges may overlap or be unsorted.
    static func highlighted(_ text: String, _ ranges: [Range<Int>]) -> String {
        var buffer = HTMLBuffer(reservingCapacity: text.utf8.count)
        buffer.highlighted(text, marks: ranges.map { HTMLBuffer.Mark(range: $0, negated: false) })
        return String(decoding: buffer.bytes, as: UTF8.self)
    }
}
