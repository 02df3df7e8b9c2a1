/// A word of a text, with where it stands.
public struct Token: Sendable, Hashable {
    /// The word as written (soft hyphens dropped, a hyphenated line break rejoined).
    public var text: String
    /// The lower-case lookup key.
    public var key: String
    /// Offsets in UTF-16 code units from the start of the text — what a browser and most JSON
    /// consumers count in.
    public var start: Int
    public var end: Int
}

/// Splits text into words as ``WordScanner`` does, returning them as strings: for tests, tools
/// and small texts. The matcher works on the scanner directly.
public enum Tokenizer {
    public static func tokens(in text: String) -> [Token] {
        var tokens: [Token] = []
        let bytes = Array(text.utf8)
        WordScanner.scan(text) { word, key in
                let raw = bytes[word.byteStart..<word.byteEnd]
                var written = String(decoding: raw, as: UTF8.self)
                // A soft hyphen is C2 AD and a line break 0A: byte tests spare most words a search.
                if raw.contains(0xAD), written.contains("\u{00AD}") { written.removeAll { $0 == "\u{00AD}" } }
                if raw.contains(0x0A), written.contains("-\n") { written = written.split(separator: "-\n").joined() }
                tokens.append(
                    Token(text: written, key: String(decoding: key, as: UTF8.self), start: word.utf16Start, end: word.utf16End)
                )
        }
        return tokens
    }
}
