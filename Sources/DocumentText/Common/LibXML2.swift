internal import CLibXML2

/// libxml2's one-time global set-up, and reading the strings it hands out.
enum LibXML2 {
    private static let initialised: Void = {
        xmlInitParser()
        // No document is ever allowed to pull in a file or a URL: not an external DTD, not an
        // external entity. The parser options already never ask for them; this is the backstop.
        xmlSetExternalEntityLoader { _, _, _ in nil }
    }()

    /// Call before any libxml2 use; cheap after the first call.
    static func initialise() { _ = initialised }

    /// Whether the NUL-terminated string at `pointer` has exactly the bytes of `string`.
    static func equals(_ pointer: UnsafePointer<xmlChar>, _ string: String) -> Bool {
        var string = string
        return string.withUTF8 { bytes in
            // A NUL in `pointer` differs from every byte of `string`, so the walk stops there.
            for index in bytes.indices where pointer[index] != bytes[index] { return false }
            return pointer[bytes.count] == 0
        }
    }
}
