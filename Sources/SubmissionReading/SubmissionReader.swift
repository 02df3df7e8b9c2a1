public import ArchiveIO
public import DocumentModel
import Foundation
import TextEncodings
import UTF8Text
#if canImport(Glibc)
import Glibc
#endif

/// Reads one submission — an archive, a folder or a single file — into its file inventory and
/// the text of every readable document.
///
/// A submission is its own failure domain: whatever is wrong with it ends up in its records, and
/// ``read(_:)`` never throws. Archives are streamed; nested archives and document packages are
/// opened from memory within ``ReadingLimits``; nothing is written to disk.
public struct SubmissionReader: Sendable {
    public var limits: ReadingLimits

    public init(limits: ReadingLimits = ReadingLimits()) {
        self.limits = limits
    }

    /// Reads `source`; an archive already mapped into memory (`mapped`, the same file) is read
    /// from the mapping rather than from disk again.
    public func read(_ source: SubmissionSource, mapped: MappedFile? = nil) -> Submission {
        var inventory = Inventory()
        let container: ContainerRecord
        switch source.kind {
        case .archive(let format):
            container = readArchiveFile(at: source.location, mapped: mapped, format: format, signed: format == .edoc, into: &inventory)
        case .folder:
            container = readFolder(at: source.location, into: &inventory)
        case .file:
            let path = inventory.reserve(source.displayName)
            readFile(opening: { source.location.open(O_RDONLY) }, relativePath: path, named: source.displayName, depth: 0, into: &inventory)
            let record = inventory.files.last
            container = ContainerRecord(
                kind: .document,
                format: record?.format,
                status: record?.status ?? .read,
                reason: record?.reason,
                reasonCode: record?.reasonCode
            )
        case .link:
            container = Self.linkContainer(source)
        }
        inventory.markWebPageFolders()
        return Submission(
            id: source.id,
            source: source.displayName,
            container: container,
            files: inventory.sortedFiles(),
            documents: inventory.documents.sorted { Self.pathOrder($0.path, $1.path) }
        )
    }

    /// A link in the round folder, as the submission it stands for: named like a folder, an
    /// archive or a document by what it leads to, not read.
    static func linkContainer(_ source: SubmissionSource) -> ContainerRecord {
        let kind: ContainerRecord.Kind
        var format: FileFormat?
        if source.location.kind(followingLinks: true) == .folder {
            kind = .folder
        } else if case .archive(let named) = FormatDetection.category(ofName: source.displayName) {
            kind = .archive
            format = named
        } else {
            kind = .document
            if case .document(let named) = FormatDetection.category(ofName: source.displayName) { format = named }
        }
        return explainedContainer(kind: kind, format: format, status: .skipped, code: .link)
    }

    /// Paths in byte order when they are equal as text (NFC and NFD spellings of one name), so
    /// that the order never depends on the order files were found in.
    static func pathOrder(_ lhs: String, _ rhs: String) -> Bool {
        lhs != rhs ? lhs < rhs : lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }

    // MARK: - What was found so far

    struct Inventory {
        var files: [FileRecord] = []
        var documents: [ReadDocument] = []
        /// Bytes inflated so far, against ``ReadingLimits/maxSubmissionBytes``.
        var inflated = 0
        /// Bytes of text kept so far, against ``ReadingLimits/maxSubmissionTextBytes``.
        var text = 0
        /// Archive entries walked so far, against ``ReadingLimits/maxSubmissionEntries``.
        var entries = 0
        /// Every path given out so far: no two records share one (Swift compares canonically, so
        /// NFC and NFD spellings of one name count as the same path too).
        private var paths: Set<String> = []
        /// Per path given out, the copy number to try next: thousands of entries of one name
        /// are numbered in linear time.
        private var nextCopy: [String: Int] = [:]

        /// `path`, or when another file has it already — an archive may hold one name twice,
        /// `./a.html` is `a.html`, `x\a.html` is `x/a.html` — `path (2)`, `path (3)`, … the
        /// first that is free: every file is kept and can be told apart.
        mutating func reserve(_ path: String) -> String {
            guard paths.contains(path) else {
                paths.insert(path)
                return path
            }
            var copy = nextCopy[path, default: 2]
            var candidate = "\(path) (\(copy))"
            while paths.contains(candidate) {
                copy += 1
                candidate = "\(path) (\(copy))"
            }
            nextCopy[path] = copy + 1
            paths.insert(candidate)
            return candidate
        }

        /// Marks the pictures and other unread files in the folder a browser or Word saves beside
        /// a web page (`Lapa.html` and `Lapa_files/`) as parts of that page, not assessed on their
        /// own: they hold its logos and buttons, not the applicant's evidence.
        mutating func markWebPageFolders() {
            let pages = Set(files.filter { $0.format == .html }.map { Self.stem(of: $0.path).lowercased() })
            guard !pages.isEmpty else { return }
            for index in files.indices where files[index].status == .unsupported && files[index].reasonCode == .unsupportedFormat {
                let components = files[index].path.split(separator: "/", omittingEmptySubsequences: false)
                for depth in components.indices.dropLast() {
                    let folder = components[depth].lowercased()
                    guard let suffix = Self.webPageFolderSuffixes.first(where: { folder.hasSuffix($0) && folder.count > $0.count }) else { continue }
                    let parent = components[..<depth].joined(separator: "/")
                    let page = (parent.isEmpty ? "" : parent.lowercased() + "/") + folder.dropLast(suffix.count)
                    if pages.contains(page) {
                        files[index].status = .skipped
                        files[index].reasonCode = .notAssessed
                        files[index].explain()
                        break
                    }
                }
            }
        }

        /// What browsers and Word name the folder of a saved page's parts, after the page's name.
        private static let webPageFolderSuffixes = ["_files", "_faili", "_failai", ".files"]

        /// `path` without its last extension: `a/Lapa.html` → `a/Lapa`.
        private static func stem(of path: String) -> String {
            guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return path }
            return String(path[..<dot])
        }

        /// Files sorted by path, paths that are equal as text by their bytes.
        func sortedFiles() -> [FileRecord] {
            files.sorted { SubmissionReader.pathOrder($0.path, $1.path) }
        }
    }

    /// What an archive's walk remembers of the entries it read, so that a hard link to one of
    /// them is read as the file it repeats.
    struct ArchiveMembers {
        /// By the entry's path as stored (cleaned), the index of its record in the inventory and
        /// of its document, if it had one.
        var byPath: [String: (record: Int, document: Int?)] = [:]
    }

    // MARK: - Archives

    private func readArchiveFile(at location: DiskPath, mapped: MappedFile?, format: FileFormat, signed: Bool, into inventory: inout Inventory) -> ContainerRecord {
        var reader: ArchiveReader
        do {
            if let mapped {
                reader = try ArchiveReader(mapped: mapped, limits: limits.archiveLimits)
            } else {
                reader = try ArchiveReader(fileDescriptor: try Self.openForArchive(location.open(O_RDONLY)), limits: limits.archiveLimits)
            }
        } catch {
            return Self.unopenableContainer(format: format, error: error, limits: limits)
        }
        let outcome = walk(&reader, prefix: "", depth: 0, signed: signed, into: &inventory)
        return Self.container(format: format, outcome: outcome, limits: limits)
    }

    /// `descriptor`, or the error for a file that could not be opened.
    static func openForArchive(_ descriptor: Int32) throws(ArchiveError) -> Int32 {
        guard descriptor >= 0 else {
            throw ArchiveError(code: .cannotOpen, errno: errno, message: "cannot open: \(String(cString: strerror(errno)))")
        }
        return descriptor
    }

    /// What walking an archive found out about the archive itself.
    struct WalkOutcome {
        var entries = 0
        var failure: ArchiveError?
        /// The entry limit (``ReadingLimits/maxEntriesPerArchive`` or
        /// ``ReadingLimits/maxSubmissionEntries``) the walk stopped at.
        var stoppedAt: LimitHit?
    }

    /// Walks an archive's entries into the inventory, under `prefix`.
    /// - Parameter signed: the archive is a signed container (`.edoc`, `.asice`, `.bdoc`): its
    ///   own structure is listed as its signature, not as files.
    private func walk(_ reader: inout ArchiveReader, prefix: String, depth: Int, signed: Bool, into inventory: inout Inventory) -> WalkOutcome {
        var outcome = WalkOutcome()
        var members = ArchiveMembers()
        do {
            while let entry = try reader.nextEntry() {
                if entry.kind == .directory { continue }
                if outcome.entries == limits.maxEntriesPerArchive {
                    outcome.stoppedAt = limits.hit(.entries)
                    break
                }
                if inventory.entries == limits.maxSubmissionEntries {
                    outcome.stoppedAt = limits.hit(.submissionEntries)
                    break
                }
                outcome.entries += 1
                inventory.entries += 1
                if let fatal = readEntry(entry, from: &reader, prefix: prefix, depth: depth, signed: signed, members: &members, into: &inventory) {
                    outcome.failure = fatal
                    break
                }
            }
        } catch {
            outcome.failure = error
        }
        return outcome
    }

    /// Reads one entry into the inventory.
    /// - Returns: an error that makes the rest of the archive untrustworthy (a decompression
    ///   bomb), after which the walk stops; `nil` to go on.
    private func readEntry(
        _ entry: ArchiveEntry,
        from reader: inout ArchiveReader,
        prefix: String,
        depth: Int,
        signed: Bool,
        members: inout ArchiveMembers,
        into inventory: inout Inventory
    ) -> ArchiveError? {
        let stored = Self.cleanEntryPath(entry.path)
        let path = inventory.reserve(prefix + stored)
        var appended = inventory.files.count
        let documentsBefore = inventory.documents.count
        defer {
            // Mark every record this entry produced with how its name was decoded.
            if let encoding = entry.nameEncoding, appended < inventory.files.count {
                inventory.files[appended].nameEncoding = encoding.codePage?.name
                inventory.files[appended].nameUncertain = encoding.isConfident ? nil : true
            }
            if appended < inventory.files.count {
                members.byPath[stored] = (appended, inventory.documents.count > documentsBefore ? documentsBefore : nil)
            }
        }
        if signed, Self.isSignatureStructure(stored) {
            inventory.files.append(.signature(path))
            return nil
        }
        switch entry.kind {
        case .hardLink where (entry.declaredSize ?? 0) == 0:
            // tar keeps a hard link's bytes once, under the name it links to.
            guard let target = entry.linkTarget.map(Self.cleanEntryPath), let member = members.byPath[target] else {
                inventory.files.append(.link(path))
                return nil
            }
            repeatMember(member, as: path, linkedTo: prefix + target, into: &inventory)
            return nil
        case .symbolicLink:
            inventory.files.append(.link(path))
            return nil
        case .other:
            inventory.files.append(.special(path))
            return nil
        case .file, .directory, .hardLink:
            // A hard link that carries its bytes (cpio keeps them on the last link) is a file.
            break
        }

        // By the name as stored: a numbered copy ("a.docx (2)") is still a DOCX.
        var category = FormatDetection.category(ofName: prefix + stored)
        if entry.path.utf8.count > limits.maxPathLength {
            let format: FileFormat
            switch category {
            case .document(let named), .archive(let named), .unsupported(let named): format = named
            case .systemMetadata, .unknown: format = .unknown
            }
            // Two long names may share their beginning: the shortened name is made unique too.
            let shortened = inventory.reserve(Self.shortened(prefix + stored, keeping: prefix.utf8.count + limits.maxPathLength))
            inventory.files.append(.nameTooLong(shortened, format: format, limit: limits.hit(.pathLength)))
            return nil
        }
        if case .systemMetadata = category {
            inventory.files.append(.systemMetadata(path))
            return nil
        }
        if case .unsupported(let format) = category {
            inventory.files.append(entry.isEncrypted ? .encrypted(path, format: format) : .unsupported(path, format: format))
            return nil
        }

        var bytes: [UInt8] = []
        let budget = limits.maxSubmissionBytes - inventory.inflated
        if case .unknown = category {
            do {
                _ = try reader.read(into: &bytes, limit: 512)
            } catch {
                inventory.files.append(.unreadable(path, format: .unknown, error: error, limits: limits))
                return error.code == .decompressionBomb ? error : nil
            }
            category = FormatDetection.category(ofContent: bytes)
            if case .unsupported(let format) = category {
                inventory.files.append(.unsupported(path, format: format))
                return nil
            }
        }

        let format: FileFormat
        var room: Int
        var roomLimit: LimitHit
        switch category {
        case .document(let documentFormat):
            format = documentFormat
            room = limits.maxDocumentBytes
            roomLimit = limits.hit(.entryBytes)
            // A page is read only as far as it is parsed.
            if format == .html, limits.maxHTMLBytes < room {
                room = limits.maxHTMLBytes
                roomLimit = limits.hit(.htmlBytes)
            }
        case .archive(let archiveFormat):
            format = archiveFormat
            room = limits.maxNestedArchiveBytes
            roomLimit = limits.hit(.archiveBytes)
            if depth + 1 > limits.maxNestingDepth {
                inventory.files.append(.nestedTooDeep(path, format: format, depth: limits.maxNestingDepth))
                return nil
            }
        default:
            inventory.files.append(.unsupported(path, format: .unknown))
            return nil
        }
        if entry.isEncrypted {
            inventory.files.append(.encrypted(path, format: format))
            return nil
        }
        if !format.isArchive, inventory.text >= limits.maxSubmissionTextBytes {
            inventory.files.append(.limited(path, format: format, limit: limits.hit(.textBytes)))
            return nil
        }
        guard budget > 0 else {
            inventory.files.append(.limited(path, format: format, limit: limits.hit(.submissionBytes)))
            return nil
        }
        if budget < room {
            room = budget
            roomLimit = limits.hit(.submissionBytes)
        }
        // Read one byte past the room: a file that fits exactly is not cut. A file that does not
        // fit is read up to the limit and what its beginning holds is kept.
        var cut: LimitHit?
        do {
            if try !reader.read(into: &bytes, limit: room + 1) {
                bytes.removeLast(bytes.count - min(bytes.count, room))
                cut = roomLimit
            }
        } catch {
            inventory.inflated += bytes.count
            inventory.files.append(.unreadable(path, format: format, error: error, limits: limits))
            return error.code == .decompressionBomb ? error : nil
        }
        inventory.inflated += bytes.count
        appended = inventory.files.count
        if format.isArchive {
            var held = bytes
            bytes = []
            readArchive(at: path, format: format, depth: depth + 1, cut: cut, into: &inventory) { () throws(ArchiveError) in
                // The reader keeps its own copy: this one goes as soon as it is made.
                defer { held = [] }
                return try ArchiveReader(bytes: held, limits: limits.archiveLimits)
            }
        } else {
            readDocument(consume bytes, path: path, format: format, cut: cut, into: &inventory)
        }
        return nil
    }

    /// Lists `path`, a hard link, as the member it repeats: a document's text is read again
    /// under this name, within the submission's text limit; anything else is listed as a link.
    private func repeatMember(_ member: (record: Int, document: Int?), as path: String, linkedTo target: String, into inventory: inout Inventory) {
        var record = inventory.files[member.record]
        guard let index = member.document, !record.format.isArchive else {
            inventory.files.append(.explained(path, format: .unknown, status: .skipped, code: .link, detail: "the same file as \(target)"))
            return
        }
        var document = inventory.documents[index]
        let size = document.blocks.reduce(0) { $0 + $1.text.utf8.count }
        guard inventory.text + size <= limits.maxSubmissionTextBytes else {
            inventory.files.append(.limited(path, format: record.format, limit: limits.hit(.textBytes)))
            return
        }
        inventory.text += size
        record.path = path
        record.nameEncoding = nil
        record.nameUncertain = nil
        document.path = path
        inventory.files.append(record)
        inventory.documents.append(document)
    }

    /// Whether `path` in a signed container (ASiC-E: `.edoc`, `.asice`, `.bdoc`) is the
    /// container's own structure — its `mimetype`, manifest and signatures — rather than a
    /// signed file.
    static func isSignatureStructure(_ path: String) -> Bool {
        let lowered = path.lowercased()
        if lowered == "mimetype" { return true }
        guard lowered.hasPrefix("meta-inf/") else { return false }
        let name = lowered.dropFirst("meta-inf/".count)
        return name == "manifest.xml" || name.contains("signature") || name.hasPrefix("asicmanifest") || name == "container.xml"
            || name == "metadata.xml"
    }

    /// Opens an archive found inside the submission, lists it as a file of its own and walks
    /// its entries under its path.
    /// - Parameter cut: set when only the archive's beginning, up to this limit, was read: the
    ///   entries in it are read, and the archive is reported as skipped at the limit.
    private func readArchive(
        at path: String,
        format: FileFormat,
        depth: Int,
        cut: LimitHit? = nil,
        into inventory: inout Inventory,
        open: () throws(ArchiveError) -> ArchiveReader
    ) {
        var reader: ArchiveReader
        do {
            reader = try open()
        } catch {
            if let cut {
                inventory.files.append(.limited(path, format: format, limit: cut))
                return
            }
            let container = Self.unopenableContainer(format: format, error: error, limits: limits)
            inventory.files.append(Self.record(path: path, format: format, container: container, entries: nil))
            return
        }
        let recordIndex = inventory.files.count
        inventory.files.append(FileRecord(path: path, format: format, status: .read))
        let outcome = walk(&reader, prefix: path + "/", depth: depth, signed: format == .edoc, into: &inventory)
        if let cut, outcome.failure?.code != .decompressionBomb {
            // Whatever broke off where the bytes end is the cut, not damage.
            var record = FileRecord(path: path, format: format, status: .skipped, reasonCode: .tooLarge)
            record.limit = cut
            record.entries = outcome.entries
            record.explain()
            inventory.files[recordIndex] = record
            return
        }
        let container = Self.container(format: format, outcome: outcome, limits: limits)
        inventory.files[recordIndex] = Self.record(path: path, format: format, container: container, entries: outcome.entries)
    }

    private func readDocument(_ bytes: consuming [UInt8], path: String, format: FileFormat, cut: LimitHit? = nil, into inventory: inout Inventory) {
        let budget = limits.maxSubmissionBytes - inventory.inflated
        var outcome = DocumentFileReader(limits: limits).read(bytes, path: path, format: format, cut: cut, submissionBudget: budget)
        inventory.inflated += outcome.inflated
        if outcome.record.holdsNoText {
            // Read without fault and nothing in it: pictures of pages, as often as not. Said, so
            // that a criterion missing here is not taken for one the applicant left out.
            outcome.record.reasonCode = .emptyDocument
            outcome.record.explain()
        }
        if var document = outcome.document {
            // Held once, so that cutting its blocks does not copy them.
            outcome.document = nil
            // The submission's text stops at its limit: the blocks that fit are kept.
            let room = limits.maxSubmissionTextBytes - inventory.text
            var used = 0
            var kept = 0
            for block in document.blocks {
                let size = block.text.utf8.count
                guard used + size <= room else { break }
                used += size
                kept += 1
            }
            inventory.text += used
            if kept < document.blocks.count {
                document.blocks.removeLast(document.blocks.count - kept)
                var record = outcome.record
                record.status = .skipped
                record.reasonCode = .tooLarge
                record.limit = limits.hit(.textBytes)
                record.blocks = kept
                record.characters = document.blocks.reduce(0) { $0 + $1.text.characterCount }
                record.explain()
                outcome.record = record
            }
            if !document.blocks.isEmpty || outcome.record.status == .read { outcome.document = document }
        }
        inventory.files.append(outcome.record)
        if let document = outcome.document { inventory.documents.append(document) }
    }

    // MARK: - Folders and loose files

    /// Reads a submission folder's files, walked by their names' bytes (see ``FolderWalk``);
    /// links and devices are listed, not followed or opened.
    private func readFolder(at location: DiskPath, into inventory: inout Inventory) -> ContainerRecord {
        let failures = FolderWalk().walk(location) { entry in
            let tooLong = entry.relative.count > limits.maxPathLength
            let path = inventory.reserve(tooLong ? Self.shortened(entry.display, keeping: limits.maxPathLength) : entry.display)
            let appended = inventory.files.count
            defer {
                if let encoding = entry.nameEncoding, appended < inventory.files.count {
                    inventory.files[appended].nameEncoding = encoding.codePage?.name
                    inventory.files[appended].nameUncertain = encoding.isConfident ? nil : true
                }
            }
            switch entry.kind {
            case _ where tooLong:
                // A folder so deep is not walked into: its files are listed as one record.
                let format: FileFormat = entry.kind == .folder ? .folder : .unknown
                inventory.files.append(.nameTooLong(path, format: format, limit: limits.hit(.pathLength)))
                return false
            case .folder:
                return true
            case .symbolicLink:
                inventory.files.append(.link(path))
            case .special:
                inventory.files.append(.special(path))
            case .file:
                readFile(opening: entry.open, relativePath: path, named: entry.display, depth: 0, into: &inventory)
            }
            return false
        }
        for failure in failures {
            let detail = "the folder cannot be listed: \(String(cString: strerror(failure.errno)))"
            if failure.display.isEmpty {
                return Self.explainedContainer(kind: .folder, format: nil, status: .damaged, code: .unreadableFile, detail: detail)
            }
            inventory.files.append(.unreadableFile(inventory.reserve(failure.display), detail: detail))
        }
        return ContainerRecord(kind: .folder, format: nil, status: .read)
    }

    /// Reads one file on disk that belongs to a submission (a file in a submission folder, or a
    /// loose file that is the submission), opened by `open` (a descriptor, negative on failure).
    /// - Parameters:
    ///   - relativePath: the path it is listed under (numbered when the name was taken).
    ///   - name: the path as found, which its format is told by.
    private func readFile(opening open: () -> Int32, relativePath: String, named name: String, depth: Int, into inventory: inout Inventory) {
        var category = FormatDetection.category(ofName: name)
        switch category {
        case .systemMetadata:
            inventory.files.append(.systemMetadata(relativePath))
            return
        case .unsupported(let format):
            inventory.files.append(.unsupported(relativePath, format: format))
            return
        case .archive(let format):
            if depth + 1 > limits.maxNestingDepth {
                inventory.files.append(.nestedTooDeep(relativePath, format: format, depth: limits.maxNestingDepth))
                return
            }
            readArchive(at: relativePath, format: format, depth: depth + 1, into: &inventory) { () throws(ArchiveError) in
                try ArchiveReader(fileDescriptor: try Self.openForArchive(open()), limits: limits.archiveLimits)
            }
            return
        case .document, .unknown:
            break
        }
        let descriptor = open()
        guard descriptor >= 0 else {
            inventory.files.append(.unreadableFile(relativePath, detail: "the file cannot be opened: \(String(cString: strerror(errno)))"))
            return
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        if case .unknown = category {
            let prefix = ((try? handle.read(upToCount: 512)) ?? nil).map { [UInt8]($0) } ?? []
            category = FormatDetection.category(ofContent: prefix)
            try? handle.seek(toOffset: 0)
        }
        switch category {
        case .document(let format):
            if inventory.text >= limits.maxSubmissionTextBytes {
                inventory.files.append(.limited(relativePath, format: format, limit: limits.hit(.textBytes)))
                return
            }
            let budget = limits.maxSubmissionBytes - inventory.inflated
            guard budget > 0 else {
                inventory.files.append(.limited(relativePath, format: format, limit: limits.hit(.submissionBytes)))
                return
            }
            var room = limits.maxDocumentBytes
            var roomLimit = limits.hit(.entryBytes)
            if format == .html, limits.maxHTMLBytes < room {
                room = limits.maxHTMLBytes
                roomLimit = limits.hit(.htmlBytes)
            }
            if budget < room {
                room = budget
                roomLimit = limits.hit(.submissionBytes)
            }
            // The Data goes as soon as its bytes are copied out.
            var bytes = ((try? handle.read(upToCount: room + 1)) ?? nil).map { [UInt8]($0) } ?? []
            var cut: LimitHit?
            if bytes.count > room {
                bytes.removeLast(bytes.count - room)
                cut = roomLimit
            }
            inventory.inflated += bytes.count
            readDocument(consume bytes, path: relativePath, format: format, cut: cut, into: &inventory)
        case .archive(let format):
            if depth + 1 > limits.maxNestingDepth {
                inventory.files.append(.nestedTooDeep(relativePath, format: format, depth: limits.maxNestingDepth))
                return
            }
            // Named like something else, an archive by its bytes: read from the open file.
            let archive = dup(descriptor)
            readArchive(at: relativePath, format: format, depth: depth + 1, into: &inventory) { () throws(ArchiveError) in
                try ArchiveReader(fileDescriptor: try Self.openForArchive(archive), limits: limits.archiveLimits)
            }
        case .unsupported(let format):
            inventory.files.append(.unsupported(relativePath, format: format))
        case .systemMetadata, .unknown:
            inventory.files.append(.unsupported(relativePath, format: .unknown))
        }
    }

    // MARK: - Helpers

    /// Entry paths as they should read in outputs: no leading `./` or `/`.
    static func cleanEntryPath(_ path: String) -> String {
        var path = Substring(path)
        while path.hasPrefix("./") || path.hasPrefix("/") {
            path = path.hasPrefix("./") ? path.dropFirst(2) : path.dropFirst()
        }
        return path.isEmpty ? "(unnamed)" : String(path)
    }

    /// `path` cut to at most `bytes` UTF-8 bytes (on a character boundary), marked with `…`.
    static func shortened(_ path: String, keeping bytes: Int) -> String {
        path.prefix(maxUTF8Bytes: bytes) + "…"
    }

    static func explainedContainer(
        kind: ContainerRecord.Kind = .archive,
        format: FileFormat?,
        status: FileStatus,
        code: ReasonCode,
        limit: LimitHit? = nil,
        detail: String? = nil
    ) -> ContainerRecord {
        var container = ContainerRecord(kind: kind, format: format, status: status, reasonCode: code)
        container.limit = limit
        if let wording = ReasonWording.text(for: container, in: .english) {
            container.reason = detail.map { "\(wording) (\($0))" } ?? wording
        }
        return container
    }

    static func unopenableContainer(format: FileFormat, error: ArchiveError, limits: ReadingLimits) -> ContainerRecord {
        switch error.code {
        case .decompressionBomb:
            return bombContainer(format: format, error: error, limits: limits)
        case .unrecognisedFormat:
            return explainedContainer(format: format, status: .unsupported, code: .unsupportedFormat, detail: error.message)
        case .encrypted:
            return explainedContainer(format: format, status: .encrypted, code: .encrypted)
        default:
            return explainedContainer(format: format, status: .damaged, code: .damagedArchive, detail: error.message)
        }
    }

    static func container(format: FileFormat, outcome: WalkOutcome, limits: ReadingLimits) -> ContainerRecord {
        if let limit = outcome.stoppedAt {
            return explainedContainer(format: format, status: .skipped, code: .tooManyEntries, limit: limit)
        }
        guard let failure = outcome.failure else {
            return ContainerRecord(kind: .archive, format: format, status: .read)
        }
        if failure.code == .decompressionBomb {
            return bombContainer(format: format, error: failure, limits: limits)
        }
        if failure.code == .encrypted {
            return explainedContainer(format: format, status: .encrypted, code: .encrypted)
        }
        if outcome.entries == 0 && failure.code == .unrecognisedFormat {
            return unopenableContainer(format: format, error: failure, limits: limits)
        }
        let code: ReasonCode = failure.code == .truncated ? .truncatedArchive : .damagedArchive
        return explainedContainer(
            format: format,
            status: .damaged,
            code: code,
            detail: "\(failure.message); \(outcome.entries) entries read before it"
        )
    }

    static func bombContainer(format: FileFormat, error: ArchiveError, limits: ReadingLimits) -> ContainerRecord {
        let limit = error.message.contains("limit ratio") ? limits.hit(.ratio) : nil
        return explainedContainer(format: format, status: .damaged, code: .decompressionBomb, limit: limit, detail: error.measurement)
    }

    static func record(path: String, format: FileFormat, container: ContainerRecord, entries: Int?) -> FileRecord {
        var record = FileRecord(path: path, format: format, status: container.status, reason: container.reason, reasonCode: container.reasonCode)
        record.limit = container.limit
        record.entries = entries
        return record
    }
}
