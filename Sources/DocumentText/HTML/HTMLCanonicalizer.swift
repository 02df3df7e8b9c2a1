import DocumentModel
#if canImport(Glibc)
import Glibc
#endif

/// Rewrites an HTML page into markup that libxml2 cannot read any other way than Liecība does,
/// before libxml2 parses it.
///
/// libxml2's HTML parser checks every attribute of a tag against all earlier ones, so a tag with
/// a hundred thousand attributes costs minutes; and how a tag-soup page splits into tags depends
/// on details (quotes, stray `<`, chunk boundaries) no outside check can mirror exactly. So the
/// page is tokenized here, the way libxml2 2.9 does, and written out again: every tag with only
/// the attributes text extraction looks at (`hidden`, `style`) in plain double quotes, comments,
/// declarations and processing instructions dropped, script and style contents dropped, every
/// `<` that is text escaped, every NUL made U+FFFD. libxml2 then sees at most two attributes on
/// any element, whatever the page held. A tag with more than the `xml-attributes` limit stops
/// the page there.
///
/// libxml2 also looks for every end tag through all the elements open, and a page of 100,000
/// unclosed `<b>` followed by 100,000 `</i>` costs it hours. So elements that stay open until
/// closed are counted by name: an end tag that closes nothing is dropped, and past `xml-depth`
/// elements open, further start tags are dropped (their text stays).
enum HTMLCanonicalizer {
    struct Output {
        var bytes: [UInt8]
        /// Set when a tag went beyond `maxAttributes`; ``bytes`` end before it.
        var stop: ExtractionProblem?
    }

    /// `input` must be UTF-8 (invalid sequences are passed through; libxml2 gets the page as
    /// UTF-8 with its own encoding detection off).
    static func canonicalize(_ input: ArraySlice<UInt8>, maxAttributes: Int, maxDepth: Int = MarkupLimits().maxDepth) -> Output {
        input.withUnsafeBufferPointer { buffer in
            var writer = Writer(input: buffer, maxAttributes: maxAttributes, maxDepth: maxDepth)
            writer.run()
            return Output(bytes: writer.output, stop: writer.stop)
        }
    }

    private struct Writer {
        let input: UnsafeBufferPointer<UInt8>
        let maxAttributes: Int
        let maxDepth: Int
        var output: [UInt8] = []
        var stop: ExtractionProblem?
        private var index = 0
        /// Start tags not yet ended, by name, of the elements that stay open until closed (not
        /// the void ones, nor those a sibling closes: ``closedBySiblings``), and their sum. At
        /// least what libxml2 holds open, since it also closes elements implicitly.
        private var open: [[UInt8]: Int] = [:]
        private var openCount = 0

        init(input: UnsafeBufferPointer<UInt8>, maxAttributes: Int, maxDepth: Int) {
            self.input = input
            self.maxAttributes = maxAttributes
            self.maxDepth = maxDepth
            output.reserveCapacity(input.count)
        }

        /// Elements without content, which no end tag closes.
        private static let void: Set<[UInt8]> = Set(
            ["area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img", "input", "isindex", "keygen", "link", "meta", "param",
             "source", "track", "wbr"].map { Array($0.utf8) }
        )

        /// Elements the next of their kind (or their parent's end) closes, as libxml2 closes a
        /// `<p>` at the next `<p>`: pages leave them open by the thousand, so they are not counted.
        private static let closedBySiblings: Set<[UInt8]> = Set(
            ["p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt",
             "rp", "html", "head", "body"].map { Array($0.utf8) }
        )

        /// Whether `name` is counted open until its end tag; script and style, whose end tags
        /// end their raw text, are passed through as they are.
        private static func isCounted(_ name: [UInt8]) -> Bool {
            !void.contains(name) && !closedBySiblings.contains(name) && name != script && name != style
        }

        private static let script = Array("script".utf8)
        private static let style = Array("style".utf8)

        /// The byte at `position`, or 0 past the end.
        private func byte(_ position: Int) -> UInt8 {
            position >= 0 && position < input.count ? input[position] : 0
        }

        private static func isLetter(_ byte: UInt8) -> Bool {
            (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        }

        /// libxml2's `htmlParseHTMLName`: letters, digits, `:`, `-`, `_`, `.`.
        private static func isNameByte(_ byte: UInt8) -> Bool {
            isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x3A || byte == 0x2D || byte == 0x5F || byte == 0x2E
        }

        private static func isNameStart(_ byte: UInt8) -> Bool {
            isLetter(byte) || byte == 0x5F || byte == 0x3A || byte == 0x2E
        }

        private static func isBlank(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
        }

        /// Where `needle` next starts at or after `position`, ASCII letters compared without case.
        /// Where the comment whose text starts at `position` ends: just past the first `-->` or
        /// `--!>`. One pass: looking for each ending through the rest of the page cost a page of
        /// empty comments time quadratic in its length.
        private func commentEnd(from position: Int) -> Int? {
            var dashes = position
            while let found = find(Array("--".utf8), from: dashes) {
                if byte(found + 2) == UInt8(ascii: ">") { return found + 3 }
                if byte(found + 2) == UInt8(ascii: "!"), byte(found + 3) == UInt8(ascii: ">") { return found + 4 }
                dashes = found + 1
            }
            return nil
        }

        private func find(_ needle: [UInt8], from position: Int, ignoringCase: Bool = false) -> Int? {
            guard let first = needle.first, position >= 0, let base = input.baseAddress else { return nil }
            var start = position
            while start + needle.count <= input.count {
                let found: Int
                if ignoringCase {
                    found = start
                } else {
                    guard let pointer = memchr(base + start, Int32(first), input.count - start) else { return nil }
                    found = UnsafeRawPointer(pointer) - UnsafeRawPointer(base)
                    guard found + needle.count <= input.count else { return nil }
                }
                var matches = true
                for (offset, expected) in needle.enumerated() {
                    let actual = input[found + offset]
                    if actual != expected && !(ignoringCase && Self.isLetter(actual) && actual | 0x20 == expected | 0x20) {
                        matches = false
                        break
                    }
                }
                if matches { return found }
                start = found + 1
            }
            return nil
        }

        private mutating func readName() -> [UInt8] {
            var name: [UInt8] = []
            while index < input.count, Self.isNameByte(input[index]) {
                name.append(input[index] | (Self.isLetter(input[index]) ? 0x20 : 0))
                index += 1
            }
            return name
        }

        private mutating func skipBlanks() {
            while index < input.count, Self.isBlank(input[index]) { index += 1 }
        }

        /// Copies text up to the next `<`, with NULs made U+FFFD.
        private mutating func copyText() {
            guard let base = input.baseAddress, index < input.count else {
                index = input.count
                return
            }
            let end = memchr(base + index, Int32(UInt8(ascii: "<")), input.count - index)
                .map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? input.count
            var position = index
            while position < end {
                let runEnd = memchr(base + position, 0, end - position).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? end
                output.append(contentsOf: UnsafeBufferPointer(rebasing: input[position..<runEnd]))
                if runEnd < end {
                    output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    position = runEnd + 1
                } else {
                    position = end
                }
            }
            index = end
        }

        mutating func run() {
            while index < input.count {
                guard input[index] == UInt8(ascii: "<") else {
                    copyText()
                    continue
                }
                let next = byte(index + 1)
                if next == UInt8(ascii: "!") {
                    // A comment to its `-->` (or `--!>`, as libxml2 and browsers end it), anything
                    // else (DOCTYPE, CDATA, Word's `<![if …]>`) to its `>`: dropped.
                    if byte(index + 2) == UInt8(ascii: "-"), byte(index + 3) == UInt8(ascii: "-") {
                        index = commentEnd(from: index + 4) ?? input.count
                    } else {
                        index = find([UInt8(ascii: ">")], from: index + 2).map { $0 + 1 } ?? input.count
                    }
                } else if next == UInt8(ascii: "?") {
                    index = find([UInt8(ascii: ">")], from: index + 2).map { $0 + 1 } ?? input.count
                } else if next == UInt8(ascii: "/") && Self.isLetter(byte(index + 2)) {
                    index += 2
                    let name = readName()
                    index = find([UInt8(ascii: ">")], from: index).map { $0 + 1 } ?? input.count
                    if Self.isCounted(name) {
                        // An end tag that closes nothing libxml2 could hold open is dropped.
                        guard let count = open[name], count > 0 else { continue }
                        open[name] = count - 1
                        openCount -= 1
                    }
                    output.append(contentsOf: Array("</".utf8) + name + [UInt8(ascii: ">")])
                } else if Self.isLetter(next) {
                    if !startTag() { return }
                } else {
                    // A `<` that starts nothing is text, except at the very end, where libxml2 drops it.
                    if index + 1 < input.count { output.append(contentsOf: Array("&lt;".utf8)) }
                    index += 1
                }
            }
        }

        /// Reads a start tag at `index` (libxml2's `htmlParseStartTag`) and writes its canonical
        /// form. Returns `false` when the tag has too many attributes: the page stops before it.
        private mutating func startTag() -> Bool {
            let tagStart = index
            index += 1
            let name = readName()
            var attributes = 0
            var hidden = false
            var style: [UInt8]?
            skipBlanks()
            while index < input.count, input[index] != UInt8(ascii: ">"),
                !(input[index] == UInt8(ascii: "/") && byte(index + 1) == UInt8(ascii: ">"))
            {
                if Self.isNameStart(input[index]) {
                    let attribute = readName()
                    attributes += 1
                    if attributes > maxAttributes {
                        let line = 1 + input[..<tagStart].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                        stop = ExtractionProblem(
                            kind: .limitReached,
                            line: line,
                            message: "an element with more than \(maxAttributes) attributes (limit xml-attributes)",
                            limit: LimitHit(.xmlAttributes, maxAttributes)
                        )
                        return false
                    }
                    skipBlanks()
                    var value: [UInt8] = []
                    if byte(index) == UInt8(ascii: "=") {
                        index += 1
                        skipBlanks()
                        let quote = byte(index)
                        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                            index += 1
                            let end = find([quote], from: index) ?? input.count
                            if attribute == Array("style".utf8) { value = Array(input[index..<end]) }
                            index = min(end + 1, input.count)
                        } else {
                            let start = index
                            while index < input.count, !Self.isBlank(input[index]), input[index] != UInt8(ascii: ">") { index += 1 }
                            if attribute == Array("style".utf8) { value = Array(input[start..<index]) }
                        }
                    }
                    if attribute == Array("hidden".utf8) { hidden = true }
                    if attribute == Array("style".utf8), style == nil { style = value }
                } else {
                    // A bogus attribute: dropped up to the next blank or the end of the tag.
                    while index < input.count, !Self.isBlank(input[index]), input[index] != UInt8(ascii: ">"),
                        !(input[index] == UInt8(ascii: "/") && byte(index + 1) == UInt8(ascii: ">"))
                    {
                        index += 1
                    }
                }
                skipBlanks()
            }
            let selfClosing = byte(index) == UInt8(ascii: "/")
            index = min(index + (selfClosing ? 2 : 1), input.count)

            let isScriptOrStyle = name == Self.script || name == Self.style
            if !selfClosing, Self.isCounted(name) {
                // Nested past the depth no page needs: the element is dropped, its text stays.
                guard openCount < maxDepth else { return true }
                open[name, default: 0] += 1
                openCount += 1
            }
            output.append(UInt8(ascii: "<"))
            output.append(contentsOf: name)
            if hidden { output.append(contentsOf: Array(" hidden".utf8)) }
            if let style {
                output.append(contentsOf: Array(" style=\"".utf8))
                for byte in style {
                    switch byte {
                    case UInt8(ascii: "\""): output.append(contentsOf: Array("&quot;".utf8))
                    case UInt8(ascii: "<"): output.append(contentsOf: Array("&lt;".utf8))
                    case 0: output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    default: output.append(byte)
                    }
                }
                output.append(UInt8(ascii: "\""))
            }
            output.append(contentsOf: selfClosing ? Array("/>".utf8) : [UInt8(ascii: ">")])

            // Script and style hold raw text up to their end tag; it is never shown.
            if !selfClosing, isScriptOrStyle {
                index = find(Array("</".utf8) + name, from: index, ignoringCase: true) ?? input.count
            }
            return true
        }
    }
}
