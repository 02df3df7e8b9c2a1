internal import CZlib

/// Detects gzip streams that decompress into gzip again and again — such as a gzip "quine" that
/// decompresses to itself — before libarchive sees them.
///
/// libarchive 3.6 stacks a new gzip filter for every layer it finds and never returns from such
/// a file. A real submission has one layer (`.tar.gz`), rarely two; the probe inflates only the
/// first few bytes of each layer to see whether another gzip header follows.
enum GzipRecursionProbe {
    /// Layers of gzip accepted before the input is refused.
    static let maxLayers = 3

    /// Whether `prefix`, the start of a file, nests gzip in gzip more than ``maxLayers`` deep.
    static func isRecursive(_ prefix: [UInt8]) -> Bool {
        var layer = prefix
        for _ in 0..<maxLayers {
            guard layer.starts(with: [0x1F, 0x8B]) else { return false }
            guard let inner = inflateStart(of: layer, wanting: 4096), !inner.isEmpty else { return false }
            layer = inner
        }
        return layer.starts(with: [0x1F, 0x8B])
    }

    /// The first `wanting` bytes of a gzip stream's content, or `nil` if zlib rejects it.
    private static func inflateStart(of input: [UInt8], wanting: Int) -> [UInt8]? {
        var stream = z_stream()
        guard lieciba_inflate_init_gzip(&stream) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: wanting)
        var input = input
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = inBuffer.baseAddress
                stream.avail_in = uInt(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = uInt(outBuffer.count)
                let status = inflate(&stream, Z_SYNC_FLUSH)
                let produced = outBuffer.count - Int(stream.avail_out)
                // A bad trailer (a quine's checksum cannot be right) still leaves good output.
                guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR || produced > 0 else { return nil }
                return produced
            }
        }
        guard let produced else { return nil }
        return Array(output.prefix(produced))
    }
}
