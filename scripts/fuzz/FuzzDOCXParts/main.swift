// libFuzzer target: DOCX text extraction from package parts (DOCXExtractor.extract), the step
// after the zip is opened. Built only with LIECIBA_FUZZ=1 and run by scripts/fuzz.sh.
//
// Input format (so that the fuzzer can work on several parts at once, readable in a crash file):
//
//     <bytes of word/document.xml, optional>
//     #part word/_rels/document.xml.rels
//     <bytes of that part>
//     #part word/styles.xml
//     …
//
// A part starts at a line "#part NAME"; whatever precedes the first such line is
// word/document.xml. Only the parts DOCXExtractor.wantsPart accepts are passed on, as the zip
// reader in DocumentFileReader does.
import DocumentText

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: size)
    var parts = PackageParts()
    for (name, bytes) in splitParts(input, defaultName: "word/document.xml") where DOCXExtractor.wantsPart(name) {
        parts[name] = bytes
    }
    let result = DOCXExtractor.extract(parts)
    // Touch every block so that nothing is optimised away.
    var total = 0
    for block in result.blocks { total &+= block.text.utf8.count }
    return total == -1 ? 1 : 0
}

/// Splits the input at lines `#part NAME` (see the top of the file).
func splitParts(_ input: UnsafeBufferPointer<UInt8>, defaultName: String) -> [(String, [UInt8])] {
    let marker = Array("#part ".utf8)
    func isMarker(at index: Int) -> Bool {
        guard index + marker.count <= input.count, index == 0 || input[index - 1] == 0x0A else { return false }
        for offset in 0..<marker.count where input[index + offset] != marker[offset] { return false }
        return true
    }
    var result: [(String, [UInt8])] = []
    var name = defaultName
    var start = 0
    var index = 0
    func flush(end: Int) {
        // The newline before a marker belongs to the marker.
        let stop = end > start && end < input.count && input[end - 1] == 0x0A ? end - 1 : end
        if !(name == defaultName && stop <= start && result.isEmpty) {
            result.append((name, Array(input[start..<max(start, stop)])))
        }
    }
    while index < input.count {
        if isMarker(at: index) {
            flush(end: index)
            var lineEnd = index + marker.count
            while lineEnd < input.count && input[lineEnd] != 0x0A { lineEnd += 1 }
            name = String(decoding: input[(index + marker.count)..<lineEnd], as: UTF8.self)
            start = min(lineEnd + 1, input.count)
            index = start
            continue
        }
        index += 1
    }
    flush(end: input.count)
    return result
}

// SwiftPM links an executable target's `main` to `FuzzDOCXParts_main` (so that tests can link the
// module); this hands the process to libFuzzer's driver, as libFuzzer's own main would.
@_cdecl("FuzzDOCXParts_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzz(data, size) }
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt
