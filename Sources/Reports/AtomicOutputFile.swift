public import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An output file written under a temporary name and renamed into place only when complete, so
/// that an interrupted run never leaves a half-written report that looks finished.
public final class AtomicOutputFile {
    public let url: URL
    private let temporary: URL
    private let handle: FileHandle
    private var buffer = Data()

    /// Creates the folder if needed and opens `DIR/.NAME.partial` for writing.
    public init(directory: URL, name: String) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        url = directory.appendingPathComponent(name)
        temporary = directory.appendingPathComponent(".\(name).partial")
        // Created by one open(2): FileManager.createFile writes an empty file under yet another
        // temporary name and renames it, which costs a scan a file creation per page.
        handle = FileHandle(fileDescriptor: try OutputFiles.create(temporary), closeOnDealloc: true)
    }

    deinit {
        try? handle.close()
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
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Drops the unfinished file: an interrupted run leaves nothing that looks complete.
    public func discard() {
        try? handle.close()
        try? FileManager.default.removeItem(at: temporary)
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
        if durably { try handle.synchronize() }
        try handle.close()
    }

    /// Renames the completed file into place; rename(2) replaces an existing file atomically,
    /// so readers see the old report or the new one.
    public func publish() throws {
        guard rename(temporary.path, url.path) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
    }
}
