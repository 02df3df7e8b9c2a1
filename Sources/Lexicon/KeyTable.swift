/// An open-addressing hash table from UTF-8 keys to small integers, looked up with a borrowed
/// byte buffer — no `String` is made per word, which is what lets matching keep up with reading.
struct KeyTable: Sendable {
    private var storage: [UInt8] = []
    /// Per slot: key offset and length in `storage` (length -1 = empty) and the value.
    private var offsets: [Int32]
    private var lengths: [Int32]
    private var values: [Int32]
    private var hashes: [UInt64]
    private let mask: Int

    init(_ entries: [(key: String, value: Int32)]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        mask = capacity - 1
        offsets = Array(repeating: 0, count: capacity)
        lengths = Array(repeating: -1, count: capacity)
        values = Array(repeating: 0, count: capacity)
        hashes = Array(repeating: 0, count: capacity)
        for (key, value) in entries {
            let bytes = Array(key.utf8)
            let hash = bytes.withUnsafeBufferPointer { Self.hash($0) }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while lengths[slot] >= 0 { slot = (slot + 1) & mask }
            offsets[slot] = Int32(storage.count)
            lengths[slot] = Int32(bytes.count)
            values[slot] = value
            hashes[slot] = hash
            storage.append(contentsOf: bytes)
        }
    }

    /// The value stored under `key`, or `nil`.
    @inline(__always)
    func value(for key: UnsafeBufferPointer<UInt8>) -> Int32? {
        let hash = Self.hash(key)
        var slot = Int(truncatingIfNeeded: hash) & mask
        return storage.withUnsafeBufferPointer { stored in
            while true {
                let length = lengths[slot]
                if length < 0 { return nil }
                if hashes[slot] == hash && Int(length) == key.count {
                    let start = Int(offsets[slot])
                    var equal = true
                    for index in 0..<key.count where stored[start + index] != key[index] {
                        equal = false
                        break
                    }
                    if equal { return values[slot] }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    func value(for key: String) -> Int32? {
        var key = key
        return key.withUTF8 { value(for: $0) }
    }

    /// FNV-1a, 64-bit.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
