#if canImport(Glibc)
import Glibc
#endif

extension String {
    /// The longest prefix of whole characters that fits in `maxBytes` bytes of UTF-8: a name or
    /// heading cut to a size a file system or a report takes, never inside a character.
    public func prefix(maxUTF8Bytes maxBytes: Int) -> String {
        guard utf8.count > maxBytes else { return self }
        var kept = ""
        var bytes = 0
        for character in self {
            bytes += character.utf8.count
            guard bytes <= maxBytes else { break }
            kept.append(character)
        }
        return kept
    }

    /// The text between two UTF-16 offsets, the unit every position in the evidence map is
    /// given in (what JavaScript and most JSON readers index by).
    ///
    /// Copied as UTF-8 without transcoding, the offsets found in one walk over the bytes —
    /// `String.UTF16View` would first build breadcrumbs, a table the size of the text, for every
    /// passage sliced. Offsets outside the text, or in the wrong order, give an empty string.
    public func slice(utf16 start: Int, _ end: Int) -> String {
        guard start < end, let (from, to) = utf8Offsets(utf16: start, end) else { return "" }
        let bytes = utf8
        return String(Substring(bytes[bytes.index(bytes.startIndex, offsetBy: from)..<bytes.index(bytes.startIndex, offsetBy: to)]))
    }

    /// The UTF-8 offsets of two UTF-16 offsets (`start` ≤ `end`), found in one walk over the
    /// bytes; an offset inside a four-byte scalar (between its surrogates) falls back to the
    /// scalar's start. `nil` when an offset lies outside the text.
    public func utf8Offsets(utf16 start: Int, _ end: Int) -> (start: Int, end: Int)? {
        guard start <= end, start >= 0 else { return nil }
        var text = self
        return text.withUTF8 { bytes -> (start: Int, end: Int)? in
            var units = 0
            var from: Int?
            var to: Int?
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte & 0xC0 != 0x80 {
                    let width = byte >= 0xF0 ? 2 : 1
                    if from == nil, units + width > start { from = index }
                    if units + width > end {
                        to = index
                        break
                    }
                    units += width
                }
                index += 1
            }
            if from == nil, units == start { from = bytes.count }
            if to == nil, units == end { to = bytes.count }
            guard let from, let to, from <= to else { return nil }
            return (from, to)
        }
    }

    /// Whether the two strings have the same UTF-8 bytes. `==` compares by canonical
    /// equivalence, normalising as it goes; texts cut from the same document are equal exactly
    /// when their bytes are, and bytes compare much faster.
    public func hasSameUTF8(as other: String) -> Bool {
        let count = utf8.count
        guard count == other.utf8.count else { return false }
        guard count > 0 else { return true }
        // Read in place, without the copies `withUTF8` needs; copies of one string (a file's
        // path in each of its passages) share their bytes, and are equal without reading them.
        let inPlace = utf8.withContiguousStorageIfAvailable { left in
            other.utf8.withContiguousStorageIfAvailable { right in
                guard let leftBase = left.baseAddress, let rightBase = right.baseAddress else { return false }
                return leftBase == rightBase || memcmp(leftBase, rightBase, count) == 0
            }
        }
        if let inPlace, let same = inPlace { return same }
        return utf8.elementsEqual(other.utf8)
    }

    /// The length in UTF-16 code units, counted from the UTF-8 bytes: `utf16.count` on a
    /// non-ASCII string builds and keeps breadcrumbs, a table the size of the text.
    public var utf16Count: Int {
        var text = self
        return text.withUTF8 { bytes in
            var cursor = UTF16Cursor(bytes)
            cursor.advance(toByte: bytes.count)
            return cursor.unit
        }
    }

    /// Whether `needle`'s bytes occur in the string's bytes. `contains(_:)` on strings compares
    /// characters through the generic string-processing engine; for an exact ASCII marker such
    /// as a folder name or `___` a byte search gives the same answer far faster.
    public func containsUTF8(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { haystackBytes in
            needle.withUTF8 { needleBytes in
                guard !needleBytes.isEmpty else { return true }
                guard let haystackBase = haystackBytes.baseAddress, haystackBytes.count >= needleBytes.count else { return false }
                guard let needleBase = needleBytes.baseAddress else { return true }
                let first = needleBytes[0]
                var start = 0
                let lastStart = haystackBytes.count - needleBytes.count
                while start <= lastStart {
                    if haystackBytes[start] == first, memcmp(haystackBase + start, needleBase, needleBytes.count) == 0 { return true }
                    start += 1
                }
                return false
            }
        }
    }

    /// The number of characters (grapheme clusters), what `count` gives, without grapheme
    /// breaking for the text nearly every document is made of.
    ///
    /// Below U+0300 every scalar is a character of its own but for a CR LF pair (Unicode's
    /// extending, prepending, joining and Hangul scalars all lie above it), so text of such
    /// scalars without a CR is counted from its UTF-8 lead bytes; anything else takes the
    /// standard library's count.
    public var characterCount: Int {
        var text = self
        let fast: Int? = text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return 0 }
            // Eight bytes at a time: continuation bytes (10xxxxxx) are counted off, and a CR or
            // a scalar from U+0300 up — but for the punctuation and currency signs below — sends
            // the text to the careful count.
            let high: UInt64 = 0x8080_8080_8080_8080
            let ones: UInt64 = 0x0101_0101_0101_0101
            var continuations = 0
            var index = 0
            while index + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let top = word & high
                if top != 0 {
                    if ((word & ~high) &+ 0x3434_3434_3434_3434) & top != 0 {
                        for offset in index..<(index + 8) where bytes[offset] >= 0xCC {
                            guard Self.isLoneCharacterLead(bytes, at: offset) else { return nil }
                        }
                    }
                    continuations += (top & ~(word << 1)).nonzeroBitCount
                }
                let carriageReturns = word ^ (0x0D * ones)
                if (carriageReturns &- ones) & ~carriageReturns & high != 0 { return nil }
                index += 8
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x0D || byte >= 0xCC && !Self.isLoneCharacterLead(bytes, at: index) { return nil }
                if byte & 0xC0 == 0x80 { continuations += 1 }
                index += 1
            }
            return bytes.count - continuations
        }
        return fast ?? count
    }

    /// Whether the scalar whose lead byte (from 0xCC) is at `index` is one Latvian text is full
    /// of that always stands alone: U+2000–U+20BF (dashes, „quotes“, …, €), bar the joiners
    /// U+200C and U+200D.
    private static func isLoneCharacterLead(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard bytes[index] == 0xE2, index + 2 < bytes.count else { return false }
        let second = bytes[index + 1]
        guard second >= 0x80, second <= 0x82 else { return false }
        return !(second == 0x80 && (bytes[index + 2] == 0x8C || bytes[index + 2] == 0x8D))
    }
}
