/// An open-addressing hash table from UTF-8 keys to small integers, looked up with a borrowed
/// byte buffer — no `String` is made per word, which is what lets matching keep up with reading.
struct KeyTable: Sendable {
    private struct Slot: Sendable {
        var hash: UInt64 = 0
        var offset: Int32 = 0
        /// -1 marks an empty slot.
        var length: Int32 = -1
        var value: Int32 = 0
    }

    private var storage: [UInt8] = []
    private var slots: [Slot]
    private let mask: Int

    init(_ entries: [(key: String, value: Int32)]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        mask = capacity - 1
        slots = Array(repeating: Slot(), count: capacity)
        for (key, value) in entries {
            let bytes = Array(key.utf8)
            let hash = bytes.withUnsafeBufferPointer { Self.hash($0) }
            var index = Int(truncatingIfNeeded: hash) & mask
            while slots[index].length >= 0 { index = (index + 1) & mask }
            slots[index] = Slot(hash: hash, offset: Int32(storage.count), length: Int32(bytes.count), value: value)
            storage.append(contentsOf: bytes)
        }
    }

    /// The value stored under `key` (whose ``hash(_:)`` is `hash`), or `nil`.
    @inline(__always)
    func value(for key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
        storage.withUnsafeBufferPointer { stored in
            slots.withUnsafeBufferPointer { slots in
                guard let storedBase = stored.baseAddress, let keyBase = key.baseAddress else { return nil }
                var index = Int(truncatingIfNeeded: hash) & mask
                while true {
                    let slot = slots[index]
                    if slot.length < 0 { return nil }
                    if slot.hash == hash && Int(slot.length) == key.count, memcmp(storedBase + Int(slot.offset), keyBase, key.count) == 0 {
                        return slot.value
                    }
                    index = (index + 1) & mask
                }
            }
        }
    }

    /// FNV-1a, 64-bit: the hash ``WordScanner`` computes as it writes a key.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        WordScanner.hash(bytes)
    }
}

import LatvianLanguage
#if canImport(Glibc)
import Glibc
#endif
