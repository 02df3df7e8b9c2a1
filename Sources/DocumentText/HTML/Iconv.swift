#if canImport(Glibc)
import Glibc
#endif

/// Decoding with the C library's iconv, for the charsets Liecība has no table of its own for
/// (KOI8-R, Shift_JIS, UTF-7, …). The page then reaches libxml2 as UTF-8, so that no charset can
/// change how its markup is read.
enum Iconv {
    /// `bytes` decoded from the charset `label` into UTF-8, undecodable bytes as U+FFFD; `nil`
    /// when iconv does not know the label.
    static func decodeToUTF8(_ bytes: ArraySlice<UInt8>, from label: String) -> [UInt8]? {
        guard let descriptor = iconv_open("UTF-8", label), descriptor != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(descriptor) }
        var input = Array(bytes)
        var output: [UInt8] = []
        output.reserveCapacity(input.count + input.count / 2)
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
        input.withUnsafeMutableBufferPointer { inBuffer in
            var inPointer = inBuffer.baseAddress.map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self) }
            var inLeft = inPointer == nil ? 0 : inBuffer.count
            // One more round with no input flushes a stateful encoding's pending output.
            var flushed = false
            while inLeft > 0 || !flushed {
                let flushing = inLeft == 0
                if flushing { flushed = true }
                var failure: Int32 = 0
                let produced = chunk.withUnsafeMutableBytes { outBuffer -> Int in
                    var outPointer = outBuffer.baseAddress.map { $0.assumingMemoryBound(to: CChar.self) }
                    var outLeft = outBuffer.count
                    let status = flushing
                        ? iconv(descriptor, nil, nil, &outPointer, &outLeft)
                        : iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                    if status == -1 { failure = errno }
                    return outBuffer.count - outLeft
                }
                output.append(contentsOf: chunk[0..<produced])
                guard failure != 0 else { continue }
                if failure == E2BIG && produced > 0 { continue }
                if flushing { break }
                // An invalid or incomplete sequence: one byte becomes U+FFFD, and decoding goes on.
                output.append(contentsOf: replacement)
                inPointer = inPointer.map { $0 + 1 }
                inLeft -= 1
            }
        }
        return output
    }
}
