public import Foundation
public import Testing

/// Where the third-party test material lives (`shared/peer`, see its README.md), and how its
/// index files are read.
///
/// The material is GPL/MIT/Apache test data from other projects and stays outside the package,
/// so every peer test is skipped — not failed — on a checkout that does not have it.
public enum PeerSuite {
    public static let skipMessage: Comment = "shared/peer not found (set LIECIBA_PEER_DIR): peer tests skipped"

    /// `LIECIBA_PEER_DIR` when set, else `<repo>/../shared/peer`.
    public static let directory: URL? = {
        let fileManager = FileManager.default
        if let override = ProcessInfo.processInfo.environment["LIECIBA_PEER_DIR"], !override.isEmpty {
            let url = URL(fileURLWithPath: override, isDirectory: true)
            return fileManager.fileExists(atPath: url.appendingPathComponent("README.md").path) ? url : nil
        }
        // #filePath is <repo>/Tests/TestSupport/PeerSuite.swift.
        let repository = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent()
        let url = repository.deletingLastPathComponent().appendingPathComponent("shared/peer", isDirectory: true).standardized
        return fileManager.fileExists(atPath: url.appendingPathComponent("README.md").path) ? url : nil
    }()

    public static var isAvailable: Bool { directory != nil }

    /// A path inside the peer folder.
    public static func url(_ relativePath: String) -> URL {
        (directory ?? URL(fileURLWithPath: "/nonexistent")).appendingPathComponent(relativePath)
    }

    public static func bytes(_ relativePath: String) throws -> [UInt8] {
        Array(try Data(contentsOf: url(relativePath)))
    }

    public static func text(_ relativePath: String) throws -> String {
        String(decoding: try Data(contentsOf: url(relativePath)), as: UTF8.self)
    }

    /// The rows of a tab-separated index (`INDEX.tsv`), each keyed by the header's column names.
    public static func index(_ relativePath: String) throws -> [[String: String]] {
        let lines = try text(relativePath).split(separator: "\n", omittingEmptySubsequences: true)
        guard let header = lines.first?.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) else {
            return []
        }
        return lines.dropFirst().map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            var row: [String: String] = [:]
            for (column, name) in header.enumerated() {
                row[name] = column < fields.count ? fields[column] : ""
            }
            return row
        }
    }
}

/// The labelled rounds written independently of the code (`shared/rounds`), read in place.
public enum SharedRounds {
    public static let skipMessage: Comment = "shared/rounds/independent-1 not found (set LIECIBA_SHARED_DIR): independent round skipped"

    /// `shared/rounds/independent-1`: `LIECIBA_SHARED_DIR` when set, else `<repo>/../shared`.
    public static let independent1: URL? = {
        let shared: URL
        if let override = ProcessInfo.processInfo.environment["LIECIBA_SHARED_DIR"], !override.isEmpty {
            shared = URL(fileURLWithPath: override, isDirectory: true)
        } else {
            shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("shared", isDirectory: true).standardized
        }
        let round = shared.appendingPathComponent("rounds/independent-1", isDirectory: true)
        return FileManager.default.fileExists(atPath: round.appendingPathComponent("labels.json").path) ? round : nil
    }()
}
