import UTF8Text

/// An HTML document built as UTF-8 bytes.
///
/// A submission's page carries the full text of its documents with every match highlighted —
/// hundreds of kilobytes per submission — so text is escaped and marked up byte by byte in one
/// pass, never through intermediate strings.
struct HTMLBuffer {
    private(set) var bytes: [UInt8] = []

    /// A highlight: a UTF-16 range of the text (as ``MatchedTerm`` offsets are), and whether
    /// the mention there is denied.
    struct Mark {
        var range: Range<Int>
        var negated: Bool
        /// Bits of the indicators the mention counts for, and of those it does not count for
        /// (see ``Highlights/Mark``); none in a passage list, where the indicator is known.
        var countsFor: UInt64 = 0
        var mentionedFor: UInt64 = 0
    }

    init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Markup this program wrote itself: appended as it is.
    mutating func raw(_ markup: String) {
        bytes.append(contentsOf: markup.utf8)
    }

    /// An integer in decimal, written without making a string: a page numbers each of its
    /// thousands of blocks.
    mutating func number(_ value: Int) {
        if value < 0 { bytes.append(0x2D) }
        // Twenty digits hold any magnitude of a 64-bit integer.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var remaining = value.magnitude
            var start = buffer.count
            repeat {
                start -= 1
                buffer[start] = 0x30 + UInt8(remaining % 10)
                remaining /= 10
            } while remaining > 0
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[start...]))
        }
    }

    /// Text from a document, a file name or the lexicon: escaped, so `<script>` or
    /// `"><img onerror=…>` shows as text, in element content and attribute values alike.
    mutating func text(_ text: String) {
        highlighted(text, marks: [])
    }

    /// `text` escaped, with the marked ranges wrapped in `<mark>` (`<mark class="negated">` when
    /// every mention merged into it is denied), and line breaks as `<br>` if asked. Marks may
    /// overlap or touch (they merge) and come in any order; ranges outside the text are ignored.
    /// - Parameter label: the opening tag of a mark that says which indicators it counts for
    ///   (``Mark/countsFor``, ``Mark/mentionedFor``); `nil` for plain marks.
    mutating func highlighted(_ text: String, marks: [Mark], lineBreaks: Bool = false, label: ((Mark) -> [UInt8])? = nil) {
        let merged = marks.isEmpty ? [] : Self.merge(marks, length: text.utf16Count)
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            if !merged.isEmpty {
                for (mark, span) in zip(merged, Self.byteSpans(of: merged, in: utf8)) {
                    escaping(UnsafeBufferPointer(rebasing: utf8[start..<span.bytes.lowerBound]), lineBreaks: lineBreaks)
                    if let label, mark.countsFor | mark.mentionedFor != 0 {
                        bytes.append(contentsOf: label(mark))
                    } else {
                        bytes.append(contentsOf: span.negated ? Self.openNegatedMark : Self.openMark)
                    }
                    escaping(UnsafeBufferPointer(rebasing: utf8[span.bytes]), lineBreaks: lineBreaks)
                    bytes.append(contentsOf: Self.closeMark)
                    start = span.bytes.upperBound
                }
            }
            escaping(UnsafeBufferPointer(rebasing: utf8[start...]), lineBreaks: lineBreaks)
        }
    }

    /// Appends `text` escaped. Plain bytes are copied in runs, found through a table — eight
    /// at a time where none of the eight needs escaping, as in nearly all document text; a run
    /// ends where an escape goes in.
    private mutating func escaping(_ text: UnsafeBufferPointer<UInt8>, lineBreaks: Bool) {
        guard let base = text.baseAddress else { return }
        Self.escapeTable.withUnsafeBufferPointer { table in
            var runStart = 0
            var index = 0
            while index < text.count {
                if index + 8 <= text.count,
                    !Self.mayNeedEscaping(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self), lineBreaks: lineBreaks)
                {
                    index += 8
                    continue
                }
                let kind = table[Int(text[index])]
                if kind == 0 || (kind == Self.lineBreakKind && !lineBreaks) {
                    index += 1
                    continue
                }
                if index > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index])) }
                bytes.append(contentsOf: Self.escapes[Int(kind)])
                index += 1
                runStart = index
            }
            if text.count > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart...])) }
        }
    }

    /// Whether any of eight bytes may be one that ``escapeTable`` escapes (`&` `<` `>` `"` `'`,
    /// a control character, and the line feed when line breaks are marked up). Any byte below
    /// 0x20 says yes; the table tells tab and line feed apart.
    private static func mayNeedEscaping(_ word: UInt64, lineBreaks: Bool) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        func has(_ byte: UInt8) -> Bool {
            let matches = word ^ (ones &* UInt64(byte))
            return (matches &- ones) & ~matches & high != 0
        }
        let hasControl = (word &- ones &* 0x20) & ~word & high != 0
        return hasControl || has(0x26) || has(0x3C) || has(0x3E) || has(0x22) || has(0x27) || has(0x7F)
    }

    /// Merged marks as byte ranges of `utf8`: a mark covers the scalars from the one at or after
    /// its UTF-16 start to the one at or after its end.
    private static func byteSpans(of marks: [Mark], in utf8: UnsafeBufferPointer<UInt8>) -> [(bytes: Range<Int>, negated: Bool)] {
        var spans: [(bytes: Range<Int>, negated: Bool)] = []
        spans.reserveCapacity(marks.count)
        var cursor = UTF16Cursor(utf8)
        for mark in marks {
            cursor.advance(toUnit: mark.range.lowerBound)
            let lower = cursor.byte
            cursor.advance(toUnit: mark.range.upperBound)
            spans.append((lower..<cursor.byte, mark.negated))
        }
        return spans
    }

    /// Sorted, non-overlapping marks; touching or overlapping ones become one.
    private static func merge(_ marks: [Mark], length: Int) -> [Mark] {
        var valid = marks.filter { $0.range.lowerBound >= 0 && $0.range.upperBound <= length && !$0.range.isEmpty }
        // Marks usually come in text order already.
        if !zip(valid, valid.dropFirst()).allSatisfy({ $0.range.lowerBound <= $1.range.lowerBound }) {
            valid.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
        var merged: [Mark] = []
        for mark in valid {
            if let last = merged.last, mark.range.lowerBound <= last.range.upperBound {
                merged[merged.count - 1] = Mark(
                    range: last.range.lowerBound..<max(last.range.upperBound, mark.range.upperBound),
                    negated: last.negated && mark.negated,
                    countsFor: last.countsFor | mark.countsFor,
                    mentionedFor: last.mentionedFor | mark.mentionedFor
                )
            } else {
                merged.append(mark)
            }
        }
        return merged
    }

    private static let openMark = Array("<mark>".utf8)
    private static let openNegatedMark = Array("<mark class=\"negated\">".utf8)
    private static let closeMark = Array("</mark>".utf8)
    /// What each escaped byte becomes, by its kind in ``escapeTable``; kind 0 is a plain byte.
    /// A control character (an ESC in a file name, a NUL in a document) is shown as its picture
    /// — `␛`, `␀` — one UTF-16 unit for one, so highlights stay where they belong.
    private static let escapes: [[UInt8]] = [[], Array("&amp;".utf8), Array("&lt;".utf8), Array("&gt;".utf8), Array("&quot;".utf8), Array("&#39;".utf8), Array("<br>".utf8)]
        + (0..<0x20).map { Array(String(Unicode.Scalar(0x2400 + UInt32($0)) ?? "\u{FFFD}").utf8) } + [Array("\u{2421}".utf8)]
    private static let lineBreakKind: UInt8 = 6
    /// The kind of the first control character; control character `c` has kind `c + this`.
    private static let firstControlKind = 7
    /// Every byte's kind: 0 for most, an index into ``escapes`` for `& < > " '`, the line break,
    /// and the control characters but tab and carriage return.
    private static let escapeTable: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for control in 0..<0x20 where control != 0x09 && control != 0x0A && control != 0x0D {
            table[control] = UInt8(firstControlKind + control)
        }
        table[0x7F] = UInt8(firstControlKind + 0x20)
        table[0x26] = 1
        table[0x3C] = 2
        table[0x3E] = 3
        table[0x22] = 4
        table[0x27] = 5
        table[0x0A] = lineBreakKind
        return table
    }()
}
