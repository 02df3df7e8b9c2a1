/// Byte tests that rule a text out before it is broken into words: most blocks and sentences
/// hold none of the few stems a document-level reading looks for.
enum ByteSearch {
    /// Whether `text` contains `needle` (lower-case ASCII letters), in either case.
    static func containsASCII(_ text: Substring, _ needle: StaticString) -> Bool {
        guard needle.utf8CodeUnitCount > 0 else { return true }
        let first = needle.utf8Start.pointee
        let search = { (bytes: UnsafeBufferPointer<UInt8>) -> Bool in
            bytes.indices.contains { bytes[$0] | 0x20 == first && hasASCII(needle, in: bytes, at: $0) }
        }
        if let answer = text.utf8.withContiguousStorageIfAvailable(search) { return answer }
        return Array(text.utf8).withUnsafeBufferPointer(search)
    }

    /// Whether `text` contains `needle` (lower-case ASCII letters), in either case.
    static func containsASCII(_ text: String, _ needle: StaticString) -> Bool {
        containsASCII(text[...], needle)
    }

    /// Whether `bytes` hold `literal` (lower-case ASCII) at `index`, in either case.
    static func hasASCII(_ literal: StaticString, in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard index + length <= bytes.count else { return false }
        let pattern = UnsafeBufferPointer(start: literal.utf8Start, count: length)
        return (0..<length).allSatisfy { bytes[index + $0] | 0x20 == pattern[$0] }
    }
}
