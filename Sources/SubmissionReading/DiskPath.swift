#if canImport(Glibc)
import Glibc
#endif
import TextEncodings

/// A path on disk as the bytes the file system holds.
///
/// A Linux file name is any bytes but `/` and NUL: a Windows zip unpacked with `unzip` leaves
/// names in windows-1257 or CP775, which no `String` can hold as they are. A file is opened by
/// its bytes, and its name decoded for people as archive entry names are (``NameDecoder``).
public struct DiskPath: Sendable, Hashable {
    /// The path's bytes, without a terminating NUL.
    public var bytes: [UInt8]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The path named by `string` (a command-line argument, a test's folder), as UTF-8.
    public init(_ string: String) {
        bytes = Array(string.utf8)
    }

    /// This path with `name` (one component's bytes) appended.
    public func appending(_ name: [UInt8]) -> DiskPath {
        var bytes = self.bytes
        if bytes.last != UInt8(ascii: "/") { bytes.append(UInt8(ascii: "/")) }
        return DiskPath(bytes: bytes + name)
    }

    /// The path for people: UTF-8 as it is; other bytes decoded by the code-page guess archive
    /// names get.
    public var display: String {
        NameDecoder().decode(bytes).text
    }

    /// Calls `body` with the path as a NUL-terminated C string.
    public func withCString<Result>(_ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
        let cString = bytes.map { CChar(bitPattern: $0) } + [0]
        return try cString.withUnsafeBufferPointer { buffer in
            // The buffer holds at least the NUL, so it has an address.
            guard let base = buffer.baseAddress else { return try "".withCString(body) }
            return try body(base)
        }
    }

    /// Opens the path with `flags` (`O_CLOEXEC` added); a negative value on failure, as open(2).
    public func open(_ flags: Int32) -> Int32 {
        withCString { Glibc.open($0, flags | O_CLOEXEC) }
    }

    /// What is at a path on disk.
    public enum Kind: Sendable, Hashable {
        case file
        case folder
        case symbolicLink
        /// A pipe, socket or device.
        case special
    }

    /// What is at the path — a link itself, or with `followingLinks` what it leads to; `nil`
    /// when nothing is there (or it cannot be looked at).
    public func kind(followingLinks: Bool) -> Kind? {
        var info = stat()
        let found = withCString { followingLinks ? stat($0, &info) : lstat($0, &info) } == 0
        return found ? Self.kind(mode: info.st_mode) : nil
    }

    /// The bytes of the path a symbolic link holds; `nil` when the path is no link.
    public func linkTarget() -> [UInt8]? {
        var target = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = withCString { path in
            target.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { readlink(path, $0, buffer.count) } ?? -1 }
        }
        guard count >= 0 else { return nil }
        return target.prefix(count).map { UInt8(bitPattern: $0) }
    }

    static func kind(mode: mode_t) -> Kind {
        switch mode & S_IFMT {
        case S_IFREG: .file
        case S_IFDIR: .folder
        case S_IFLNK: .symbolicLink
        default: .special
        }
    }
}

extension DiskPath: CustomStringConvertible {
    public var description: String { display }
}
