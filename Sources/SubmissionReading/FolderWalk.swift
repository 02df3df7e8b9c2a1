#if canImport(Glibc)
import Glibc
#endif
public import TextEncodings

/// Walks a folder on disk by its names' bytes, in byte order, without following links.
///
/// Each folder is opened by `openat(2)` from the walk's root through its components, so that a
/// path of any length can be walked (`PATH_MAX` bounds whole paths given to the kernel, not this),
/// no folder stays open while another is walked, and a name that is not UTF-8 opens as it is.
public struct FolderWalk {
    /// One thing found in the folder.
    public struct Entry {
        public typealias Kind = DiskPath.Kind

        /// The path below the walk's root, as bytes, components joined by `/`.
        public var relative: [UInt8]
        /// The path below the root for people: each component decoded as ``NameDecoder`` decodes
        /// archive names.
        public var display: String
        /// How the least certain component's name was decoded, when one was not UTF-8.
        public var nameEncoding: DecodedName?
        public var kind: Kind
        /// The folder holding the entry, open while ``FolderWalk/walk(_:visit:)`` visits it.
        fileprivate var parent: Int32
        fileprivate var name: [UInt8]

        /// Opens the entry for reading without following a link; a negative value on failure,
        /// as open(2). `O_NONBLOCK` keeps a pipe that appeared since the listing from hanging
        /// the open; it is cleared again for a regular file.
        public func open() -> Int32 {
            let descriptor = DiskPath(bytes: name).withCString { openat(parent, $0, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK) }
            guard descriptor >= 0 else { return descriptor }
            var info = stat()
            guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
                close(descriptor)
                errno = EINVAL
                return -1
            }
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
            return descriptor
        }
    }

    /// Why a folder could not be listed, with the folder's path below the root (empty for the
    /// root itself).
    public struct Failure: Sendable, Hashable {
        public var display: String
        public var errno: Int32
    }

    private let decoder = NameDecoder()

    public init() {}

    /// Visits everything below `root`, depth first, each folder's entries in the byte order of
    /// their names. `visit` returns whether to walk into a folder it is given.
    /// - Returns: the folders that could not be opened or listed, the root's failure among them.
    @discardableResult
    public func walk(_ root: DiskPath, visit: (Entry) -> Bool) -> [Failure] {
        let rootDescriptor = root.open(O_RDONLY | O_DIRECTORY)
        guard rootDescriptor >= 0 else { return [Failure(display: "", errno: errno)] }
        defer { close(rootDescriptor) }
        var failures: [Failure] = []
        // Folders still to walk, as components below the root: the last pushed is walked first.
        var pending: [(components: [[UInt8]], display: String, encoding: DecodedName?)] = [([], "", nil)]
        while let folder = pending.popLast() {
            let descriptor = open(folder.components, below: rootDescriptor)
            guard descriptor >= 0 else {
                failures.append(Failure(display: folder.display, errno: errno))
                continue
            }
            defer { close(descriptor) }
            guard let names = list(descriptor) else {
                failures.append(Failure(display: folder.display, errno: errno))
                continue
            }
            var subfolders: [(components: [[UInt8]], display: String, encoding: DecodedName?)] = []
            for (name, kind) in names {
                let decoded = decoder.decode(name)
                let display = folder.display.isEmpty ? decoded.text : folder.display + "/" + decoded.text
                let encoding = Self.leastCertain(folder.encoding, decoded.codePage == nil && decoded.isConfident ? nil : decoded)
                let relative = folder.components.isEmpty ? name : Array(folder.components.joined(separator: [UInt8(ascii: "/")])) + [UInt8(ascii: "/")] + name
                let entry = Entry(relative: relative, display: display, nameEncoding: encoding, kind: kind, parent: descriptor, name: name)
                if visit(entry), kind == .folder {
                    subfolders.append((folder.components + [name], display, encoding))
                }
            }
            // Reversed onto the stack, so that the first in byte order is walked first.
            pending.append(contentsOf: subfolders.reversed())
        }
        return failures
    }

    /// The folder `components` below the open folder `root`, opened one component at a time
    /// without following links.
    private func open(_ components: [[UInt8]], below root: Int32) -> Int32 {
        var current = dup(root)
        for component in components {
            guard current >= 0 else { return current }
            let next = DiskPath(bytes: component).withCString { openat(current, $0, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC) }
            let failure = errno
            close(current)
            current = next
            errno = failure
        }
        return current
    }

    /// The names in the open folder `descriptor` (which stays open) with their kinds, sorted by
    /// their bytes; `nil` when it cannot be listed.
    private func list(_ descriptor: Int32) -> [(name: [UInt8], kind: Entry.Kind)]? {
        // fdopendir takes over the descriptor it is given: it gets a copy of its own.
        let copy = dup(descriptor)
        guard copy >= 0, let directory = fdopendir(copy) else {
            if copy >= 0 { close(copy) }
            return nil
        }
        defer { closedir(directory) }
        var names: [(name: [UInt8], kind: Entry.Kind)] = []
        errno = 0
        while let record = readdir(directory) {
            let name = withUnsafeBytes(of: record.pointee.d_name) { bytes in Array(bytes.prefix { $0 != 0 }) }
            if name == [UInt8(ascii: ".")] || name == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
            var info = stat()
            let statted = DiskPath(bytes: name).withCString { fstatat(descriptor, $0, &info, AT_SYMLINK_NOFOLLOW) }
            // A name that vanished since it was listed is taken for a file: opening it says why not.
            let kind = statted == 0 ? DiskPath.kind(mode: info.st_mode) : .file
            names.append((name, kind))
            // A name that vanished before fstatat is no listing error.
            errno = 0
        }
        guard errno == 0 else { return nil }
        return names.sorted { $0.name.lexicographicallyPrecedes($1.name) }
    }

    /// Of two decodings, the one a person should be told about: a guess before a sure code page.
    private static func leastCertain(_ first: DecodedName?, _ second: DecodedName?) -> DecodedName? {
        guard let first else { return second }
        guard let second else { return first }
        return !second.isConfident && first.isConfident ? second : first
    }
}
