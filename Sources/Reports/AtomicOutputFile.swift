public import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An output file written under a temporary name and renamed into place only when complete, so
/// that an interrupted run never leaves a half-written report that looks finished.
public final class AtomicOutputFile {
    public let url: URL
    private let temporary: URL
    private var descriptor: Int32
    private var buffer: [UInt8] = []

    /// Creates the folder if needed and opens `DIR/.NAME.RANDOM.partial` for writing: a name of
    /// this file's own, which no other run can open too.
    public init(directory: URL, name: String) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        url = directory.appendingPathComponent(name)
        (temporary, descriptor) = try Self.createTemporaryFile(in: directory, for: name)
    }

    /// Creates `.NAME.RANDOM.partial` in `directory` by one open(2) — FileManager.createFile
    /// writes an empty file under yet another temporary name and renames it.
    private static func createTemporaryFile(in directory: URL, for name: String) throws -> (URL, Int32) {
        var attempt = 0
        while true {
            let token = String(UInt64.random(in: .min ... .max), radix: 16)
            let candidate = directory.appendingPathComponent(".\(name).\(token).partial")
            do {
                return (candidate, try OutputFiles.createNew(candidate))
            } catch {
                guard case .exists = error, attempt < 8 else { throw error }
                attempt += 1
            }
        }
    }

    deinit {
        closeDescriptor()
    }

    /// Appends text; written out in chunks.
    public func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    public func write(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { try flush() }
    }

    private func flush() throws {
        try buffer.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw OutputError.system(action: "write", path: temporary.path, errno: errno)
                }
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    private func closeDescriptor() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
    }

    /// Drops the unfinished file: an interrupted run leaves nothing that looks complete.
    public func discard() {
        closeDescriptor()
        unlink(temporary.path)
    }

    /// Flushes, closes and renames the file into place: ``complete(durably:)``, then ``publish()``.
    public func commit(durably: Bool = true) throws {
        try complete(durably: durably)
        try publish()
    }

    /// Flushes and closes the file, still under its temporary name.
    /// - Parameter durably: first wait until the bytes are on disk (fsync), so that a power cut
    ///   right after the rename cannot leave an empty report in place. A file inside a folder
    ///   that is itself only moved into place at the end (the pages of a scan) can skip it: an
    ///   fsync per submission costs a round of thousands seconds of idle workers.
    public func complete(durably: Bool = true) throws {
        try flush()
        if durably, fsync(descriptor) != 0 { throw OutputError.system(action: "write", path: temporary.path, errno: errno) }
        let closed = close(descriptor)
        descriptor = -1
        if closed != 0, errno != EINTR { throw OutputError.system(action: "write", path: temporary.path, errno: errno) }
    }

    /// Renames the completed file into place; rename(2) replaces an existing file atomically,
    /// so readers see the old report or the new one.
    public func publish() throws {
        guard rename(temporary.path, url.path) == 0 else {
            throw OutputError.system(action: "put in place", path: url.path, errno: errno)
        }
    }
}
