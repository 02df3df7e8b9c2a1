import Foundation
import Testing

/// Runs the built `lieciba` executable, as a user would.
struct Lieciba {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let executable: URL? = {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("lieciba")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        let built = repositoryRoot.appendingPathComponent(".build/debug/lieciba")
        return FileManager.default.isExecutableFile(atPath: built.path) ? built : nil
    }()

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var demoRound: URL { repositoryRoot.appendingPathComponent("corpora/demo-round") }

    static func run(_ arguments: [String]) throws -> Run {
        let executable = try #require(Self.executable, "the lieciba executable was not built")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting: a full pipe would otherwise block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus,
            stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self)
        )
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lieciba-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// The parts of `evidence-map.json` the end-to-end tests look at.
struct EvidenceMap: Decodable {
    struct Tool: Decodable {
        var name: String
        var version: String
    }

    struct Container: Decodable {
        var kind: String
        var format: String?
        var status: String
        var reason: String?
    }

    struct File: Decodable {
        var path: String
        var format: String
        var status: String
        var reason: String?
        var reasonCode: String?
        var blocks: Int
        var characters: Int
        var nameEncoding: String?
        var nameUncertain: Bool?
        var entries: Int?
    }

    struct Submission: Decodable {
        var id: String
        var source: String
        var container: Container
        var files: [File]
    }

    struct Totals: Decodable {
        var submissions: Int
        var documentsRead: Int
        var filesUnreadable: Int
    }

    var schemaVersion: Int
    var tool: Tool
    var submissions: [Submission]
    var totals: Totals
}
