// What the libFuzzer targets share: handing the process to libFuzzer's driver, and the "#part"
// framing that lets one input carry several parts of a package.

/// Runs libFuzzer's driver with `callback` as the fuzz target, as libFuzzer's own `main` would.
/// SwiftPM renames an executable target's `main` to `TARGET_main`; each target defines that
/// symbol and calls this.
public func runLibFuzzer(
    _ argc: CInt,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, callback)
}

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// Splits a fuzz input into package parts at lines `#part NAME`; whatever precedes the first such
/// line is the part `defaultName`. Readable in a crash file, and lets the fuzzer grow several
/// parts at once.
public func splitParts(_ input: UnsafeBufferPointer<UInt8>, defaultName: String) -> [(String, [UInt8])] {
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
