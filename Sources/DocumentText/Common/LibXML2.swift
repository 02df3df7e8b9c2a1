internal import CLibXML2

/// libxml2's one-time global set-up.
enum LibXML2 {
    private static let initialised: Void = {
        xmlInitParser()
        // No document is ever allowed to pull in a file or a URL: not an external DTD, not an
        // external entity. The parser options already never ask for them; this is the backstop.
        xmlSetExternalEntityLoader { _, _, _ in nil }
    }()

    /// Call before any libxml2 use; cheap after the first call.
    static func initialise() { _ = initialised }
}
