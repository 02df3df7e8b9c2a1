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

    /// Hashes every byte: a hash of a sentence's ends alone let a text of sentences alike at
    /// both ends (a hostile one, or a table of numbered rows) fall into one bucket, and turned
    /// every lookup into a comparison with all of them.
    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { bytes in
            hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        }
    }
}
