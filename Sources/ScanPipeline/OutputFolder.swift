public import Foundation
import Reports
#if canImport(Glibc)
import Glibc
#endif

/// The folder a run writes its outputs into, claimed for the whole run.
///
/// A folder becomes Liecība's when a run first writes into it: the run leaves `DIR/.lieciba/`
/// behind, and later runs replace outputs only in folders that hold it. A folder that holds
/// anything else is refused, so that a mistyped `--out` (the round folder's parent, a folder of
/// one's own work) can never lose what a person keeps there.
///
/// While a run holds the folder, an exclusive `flock(2)` on `DIR/.lieciba/lock` keeps every other
/// run out; the kernel drops the lock when the process ends, however it ends, so a killed run
/// never leaves a folder locked.
public final class OutputFolder: Sendable {
    /// Why a folder cannot be written into.
    public enum ClaimError: Error, Sendable, Equatable, CustomStringConvertible {
        /// The path exists and is not a folder.
        case notAFolder(path: String)
        /// The folder holds files Liecība did not write; a few of their names.
        case foreign(path: String, names: [String])
        /// Another run holds the folder.
        case busy(path: String)
        /// A system call failed: what was being done, on which path, and `errno`.
        case system(action: String, path: String, errno: Int32)

        public var description: String {
            switch self {
            case .notAFolder(let path):
                return "\(path) exists and is not a folder: choose a folder for the outputs"
            case .foreign(let path, let names):
                let listed = names.prefix(3).map { "„\($0)”" }.joined(separator: ", ") + (names.count > 3 ? ", …" : "")
                return "\(path) already holds files Liecība did not write (\(listed)): choose a new or empty folder for the outputs — Liecība replaces only what it wrote itself"
            case .busy(let path):
                return "another run is writing \(path): wait for it to finish, or choose another output folder"
            case .system(let action, let path, let code):
                return "cannot \(action) \(path): \(String(cString: strerror(code)))"
            }
        }
    }

    /// The outputs' folder.
    public let url: URL
    /// This run's name, unique among runs: it names the run's temporary files and its record.
    public let run: String
    /// Whether this run created the folder (a failed merge removes it again).
    public let createdByThisRun: Bool
    private let lock: Int32

    /// The hidden folder that marks `folder` as Liecība's and holds the lock and run record.
    static func markerFolder(of folder: URL) -> URL { folder.appendingPathComponent(".lieciba") }

    /// Names a scan or merge writes at the top of its folder, before runs left a marker: such a
    /// folder is taken over rather than refused.
    static let earlierOutputNames: Set<String> = [
        "evidence-map.json", "matrix.csv", "evidence.csv", "index.html", "submissions", "ledger.sqlite", "ledger.sqlite-wal",
        "ledger.sqlite-shm", ".submissions.partial", ".submissions.interrupted", ".submissions.previous",
    ]

    private init(url: URL, run: String, createdByThisRun: Bool, lock: Int32) {
        self.url = url
        self.run = run
        self.createdByThisRun = createdByThisRun
        self.lock = lock
    }

    deinit {
        close(lock)
    }

    /// Claims `url` for this run: creates it if needed, refuses a folder that holds files
    /// Liecība did not write or that another run holds, and clears what killed runs left.
    /// - Throws: ``ClaimError``.
    public static func claim(_ url: URL) throws(ClaimError) -> OutputFolder {
        let path = url.path
        var created = false
        var info = stat()
        if lstat(path, &info) != 0 {
            guard errno == ENOENT else { throw .system(action: "look at", path: path, errno: errno) }
            do {
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            } catch {
                throw .system(action: "create", path: path, errno: Self.systemErrorNumber(of: error))
            }
            created = true
        } else if info.st_mode & S_IFMT != S_IFDIR {
            // A link to a folder is followed only when it leads to one.
            guard info.st_mode & S_IFMT == S_IFLNK, stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
                throw .notAFolder(path: path)
            }
        }
        let marker = markerFolder(of: url)
        if !FileManager.default.fileExists(atPath: marker.path) {
            let names = try foreignNames(in: url)
            guard names.isEmpty else { throw .foreign(path: path, names: names) }
        }
        if mkdir(marker.path, 0o755) != 0, errno != EEXIST {
            throw .system(action: "create", path: marker.path, errno: errno)
        }
        let lockPath = marker.appendingPathComponent("lock").path
        let lock = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard lock >= 0 else { throw .system(action: "open", path: lockPath, errno: errno) }
        while flock(lock, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            let code = errno
            close(lock)
            if code == EWOULDBLOCK { throw .busy(path: path) }
            throw .system(action: "lock", path: lockPath, errno: code)
        }
        let folder = OutputFolder(url: url, run: Self.newRunName(), createdByThisRun: created, lock: lock)
        folder.removeTemporaryFilesOfEndedRuns()
        return folder
    }

    /// A few names in `folder` that no run of Liecība wrote; empty when it is empty or holds a
    /// scan's outputs from before runs marked their folders.
    private static func foreignNames(in folder: URL) throws(ClaimError) -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        } catch {
            throw .system(action: "list", path: folder.path, errno: Self.systemErrorNumber(of: error))
        }
        guard !names.isEmpty else { return [] }
        let unknown = names.filter { !earlierOutputNames.contains($0) && !isTemporaryFileName($0) }
        guard unknown.isEmpty else { return unknown }
        // Only Liecība's names: taken over when its evidence map says Liecība wrote it, and its
        // pages' folder holds nothing but pages (and their order, `_round.js`).
        let map = folder.appendingPathComponent("evidence-map.json")
        let head = (try? FileHandle(forReadingFrom: map)).flatMap { handle in
            defer { try? handle.close() }
            return try? handle.read(upToCount: 4096)
        }
        guard let head, String(decoding: head, as: UTF8.self).contains(#""name" : "lieciba""#) else { return names }
        let pages = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("submissions").path)) ?? []
        return pages.filter { !$0.hasSuffix(".html") && $0 != RoundIndexWriter.fileName }.map { "submissions/\($0)" }
    }

    /// A run's temporary output file: `.NAME.RUN.partial`.
    static func isTemporaryFileName(_ name: String) -> Bool {
        name.hasPrefix(".") && name.hasSuffix(".partial")
    }

    /// Under the lock no other run is alive: temporary files at the top of the folder are a
    /// killed run's. Folders (a scan's staged pages) are left to ``PageFolder``, which keeps
    /// their pages for the next run.
    private func removeTemporaryFilesOfEndedRuns() {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] where Self.isTemporaryFileName(name) {
            var info = stat()
            let path = url.appendingPathComponent(name).path
            if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG { unlink(path) }
        }
    }

    /// Removes the folder again, for a run that created it and then failed before writing
    /// anything worth keeping.
    public func removeIfCreatedByThisRun() {
        guard createdByThisRun else { return }
        try? FileManager.default.removeItem(at: url)
    }

    /// A shared lock on an output folder that a run reads (a merge its shards): no run can claim
    /// the folder while it is held. Released when the value goes.
    public final class SharedLock: Sendable {
        private let descriptor: Int32

        fileprivate init(descriptor: Int32) {
            self.descriptor = descriptor
        }

        deinit {
            if descriptor >= 0 { close(descriptor) }
        }
    }

    /// Takes a shared lock on `folder`, which a run wrote; a folder no run marked holds no lock
    /// to take.
    /// - Throws: ``ClaimError/busy(path:)`` while a run writes the folder.
    public static func sharedLock(on folder: URL) throws(ClaimError) -> SharedLock {
        let path = markerFolder(of: folder).appendingPathComponent("lock").path
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { return SharedLock(descriptor: -1) }
            throw .system(action: "open", path: path, errno: errno)
        }
        while flock(descriptor, LOCK_SH | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            let code = errno
            close(descriptor)
            if code == EWOULDBLOCK { throw .busy(path: folder.path) }
            throw .system(action: "lock", path: path, errno: code)
        }
        return SharedLock(descriptor: descriptor)
    }

    /// A name no other run has: the time, the process and a random part.
    private static func newRunName() -> String {
        let seconds = Int(Date().timeIntervalSince1970)
        return "\(seconds)-\(getpid())-\(String(UInt32.random(in: .min ... .max), radix: 16))"
    }

    private static func systemErrorNumber(of error: any Error) -> Int32 {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let code = underlying, code.domain == NSPOSIXErrorDomain { return Int32(code.code) }
        return EIO
    }
}
