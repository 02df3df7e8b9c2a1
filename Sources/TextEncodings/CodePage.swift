/// A single-byte legacy code page that Latvian documents and archive names turn up in.
///
/// Latvian Windows writes windows-1257 (and ISO-8859-13 on the web); Latvian DOS-era zip tools
/// write CP775 into entry names; CP437 is the zip format's nominal default. The others are the
/// neighbours a heuristic must be able to rule out.
public enum CodePage: String, Sendable, Hashable, CaseIterable {
    case windows1257 = "windows-1257"
    case iso8859_13 = "ISO-8859-13"
    case cp775 = "CP775"
    case iso8859_4 = "ISO-8859-4"
    case windows1252 = "windows-1252"
    case iso8859_15 = "ISO-8859-15"
    case cp437 = "CP437"
    case cp850 = "CP850"
    case cp866 = "CP866"
    case windows1251 = "windows-1251"
    case windows1250 = "windows-1250"
    case iso8859_2 = "ISO-8859-2"

    /// The name as reports show it, e.g. `windows-1257`.
    public var name: String { rawValue }

    /// Decodes bytes in this code page. Bytes the code page leaves undefined become U+FFFD.
    public func decode(_ bytes: some Sequence<UInt8>) -> String {
        String(decoding: decodeToUTF8(bytes), as: UTF8.self)
    }

    /// Decodes bytes in this code page straight to UTF-8, as a legacy web page is read before
    /// parsing: a scalar at a time into one buffer, no string in between.
    public func decodeToUTF8(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        if let decoded = bytes.withContiguousStorageIfAvailable({ decodeToUTF8(contiguous: $0) }) { return decoded }
        return Array(bytes).withUnsafeBufferPointer { decodeToUTF8(contiguous: $0) }
    }

    /// Written into storage sized for the worst case (three bytes each), without the capacity
    /// check an append makes per byte: pages of these code pages are read byte by byte.
    private func decodeToUTF8(contiguous bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let table = upperHalf
        return [UInt8](unsafeUninitializedCapacity: bytes.count * 3) { output, written in
            var out = 0
            for byte in bytes {
                if byte < 0x80 {
                    output[out] = byte
                    out += 1
                    continue
                }
                // The tables hold Basic Multilingual Plane scalars (U+FFFD for undefined bytes).
                let value = UInt32(table[Int(byte) - 0x80])
                if value < 0x80 {
                    output[out] = UInt8(value)
                    out += 1
                } else if value < 0x800 {
                    output[out] = UInt8(0xC0 | value >> 6)
                    output[out + 1] = UInt8(0x80 | value & 0x3F)
                    out += 2
                } else {
                    output[out] = UInt8(0xE0 | value >> 12)
                    output[out + 1] = UInt8(0x80 | (value >> 6) & 0x3F)
                    output[out + 2] = UInt8(0x80 | value & 0x3F)
                    out += 3
                }
            }
            written = out
        }
    }

    /// Whether every byte of `bytes` is defined in this code page.
    func defines(allOf bytes: some Sequence<UInt8>) -> Bool {
        let table = upperHalf
        return bytes.allSatisfy { $0 < 0x80 || table[Int($0) - 0x80] != 0xFFFD }
    }
}
