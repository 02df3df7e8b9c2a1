#if canImport(Glibc)
import Glibc
#endif

/// A file mapped read-only into memory, so that a submission's archive is read from disk once:
/// its digest and libarchive both read the same pages, with no copy into the process and no
/// second pass through the page cache.
///
/// The mapping belongs to this object and is unmapped when it goes away; readers opened on it
/// keep it alive. It is not `Sendable`: it stays in the task that mapped it.
public final class MappedFile {
    /// The file's bytes; valid as long as the object lives.
    public let bytes: UnsafeRawBufferPointer

    /// Maps the file at `path` when it is a regular, non-empty file of at most `maxBytes`;
    /// `nil` otherwise (the caller then reads it the ordinary way, which reports why it cannot).
    ///
    /// `maxBytes` keeps a huge archive from being mapped whole: mapped pages count towards the
    /// process's resident memory as they are read, however many of them the kernel could drop.
    public convenience init?(path: String, maxBytes: Int) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        self.init(descriptor: descriptor, maxBytes: maxBytes)
    }

    /// Maps the file open at `descriptor` (which stays the caller's to close), under the same
    /// conditions as ``init(path:maxBytes:)``.
    /// - Parameter populate: read every page in at once, for a file that will be read whole;
    ///   `false` for one of which only a part is read (a zip's central directory), whose pages
    ///   are then read as they are touched.
    public init?(descriptor: Int32, maxBytes: Int, populate: Bool = true) {
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size > 0,
            status.st_size <= maxBytes
        else { return nil }
        let length = Int(status.st_size)
        // Every page is read anyway (hashed, then walked): populated in one go rather than
        // faulted in a page at a time.
        guard let address = mmap(nil, length, PROT_READ, MAP_PRIVATE | (populate ? MAP_POPULATE : 0), descriptor, 0), address != MAP_FAILED else { return nil }
        bytes = UnsafeRawBufferPointer(start: address, count: length)
    }

    deinit {
        if let address = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: address), bytes.count) }
    }
}
