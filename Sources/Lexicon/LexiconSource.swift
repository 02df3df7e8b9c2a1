public import Foundation
import Crypto
import Yams

/// A lexicon file as read from disk: its parsed content and the SHA-256 of its bytes, which
/// names it in outputs and keys its compiled form table.
public struct LexiconSource: Sendable {
    public var url: URL
    public var file: LexiconFile
    public var sha256: String

    public struct LoadError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    public init(url: URL) throws(LoadError) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw LoadError(description: "cannot read lexicon \(url.path): \(error.localizedDescription)")
        }
        do {
            file = try YAMLDecoder().decode(LexiconFile.self, from: data)
        } catch {
            throw LoadError(description: "lexicon \(url.path) is not valid: \(error)")
        }
        do {
            try file.validate()
        } catch {
            throw LoadError(description: "lexicon \(url.path) is not valid:\n\(error.description)")
        }
        self.url = url
        self.sha256 = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}
