import LatvianLanguage
import Lexicon

/// The quotations of a block that run over more than one sentence: a newspaper's or an
/// expert's words quoted at length — "Pētniece laikrakstam teica: „Viedie ciemi nav tie, kuros
/// ir visvairāk tehnoloģiju, bet … . Tādos ciemos darbojas kooperatīvi, laika bankas un kopienu
/// centri.”" The later sentences carry no reporting verb of their own; they are still the
/// source's words.
struct Quotations {
    /// The quoted spans of the block, as byte ranges from the opening mark to the closing one.
    private let spans: [Range<Int>]

    /// The quotations of `text`; a mark that never closes quotes nothing.
    init(_ text: String) {
        var text = text
        spans = text.withUTF8(Self.spans(in:))
    }

    /// Where the quotation that `word` stands in opened, when it opened before `sentenceStart`
    /// (the byte offset of the sentence's first word) — in an earlier sentence.
    func openedBefore(_ sentenceStart: Int, enclosing word: ScannedText.Word) -> Int? {
        spans.first { $0.contains(word.scanned.byteStart) && $0.lowerBound < sentenceStart - Self.bytesOfAnOpeningMark }?.lowerBound
    }

    /// „ and “ are three bytes in UTF-8: a mark right before the sentence's first word opens
    /// the sentence's own quotation.
    private static let bytesOfAnOpeningMark = 3

    /// The spans quoted in `bytes`: „…”, „…“, “…”, "…".
    private static func spans(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var open: Int?
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x22 {
                if let start = open {
                    spans.append(start..<index + 1)
                    open = nil
                } else {
                    open = index
                }
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 {
                // „ opens; ” closes, and so does “ after „ („…“), while on its own it opens (“…”).
                switch bytes[index + 2] {
                case 0x9E:
                    open = index
                case 0x9D:
                    if let start = open { spans.append(start..<index + 3) }
                    open = nil
                case 0x9C:
                    if let start = open {
                        spans.append(start..<index + 3)
                        open = nil
                    } else {
                        open = index
                    }
                default:
                    break
                }
                index += 2
            }
            index += 1
        }
        return spans
    }

    /// Whether a block may hold a quotation over sentences: it has a mark at all.
    static func mayQuote(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in bytes.contains { $0 == 0x22 || $0 == 0x9E || $0 == 0x9C } }
    }
}
