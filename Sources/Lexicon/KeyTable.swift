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
    /// One bit per value of a hash's top bits, set for every key. Most words of a text are in
    /// no lexicon; these 128 KiB answer "not here" from the core's own cache, where the
    /// megabytes of slots cost a trip to memory for nearly every word.
    private var filter: [UInt64]
    private static let filterBits = 20

    init(_ entries: [(key: String, value: Int32)]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        mask = capacity - 1
        slots = Array(repeating: Slot(), count: capacity)
        filter = Array(repeating: 0, count: 1 << (Self.filterBits - 6))
        for (key, value) in entries {
            let bytes = Array(key.utf8)
            let hash = bytes.withUnsafeBufferPointer { Self.hash($0) }
            let bit = Self.filterBit(hash)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
            var index = Int(truncatingIfNeeded: hash) & mask
            while slots[index].length >= 0 { index = (index + 1) & mask }
            slots[index] = Slot(hash: hash, offset: Int32(storage.count), length: Int32(bytes.count), value: value)
            storage.append(contentsOf: bytes)
        }
    }

    /// The value stored under `key` (whose ``hash(_:)`` is `hash`), or `nil`.
    @inline(__always)
    func value(for key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
        let bit = Self.filterBit(hash)
        guard filter.withUnsafeBufferPointer({ $0[bit >> 6] & (1 << UInt64(bit & 63)) != 0 }) else { return nil }
        return storage.withUnsafeBufferPointer { stored in
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

    /// The filter's bit for a hash: its top bits, independent of the low bits that pick a slot.
    @inline(__always)
    private static func filterBit(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash >> UInt64(64 - filterBits))
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
