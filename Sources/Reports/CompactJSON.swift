/// Compact JSON written straight into bytes, producing exactly what `JSONEncoder` with
/// `[.sortedKeys, .withoutEscapingSlashes]` produces for the same values: keys sorted by their
/// UTF-8 bytes, `"` `\` and control characters escaped (`\b \t \n \f \r`, else `\u00XX`),
/// everything else — slashes, Latvian letters — written as it is.
///
/// The evidence map's indicators are most of its bytes — hundreds of passages per submission —
/// and `JSONEncoder` builds a tree of boxed values before writing any of them; this writes them
/// in one pass. A test holds the two to the same bytes.
struct CompactJSON {
    private(set) var bytes: [UInt8] = []

    init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Bytes that are already JSON (a value another encoder wrote).
    mutating func raw(_ json: [UInt8]) {
        bytes.append(contentsOf: json)
    }

    mutating func string(_ value: String) {
        bytes.append(0x22)
        var value = value
        value.withUTF8 { utf8 in
            guard let base = utf8.baseAddress else { return }
            // Plain bytes are copied in runs — passed over eight at a time where none of the
            // eight needs escaping; a run ends where an escape goes in.
            var runStart = 0
            var index = 0
            while index < utf8.count {
                if index + 8 <= utf8.count, !Self.mayNeedEscaping(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                    index += 8
                    continue
                }
                let byte = utf8[index]
                index += 1
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                if index - 1 > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<(index - 1)])) }
                runStart = index
                switch byte {
                case 0x22, 0x5C: bytes.append(0x5C); bytes.append(byte)
                case 0x08: bytes.append(0x5C); bytes.append(0x62)
                case 0x09: bytes.append(0x5C); bytes.append(0x74)
                case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
                case 0x0C: bytes.append(0x5C); bytes.append(0x66)
                case 0x0D: bytes.append(0x5C); bytes.append(0x72)
                default:
                    bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, Self.hexDigits[Int(byte >> 4)], Self.hexDigits[Int(byte & 0x0F)]])
                }
            }
            if utf8.count > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
        }
        bytes.append(0x22)
    }

    /// Whether any of eight bytes is a control character, `"` or `\`.
    private static func mayNeedEscaping(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let quotes = word ^ (ones &* 0x22)
        let backslashes = word ^ (ones &* 0x5C)
        // A byte below 0x20 borrows when 0x20 is taken from it; so does a zero byte (a match).
        let controls = (word &- ones &* 0x20) & ~word
        return (controls | ((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes)) & high != 0
    }

    mutating func int(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func bool(_ value: Bool) {
        bytes.append(contentsOf: value ? Self.trueBytes : Self.falseBytes)
    }

    /// An object whose members `body` writes, each through ``Members/member(_:_:)`` in sorted
    /// key order (the caller's duty: the keys are fixed and written out in order).
    mutating func object(_ body: (inout Members) -> Void) {
        bytes.append(0x7B)
        // The members write into this very buffer, lent to them for the duration.
        var members = Members(json: CompactJSON())
        swap(&members.json, &self)
        body(&members)
        swap(&members.json, &self)
        bytes.append(0x7D)
    }

    /// An object with keys known only at run time, written sorted by their UTF-8 bytes.
    mutating func object<Value>(_ dictionary: [String: Value], _ write: (inout CompactJSON, Value) -> Void) {
        let sorted = dictionary.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        object { members in
            for (key, value) in sorted { members.member(key) { write(&$0, value) } }
        }
    }

    mutating func array<Element>(_ elements: [Element], _ write: (inout CompactJSON, Element) -> Void) {
        bytes.append(0x5B)
        for (index, element) in elements.enumerated() {
            if index > 0 { bytes.append(0x2C) }
            write(&self, element)
        }
        bytes.append(0x5D)
    }

    /// Writes an object's members, separating them.
    struct Members {
        fileprivate var json: CompactJSON
        private var count = 0

        fileprivate init(json: CompactJSON) {
            self.json = json
        }

        mutating func member(_ key: String, _ value: (inout CompactJSON) -> Void) {
            if count > 0 { json.bytes.append(0x2C) }
            count += 1
            json.string(key)
            json.bytes.append(0x3A)
            value(&json)
        }

        /// A member written only when `value` is not `nil`, as `encodeIfPresent` does.
        mutating func member<Value>(_ key: String, ifPresent value: Value?, _ write: (inout CompactJSON, Value) -> Void) {
            guard let value else { return }
            member(key) { write(&$0, value) }
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
    private static let trueBytes: [UInt8] = Array("true".utf8)
    private static let falseBytes: [UInt8] = Array("false".utf8)
}
