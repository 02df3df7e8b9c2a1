// libFuzzer target: ArchiveIO's ArchiveReader over arbitrary bytes — opening from memory, every
// entry header (names decoded with the code-page heuristic), and every entry's data read the way
// SubmissionReader does (a 512-byte sniff, then the rest up to a limit, the bomb check on the
// way). Built only with LIECIBA_FUZZ=1 and run by scripts/fuzz.sh. The input is an archive.
import ArchiveIO
import FuzzSupport

/// Per entry: at most this much is inflated (past ArchiveReader.bombCheckThreshold, so that the
/// decompression-bomb check is reached).
let entryLimit = 12 << 20
/// Entries walked at most, as ReadingLimits.maxEntriesPerArchive bounds a real walk.
let maxEntries = 20_000
/// Bytes inflated at most over all entries, as the submission-bytes limit bounds a real walk:
/// without it 250 entries of 12 MiB each made a "timeout" of an input the tool stops at once.
let totalLimit = 64 << 20

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: size)
    var reader: ArchiveReader
    do {
        reader = try ArchiveReader(bytes: input)
    } catch {
        return 0
    }
    var total = 0
    var entries = 0
    do {
        var inflated = 0
        walk: while let entry = try reader.nextEntry() {
            entries += 1
            if entries > maxEntries || inflated > totalLimit { break walk }
            total &+= entry.path.utf8.count &+ Int(truncatingIfNeeded: entry.declaredSize ?? 0)
            guard entry.kind == .file else { continue }
            // Alternate between the two ways of reading, and sometimes skip the data altogether.
            switch entries % 3 {
            case 0:
                continue walk
            case 1:
                var buffer: [UInt8] = []
                do {
                    if try !reader.read(into: &buffer, limit: 512) {
                        _ = try reader.read(into: &buffer, limit: entryLimit)
                    }
                } catch {
                    total &+= buffer.count
                    if error.code == .decompressionBomb { break walk }
                }
                total &+= buffer.count
                inflated += buffer.count
            default:
                do {
                    let count = try reader.readAll(limit: entryLimit).count
                    total &+= count
                    inflated += count
                } catch {
                    if error.code == .decompressionBomb { break walk }
                }
            }
        }
    } catch {
        total &+= error.message.utf8.count
    }
    total &+= reader.formatName.utf8.count &+ (reader.hasEncryptedEntries ? 1 : 0)
    return total == -1 ? 1 : 0
}

// SwiftPM links an executable target's `main` to `FuzzArchive_main` (so that tests can link the
// module); this hands the process to libFuzzer's driver.
@_cdecl("FuzzArchive_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runLibFuzzer(argc, argv, fuzz)
}
