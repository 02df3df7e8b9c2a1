/// One of N parts of a round, for running a national round on several machines: a submission
/// belongs to shard I when the stable hash of its id falls there, so every machine picks its
/// part of the same round folder without coordination.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// 1-based.
    public var index: Int
    public var count: Int

    /// Parses `I/N` with 1 ≤ I ≤ N.
    public init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (1...count).contains(index) else {
            return nil
        }
        self.index = index
        self.count = count
    }

    private init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// The whole round, as one shard: what an unsharded scan is.
    public static let whole = Shard(index: 1, count: 1)

    public var description: String { "\(index)/\(count)" }

    /// Whether the submission with this id is this shard's. FNV-1a over the id's UTF-8 bytes:
    /// the same on every machine and in every run, unlike Swift's seeded `hashValue`.
    public func contains(_ id: String) -> Bool {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int(hash % UInt64(count)) == index - 1
    }
}
