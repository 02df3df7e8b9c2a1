import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Why an output could not be written: what was being done, on which path, and the system's
/// error number — said in words by ``description``.
public enum OutputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A file to be created exists already.
    case exists(path: String)
    /// A system call failed.
    case system(action: String, path: String, errno: Int32)

    public var description: String {
        switch self {
        case .exists(let path):
            return "cannot create \(path): it exists already"
        case .system(let action, let path, let code):
            return "cannot \(action) \(path): \(String(cString: strerror(code)))"
        }
    }
}

/// Files opened and written with the system calls themselves.
enum OutputFiles {
    /// Creates (or truncates) the file at `url` for writing, readable by all.
    static func create(_ url: URL) throws(OutputError) -> Int32 {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .system(action: "create", path: url.path, errno: errno) }
        return descriptor
    }

    /// Creates the file at `url`, which must not exist yet, for writing, readable by all.
    static func createNew(_ url: URL) throws(OutputError) -> Int32 {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw errno == EEXIST ? .exists(path: url.path) : .system(action: "create", path: url.path, errno: errno)
        }
        return descriptor
    }

    /// Creates the folder at `url` unless it exists; another task creating it at the same
    /// moment is no error.
    static func createFolder(_ url: URL) throws {
        if mkdir(url.path, 0o755) == 0 || errno == EEXIST { return }
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `bytes` as the whole content of the file at `url`, in place under its final name.
    ///
    /// For files inside a folder that is put in place only when complete — a scan's staged
    /// pages (``PageFolder``) — where a temporary name and a rename per file would protect
    /// nothing: a file cut short by a crash stays in a folder no report points to.
    static func writeWhole(_ bytes: [UInt8], to url: URL) throws {
        let descriptor = try create(url)
        defer { close(descriptor) }
        try bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw OutputError.system(action: "write", path: url.path, errno: errno)
                }
                offset += written
            }
        }
    }
}
