public import Foundation
import Testing

/// Runs the built `lieciba` executable, as a user would.
public struct Lieciba {
    public struct Run: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        /// Set when the run was stopped for taking longer than its timeout.
        public var timedOut = false
    }

    public static let executable: URL? = {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // The test bundle sits next to the products it was built with.
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("lieciba")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        let built = repositoryRoot.appendingPathComponent(".build/debug/lieciba")
        return FileManager.default.isExecutableFile(atPath: built.path) ? built : nil
    }()

    public static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static var demoRound: URL { repositoryRoot.appendingPathComponent("corpora/demo-round") }

    /// The scan time every run of the tests records (`SOURCE_DATE_EPOCH`, 2026-01-01 00:00 UTC),
    /// so that the outputs of two runs — pages' footers included — compare byte for byte.
    public static let scanTime = "1767225600"

    /// The environment runs get: this process's, with ``scanTime``.
    static var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = scanTime
        return environment
    }

    /// Runs `lieciba` with `arguments`; a run that outlives `timeout` is killed and reported as
    /// timed out, so that a hang fails a test instead of stalling it.
    ///
    /// Under a sanitizer everything runs several times slower, and the timeout would catch slow
    /// runs, not hangs: `LIECIBA_TEST_TIMEOUT_SCALE=10 swift test --sanitize=thread` stretches it.
    public static func run(_ arguments: [String], executable: URL? = nil, timeout: Duration = .seconds(120)) throws -> Run {
        let executable = try #require(executable ?? Self.executable, "the lieciba executable was not built")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("lieciba-run-\(UUID().uuidString)")
        let outURL = output.appendingPathExtension("out")
        let errURL = output.appendingPathExtension("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        // Files, not pipes: a chatty child can never block on a full pipe while we wait.
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        let scale = ProcessInfo.processInfo.environment["LIECIBA_TEST_TIMEOUT_SCALE"].flatMap(Double.init).map { max(1, $0) } ?? 1
        let seconds = (Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18) * scale
        var timedOut = false
        if finished.wait(timeout: .now() + seconds) == .timedOut {
            timedOut = true
            process.terminate()
            finished.wait()
        }
        return Run(
            status: process.terminationStatus,
            stdout: String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self),
            stderr: String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self),
            timedOut: timedOut
        )
    }

    /// Starts `lieciba` with `arguments` and returns at once, for a test that signals or kills
    /// the run while it works; standard output is dropped, standard error goes to `errors`.
    public static func start(_ arguments: [String], errors: FileHandle = .nullDevice) throws -> Process {
        let executable = try #require(Self.executable, "the lieciba executable was not built")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        return process
    }

    /// Waits, polling every 50 ms for at most 30 s, while `process` runs and `condition` does not
    /// hold yet — a test that signals or kills a run waits so until it is under way.
    /// - Returns: whether the process is still running.
    @discardableResult
    public static func wait(while process: Process, until condition: () -> Bool) -> Bool {
        var waited = 0
        while process.isRunning, waited < 600, !condition() {
            usleep(50_000)
            waited += 1
        }
        return process.isRunning
    }

    /// A round of `copies` × the demo round's submissions, copied under new names into a new
    /// temporary folder: a round long enough to interrupt.
    public static func copiedDemoRound(copies: Int) throws -> URL {
        let round = try temporaryDirectory().appendingPathComponent("round")
        try FileManager.default.createDirectory(at: round, withIntermediateDirectories: true)
        let entries = try FileManager.default.contentsOfDirectory(atPath: demoRound.path).filter { !$0.hasPrefix(".") }
        for copy in 0..<copies {
            for entry in entries {
                try FileManager.default.copyItem(
                    at: demoRound.appendingPathComponent(entry),
                    to: round.appendingPathComponent(String(format: "%03d-", copy) + entry)
                )
            }
        }
        return round
    }

    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lieciba-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

