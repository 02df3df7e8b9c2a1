import ArchiveIO
import Crypto
import Foundation
import SubmissionReading

/// The SHA-256 of a submission's input as it lies on disk, so that a map names exactly what it
/// judged: the archive's or file's bytes, or for a folder a digest over its files' relative
/// paths and digests in path order.
enum InputDigest {
    /// `mapped` is the source's file already mapped into memory, hashed in place when given.
    static func sha256(of source: SubmissionSource, mapped: MappedFile? = nil) -> String? {
        switch source.kind {
        case .archive, .file:
            if let mapped { return SHA256Hex.hex(SHA256.hash(data: mapped.bytes)) }
            return sha256(ofFile: URL(fileURLWithPath: source.path))
        case .folder:
            let root = URL(fileURLWithPath: source.path).standardizedFileURL
            guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
                return nil
            }
            let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
            var lines: [String] = []
            for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                let path = url.standardizedFileURL.path
                let relative = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : url.lastPathComponent
                lines.append(relative + "\u{0}" + (sha256(ofFile: url) ?? "unreadable"))
            }
            return SHA256Hex.of(Data(lines.sorted().joined(separator: "\n").utf8))
        }
    }

    /// The input's size on disk: the file, or the sum of a folder's files.
    static func size(of source: SubmissionSource) -> Int64 {
        func fileSize(_ path: String) -> Int64 {
            ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? NSNumber)?.int64Value ?? 0
        }
        guard case .folder = source.kind else { return fileSize(source.path) }
        guard let enumerator = FileManager.default.enumerator(atPath: source.path) else { return 0 }
        var total: Int64 = 0
        for case let relative as String in enumerator {
            total += fileSize((source.path as NSString).appendingPathComponent(relative))
        }
        return total
    }

    /// Streams the file through the hash in 1 MiB reads; `nil` when it cannot be read to the
    /// end (a read error is no end of file: the digest of a prefix would name the wrong input).
    static func sha256(ofFile url: URL) -> String? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
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
