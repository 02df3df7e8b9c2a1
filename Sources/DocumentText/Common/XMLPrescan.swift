import DocumentModel
#if canImport(Glibc)
import Glibc
#endif

/// One pass over an XML part's bytes before libxml2 parses it, enforcing ``MarkupLimits`` where
/// libxml2 cannot be trusted to: it checks every attribute of an element against all earlier ones
/// (a hundred thousand attributes cost minutes), and reports its own depth and text bounds only
/// as errors of its read-ahead.
///
/// The scan follows XML's grammar for well-formed markup; wherever a document stops being
/// well-formed, libxml2 stops reading it at that point too (Liecība never asks for recovery), so
/// the two agree on everything libxml2 actually reads. It also refuses what documents never carry
/// and attacks need: a document type declaration (entities, external DTDs), and character
/// encodings other than UTF-8, UTF-16 and ASCII-compatible single-byte ones, whose markup the
/// scan could not see.
enum XMLPrescan {
    struct Verdict {
        /// How many bytes, from the start, libxml2 may parse.
        var end: Int
        /// Why the bytes after ``end`` are withheld; `nil` when all of them may be parsed.
        var stop: XMLProblem?
    }

    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, limits: MarkupLimits, allowsDocumentType: Bool = false) -> Verdict {
        let layout: Layout
        switch Layout.detect(bytes) {
        case .success(let detected): layout = detected
        case .failure(let problem): return Verdict(end: 0, stop: problem)
        }
        let units = Units(bytes: bytes, layout: layout)
        if let problem = refusedEncoding(units, from: layout.start) {
            return Verdict(end: 0, stop: problem)
        }
        var scanner = Scanner(units: units, limits: limits, allowsDocumentType: allowsDocumentType)
        return scanner.run(from: layout.start)
    }

    // MARK: - Character encoding

    /// How the bytes carry characters: one byte per ASCII character, or two (UTF-16).
    struct Layout {
        var width: Int
        var bigEndian: Bool
        /// The first unit after a byte order mark.
        var start: Int

        /// The layout libxml2 itself would detect from the first bytes (its
        /// `xmlDetectCharEncoding`), or a refusal for the ones the scan cannot follow.
        static func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Layout, XMLProblem> {
            func byte(_ index: Int) -> UInt8? { index < bytes.count ? bytes[index] : nil }
            let first = (byte(0), byte(1), byte(2), byte(3))
            let ucs4: Bool
            switch first {
            case (0x00, 0x00, 0x00, 0x3C), (0x3C, 0x00, 0x00, 0x00), (0x00, 0x00, 0x3C, 0x00), (0x00, 0x3C, 0x00, 0x00),
                (0x00, 0x00, 0xFE, 0xFF), (0xFF, 0xFE, 0x00, 0x00):
                ucs4 = true
            default:
                ucs4 = false
            }
            if ucs4 { return .failure(XMLPrescan.refusal("the part is encoded in UCS-4, which documents never use")) }
            switch first {
            case (0x4C, 0x6F, 0xA7, 0x94):
                return .failure(XMLPrescan.refusal("the part is encoded in EBCDIC, which documents never use"))
            case (0xFE, 0xFF, _, _):
                return .success(Layout(width: 2, bigEndian: true, start: 1))
            case (0xFF, 0xFE, _, _):
                return .success(Layout(width: 2, bigEndian: false, start: 1))
            case (0x00, 0x3C, 0x00, 0x3F):
                return .success(Layout(width: 2, bigEndian: true, start: 0))
            case (0x3C, 0x00, 0x3F, 0x00):
                return .success(Layout(width: 2, bigEndian: false, start: 0))
            case (0xEF, 0xBB, 0xBF, _):
                return .success(Layout(width: 1, bigEndian: false, start: 3))
            default:
                return .success(Layout(width: 1, bigEndian: false, start: 0))
            }
        }
    }

    /// A refusal when the XML declaration names an encoding whose markup the scan could not see
    /// (libxml2 would switch to it through iconv: UTF-7, EBCDIC code pages, …).
    private static func refusedEncoding(_ units: Units, from start: Int) -> XMLProblem? {
        guard units.matches("<?xml", at: start) else { return nil }
        var declaration: [UInt8] = []
        var index = start
        while index < units.count, declaration.count < 512 {
            let unit = units[index]
            guard unit != UInt32(UInt8(ascii: ">")) else { break }
            declaration.append(unit < 0x80 ? UInt8(unit) : 0x20)
            index += 1
        }
        let text = String(decoding: declaration, as: UTF8.self).lowercased()
        guard let label = attribute("encoding", in: text) else { return nil }
        let accepted: Bool
        if units.layout.width == 2 {
            accepted = label.hasPrefix("utf-16") || label == "utf16" || label == "ucs-2" || label == "iso-10646-ucs-2"
        } else {
            accepted = ["utf-8", "utf8", "us-ascii", "ascii", "utf-16", "utf16", "latin1", "latin-1"].contains(label)
                || ["iso-8859-", "iso8859-", "iso_8859-", "windows-125", "cp125"].contains { label.hasPrefix($0) }
        }
        return accepted ? nil : refusal("the part declares the character encoding \(label), which documents never use")
    }

    /// The value of `name="…"` or `name='…'` in an XML declaration.
    private static func attribute(_ name: String, in text: String) -> String? {
        guard let found = text.firstRange(of: name) else { return nil }
        var rest = text[found.upperBound...].drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix(while: { $0 != quote }))
    }

    /// A part whose character encoding the scan cannot follow: read as damaged, not at all.
    static func refusal(_ message: String) -> XMLProblem {
        XMLProblem(line: 1, message: message, kind: .malformed)
    }

    // MARK: - Units

    /// The document as a sequence of character units (bytes, or UTF-16 code units), each read
    /// with bounds checked: a position past the end reads as 0.
    struct Units {
        let bytes: UnsafeBufferPointer<UInt8>
        let layout: Layout
        let count: Int

        init(bytes: UnsafeBufferPointer<UInt8>, layout: Layout) {
            self.bytes = bytes
            self.layout = layout
            count = bytes.count / layout.width
        }

        subscript(index: Int) -> UInt32 {
            guard index >= 0, index < count else { return 0 }
            if layout.width == 1 { return UInt32(bytes[index]) }
            let first = UInt32(bytes[2 * index])
            let second = UInt32(bytes[2 * index + 1])
            return layout.bigEndian ? first << 8 | second : second << 8 | first
        }

        func byteOffset(_ index: Int) -> Int { min(max(0, index), count) * layout.width }

        /// Whether the ASCII `text` starts at `index`.
        func matches(_ text: String, at index: Int) -> Bool {
            var position = index
            for byte in text.utf8 {
                guard self[position] == UInt32(byte) else { return false }
                position += 1
            }
            return true
        }

        /// Where the ASCII `text` next starts at or after `index`.
        func find(_ text: String, from index: Int) -> Int? {
            guard let first = text.utf8.first else { return nil }
            var position = max(0, index)
            while position < count {
                if layout.width == 1 {
                    guard let found = nextByte(first, from: position) else { return nil }
                    position = found
                }
                if self[position] == UInt32(first), matches(text, at: position) { return position }
                position += 1
            }
            return nil
        }

        /// Bytes the unit takes in UTF-8, which is how libxml2 stores and counts text: one byte
        /// stays one byte (exact for UTF-8; a single-byte code page's upper half grows to two
        /// inside libxml2, whose own bound then reports it).
        func utf8Length(_ unit: UInt32) -> Int {
            if layout.width == 1 || unit < 0x80 { return 1 }
            return unit < 0x800 ? 2 : 3
        }

        /// Where `byte` next occurs at or after `index`, when one byte is one unit.
        func nextByte(_ byte: UInt8, from index: Int) -> Int? {
            guard layout.width == 1, index >= 0, index < bytes.count, let base = bytes.baseAddress else { return nil }
            guard let found = memchr(base + index, Int32(byte), bytes.count - index) else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }

        /// The line (from 1) that `index` is on, as libxml2 counts lines.
        func line(at index: Int) -> Int {
            var line = 1
            var position = 0
            while position < min(index, count) {
                if self[position] == 0x0A { line += 1 }
                position += 1
            }
            return line
        }
    }

    // MARK: - The scan

    private struct Scanner {
        let units: Units
        let limits: MarkupLimits
        let allowsDocumentType: Bool

        private static let lessThan = UInt32(UInt8(ascii: "<"))
        private static let greaterThan = UInt32(UInt8(ascii: ">"))
        private static let slash = UInt32(UInt8(ascii: "/"))
        private static let bang = UInt32(UInt8(ascii: "!"))
        private static let question = UInt32(UInt8(ascii: "?"))
        private static let equals = UInt32(UInt8(ascii: "="))
        private static let quote = UInt32(UInt8(ascii: "\""))
        private static let apostrophe = UInt32(UInt8(ascii: "'"))
        private static let openBracket = UInt32(UInt8(ascii: "["))
        private static let closeBracket = UInt32(UInt8(ascii: "]"))

        init(units: Units, limits: MarkupLimits, allowsDocumentType: Bool) {
            self.units = units
            self.limits = limits
            self.allowsDocumentType = allowsDocumentType
        }

        private static func isSpace(_ unit: UInt32) -> Bool {
            unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D
        }

        /// Everything may be parsed: the document is within the limits, or stops being
        /// well-formed (where libxml2 stops too) before it could exceed them.
        private var all: Verdict { Verdict(end: units.bytes.count, stop: nil) }

        private func cut(at index: Int, _ limit: LimitName, _ message: String) -> Verdict {
            Verdict(
                end: units.byteOffset(index),
                stop: XMLProblem(line: units.line(at: index), message: message, kind: .limit(limits.hit(limit)))
            )
        }

        mutating func run(from start: Int) -> Verdict {
            let count = units.count
            var index = start
            var depth = 0
            // Namespace declarations in scope, and how many each open element made: libxml2
            // looks a prefix up through all of them, so 256 elements of 256 declarations each
            // would cost every later element a scan of 65,536.
            var namespacesInScope = 0
            var declaredByOpenElements: [Int] = []
            var textStart = start
            var textBytes = 0
            while index < count {
                let unit = units[index]
                guard unit == Self.lessThan else {
                    // Text up to the next `<`: in bytes at once when one byte is one unit.
                    let runEnd: Int
                    if units.layout.width == 1 {
                        runEnd = units.nextByte(UInt8(ascii: "<"), from: index) ?? count
                        textBytes += runEnd - index
                    } else {
                        runEnd = index + 1
                        textBytes += units.utf8Length(unit)
                    }
                    if textBytes > limits.maxTextBytes {
                        return cut(at: textStart, .xmlTextBytes, "a text longer than \(LimitHit.bytes(limits.maxTextBytes)) (limit xml-text-bytes)")
                    }
                    index = runEnd
                    continue
                }
                let next = units[index + 1]
                if next == Self.bang {
                    if units.matches("<!--", at: index) {
                        guard let end = units.find("-->", from: index + 4) else { return all }
                        index = end + 3
                    } else if units.matches("<![CDATA[", at: index) {
                        guard let end = units.find("]]>", from: index + 9) else { return all }
                        var length = 0
                        for position in (index + 9)..<end { length += units.utf8Length(units[position]) }
                        if length > limits.maxTextBytes {
                            return cut(at: index, .xmlTextBytes, "a text longer than \(LimitHit.bytes(limits.maxTextBytes)) (limit xml-text-bytes)")
                        }
                        index = end + 3
                    } else if units.matches("<!DOCTYPE", at: index) {
                        guard allowsDocumentType else {
                            return Verdict(
                                end: units.byteOffset(index),
                                stop: XMLProblem(
                                    line: units.line(at: index),
                                    message: "the part declares a document type (DTD), which documents never carry",
                                    kind: .refused
                                )
                            )
                        }
                        guard let end = endOfDocumentType(from: index + 9) else { return all }
                        index = end + 1
                    } else {
                        return all
                    }
                    textStart = index
                    textBytes = 0
                    continue
                }
                if next == Self.question {
                    guard let end = units.find("?>", from: index + 2) else { return all }
                    index = end + 2
                    textStart = index
                    textBytes = 0
                    continue
                }
                if next == Self.slash {
                    depth = max(0, depth - 1)
                    if let declared = declaredByOpenElements.popLast() { namespacesInScope -= declared }
                    guard let end = units.find(">", from: index + 2) else { return all }
                    index = end + 1
                    textStart = index
                    textBytes = 0
                    continue
                }

                // A start tag: its name, then its attributes up to `>` or `/>`.
                let tagStart = index
                index += 1
                while index < count {
                    let unit = units[index]
                    if Self.isSpace(unit) || unit == Self.greaterThan || unit == Self.slash { break }
                    index += 1
                }
                var attributes = 0
                var namespaces = 0
                var selfClosing = false
                tag: while index < count {
                    let unit = units[index]
                    if Self.isSpace(unit) {
                        index += 1
                        continue
                    }
                    if unit == Self.greaterThan {
                        index += 1
                        break tag
                    }
                    if unit == Self.slash {
                        selfClosing = units[index + 1] == Self.greaterThan
                        index += selfClosing ? 2 : 1
                        if selfClosing { break tag }
                        continue
                    }
                    attributes += 1
                    if attributes > limits.maxAttributes {
                        return cut(at: tagStart, .xmlAttributes, "an element with more than \(limits.maxAttributes) attributes (limit xml-attributes)")
                    }
                    if units.matches("xmlns", at: index) {
                        namespaces += 1
                        if namespacesInScope + namespaces > limits.maxAttributes {
                            return cut(
                                at: tagStart, .xmlAttributes,
                                "more than \(limits.maxAttributes) namespace declarations in scope (limit xml-attributes)"
                            )
                        }
                    }
                    while index < count {
                        let unit = units[index]
                        if Self.isSpace(unit) || unit == Self.equals || unit == Self.greaterThan || unit == Self.slash { break }
                        index += 1
                    }
                    while index < count, Self.isSpace(units[index]) { index += 1 }
                    guard units[index] == Self.equals else { continue }
                    index += 1
                    while index < count, Self.isSpace(units[index]) { index += 1 }
                    let delimiter = units[index]
                    // An unquoted value is where libxml2 stops reading.
                    guard delimiter == Self.quote || delimiter == Self.apostrophe else { return all }
                    index += 1
                    while index < count, units[index] != delimiter { index += 1 }
                    index += 1
                }
                if !selfClosing {
                    declaredByOpenElements.append(namespaces)
                    namespacesInScope += namespaces
                    depth += 1
                    if depth > limits.maxDepth {
                        return cut(at: tagStart, .xmlDepth, "elements nested more than \(limits.maxDepth) deep (limit xml-depth)")
                    }
                }
                textStart = index
                textBytes = 0
            }
            return all
        }

        /// The `>` that ends a document type declaration starting before `index`, past quoted
        /// strings, an internal subset in brackets and the comments in it.
        private func endOfDocumentType(from index: Int) -> Int? {
            var position = index
            var inSubset = false
            while position < units.count {
                let unit = units[position]
                if unit == Self.quote || unit == Self.apostrophe {
                    position += 1
                    while position < units.count, units[position] != unit { position += 1 }
                } else if inSubset && units.matches("<!--", at: position) {
                    guard let end = units.find("-->", from: position + 4) else { return nil }
                    position = end + 2
                } else if unit == Self.openBracket {
                    inSubset = true
                } else if unit == Self.closeBracket {
                    inSubset = false
                } else if unit == Self.greaterThan && !inSubset {
                    return position
                }
                position += 1
            }
            return nil
        }
    }
}
