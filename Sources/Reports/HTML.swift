/// Escaping for HTML text and attribute values. Everything that comes from a document or a file
/// name goes through here: a submission containing `<script>` or `"><img onerror=…>` shows it
/// as text.
enum HTML {
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
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
    static func highlighted(_ text: String, _ ranges: [Range<Int>], markClass: (Range<Int>) -> String = { _ in "" }) -> String {
        let units = Array(text.utf16)
        let sorted = ranges.filter { $0.lowerBound >= 0 && $0.upperBound <= units.count && !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for range in sorted {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        var output = ""
        var position = 0
        for range in merged {
            output += escape(String(decoding: units[position..<range.lowerBound], as: UTF16.self))
            let cls = markClass(range)
            output += cls.isEmpty ? "<mark>" : "<mark class=\"\(cls)\">"
            output += escape(String(decoding: units[range], as: UTF16.self)) + "</mark>"
            position = range.upperBound
        }
        output += escape(String(decoding: units[position...], as: UTF16.self))
        return output
    }
}
