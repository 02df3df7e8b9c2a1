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
