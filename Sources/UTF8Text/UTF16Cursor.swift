/// A walk forward over UTF-8 bytes that counts the UTF-16 units it passes: how a position in
/// the evidence map's unit is found in text held as UTF-8, and the other way round.
///
/// Eight bytes are passed at a time, their units counted from bit patterns: most document text
/// is ASCII or two-byte Latvian letters, and a walk a byte at a time was a measurable part of
/// splitting sentences and placing highlights.
public struct UTF16Cursor {
    public let bytes: UnsafeBufferPointer<UInt8>
    /// Where the cursor is, in bytes; always at most `bytes.count`.
    public private(set) var byte = 0
    /// The UTF-16 units of the scalars that start before ``byte``.
    public private(set) var unit = 0

    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Moves to byte offset `target` (clamped to the text), counting the units passed.
    public mutating func advance(toByte target: Int) {
        let target = min(target, bytes.count)
        while byte + 8 <= target {
            unit += Self.units(in: load(at: byte))
            byte += 8
        }
        while byte < target {
            unit += Self.units(of: bytes[byte])
            byte += 1
        }
    }

    /// Moves to the first scalar that starts at or after UTF-16 offset `target` — to the end of
    /// the text when there is none.
    public mutating func advance(toUnit target: Int) {
        // Eight bytes start scalars at offsets below `unit + 8`; passing them whole is safe
        // while those all lie before the target.
        while unit + 8 <= target, byte + 8 <= bytes.count {
            unit += Self.units(in: load(at: byte))
            byte += 8
        }
        while byte < bytes.count {
            let value = bytes[byte]
            if value & 0xC0 != 0x80 {
                if unit >= target { return }
                unit += Self.units(of: value)
            }
            byte += 1
        }
    }

    private func load(at offset: Int) -> UInt64 {
        // The buffer holds at least eight bytes from `offset` (callers check).
        UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped + offset).loadUnaligned(as: UInt64.self)
    }

    /// A byte's units: one for a scalar's lead byte, two for a four-byte scalar's (a surrogate
    /// pair), none for a continuation byte.
    @inline(__always)
    private static func units(of byte: UInt8) -> Int {
        byte & 0xC0 == 0x80 ? 0 : (byte >= 0xF0 ? 2 : 1)
    }

    /// The units of eight bytes, each counted as ``units(of:)`` counts it.
    @inline(__always)
    private static func units(in word: UInt64) -> Int {
        let high: UInt64 = 0x8080_8080_8080_8080
        let top = word & high
        guard top != 0 else { return 8 }
        // Continuation bytes are 10xxxxxx; four-byte leads 11110xxx, with all four top bits set.
        let continuations = (top & ~(word << 1)).nonzeroBitCount
        let fourByteLeads = (top & (word << 1) & (word << 2) & (word << 3)).nonzeroBitCount
        return 8 - continuations + fourByteLeads
    }
}
