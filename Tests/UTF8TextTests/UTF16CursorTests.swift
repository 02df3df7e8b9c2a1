import Testing
import UTF8Text

@Suite("Walking UTF-8 bytes in UTF-16 units")
struct UTF16CursorTests {
    /// Every kind of scalar width at every alignment to the eight-byte steps: a four-byte
    /// scalar whose lead byte ends a step is where a wrong count would show.
    private static let samples: [String] = {
        var samples = ["", "a", "ā", "🌳", "Ābeļu ciema biedrība „Mēs” – 2026. gads 🇱🇻 ok"]
        for prefix in 0..<9 {
            for scalar in ["ā", "„", "🌳"] {
                samples.append(String(repeating: "a", count: prefix) + scalar + String(repeating: "ļ", count: 5) + "🌳x" + scalar)
            }
        }
        return samples
    }()

    /// Byte offsets where scalars start, each with its UTF-16 offset, and the end.
    private static func scalarStarts(_ text: String) -> [(byte: Int, unit: Int)] {
        var starts: [(byte: Int, unit: Int)] = []
        var byte = 0
        var unit = 0
        for scalar in text.unicodeScalars {
            starts.append((byte, unit))
            byte += scalar.utf8.count
            unit += scalar.utf16.count
        }
        starts.append((byte, unit))
        return starts
    }

    @Test("moving to a byte counts the units of the scalars before it", arguments: samples)
    func toByte(text: String) {
        let starts = Self.scalarStarts(text)
        let shown = text.debugDescription
        var text = text
        text.withUTF8 { bytes in
            // From the start to each scalar, and in steps from one scalar to the next.
            var stepping = UTF16Cursor(bytes)
            for start in starts {
                var fresh = UTF16Cursor(bytes)
                fresh.advance(toByte: start.byte)
                #expect(fresh.unit == start.unit && fresh.byte == start.byte, "to byte \(start.byte) of \(shown)")
                stepping.advance(toByte: start.byte)
                #expect(stepping.unit == start.unit, "stepping to byte \(start.byte) of \(shown)")
            }
            var past = UTF16Cursor(bytes)
            past.advance(toByte: bytes.count + 5)
            #expect(past.byte == bytes.count && past.unit == starts.last?.unit)
        }
    }

    @Test("moving to a UTF-16 offset stops at the first scalar starting there or after", arguments: samples)
    func toUnit(text: String) {
        let starts = Self.scalarStarts(text)
        let units = starts.last?.unit ?? 0
        let shown = text.debugDescription
        var text = text
        text.withUTF8 { bytes in
            for target in 0...(units + 2) {
                let expected = starts.first { $0.unit >= target } ?? starts[starts.count - 1]
                var fresh = UTF16Cursor(bytes)
                fresh.advance(toUnit: target)
                #expect(fresh.byte == expected.byte && fresh.unit == expected.unit, "to unit \(target) of \(shown)")
            }
        }
    }
}
