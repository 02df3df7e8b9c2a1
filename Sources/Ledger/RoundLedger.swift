public import Foundation
import GRDB

/// `DIR/ledger.sqlite`: for every submission a scan finished, what it was made from and what it
/// gave, written beside the work on the next submissions as each one is done.
///
/// A round is re-run each time the lexicon changes, and a run of thousands may be killed half
/// way. With the ledger, a re-run reads again only the submissions whose input, lexicon, tool
/// version or settings changed, and takes the rest from here — so an interrupted run loses only
/// the submissions that were in flight, and the outputs come out as an uninterrupted run's.
public final class RoundLedger: Sendable {
    private let database: DatabaseQueue
    public let url: URL

    /// Why a ledger cannot be opened.
    public struct OpenError: Error, Sendable, CustomStringConvertible {
        /// The ledger's file.
        public var path: String
        /// What SQLite said.
        public var cause: String

        public var description: String { "cannot open the ledger \(path): \(cause)" }
    }

    /// Opens (creating if needed) the ledger at `url`.
    /// - Throws: ``OpenError`` when the file cannot be opened or is not a ledger this version
    ///   can read.
    public convenience init(url: URL) throws(OpenError) {
        do {
            try self.init(opening: url)
        } catch let error as OpenError {
            throw error
        } catch {
            throw OpenError(path: url.path, cause: (error as? DatabaseError)?.message ?? "\(error)")
        }
    }

    /// Deletes the ledger at `url` with its write-ahead log, to be built anew.
    public static func delete(at url: URL) throws {
        for suffix in ["", "-wal", "-shm"] {
            let file = URL(fileURLWithPath: url.path + suffix)
            if FileManager.default.fileExists(atPath: file.path) { try FileManager.default.removeItem(at: file) }
        }
    }

    private init(opening url: URL) throws {
        self.url = url
        var configuration = Configuration()
        // Another process reading the ledger (a person with sqlite3, a test) must not make a
        // scan fail: wait for its lock instead.
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // Each row holds a few hundred KB of rendered results: large pages keep SQLite's
            // per-page work (overflow chains, WAL frames, checkpoint copies) to a few pages per
            // row. Takes effect when the file is created; an older ledger keeps its page size.
            try db.execute(sql: "PRAGMA page_size = 65536")
            // WAL: a committed submission survives the process being killed; NORMAL sync skips
            // an fsync per commit, which only a power cut could make matter.
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // SQLite checkpoints every 1,000 pages by default, 64 MB at this page size; 16 MB
            // keeps the write-ahead log near its usual size.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 256")
        }
        database = try DatabaseQueue(path: url.path, configuration: configuration)
        try Self.migrator.migrate(database)
    }

    /// The stored result for a submission, if it was made from the same input with the same
    /// settings (lexicon, tool version, reading limits, report options).
    public func result(for id: String, inputSHA256: String, settings: String) throws -> LedgerEntry? {
        try database.read { db in
            try LedgerRow
                .filter(Column("id") == id && Column("inputSHA256") == inputSHA256 && Column("settings") == settings)
                .fetchOne(db)?.entry
        }
    }

    /// Records a finished submission, replacing what an earlier run stored for its id.
    ///
    /// Asynchronous, so the caller's thread is free while SQLite writes (and now and then
    /// checkpoints, with an fsync): a scan's workers run on the few threads of the cooperative
    /// pool, and a worker blocked on the disk is a core left idle.
    ///
    /// Not cancelled with the calling task: after Ctrl-C the submissions already running finish,
    /// and their work is kept for the next run — GRDB's `write` would refuse to start in a
    /// cancelled task and drop it.
    public func record(_ entry: LedgerEntry) async throws {
        let database = database
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            database.asyncWrite({ db in try LedgerRow(entry: entry).save(db) }, completion: { _, result in continuation.resume(with: result) })
        }
    }

    /// Closes the ledger: SQLite folds its write-ahead log into the file and removes it, so a
    /// finished run leaves `ledger.sqlite` alone. Without it the log stays until the next open,
    /// whenever the process ends before the last reference goes.
    public func close() {
        try? database.close()
    }

    /// How many submissions the ledger at `url` holds, read without writing to it (a running
    /// scan may have it open).
    public static func count(at url: URL) throws -> Int {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        let database = try DatabaseQueue(path: url.path, configuration: configuration)
        return try database.read { db in
            try db.tableExists(LedgerRow.databaseTableName) ? LedgerRow.fetchCount(db) : 0
        }
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: LedgerRow.databaseTableName) { table in
                table.primaryKey("id", .text)
                table.column("inputSHA256", .text).notNull()
                table.column("settings", .text).notNull()
                table.column("toolVersion", .text).notNull()
                table.column("lexiconSHA256", .text)
                table.column("status", .text).notNull()
                table.column("mapEntry", .blob).notNull()
                table.column("evidenceRows", .blob).notNull()
                table.column("page", .blob)
            }
        }
        // Pages are kept as files beside the ledger (see `PageFolder`) and recorded by digest:
        // a page is most of a row's bytes, and writing it twice cost a scan ~4 % of its CPU.
        // Rows from before keep their page bytes and stay usable.
        migrator.registerMigration("v2 page digest") { db in
            try db.alter(table: LedgerRow.databaseTableName) { table in
                table.add(column: "pageSHA256", .text)
            }
        }
        return migrator
    }
}

/// One submission in the ledger: its input and settings, and its rendered results.
public struct LedgerEntry: Sendable, Hashable, Codable {
    public var id: String
    /// SHA-256 of the submission's input (archive, file, or a folder's files).
    public var inputSHA256: String
    /// A digest of everything else the results depend on (see `RoundScanner`).
    public var settings: String
    public var toolVersion: String
    public var lexiconSHA256: String?
    /// The submission's container status (`read`, `damaged`, …), for a person querying the ledger.
    public var status: String
    /// The submission's entry in `evidence-map.json`.
    public var mapEntry: Data
    /// Its rows of `evidence.csv`.
    public var evidenceRows: Data
    /// Its page, `submissions/<id>.html`, as recorded before pages were recorded by digest.
    public var page: Data?
    /// The SHA-256 of its page, when the round is judged: the page itself is a file of the
    /// output folder, which a re-run takes up again when its bytes still have this digest.
    public var pageSHA256: String?

    public init(
        id: String,
        inputSHA256: String,
        settings: String,
        toolVersion: String,
        lexiconSHA256: String?,
        status: String,
        mapEntry: Data,
        evidenceRows: Data,
        page: Data? = nil,
        pageSHA256: String? = nil
    ) {
        self.id = id
        self.inputSHA256 = inputSHA256
        self.settings = settings
        self.toolVersion = toolVersion
        self.lexiconSHA256 = lexiconSHA256
        self.status = status
        self.mapEntry = mapEntry
        self.evidenceRows = evidenceRows
        self.page = page
        self.pageSHA256 = pageSHA256
    }
}

/// A ledger entry as a row of the `submission` table (GRDB stays an implementation detail).
private struct LedgerRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "submission"
    var entry: LedgerEntry

    init(entry: LedgerEntry) {
        self.entry = entry
    }

    init(from decoder: any Decoder) throws {
        entry = try LedgerEntry(from: decoder)
    }

    func encode(to encoder: any Encoder) throws {
        try entry.encode(to: encoder)
    }
}
