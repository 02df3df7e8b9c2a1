internal import CLibArchive
public import TextEncodings
#if canImport(Glibc)
import Glibc
#endif

/// Reads an archive entry by entry as a stream, with every byte kept in memory.
///
/// Nothing is ever extracted to disk, so a hostile entry name such as `../../etc/passwd` is just
/// a string. The reader owns its libarchive handle (and, when given bytes to read, its copy of
/// them) and frees both when it goes away; bytes lent to it stay the lender's. It is neither
/// copyable nor sendable, so the handle never leaves the task that opened it.
public struct ArchiveReader: ~Copyable {
    private let handle: OpaquePointer
    /// The copy libarchive reads from, when the reader was given bytes; libarchive keeps pointing
    /// into it until the handle is freed.
    private let memory: UnsafeMutableRawBufferPointer?
    /// The mapped file libarchive reads from, when opened on one; held so that it outlives the handle.
    private let mapped: MappedFile?
    /// The file descriptor libarchive reads from, when the reader was given one: closed with it.
    private let descriptor: Int32?
    private let nameDecoder: NameDecoder
    /// The bytes libarchive reads, when they are in memory (mapped, copied or lent): read once
    /// more, headers only, to choose one code page for all the names (``namePage``).
    private let source: UnsafeRawBufferPointer?
    /// The code page of the names that are not UTF-8, chosen once for the whole archive at its
    /// first such name.
    private var namePage = NamePage.notChosen

    /// Whether the archive's legacy names share a code page.
    private enum NamePage {
        case notChosen
        /// All of them are decoded in it.
        case chosen(CodePage, isConfident: Bool)
        /// None could be chosen with confidence for a streamed archive: each name is decoded on
        /// its own.
        case eachOnItsOwn
    }
    private var entryCount = 0
    private var entryFinished = true
    /// Raw input consumed when the current entry's header was read, and bytes inflated since:
    /// together they give the entry's compression ratio.
    private var entryInputStart: Int64 = 0
    private var entryInflated = 0
    /// The size the current entry's header declares, if it does.
    private var entryDeclaredSize: Int64?
    /// The current entry's data is encrypted: skipped as it lies, never inflated.
    private var entryEncrypted = false

    private let limits: ArchiveLimits

    /// Raw input is read in blocks of this size, from a file or from memory.
    private static let readSize: Int64 = 64 * 1024

    /// Room for one read of entry data, appended by copying (a `repeatElement` is appended a
    /// byte at a time).
    private static let zeros = [UInt8](repeating: 0, count: 64 * 1024)

    /// The default of ``ArchiveLimits/maxCompressionRatio``.
    public static let maxCompressionRatio = ArchiveLimits().maxCompressionRatio
    /// The default of ``ArchiveLimits/bombCheckThreshold``.
    public static let bombCheckThreshold = ArchiveLimits().bombCheckThreshold

    /// Opens an archive file on disk.
    /// - Throws: ``ArchiveError`` with `.cannotOpen` or `.unrecognisedFormat`. A damaged archive
    ///   that starts well opens fine; the damage surfaces from ``nextEntry()``.
    public init(path: String, nameDecoder: NameDecoder = NameDecoder(), limits: ArchiveLimits = ArchiveLimits()) throws(ArchiveError) {
        try Self.refuseRecursiveGzip(Self.prefix(ofFileAt: path))
        handle = try Self.openedHandle { archive_read_open_filename($0, path, Int(Self.readSize)) }
        self.source = nil
        self.memory = nil
        self.mapped = nil
        self.descriptor = nil
        self.nameDecoder = nameDecoder
        self.limits = limits
    }

    /// Opens the archive file open at `descriptor`, which the reader takes over and closes: a
    /// file opened by its name's bytes, which need not be UTF-8 (see `DiskPath`).
    /// - Throws: as ``init(path:nameDecoder:limits:)``; the descriptor is closed then too.
    public init(fileDescriptor descriptor: Int32, nameDecoder: NameDecoder = NameDecoder(), limits: ArchiveLimits = ArchiveLimits()) throws(ArchiveError) {
        do throws(ArchiveError) {
            try Self.refuseRecursiveGzip(Self.prefix(ofFileAt: descriptor))
            handle = try Self.openedHandle { archive_read_open_fd($0, descriptor, Int(Self.readSize)) }
        } catch {
            close(descriptor)
            throw error
        }
        self.source = nil
        self.memory = nil
        self.mapped = nil
        self.descriptor = descriptor
        self.nameDecoder = nameDecoder
        self.limits = limits
    }

    /// Opens an archive file that is mapped into memory, reading the mapping in place.
    /// - Throws: as ``init(path:nameDecoder:limits:)``.
    public init(mapped file: MappedFile, nameDecoder: NameDecoder = NameDecoder(), limits: ArchiveLimits = ArchiveLimits()) throws(ArchiveError) {
        try self.init(reading: file.bytes, owning: nil, keeping: file, nameDecoder: nameDecoder, limits: limits)
    }

    /// Opens an archive held in memory, such as a nested archive. The bytes are copied once,
    /// into storage the reader owns.
    public init(
        bytes: some Collection<UInt8>,
        nameDecoder: NameDecoder = NameDecoder(),
        limits: ArchiveLimits = ArchiveLimits()
    ) throws(ArchiveError) {
        let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 16)
        // A package with photos is megabytes: copy contiguous storage in one move, not per byte.
        let copied: Void? = bytes.withContiguousStorageIfAvailable { source in
            memory.copyMemory(from: UnsafeRawBufferPointer(source))
        }
        if copied == nil { _ = memory.initializeMemory(as: UInt8.self, from: bytes) }
        do {
            try self.init(
                reading: UnsafeRawBufferPointer(rebasing: memory[..<bytes.count]), owning: memory, keeping: nil, nameDecoder: nameDecoder,
                limits: limits
            )
        } catch {
            memory.deallocate()
            throw error
        }
    }

    /// Opens an archive held in memory without copying it: a DOCX package read out of its outer
    /// archive is parsed while its bytes are at hand, and a copy of megabytes of photos for
    /// every document would be a copy for nothing.
    ///
    /// The caller keeps `bytes` alive and unchanged for as long as the reader lives — in
    /// practice, the reader lives inside the `withUnsafeBytes` call that lends them.
    /// - Throws: as ``init(path:nameDecoder:limits:)``.
    public init(
        borrowing bytes: UnsafeRawBufferPointer,
        nameDecoder: NameDecoder = NameDecoder(),
        limits: ArchiveLimits = ArchiveLimits()
    ) throws(ArchiveError) {
        try self.init(reading: bytes, owning: nil, keeping: nil, nameDecoder: nameDecoder, limits: limits)
    }

    /// Opens `bytes` in memory, freeing `memory` and holding `mapped` for as long as the reader
    /// lives. They are fed to libarchive in 64 KiB reads, like a file, so that input consumed
    /// tracks the entry being read.
    private init(
        reading bytes: UnsafeRawBufferPointer,
        owning memory: UnsafeMutableRawBufferPointer?,
        keeping mapped: MappedFile?,
        nameDecoder: NameDecoder,
        limits: ArchiveLimits
    ) throws(ArchiveError) {
        try Self.refuseRecursiveGzip(Array(bytes.prefix(64 * 1024)))
        handle = try Self.openedHandle { archive_read_open_memory2($0, bytes.baseAddress, bytes.count, Int(Self.readSize)) }
        self.source = bytes
        self.memory = memory
        self.mapped = mapped
        self.descriptor = nil
        self.nameDecoder = nameDecoder
        self.limits = limits
    }

    deinit {
        archive_read_free(handle)
        memory?.deallocate()
        if let descriptor { close(descriptor) }
    }

    /// The format libarchive recognised, such as `"ZIP 2.0 (deflation)"` or `"GNU tar format"`;
    /// known only after the first ``nextEntry()``.
    public var formatName: String {
        archive_format_name(handle).map { String(cString: $0) } ?? ""
    }

    /// The next entry's header, or `nil` at the end of the archive.
    ///
    /// The previous entry's remaining data is skipped; in a seekable zip that costs no inflating.
    /// - Throws: ``ArchiveError`` when the archive is damaged, truncated or has encrypted headers,
    ///   or when the entry skipped turns out to be a decompression bomb. Entries returned before
    ///   the error stay valid.
    public mutating func nextEntry() throws(ArchiveError) -> ArchiveEntry? {
        if entryCount > 0, !entryFinished, !entryEncrypted, skippingInflates { try drainEntry() }
        var entryPointer: OpaquePointer?
        let handle = self.handle
        let decoder = nameDecoder
        // The header is read and its name copied with the thread in a UTF-8 locale (see
        // UTF8LocaleScope); both must happen inside it.
        let header = try UTF8LocaleScope.run { () throws(ArchiveError) -> (status: Int32, raw: [UInt8]?)? in
            var status: Int32
            repeat {
                status = archive_read_next_header(handle, &entryPointer)
            } while status == ARCHIVE_RETRY
            if status == ARCHIVE_EOF { return nil }
            if status == ARCHIVE_FATAL || status == ARCHIVE_FAILED || entryPointer == nil {
                throw Self.error(handle, fallback: .damaged)
            }
            let raw = archive_entry_pathname(entryPointer).map { pointer in
                Array(UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer)))
            }
            return (status, raw)
        }
        guard let header, let entry = entryPointer else { return nil }
        let linkTarget = archive_entry_hardlink(entry).map { pointer in
            Self.decodeName(Array(UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer))), index: 0, decoder: decoder).text
        }
        entryCount += 1
        entryFinished = false
        entryInputStart = archive_filter_bytes(handle, -1)
        entryInflated = 0
        entryDeclaredSize = archive_entry_size_is_set(entry) != 0 ? archive_entry_size(entry) : nil
        entryEncrypted = archive_entry_is_data_encrypted(entry) != 0
        let name = decodedName(header.raw)
        return ArchiveEntry(
            path: name.text,
            kind: Self.kind(of: entry),
            declaredSize: entryDeclaredSize,
            isEncrypted: archive_entry_is_data_encrypted(entry) != 0,
            nameEncoding: name.codePage == nil && name.isConfident ? nil : name,
            index: entryCount,
            linkTarget: linkTarget
        )
    }

    /// Appends the current entry's data to `buffer` until the entry ends or `buffer` holds
    /// `limit` bytes, and says which came first. Call again with a higher limit to read on.
    /// - Returns: `true` when the whole entry has been read.
    /// - Throws: ``ArchiveError`` for damaged or encrypted data; the bytes read so far stay in
    ///   `buffer`.
    public mutating func read(into buffer: inout [UInt8], limit: Int) throws(ArchiveError) -> Bool {
        if entryFinished { return true }
        // A megabyte DOCX stored in a zip is read straight into storage of the size its header
        // declares (and one byte more, to see the end), neither zeroed first nor copied at every
        // doubling of the buffer. The header is only believed within the limit the caller set
        // (compared before the byte is added: a zip64 header may declare Int64.max), and a
        // header that declares more than the entry holds is not kept at its word: the bytes are
        // moved to storage of their own size. What the header did not declare is appended below.
        if buffer.isEmpty, entryInflated == 0, let declared = entryDeclaredSize, declared > 0 {
            let capacity = declared < Int64(limit) ? Int(declared) + 1 : limit
            var failure: ArchiveError?
            buffer = [UInt8](unsafeUninitializedCapacity: capacity) { storage, count in
                guard let base = storage.baseAddress else { return }
                while count < capacity, !entryFinished {
                    do throws(ArchiveError) {
                        count += try readChunk(into: UnsafeMutableRawPointer(base + count), count: min(Self.zeros.count, capacity - count))
                        try checkCompressionRatio()
                    } catch {
                        failure = error
                        return
                    }
                }
            }
            if let failure { throw failure }
            if buffer.count < capacity / 2 { buffer = Array(buffer[...]) }
            if entryFinished { return true }
        }
        while buffer.count < limit {
            let want = min(Self.zeros.count, limit - buffer.count)
            let start = buffer.count
            buffer.append(contentsOf: Self.zeros[..<want])
            var failure: ArchiveError?
            let got = buffer.withUnsafeMutableBytes { bytes -> Int in
                guard let base = bytes.baseAddress else { return 0 }
                do throws(ArchiveError) {
                    return try readChunk(into: base + start, count: want)
                } catch {
                    failure = error
                    return 0
                }
            }
            buffer.removeLast(want - got)
            if let failure { throw failure }
            if entryFinished { return true }
            try checkCompressionRatio()
        }
        return false
    }

    /// Whether skipping an entry means inflating it: the archive is one compressed stream
    /// (tar.gz, tar.zst, …) or a 7z, whose entries share solid blocks. (libarchive skips a RAR
    /// entry by seeking past it, unless the RAR is solid — left to libarchive.)
    private var skippingInflates: Bool {
        archive_filter_count(handle) > 1 || archive_format(handle) & ARCHIVE_FORMAT_BASE_MASK == ARCHIVE_FORMAT_7ZIP
    }

    /// Inflates what is left of the current entry and throws it away, as libarchive's own skip
    /// would — but with the ratio checked as reading checks it: a terabyte of zeros named
    /// `foto.jpg` in a few kilobytes of tar.zst is never read, and would otherwise be inflated
    /// unchecked by the skip, holding a worker for hours.
    private mutating func drainEntry() throws(ArchiveError) {
        let scratch = UnsafeMutableRawPointer.allocate(byteCount: Int(Self.readSize), alignment: 16)
        defer { scratch.deallocate() }
        while !entryFinished {
            do {
                _ = try readChunk(into: scratch, count: Int(Self.readSize))
            } catch {
                // Damage is for the next header to report, as it would have met libarchive's skip.
                return
            }
            try checkCompressionRatio()
        }
    }

    /// Reads up to `count` bytes of the current entry's data to `destination`, and counts them
    /// towards the entry's compression ratio (checked by the caller once they are kept).
    /// - Returns: how many were read; 0 when the entry has ended, which marks it finished.
    /// - Throws: ``ArchiveError`` for damaged or encrypted data; the entry is then finished.
    private mutating func readChunk(into destination: UnsafeMutableRawPointer, count: Int) throws(ArchiveError) -> Int {
        let got = min(archive_read_data(handle, destination, count), count)
        // A warning is an error too: `archive_read_data` returns it in place of the count of
        // bytes it copied before the warning ("ZIP uncompressed data is wrong size" after the
        // last block of an entry whose header lies), so what it read is lost to us, and the
        // entry is reported damaged rather than read short without a word.
        if got < 0 {
            entryFinished = true
            throw Self.error(handle, fallback: .damaged)
        }
        if got == 0 {
            entryFinished = true
            return 0
        }
        entryInflated += got
        return got
    }

    private mutating func checkCompressionRatio() throws(ArchiveError) {
        guard entryInflated > limits.bombCheckThreshold else { return }
        // Input is taken in reads of up to 64 KiB, and the read that held the header may hold
        // much of the entry's data too: charge the entry at least one read, so that the measured
        // ratio never exceeds the true one.
        let consumed = max(Self.readSize, archive_filter_bytes(handle, -1) - entryInputStart)
        guard Int64(entryInflated) / consumed > Int64(limits.maxCompressionRatio) else { return }
        entryFinished = true
        throw ArchiveError(
            code: .decompressionBomb,
            message: "inflated \(entryInflated) bytes from \(consumed), more than \(limits.maxCompressionRatio):1 (limit ratio): a decompression bomb"
        )
    }

    /// Reads the whole of the current entry, up to `limit` bytes.
    /// - Throws: ``ArchiveError/Code/tooLarge`` when the entry holds more than `limit` bytes.
    public mutating func readAll(limit: Int) throws(ArchiveError) -> [UInt8] {
        var buffer: [UInt8] = []
        if try !read(into: &buffer, limit: limit) {
            throw ArchiveError(code: .tooLarge, message: "entry larger than \(limit) bytes")
        }
        return buffer
    }

    /// Whether the archive announced encrypted entries (a zip or 7z with a password).
    public var hasEncryptedEntries: Bool {
        archive_read_has_encrypted_entries(handle) > 0
    }

    // MARK: - Helpers

    private static func refuseRecursiveGzip(_ prefix: [UInt8]) throws(ArchiveError) {
        if GzipRecursionProbe.isRecursive(prefix) {
            throw ArchiveError(
                code: .decompressionBomb,
                message: "gzip nested in itself more than \(GzipRecursionProbe.maxLayers) times: a decompression bomb"
            )
        }
    }

    /// The first 64 KiB of the file open at `descriptor`, read without moving its offset; nothing
    /// if it cannot be read (the open that follows will report why).
    private static func prefix(ofFileAt descriptor: Int32) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        return Array(buffer.prefix(max(0, count)))
    }

    /// The first 64 KiB of a file, or nothing if it cannot be read (the open that follows will
    /// report why).
    private static func prefix(ofFileAt path: String) -> [UInt8] {
        guard let file = fopen(path, "rb") else { return [] }
        defer { fclose(file) }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let count = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
        return Array(buffer.prefix(count))
    }

    /// A new reader handle with every filter and format enabled, opened by `open` (one of
    /// libarchive's `archive_read_open…` calls); freed again if the open fails.
    private static func openedHandle(_ open: (OpaquePointer) -> Int32) throws(ArchiveError) -> OpaquePointer {
        let handle = try makeHandle()
        guard open(handle) == ARCHIVE_OK else {
            let error = openError(handle)
            archive_read_free(handle)
            throw error
        }
        return handle
    }

    private static func makeHandle() throws(ArchiveError) -> OpaquePointer {
        guard let handle = archive_read_new() else {
            throw ArchiveError(code: .cannotOpen, message: "libarchive could not allocate a reader")
        }
        // Only the formats submissions come in; every other parser stays out of reach of input.
        archive_read_support_format_zip(handle)
        archive_read_support_format_7zip(handle)
        archive_read_support_format_tar(handle)
        archive_read_support_format_gnutar(handle)
        archive_read_support_format_rar(handle)
        archive_read_support_format_rar5(handle)
        archive_read_support_filter_gzip(handle)
        archive_read_support_filter_bzip2(handle)
        archive_read_support_filter_xz(handle)
        archive_read_support_filter_lzma(handle)
        archive_read_support_filter_zstd(handle)
        return handle
    }

    /// Why an archive would not open: unrecognised, or — when its start already breaks off or is
    /// damaged — truncated or damaged like a failure later on.
    private static func openError(_ handle: OpaquePointer) -> ArchiveError {
        guard archive_error_string(handle) != nil else { return ArchiveError(code: .cannotOpen, message: "cannot open") }
        return error(handle, fallback: .cannotOpen)
    }

    private static func error(_ handle: OpaquePointer, fallback: ArchiveError.Code) -> ArchiveError {
        var message = archive_error_string(handle).map { String(cString: $0) } ?? "unknown libarchive error"
        // Some of libarchive's messages end in a line feed; a reason is one line.
        while message.last?.isWhitespace == true { message.removeLast() }
        let lowered = message.lowercased()
        let code: ArchiveError.Code
        if lowered.contains("encrypt") || lowered.contains("passphrase") || lowered.contains("password") {
            code = .encrypted
        } else if lowered.contains("truncated") || lowered.contains("premature end") || lowered.contains("unexpected end") {
            code = .truncated
        } else if lowered.contains("unrecognized archive format") {
            code = .unrecognisedFormat
        } else {
            code = fallback
        }
        return ArchiveError(code: code, errno: archive_errno(handle), message: message)
    }

    /// The current entry's name, decoded in the archive's one code page (see ``namePage``).
    private mutating func decodedName(_ raw: [UInt8]?) -> DecodedName {
        guard let raw, !raw.isEmpty, !raw.isValidUTF8 else { return Self.decodeName(raw, index: entryCount, decoder: nameDecoder) }
        if case .notChosen = namePage { namePage = choosePage(firstLegacyName: raw) }
        guard case .chosen(let page, let isConfident) = namePage else { return Self.decodeName(raw, index: entryCount, decoder: nameDecoder) }
        return nameDecoder.decode(raw, in: page, isConfident: isConfident)
    }

    /// The archive's code page, from all its legacy names when it is a zip — its central
    /// directory is read ahead, inflating nothing (a zip on disk is mapped for it, without
    /// reading it in, up to a bound) — or from `raw`, the first of them, for a stream, when that
    /// one name is telling enough.
    private func choosePage(firstLegacyName raw: [UInt8]) -> NamePage {
        var names: [[UInt8]]?
        if let source {
            names = Self.isZip(source) ? Self.names(in: source, limit: limits.maxEntriesReadAhead) : nil
        } else if let descriptor, let file = MappedFile(descriptor: descriptor, maxBytes: Self.mappedForNamesAtMost, populate: false),
            Self.isZip(file.bytes)
        {
            names = Self.names(in: file.bytes, limit: limits.maxEntriesReadAhead)
        }
        if let names, let chosen = nameDecoder.page(for: names.isEmpty ? [raw] : names) {
            return .chosen(chosen.page, isConfident: chosen.isConfident)
        }
        guard let alone = nameDecoder.page(for: [raw]), alone.isConfident else { return .eachOnItsOwn }
        return .chosen(alone.page, isConfident: true)
    }

    /// A zip on disk larger than this is not mapped to read its names ahead: its names take the
    /// first legacy name's code page when that name alone is telling, or each its own.
    static let mappedForNamesAtMost = 256 << 20

    /// Whether `bytes` begin as a zip: a local file header, or the end record of an empty zip.
    private static func isZip(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && (bytes[2] == 3 || bytes[2] == 5) && (bytes[3] == 4 || bytes[3] == 6)
    }

    /// The raw names that are not UTF-8 among the first `limit` entries of the archive in
    /// `bytes`, read with a handle of their own, headers only; `nil` when the archive cannot be
    /// read that way. A sample is enough to choose a code page, and all a hostile archive can
    /// make it hold: each name's first ``nameBytesSampled`` bytes (a legacy code page spends one
    /// byte a letter), ``namesBytesSampled`` in all.
    private static func names(in bytes: UnsafeRawBufferPointer, limit: Int) -> [[UInt8]]? {
        guard let handle = try? openedHandle({ archive_read_open_memory2($0, bytes.baseAddress, bytes.count, Int(readSize)) }) else { return nil }
        defer { archive_read_free(handle) }
        return try? UTF8LocaleScope.run { () -> [[UInt8]] in
            var names: [[UInt8]] = []
            var held = 0
            var read = 0
            var entry: OpaquePointer?
            while read < limit, held < namesBytesSampled {
                // A name libarchive cannot convert comes with a warning, and is what is wanted here.
                let status = archive_read_next_header(handle, &entry)
                guard status == ARCHIVE_OK || status == ARCHIVE_WARN, let entry else { break }
                read += 1
                guard let pointer = archive_entry_pathname(entry) else { continue }
                let name = UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer))
                guard !name.isValidUTF8 else { continue }
                let sample = Array(name.prefix(nameBytesSampled))
                held += sample.count
                names.append(sample)
            }
            return names
        }
    }

    /// Bytes of one legacy name sampled to choose the archive's code page.
    static let nameBytesSampled = 256
    /// Bytes of legacy names sampled in all.
    static let namesBytesSampled = 256 << 10

    private static func decodeName(_ raw: [UInt8]?, index: Int, decoder: NameDecoder) -> DecodedName {
        guard let raw, !raw.isEmpty else {
            return DecodedName(text: "(entry \(index) without a name)", codePage: nil, isConfident: false)
        }
        return decoder.decode(raw)
    }

    private static func kind(of entry: OpaquePointer) -> ArchiveEntry.Kind {
        if archive_entry_hardlink(entry) != nil { return .hardLink }
        // The AE_IF* macros carry casts Swift cannot import; these are their values.
        switch archive_entry_filetype(entry) & 0o170000 {
        case 0o100000: return .file
        case 0o040000: return .directory
        case 0o120000: return .symbolicLink
        default: return .other
        }
    }
}

@available(*, unavailable)
extension ArchiveReader: Sendable {}
