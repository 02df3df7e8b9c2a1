/// Byte tests that rule a text out before it is broken into words: most blocks and sentences
/// hold none of the few stems a document-level reading looks for.
enum ByteSearch {
    /// Whether `text` contains `needle` (lower-case ASCII letters), in either case.
    static func containsASCII(_ text: Substring, _ needle: StaticString) -> Bool {
        let length = needle.utf8CodeUnitCount
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: length)
        guard let first = pattern.first else { return true }
        let search = { (bytes: UnsafeBufferPointer<UInt8>) -> Bool in
            guard bytes.count >= length else { return false }
            var start = 0
            let last = bytes.count - length
            while start <= last {
                if bytes[start] | 0x20 == first {
                    var offset = 1
                    while offset < length, bytes[start + offset] | 0x20 == pattern[offset] { offset += 1 }
                    if offset == length { return true }
                }
                start += 1
            }
            return false
        }
        if let answer = text.utf8.withContiguousStorageIfAvailable(search) { return answer }
        return Array(text.utf8).withUnsafeBufferPointer(search)
    }

    /// Whether `text` contains `needle` (lower-case ASCII letters), in either case.
    static func containsASCII(_ text: String, _ needle: StaticString) -> Bool {
        containsASCII(text[...], needle)
    }
}
