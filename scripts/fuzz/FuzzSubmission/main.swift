// libFuzzer target: the whole per-submission path, SubmissionReader.read — the archive walk,
// nested archives, format detection, limits, and DocumentFileReader on every DOCX, ODT, flat ODT
// and HTML found — with the input as one submission. Built only with LIECIBA_FUZZ=1 and run by
// scripts/fuzz.sh.
//
// SubmissionReader reads a submission from a path only, so every input is written to a file in
// /dev/shm (memory) first. An input whose first bytes look like an archive is read as an archive
// submission (as RoundDiscovery does for `NAME.zip`); anything else as a single-file submission,
// named without an extension so that its content decides the format (HTML, flat ODT, …).
import DocumentModel
import Foundation
import FuzzSupport
import SubmissionReading

let workDirectory: String = {
    let directory = "/dev/shm/lieciba-fuzz-\(getpid())"
    mkdir(directory, 0o700)
    atexit { try? FileManager.default.removeItem(atPath: "/dev/shm/lieciba-fuzz-\(getpid())") }
    return directory
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let path = workDirectory + "/submission"
    guard let file = fopen(path, "wb") else { fatalError("cannot write \(path)") }
    if size > 0 { precondition(fwrite(data, 1, size, file) == size, "short write to \(path)") }
    fclose(file)

    let prefix = Array(UnsafeBufferPointer(start: data, count: min(size, 512)))
    let kind: SubmissionSource.Kind
    if case .archive(let format) = FormatDetection.category(ofContent: prefix) {
        kind = .archive(format)
    } else {
        kind = .file
    }
    let submission = SubmissionReader().read(SubmissionSource(id: "fuzz", path: path, displayName: "submission", kind: kind))
    var total = submission.files.count
    for document in submission.documents {
        for block in document.blocks { total &+= block.text.utf8.count }
    }
    return total == -1 ? 1 : 0
}

// SwiftPM links an executable target's `main` to `FuzzSubmission_main` (so that tests can link the
// module); this hands the process to libFuzzer's driver.
@_cdecl("FuzzSubmission_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runLibFuzzer(argc, argv, fuzz)
}
