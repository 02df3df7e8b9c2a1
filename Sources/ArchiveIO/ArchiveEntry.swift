public import TextEncodings

/// The header of one archive entry, copied out of libarchive so it can outlive the read.
public struct ArchiveEntry: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case file
        case directory
        case symbolicLink
        case hardLink
        /// Devices, FIFOs, sockets: nothing a document can be.
        case other
    }

    /// The entry's path, decoded (see ``nameEncoding``). Never empty: a nameless entry gets a
    /// placeholder naming its position.
    public var path: String
    public var kind: Kind
    /// The size the header declares; `nil` when the format does not say (streamed zip entries).
    public var declaredSize: Int64?
    /// Whether the entry's data is password-protected.
    public var isEncrypted: Bool
    /// How the name was decoded: `nil` for UTF-8 names, otherwise the guessed code page and
    /// whether the guess is confident.
    public var nameEncoding: DecodedName?
    /// Position in the archive, from 1.
    public var index: Int
    /// For a hard link: the path of the entry it repeats, as stored (tar keeps a hard link's
    /// bytes once, under the first name).
    public var linkTarget: String?
}
