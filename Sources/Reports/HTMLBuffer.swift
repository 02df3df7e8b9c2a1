import DocumentModel

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
    }

    init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Markup this program wrote itself: appended as it is.
    mutating func raw(_ markup: String) {
        bytes.append(contentsOf: markup.utf8)
    }

    /// Text from a document, a file name or the lexicon: escaped, so `<script>` or
    /// `"><img onerror=…>` shows as text, in element content and attribute values alike.
    mutating func text(_ text: String) {
        highlighted(text, marks: [])
    }

    /// `text` escaped, with the marked ranges wrapped in `<mark>` (`<mark class="negated">` when
    /// every mention merged into it is denied), and line breaks as `<br>` if asked. Marks may
    /// overlap or touch (they merge) and come in any order; ranges outside the text are ignored.
    mutating func highlighted(_ text: String, marks: [Mark], lineBreaks: Bool = false) {
        let merged = Self.merge(marks, length: marks.isEmpty ? 0 : text.utf16Count)
        var next = 0
        var openUntil: Int?
        var position = 0
        var text = text
        text.withUTF8 { utf8 in
            // Plain bytes are copied in runs; a run ends where markup or an escape goes in.
            var runStart = 0
            func flush(upTo end: Int) {
                if end > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<end])) }
                runStart = end
            }
            for index in utf8.indices {
                let byte = utf8[index]
                if !merged.isEmpty, byte & 0xC0 != 0x80 {  // a scalar starts here, at UTF-16 offset `position`
                    if let end = openUntil, position >= end {
                        flush(upTo: index)
                        bytes.append(contentsOf: Self.closeMark)
                        openUntil = nil
                    }
                    if openUntil == nil, next < merged.count, position >= merged[next].range.lowerBound {
                        flush(upTo: index)
                        bytes.append(contentsOf: merged[next].negated ? Self.openNegatedMark : Self.openMark)
                        openUntil = merged[next].range.upperBound
                        next += 1
                    }
                    position += byte >= 0xF0 ? 2 : 1
                }
                let escaped: [UInt8]
                switch byte {
                case 0x26: escaped = Self.ampersand
                case 0x3C: escaped = Self.lessThan
                case 0x3E: escaped = Self.greaterThan
                case 0x22: escaped = Self.quote
                case 0x27: escaped = Self.apostrophe
                case 0x0A where lineBreaks: escaped = Self.lineBreak
                default: continue
                }
                flush(upTo: index)
                bytes.append(contentsOf: escaped)
                runStart = index + 1
            }
            flush(upTo: utf8.count)
        }
        if openUntil != nil { bytes.append(contentsOf: Self.closeMark) }
    }

    /// Sorted, non-overlapping marks; touching or overlapping ones become one.
    private static func merge(_ marks: [Mark], length: Int) -> [Mark] {
        let valid = marks.filter { $0.range.lowerBound >= 0 && $0.range.upperBound <= length && !$0.range.isEmpty }
            .sorted { $0.range.lowerBound < $1.range.lowerBound }
        var merged: [Mark] = []
        for mark in valid {
            if let last = merged.last, mark.range.lowerBound <= last.range.upperBound {
                merged[merged.count - 1] = Mark(
                    range: last.range.lowerBound..<max(last.range.upperBound, mark.range.upperBound),
                    negated: last.negated && mark.negated
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
    private static let ampersand = Array("&amp;".utf8)
    private static let lessThan = Array("&lt;".utf8)
    private static let greaterThan = Array("&gt;".utf8)
    private static let quote = Array("&quot;".utf8)
    private static let apostrophe = Array("&#39;".utf8)
    private static let lineBreak = Array("<br>".utf8)
}
