import Foundation
import TestSupport
import Testing

/// The evidence map validates against the JSON Schema shipped in `docs/`, with a real validator
/// (Python's `jsonschema`, from Debian's python3-jsonschema that `scripts/bootstrap.sh` installs).
@Suite("JSON Schema of the evidence map", .enabled(if: SchemaValidator.python != nil, "python3 with jsonschema not found: schema test skipped"))
struct SchemaTests {
    private static let schema = Lieciba.repositoryRoot.appendingPathComponent("docs/evidence-map.schema.json")

    @Test("the demo round's map validates, with criteria and without, and a shard's", arguments: [[], ["--inventory-only"], ["--shard", "2/3"]])
    func demo(options: [String]) throws {
        let out = try Lieciba.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try Lieciba.run(["scan", Lieciba.demoRound.path, "--out", out.path, "--quiet"] + options)
        #expect(run.status == 0, "\(run.stderr)")
        let problems = try SchemaValidator.validate(out.appendingPathComponent("evidence-map.json"), against: Self.schema)
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test("the validator does reject a map that breaks the contract")
    func rejects() throws {
        let broken = FileManager.default.temporaryDirectory.appendingPathComponent("broken-map-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: broken) }
        try Data(#"{"schemaVersion": 2, "tool": {"name": "lieciba"}, "submissions": [], "totals": {}}"#.utf8).write(to: broken)
        #expect(try !SchemaValidator.validate(broken, against: Self.schema).isEmpty)
    }
}

enum SchemaValidator {
    /// A Python interpreter that can import jsonschema.
    static let python: String? = ["/usr/bin/python3", "python3"].first { candidate in
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [candidate, "-c", "import jsonschema"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    /// The validation errors, one line each; empty when the document is valid.
    static func validate(_ document: URL, against schema: URL) throws -> [String] {
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            for error in jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2]))):
                print("/".join(map(str, error.absolute_path)) + ": " + error.message[:200])
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python ?? "python3", "-c", script, schema.path, document.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}
