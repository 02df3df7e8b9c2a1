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

    /// Flushes, closes and renames the file into place; rename(2) replaces an existing file
    /// atomically, so readers see the old report or the new one.
    /// - Parameter durably: first wait until the bytes are on disk (fsync), so that a power cut
    ///   right after the rename cannot leave an empty report in place. A file inside a folder
    ///   that is itself only moved into place at the end (the pages of a scan) can skip it: an
    ///   fsync per submission costs a round of thousands seconds of idle workers.
    public func commit(durably: Bool = true) throws {
        try flush()
        if durably { try handle.synchronize() }
        try handle.close()
        guard rename(temporary.path, url.path) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
    }
}

/// Files opened and written with the system calls themselves.
enum OutputFiles {
    /// Creates (or truncates) the file at `url` for writing, readable by all.
    static func create(_ url: URL) throws -> Int32 {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw error(writing: url) }
        return descriptor
    }

    /// Writes `bytes` as the whole content of the file at `url`, in place under its final name.
    ///
    /// For files inside a folder that is put in place only when complete — a scan's staged
    /// pages (``PageFolder``) — where a temporary name and a rename per file would protect
    /// nothing: a file cut short by a crash stays in a folder no report points to.
    static func writeWhole(_ bytes: [UInt8], to url: URL) throws {
        let descriptor = try create(url)
        defer { close(descriptor) }
        try bytes.withUnsafeBytes { buffer throws in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw error(writing: url)
                }
                offset += written
            }
        }
    }

    /// The error for `errno` after a failed call on `url`.
    private static func error(writing url: URL) -> CocoaError {
        let code = POSIXErrorCode(rawValue: errno) ?? .EIO
        return CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path, NSUnderlyingErrorKey: POSIXError(code)])
    }
}
