import Crypto
import Foundation

/// SHA-256 as the lower-case hexadecimal the evidence map and the ledger record.
enum SHA256Hex {
    static func of(_ bytes: some DataProtocol) -> String {
        hex(SHA256.hash(data: bytes))
    }

    static func hex(_ digest: some Sequence<UInt8>) -> String {
        digest.map { String(format: "%02x", $0) }.joined()
    }
}
