import UTF8Text

/// A string that hashes and compares by its UTF-8 bytes.
///
/// Swift's `String` hashes and compares by canonical equivalence, which for Latvian text means
/// normalising every sentence each time it is hashed. The sentences compared here all come from
/// the same extracted text, so equal ones have equal bytes, and bytes are much cheaper.
struct ExactText: Hashable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    static func == (left: ExactText, right: ExactText) -> Bool {
        left.text.hasSameUTF8(as: right.text)
    }

    /// Hashes the length and the first and last sixteen bytes: sentences that agree in all
    /// three are rare, and equality still compares every byte, while hashing whole sentences
    /// of a hundred bytes and more was most of the cost of using them as keys.
    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { bytes in
            hasher.combine(bytes.count)
            let raw = UnsafeRawBufferPointer(bytes)
            guard bytes.count > 32 else {
                hasher.combine(bytes: raw)
                return
            }
            hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: raw.prefix(16)))
            hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: raw.suffix(16)))
        }
    }
}
