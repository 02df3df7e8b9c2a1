import ArchiveIO
import Crypto
import Foundation
import SubmissionReading
#if canImport(Glibc)
import Glibc
#endif

/// The SHA-256 of a submission's input as it lies on disk, so that a map names exactly what it
/// judged: the archive's or file's bytes, for a folder a digest over its files' relative paths
/// and digests in byte order, for a link what it points to.
enum InputDigest {
    /// `mapped` is the source's file already mapped into memory, hashed in place when given.
    static func sha256(of source: SubmissionSource, mapped: MappedFile? = nil) -> String? {
        switch source.kind {
        case .archive, .file:
            if let mapped { return SHA256Hex.hex(SHA256.hash(data: mapped.bytes)) }
            return sha256(ofDescriptor: source.location.open(O_RDONLY))
        case .folder:
            // One line per file: its path's bytes, NUL, its digest — in the walk's byte order.
            var lines: [UInt8] = []
            let failures = FolderWalk().walk(source.location) { entry in
                if entry.kind == .file {
                    lines += entry.relative + [0] + Array((sha256(ofDescriptor: entry.open()) ?? "unreadable").utf8) + [0x0A]
                }
                return true
            }
            lines += failures.flatMap { Array("unlistable \($0.display)\n".utf8) }
            return SHA256Hex.of(lines)
        case .link:
            guard let target = source.location.linkTarget() else { return nil }
            return SHA256Hex.of(Array("link\0".utf8) + target)
        }
    }

    /// The input's size on disk: the file, or the sum of a folder's files (a link: 0).
    static func size(of source: SubmissionSource) -> Int64 {
        func size(_ descriptor: Int32) -> Int64 {
            guard descriptor >= 0 else { return 0 }
            defer { close(descriptor) }
            var info = stat()
            return fstat(descriptor, &info) == 0 ? Int64(info.st_size) : 0
        }
        switch source.kind {
        case .archive, .file:
            return size(source.location.open(O_RDONLY))
        case .folder:
            var total: Int64 = 0
            FolderWalk().walk(source.location) { entry in
                if entry.kind == .file { total += size(entry.open()) }
                return true
            }
            return total
        case .link:
            return 0
        }
    }

    /// Streams the file at `url` through the hash; `nil` when it cannot be read to the end.
    static func sha256(ofFile url: URL) -> String? {
        sha256(ofDescriptor: DiskPath(url.path).open(O_RDONLY))
    }

    /// Streams the open file `descriptor` (closed here) through the hash in 1 MiB reads; `nil`
    /// when it cannot be opened or read to the end (a read error is no end of file: the digest
    /// of a prefix would name the wrong input).
    static func sha256(ofDescriptor descriptor: Int32) -> String? {
        guard descriptor >= 0 else { return nil }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var hasher = SHA256()
        do {
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                hasher.update(data: chunk)
            }
        } catch {
            return nil
        }
        return SHA256Hex.hex(hasher.finalize())
    }
}
