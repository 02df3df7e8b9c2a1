// libFuzzer target: HTML text extraction (HTMLExtractor.extract): charset sniffing, transcoding
// and libxml2's HTML push parser driven through SAX. Built only with LIECIBA_FUZZ=1 and run by
// scripts/fuzz.sh. The input is the bytes of an HTML file.
import DocumentText
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let outcome = HTMLExtractor.extract(Array(UnsafeBufferPointer(start: data, count: size)))
    var total = outcome.charset.name.utf8.count
    for block in outcome.result.blocks { total &+= block.text.utf8.count }
    return total == -1 ? 1 : 0
}

// SwiftPM links an executable target's `main` to `FuzzHTML_main` (so that tests can link the
// module); this hands the process to libFuzzer's driver.
@_cdecl("FuzzHTML_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runLibFuzzer(argc, argv, fuzz)
}
