import TestSupport
import Testing
import TextEncodings

@Suite("Checking bytes are well-formed UTF-8")
struct UTF8ValidationTests {
    /// The standard library's validation, the reference the fast path must agree with.
    private static func reference(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }

    @Test(
        "edge sequences are judged as the Unicode standard says",
        arguments: [
            ([], true),
            (Array("Ābeļu ciems — Rīga 🌳".utf8), true),
            ([0xC0, 0x80], false),  // overlong NUL
            ([0xC1, 0xBF], false),  // overlong
            ([0xE0, 0x9F, 0xBF], false),  // overlong three-byte
            ([0xED, 0xA0, 0x80], false),  // surrogate
            ([0xED, 0x9F, 0xBF], true),  // U+D7FF
            ([0xF0, 0x8F, 0xBF, 0xBF], false),  // overlong four-byte
            ([0xF4, 0x90, 0x80, 0x80], false),  // above U+10FFFF
            ([0xF4, 0x8F, 0xBF, 0xBF], true),  // U+10FFFF
            ([0xF5, 0x80, 0x80, 0x80], false),
            ([0x80], false),  // lone continuation
            (Array("abcdefgh".utf8) + [0xC4], false),  // truncated after an ASCII run
            (Array("abcdefg".utf8) + [0xC4, 0x81] + Array("abcdefgh".utf8), true),
        ] as [([UInt8], Bool)]
    )
    func edges(bytes: [UInt8], valid: Bool) {
        #expect(bytes.isValidUTF8 == valid)
        #expect(bytes[...].isValidUTF8 == valid)
    }

    @Test("the fast path agrees with the standard library's decoder on random bytes")
    func randomAgreement() {
        var generator = SplitMix(seed: 0x5EED)
        let alphabet: [UInt8] = [0x41, 0x20, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xC4, 0xDF, 0xE0, 0xE1, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
        for _ in 0..<20_000 {
            let length = Int(generator.next() % 24)
            let bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            #expect(bytes.isValidUTF8 == Self.reference(bytes), "\(bytes)")
        }
    }
}


@Suite("Decoding legacy code pages")
struct CodePageDecodingTests {
    @Test("every byte of every code page decodes to the scalar its table names, as UTF-8", arguments: CodePage.allCases)
    func everyByte(page: CodePage) {
        let bytes = (0...255).map(UInt8.init)
        let decoded = page.decodeToUTF8(bytes)
        #expect(decoded.isValidUTF8)
        let scalars = Array(String(decoding: decoded, as: UTF8.self).unicodeScalars)
        #expect(scalars.count == 256)
        #expect(scalars.prefix(128).map(\.value) == (0..<128).map(UInt32.init))
        #expect(page.decode(bytes) == String(decoding: decoded, as: UTF8.self))
        // Bytes without contiguous storage take the other way in, to the same result.
        #expect(page.decodeToUTF8(bytes.lazy.map { $0 }) == decoded)
        #expect(page.decodeToUTF8([UInt8]()).isEmpty)
        // windows-1257's Latvian letters, as a spot check of the table's use.
        if page == .windows1257 {
            #expect(page.decode([0xC2, 0xE2, 0xD0, 0xF0, 0xDE, 0xFE]) == "ĀāŠšŽž")
        }
    }
}
