/// A failure reported by libarchive, or a limit the reader enforces.
public struct ArchiveError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of failure; extensible without breaking callers that switch over it.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Value: String, Sendable, Hashable {
            case cannotOpen, unrecognisedFormat, damaged, truncated, encrypted, tooLarge, decompressionBomb
        }

        private let value: Value
        private init(_ value: Value) { self.value = value }

        /// The file could not be opened at all (missing, unreadable).
        public static let cannotOpen = Self(.cannotOpen)
        /// Not an archive in any enabled format.
        public static let unrecognisedFormat = Self(.unrecognisedFormat)
        /// Corrupt headers or data.
        public static let damaged = Self(.damaged)
        /// The archive ends before its data does.
        public static let truncated = Self(.truncated)
        /// Data or headers are password-protected.
        public static let encrypted = Self(.encrypted)
        /// An entry is larger than the caller's limit.
        public static let tooLarge = Self(.tooLarge)
        /// The data inflates far beyond what its compressed size can honestly hold, or nests
        /// compression in itself: a decompression bomb. Reading stops.
        public static let decompressionBomb = Self(.decompressionBomb)

        public var description: String { value.rawValue }
    }

    public var code: Code
    /// libarchive's `archive_errno`, when it set one.
    public var errno: Int32
    /// libarchive's own message, in English.
    public var message: String

    public init(code: Code, errno: Int32 = 0, message: String) {
        self.code = code
        self.errno = errno
        self.message = message
    }

    public var description: String { "\(code): \(message)" }
}
