// libFuzzer target: ODT text extraction from package parts (ODTExtractor.extract), the step
// after the zip is opened. Built only with LIECIBA_FUZZ=1 and run by scripts/fuzz.sh.
//
// Input format (so that the fuzzer can work on several parts at once, readable in a crash file):
//
//     <bytes of content.xml, optional>
//     #part styles.xml
//     <bytes of that part>
//     #part Object 1/content.xml
//     …
//
// A part starts at a line "#part NAME"; whatever precedes the first such line is
// content.xml. Only the parts ODTExtractor.wantsPart accepts are passed on, as the zip
// reader in DocumentFileReader does. An input without any "#part" line is also read as a flat
// ODT (ODTExtractor.extractFlat), as a .fodt file would be.
import DocumentText
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: size)
    let split = splitParts(input, defaultName: "content.xml")
    var parts = PackageParts()
    for (name, bytes) in split where ODTExtractor.wantsPart(name) {
        parts[name] = bytes
    }
    var total = 0
    // Touch every block so that nothing is optimised away.
    for block in ODTExtractor.extract(parts).blocks { total &+= block.text.utf8.count }
    if split.count == 1, split[0].0 == "content.xml", input.count == split[0].1.count {
        for block in ODTExtractor.extractFlat(Array(input)).blocks { total &+= block.text.utf8.count }
    }
    return total == -1 ? 1 : 0
}

// SwiftPM links an executable target's `main` to `FuzzODTParts_main` (so that tests can link the
// module); this hands the process to libFuzzer's driver.
@_cdecl("FuzzODTParts_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runLibFuzzer(argc, argv, fuzz)
}
