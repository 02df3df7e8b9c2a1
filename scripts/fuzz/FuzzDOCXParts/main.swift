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
import FuzzSupport

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

// SwiftPM links an executable target's `main` to `FuzzDOCXParts_main` (so that tests can link the
// module); this hands the process to libFuzzer's driver.
@_cdecl("FuzzDOCXParts_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runLibFuzzer(argc, argv, fuzz)
}
