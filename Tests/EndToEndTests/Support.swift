import Foundation

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
        var reasonCode: String?
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
