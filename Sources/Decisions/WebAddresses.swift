import LatvianLanguage
import Lexicon

/// The e-mail and web addresses of a block: "skeltovas.jauniesi@gmail.com" holds the word
/// "jauniesi", and "www.kopiena.lv/laika-banka" a time bank, but neither says anything.
struct WebAddresses {
    /// The addresses' byte ranges in the block.
    private let spans: [Range<Int>]

    /// The addresses of `text`: a run of non-space characters with an "@" in it, or opening with
    /// "http://", "https://" or "www.".
    init(_ text: String) {
        var spans: [Range<Int>] = []
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                while start < bytes.count, Self.isSpace(bytes[start]) { start += 1 }
                var end = start
                var hasAt = false
                while end < bytes.count, !Self.isSpace(bytes[end]) {
                    if bytes[end] == UInt8(ascii: "@") { hasAt = true }
                    end += 1
                }
                if end > start, hasAt || Self.opensAddress(bytes, at: start, end: end) { spans.append(start..<end) }
                start = end
            }
        }
        self.spans = spans
    }

    /// Whether `word` stands inside an address.
    func contains(_ word: ScannedText.Word) -> Bool {
        spans.contains { $0.contains(word.scanned.byteStart) }
    }

    /// Whether a block may hold an address at all: a byte test before it is split.
    static func mayHoldAddress(_ text: String) -> Bool {
        var text = text
        // One pass: an "@", or a "w" or "h" that opens "www." or "http".
        return text.withUTF8 { bytes in
            bytes.indices.contains { index in
                if bytes[index] == UInt8(ascii: "@") { return true }
                switch bytes[index] | 0x20 {
                case UInt8(ascii: "w"): return ByteSearch.hasASCII("www.", in: bytes, at: index)
                case UInt8(ascii: "h"): return ByteSearch.hasASCII("http", in: bytes, at: index)
                default: return false
                }
            }
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// Whether the token `start..<end` opens as a web address; a bracket or quote before it is skipped.
    private static func opensAddress(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> Bool {
        var start = start
        while start < end, [UInt8(ascii: "("), UInt8(ascii: "<"), UInt8(ascii: "\"")].contains(bytes[start]) { start += 1 }
        let token = bytes[start..<end].lazy.map { $0 | 0x20 }
        return token.starts(with: "www.".utf8) || token.starts(with: "http://".utf8) || token.starts(with: "https://".utf8)
    }
}
