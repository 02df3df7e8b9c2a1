/// A word found by ``WordScanner``: where it is, in UTF-8 bytes and in UTF-16 code units.
public struct ScannedWord: Sendable, Hashable {
    public var byteStart: Int
    public var byteEnd: Int
    public var utf16Start: Int
    public var utf16End: Int
    /// The word has a Latvian diacritic (or a combining mark).
    public var hasDiacritics: Bool
    /// Clause punctuation (`,` `;` `:` `(` `)` a dash, `.` `!` `?`) stands between this word and
    /// the one before.
    public var clauseBoundaryBefore: Bool
}

/// The word scanner every matching pass runs on: one pass over UTF-8 bytes that finds words
/// and writes each one's lower-case key into a reused buffer, without creating strings.
///
/// Word rules (shared with ``Tokenizer``): runs of letters and digits; an inner hyphen or
/// apostrophe joins (`e-pakalpojumi`); a hyphen at a line end followed by a lower-case letter
/// joins the broken word (`sadar-⏎bība`); soft hyphens vanish.
///
/// A cursor rather than a callback per word: the hot loop of a scan then runs without closure
/// calls or captured state.
public struct WordScanner: ~Copyable {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var utf16 = 0
    private var boundary = false
    /// The last word was a number: a full stop after it is an ordinal's ("2022. gadā"), a dash a
    /// range's ("1.–5."), not a clause's end.
    private var afterNumber = false
    private var keyBuffer: UnsafeMutablePointer<UInt8>
    private var keyCapacity = 128
    private var keyLength = 0
    /// FNV-1a of the key, computed as it is written (the lexicon's tables use the same hash).
    public private(set) var keyHash: UInt64 = 0
    /// ``keyHash`` before the last byte, so that a combining mark can replace its base letter.
    private var hashBeforeLastByte: UInt64 = 0
    /// The word found by the last successful ``next()``.
    public private(set) var word = ScannedWord(
        byteStart: 0, byteEnd: 0, utf16Start: 0, utf16End: 0, hasDiacritics: false, clauseBoundaryBefore: false
    )

    /// Whether `keyBuffer` was allocated here (a key outgrew the caller's buffer) and must be freed.
    private var ownsKeyBuffer = false
    /// ``latinExtendedLower``, held by the scanner: read through the static, every Latvian
    /// letter paid for the check that the table was made.
    private let latinExtendedLower = WordScanner.latinExtendedLower

    private init(bytes: UnsafeBufferPointer<UInt8>, keyBuffer: UnsafeMutableBufferPointer<UInt8>) {
        self.bytes = bytes
        self.keyBuffer = keyBuffer.baseAddress ?? .allocate(capacity: 1)
        keyCapacity = keyBuffer.count
        ownsKeyBuffer = keyBuffer.baseAddress == nil
    }

    deinit {
        if ownsKeyBuffer { keyBuffer.deallocate() }
    }

    /// Runs `body` with a scanner over `text`.
    ///
    /// The key buffer starts on the stack: a scan runs per paragraph, hundreds of thousands of
    /// times a round, and a heap allocation each time would be a fair share of its cost.
    public static func withScanner<Result>(over text: String, _ body: (inout WordScanner) -> Result) -> Result {
        var text = text
        return text.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { keyBuffer in
                var scanner = WordScanner(bytes: bytes, keyBuffer: keyBuffer)
                return body(&scanner)
            }
        }
    }

    /// The lower-case key of the current word; valid until the next call to ``next()``.
    public var key: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: keyBuffer, count: keyLength)
    }

    /// Calls `body` for every word of `text` with the word and its lower-case key bytes.
    public static func scan(_ text: String, _ body: (ScannedWord, UnsafeBufferPointer<UInt8>) -> Void) {
        withScanner(over: text) { scanner in
            while scanner.next() { body(scanner.word, scanner.key) }
        }
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8) {
        if keyLength == keyCapacity {
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: max(keyCapacity * 2, 16))
            larger.update(from: keyBuffer, count: keyLength)
            if ownsKeyBuffer { keyBuffer.deallocate() }
            keyBuffer = larger
            keyCapacity = max(keyCapacity * 2, 16)
            ownsKeyBuffer = true
        }
        keyBuffer[keyLength] = byte
        keyLength += 1
        hashBeforeLastByte = keyHash
        keyHash = (keyHash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    /// The FNV-1a hash ``keyHash`` uses, for keys made elsewhere.
    @inline(__always)
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    @inline(__always)
    private mutating func appendUTF8(_ value: UInt32) {
        switch value {
        case 0..<0x80:
            append(UInt8(value))
        case 0x80..<0x800:
            append(UInt8(0xC0 | value >> 6))
            append(UInt8(0x80 | value & 0x3F))
        case 0x800..<0x10000:
            append(UInt8(0xE0 | value >> 12))
            append(UInt8(0x80 | value >> 6 & 0x3F))
            append(UInt8(0x80 | value & 0x3F))
        default:
            append(UInt8(0xF0 | value >> 18))
            append(UInt8(0x80 | value >> 12 & 0x3F))
            append(UInt8(0x80 | value >> 6 & 0x3F))
            append(UInt8(0x80 | value & 0x3F))
        }
    }

    /// Advances to the next word. Returns `false` at the end of the text.
    public mutating func next() -> Bool {
        var inWord = false
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if Self.asciiWord(byte) {
                    if !inWord { begin(&inWord) }
                    append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                    index += 1
                    utf16 += 1
                    continue
                }
                if inWord, byte == 0x2D || byte == 0x27 {
                    // "sadar-\nbība": a word broken at a line end continues in lower case.
                    if byte == 0x2D, index + 2 < count, bytes[index + 1] == 0x0A, Self.startsLowercaseLetter(bytes, at: index + 2) {
                        index += 2
                        utf16 += 2
                        continue
                    }
                    if index + 1 < count, Self.startsWordCharacter(bytes, at: index + 1) {
                        append(byte)
                        index += 1
                        utf16 += 1
                        continue
                    }
                }
                if inWord { return finish() }
                // Clause punctuation, and sentence ends (texts typed without capitals defeat the
                // sentence splitter, but a full stop still ends what a negation can reach).
                if byte == 0x2C || byte == 0x3B || byte == 0x3A || byte == 0x28 || byte == 0x29 || byte == 0x2D || byte == 0x2E
                    || byte == 0x21 || byte == 0x3F
                {
                    if !(afterNumber && (byte == 0x2E || byte == 0x2D) && continuesNumber(after: index + 1)) { boundary = true }
                }
                index += 1
                utf16 += 1
                continue
            }
            if byte == 0xC4 || byte == 0xC5, index + 1 < count, bytes[index + 1] & 0xC0 == 0x80 {
                // Latin Extended-A, where every Latvian diacritic letter lives: all letters, so
                // the general path below would come to the same, only slower.
                let lower = latinExtendedLower[Int((UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)) - 0x0100)]
                if !inWord { begin(&inWord) }
                if Self.isDiacritic(lower) { word.hasDiacritics = true }
                appendUTF8(lower.value)
                index += 2
                utf16 += 1
                continue
            }
            let (scalar, length) = Self.decode(bytes, at: index)
            let width = scalar.value > 0xFFFF ? 2 : 1
            if scalar == "\u{00AD}" {
                // Invisible: neither a character of the word nor a break in it.
                index += length
                utf16 += width
                continue
            }
            if scalar == "’", inWord, index + length < count, Self.startsWordCharacter(bytes, at: index + length) {
                append(0x27)
                index += length
                utf16 += width
                continue
            }
            if inWord, (0x0300...0x036F).contains(scalar.value), keyLength > 0, keyBuffer[keyLength - 1] < 0x80,
                let composed = Self.composed(base: keyBuffer[keyLength - 1], mark: scalar.value)
            {
                // NFC for the letters that matter: "a" + U+0304 is the same key as "ā".
                keyLength -= 1
                keyHash = hashBeforeLastByte
                word.hasDiacritics = true
                appendUTF8(composed)
                index += length
                utf16 += width
                continue
            }
            if Self.isWordScalar(scalar) {
                if !inWord { begin(&inWord) }
                let lower = Self.lowercase(scalar)
                if Self.isDiacritic(lower) { word.hasDiacritics = true }
                appendUTF8(lower.value)
                index += length
                utf16 += width
                continue
            }
            if inWord { return finish() }
            if scalar == "–" || scalar == "—", !(afterNumber && continuesNumber(after: index + length)) { boundary = true }
            index += length
            utf16 += width
        }
        return inWord ? finish() : false
    }

    @inline(__always)
    private mutating func begin(_ inWord: inout Bool) {
        inWord = true
        keyLength = 0
        keyHash = 0xcbf2_9ce4_8422_2325
        word = ScannedWord(
            byteStart: index, byteEnd: index, utf16Start: utf16, utf16End: utf16, hasDiacritics: false,
            clauseBoundaryBefore: boundary
        )
    }

    @inline(__always)
    private mutating func finish() -> Bool {
        word.byteEnd = index
        word.utf16End = utf16
        boundary = false
        afterNumber = keyLength > 0 && UnsafeBufferPointer(start: keyBuffer, count: keyLength).allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        return true
    }

    /// Whether what follows `position`, past spaces and the punctuation of a range, goes on
    /// with a number or a lower-case word: "2022. gadā", "1.–5. rīcība", "2019–2021".
    private func continuesNumber(after position: Int) -> Bool {
        var next = position
        while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x2E || bytes[next] == 0x2D { next += 1 }
        if next + 2 < bytes.count, bytes[next] == 0xE2, bytes[next + 1] == 0x80, bytes[next + 2] == 0x93 { next += 3 }
        guard next < bytes.count else { return false }
        let byte = bytes[next]
        return (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A)
    }

    // MARK: Characters

    @inline(__always)
    static func asciiWord(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if scalar.isASCII { return asciiWord(UInt8(value)) }
        // Latin-1 letters and Latin Extended-A/B, where Latvian lives: letters but for × and ÷.
        if value >= 0x00C0 && value <= 0x024F { return value != 0x00D7 && value != 0x00F7 }
        if scalar == "\u{00AD}" || (0x0300...0x036F).contains(value) { return true }
        // General Punctuation (dashes, quotes, bullets, spaces) and Currency Symbols: no letters
        // or digits, and frequent in documents — answered without a Unicode property lookup.
        if (0x2000...0x206F).contains(value) || (0x20A0...0x20CF).contains(value) { return false }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
    }

    private static func startsWordCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return asciiWord(byte) }
        return isWordScalar(decode(bytes, at: index).scalar)
    }

    static func startsLowercaseLetter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return byte >= 0x61 && byte <= 0x7A }
        return decode(bytes, at: index).scalar.properties.isLowercase
    }

    /// Decodes the scalar starting at `index`; malformed bytes read as U+FFFD, one byte long.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | (UInt32(bytes[index + offset]) & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Lower case for one scalar: a table for Latin Extended-A (where Latvian capitals live),
    /// Unicode's mapping for the rest.
    @inline(__always)
    static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value >= 0x0100 && value <= 0x017F {
            return latinExtendedLower[Int(value - 0x0100)]
        }
        guard scalar.properties.isUppercase else { return scalar }
        let mapped = scalar.properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped[mapped.startIndex] : scalar
    }

    private static let latinExtendedLower: [Unicode.Scalar] = (0x0100...0x017F).map { value in
        let scalar = Unicode.Scalar(UInt32(value)) ?? " "
        let mapped = scalar.properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped[mapped.startIndex] : scalar
    }

    /// The precomposed lower-case Latvian letter for an ASCII base and a combining mark.
    static func composed(base: UInt8, mark: UInt32) -> UInt32? {
        switch (base, mark) {
        case (0x61, 0x304): 0x0101  // ā
        case (0x65, 0x304): 0x0113  // ē
        case (0x69, 0x304): 0x012B  // ī
        case (0x75, 0x304): 0x016B  // ū
        case (0x6F, 0x304): 0x014D  // ō
        case (0x63, 0x30C): 0x010D  // č
        case (0x73, 0x30C): 0x0161  // š
        case (0x7A, 0x30C): 0x017E  // ž
        case (0x67, 0x327): 0x0123  // ģ
        case (0x6B, 0x327): 0x0137  // ķ
        case (0x6C, 0x327): 0x013C  // ļ
        case (0x6E, 0x327): 0x0146  // ņ
        case (0x72, 0x327): 0x0157  // ŗ
        default: nil
        }
    }

    @inline(__always)
    static func isDiacritic(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0101, 0x010D, 0x0113, 0x0123, 0x012B, 0x0137, 0x013C, 0x0146, 0x0161, 0x016B, 0x017E, 0x0157, 0x014D: true
        case 0x0300...0x036F: true
        default: false
        }
    }
}
