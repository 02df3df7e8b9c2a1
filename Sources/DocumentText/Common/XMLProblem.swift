import DocumentModel

/// Where and why reading an XML document stopped.
struct XMLProblem: Sendable, Hashable, Error {
    enum Kind: Sendable, Hashable {
        /// The document stops being well-formed.
        case malformed
        /// The document goes beyond a limit.
        case limit(LimitHit)
        /// The document carries what documents never do and attacks need (a DTD).
        case refused
    }

    var line: Int
    var message: String
    var kind: Kind = .malformed
}
